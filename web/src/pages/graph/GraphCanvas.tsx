/**
 * The drawing of the field's graph: sigma.js (WebGL) over a graphology graph, laid out in the
 * browser with ForceAtlas2 (graphology-layout-forceatlas2).
 *
 * Why ForceAtlas2 here: the API answers what to draw (src/core/graph/drawing.ts: the top
 * accounts, the edges among them, each one's community) but no positions — that module names
 * ForceAtlas2 on the client as the layout it feeds. ForceAtlas2 runs on the very graphology
 * graph sigma draws (no copy, no second graph library), in a few hundred milliseconds for the
 * 500 accounts drawn by default, and is run in slices between frames so that the page never
 * freezes. Its start is deterministic (each community on a circle, its accounts on a spiral
 * around it, by authority), so the same graph gives the same drawing.
 *
 * Candidates are circles in their community's colour; other accounts squares, lighter. A node's
 * size is its authority. WebGL may be missing or refused: then nothing is drawn and `onFailure`
 * says why — the page keeps its tables, which are the accessible equivalent anyway.
 *
 * For tests and tools the container says what it drew: data-nodes, data-edges, data-layout
 * (running | done), data-focused (the account last centred on).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';

export interface DrawnNode {
  id: number;
  name: string;
  candidate: string | null;
  authority: number;
  community: number;
}

export interface Drawing {
  asOf: string | null;
  totalNodes: number;
  totalEdges: number;
  communities: number;
  modularity: number;
  nodes: DrawnNode[];
  edges: [number, number, number][];
}

/** Colour-blind-friendly community colours (Tableau 10); communities beyond them are grey. */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#2f4b7c'];
export const OTHER_COLOUR = '#9aa0a6';
export function communityColour(community: number): string {
  return PALETTE[community - 1] ?? OTHER_COLOUR;
}

/** The colour mixed with white: `amount` 0 keeps it, 1 is white. */
function lighter(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: 'circle' | 'square';
  forceLabel?: boolean;
  zIndex: number;
}

interface EdgeAttrs {
  weight: number;
  size: number;
  color: string;
}

/** The graphology graph of a drawing, at the layout's deterministic start. */
export function buildGraph(d: Drawing): Graph<NodeAttrs, EdgeAttrs> {
  const g = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: false });
  const maxA = d.nodes.reduce((m, n) => Math.max(m, n.authority), 0) || 1;
  const communities = [...new Set(d.nodes.map((n) => n.community))].sort((a, b) => a - b);
  const slot = new Map(communities.map((c, i) => [c, i]));
  const seen = new Map<number, number>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const n of d.nodes) {
    const i = slot.get(n.community)!;
    const j = seen.get(n.community) ?? 0;
    seen.set(n.community, j + 1);
    const angle = (2 * Math.PI * i) / Math.max(1, communities.length);
    const r = 4 * Math.sqrt(j + 0.5);
    const colour = communityColour(n.community);
    g.addNode(String(n.id), {
      x: 100 * Math.cos(angle) + r * Math.cos(j * golden),
      y: 100 * Math.sin(angle) + r * Math.sin(j * golden),
      size: 2.5 + 13 * Math.sqrt(n.authority / maxA),
      color: n.candidate !== null ? colour : lighter(colour, 0.45),
      label: n.name,
      type: n.candidate !== null ? 'circle' : 'square',
      zIndex: n.candidate !== null ? 1 : 0,
    });
  }
  const maxW = d.edges.reduce((m, e) => Math.max(m, e[2]), 0) || 1;
  for (const [s, t, w] of d.edges) {
    if (s === t) continue;
    g.mergeDirectedEdge(String(s), String(t), { weight: w, size: 0.5 + 1.5 * (w / maxW), color: '#bcc3cc' });
  }
  return g;
}

