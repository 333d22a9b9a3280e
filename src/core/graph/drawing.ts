/**
 * What a page draws of the field's graph: the `top` accounts by authority (personalised
 * PageRank to the candidates, ./field-graph.ts), the edges among them, and each one's community
 * (Louvain, ./louvain.ts, on the whole graph), communities numbered by their share of the
 * field's authority as ./field-communities.ts ranks them (1 = the most), so that a colour
 * means the same community in the list and in the drawing. Nodes come by authority (ties by
 * name, then id), edges by (source, target) in that numbering; same input, same drawing.
 *
 * Reference for the layout it feeds: a force-directed layout (ForceAtlas2, Jacomy et al. 2014)
 * on the client; this module only chooses what to draw.
 */
import { compareCodePoints } from '../text.js';
import type { FieldGraph } from './field-graph.js';
import { louvain, LOUVAIN_DEFAULTS, type LouvainOptions } from './louvain.js';

export interface DrawingOptions {
  /** Accounts drawn, by authority. */
  top: number;
}

export const DRAWING_DEFAULTS: Readonly<DrawingOptions> = Object.freeze({ top: 500 });

export interface DrawnNode {
  /** The node's number in the drawing (0 = the most authority). */
  id: number;
  name: string;
  /** The candidate's index in the input, or -1 for another account. */
  candidate: number;
  authority: number;
  /** 1 = the community with the largest share of the field's authority. */
  community: number;
}

export interface FieldDrawing {
  nodes: DrawnNode[];
  /** [source, target, weight] between drawn nodes. */
  edges: [number, number, number][];
  /** Nodes and edges of the whole graph. */
  totalNodes: number;
  totalEdges: number;
  communities: number;
  modularity: number;
}

export function fieldDrawing(fg: FieldGraph, options: Partial<DrawingOptions & LouvainOptions> = {}): FieldDrawing {
  const o = { ...DRAWING_DEFAULTS, ...LOUVAIN_DEFAULTS, ...options };
  const g = fg.graph;
  const n = g.nodeCount;
  const r = louvain(g, { resolution: o.resolution, seed: o.seed, tolerance: o.tolerance, maxLevels: o.maxLevels, maxPasses: o.maxPasses });
  // Communities ranked as field-communities.ts ranks them: authority, then size, then id.
  const authority = new Float64Array(r.count);
  const size = new Int32Array(r.count);
  for (let v = 0; v < n; v++) {
    authority[r.community[v]] += fg.authority[v];
    size[r.community[v]]++;
  }
  const order = Array.from({ length: r.count }, (_, c) => c).sort((a, b) => authority[b] - authority[a] || size[b] - size[a] || a - b);
  const rankOf = new Int32Array(r.count);
  order.forEach((c, i) => (rankOf[c] = i + 1));

  const byAuthority = Array.from({ length: n }, (_, v) => v).sort((a, b) => fg.authority[b] - fg.authority[a] || compareCodePoints(fg.names[a], fg.names[b]) || a - b);
  const shown = byAuthority.slice(0, Math.max(0, o.top));
  const idOf = new Int32Array(n).fill(-1);
  shown.forEach((v, i) => (idOf[v] = i));
  const nodes = shown.map((v, i) => ({ id: i, name: fg.names[v], candidate: v < fg.candidateCount ? v : -1, authority: fg.authority[v], community: rankOf[r.community[v]] }));
  const edges: [number, number, number][] = [];
  for (const v of shown) {
    for (let e = g.outOffsets[v]; e < g.outOffsets[v + 1]; e++) {
      const t = idOf[g.outTargets[e]];
      if (t >= 0) edges.push([idOf[v], t, g.outWeights ? g.outWeights[e] : 1]);
    }
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { nodes, edges, totalNodes: n, totalEdges: g.edgeCount, communities: r.count, modularity: r.modularity };
}