export function GraphCanvas(props: {
  drawing: Drawing;
  label: string;
  selected: number | null;
  focus: { id: number; seq: number } | null;
  onSelect(id: number | null): void;
  onHover(id: number | null): void;
  onFailure(reason: string | null): void;
  onLayout(done: boolean): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const graph = useRef<Graph<NodeAttrs, EdgeAttrs> | null>(null);
  const selectedRef = useRef<number | null>(props.selected);
  const neighbours = useRef<Set<string>>(new Set());
  const cb = useRef(props);
  cb.current = props;

  // The graph, the renderer and the layout, for each drawing.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const d = props.drawing;
    el.dataset.nodes = '0';
    el.dataset.edges = '0';
    if (!webglAvailable()) {
      cb.current.onFailure('no-webgl');
      return;
    }
    const g = buildGraph(d);
    let renderer: Sigma<NodeAttrs, EdgeAttrs>;
    try {
      renderer = new Sigma<NodeAttrs, EdgeAttrs>(g, el, {
        allowInvalidContainer: true,
        defaultNodeType: 'circle',
        nodeProgramClasses: { circle: NodeCircleProgram, square: NodePointProgram },
        defaultEdgeType: 'arrow',
        zIndex: true,
        labelRenderedSizeThreshold: 9,
        labelFont: 'system-ui, sans-serif',
        labelSize: 12,
        minEdgeThickness: 0.5,
        nodeReducer: (key, attrs) => {
          const sel = selectedRef.current;
          if (sel === null) return attrs;
          if (key === String(sel)) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 3 };
          if (neighbours.current.has(key)) return { ...attrs, forceLabel: attrs.type === 'circle', zIndex: 2 };
          return { ...attrs, color: '#e4e7eb', label: '', zIndex: 0 };
        },
        edgeReducer: (key, attrs) => {
          const sel = selectedRef.current;
          if (sel === null) return attrs;
          const s = String(sel);
          if (g.source(key) === s || g.target(key) === s) return { ...attrs, color: g.target(key) === s ? '#1d4ed8' : '#7b8794', size: attrs.size + 0.5 };
          return { ...attrs, hidden: true };
        },
      });
    } catch (e) {
      cb.current.onFailure(e instanceof Error ? e.message : String(e));
      return;
    }
    cb.current.onFailure(null);
    sigma.current = renderer;
    graph.current = g;
    el.dataset.nodes = String(g.order);
    el.dataset.edges = String(g.size);
    renderer.on('clickNode', ({ node }) => cb.current.onSelect(Number(node)));
    renderer.on('clickStage', () => cb.current.onSelect(null));
    renderer.on('enterNode', ({ node }) => cb.current.onHover(Number(node)));
    renderer.on('leaveNode', () => cb.current.onHover(null));

    // ForceAtlas2 in slices between frames.
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 800, edgeWeightInfluence: 0.5, adjustSizes: false };
    const total = g.order > 1500 ? 160 : 260;
    const slice = g.order > 1500 ? 10 : 20;
    let done = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    el.dataset.layout = 'running';
    cb.current.onLayout(false);
    const step = () => {
      timer = null;
      forceAtlas2.assign(g, { iterations: slice, settings, getEdgeWeight: 'weight' });
      done += slice;
      renderer.refresh();
      if (done < total) timer = setTimeout(step, 0);
      else {
        el.dataset.layout = 'done';
        cb.current.onLayout(true);
      }
    };
    timer = setTimeout(step, 0);
    return () => {
      if (timer !== null) clearTimeout(timer);
      renderer.kill();
      sigma.current = null;
      graph.current = null;
      delete el.dataset.layout;
      delete el.dataset.focused;
    };
  }, [props.drawing]);

  // The selection: the node, its neighbours, the edges touching it.
  useEffect(() => {
    selectedRef.current = props.selected;
    const g = graph.current;
    neighbours.current = g && props.selected !== null && g.hasNode(String(props.selected)) ? new Set(g.neighbors(String(props.selected))) : new Set();
    sigma.current?.refresh({ skipIndexation: true });
  }, [props.selected, props.drawing]);

  // Centring on a node found by name.
  useEffect(() => {
    const r = sigma.current;
    const el = box.current;
    if (!props.focus || !r || !el) return;
    const name = props.drawing.nodes[props.focus.id]?.name ?? '';
    const at = r.getNodeDisplayData(String(props.focus.id));
    if (!at) return;
    delete el.dataset.focused;
    void r
      .getCamera()
      .animate({ x: at.x, y: at.y, ratio: 0.35 }, { duration: 300 })
      .then(() => {
        if (sigma.current === r) el.dataset.focused = name;
      });
  }, [props.focus, props.drawing]);

  return <div ref={box} className="graph-canvas" role="img" aria-label={props.label} data-testid="graph-canvas" />;
}
