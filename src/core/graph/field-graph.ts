/**
 * The field's graph as index 1 (peer_recognition) and `eclaireur discover` read it: the
 * imported interaction graph (who follows, mentions, reposts, replies to or cites whom) joined
 * with the peer mentions of the evidence (peer → candidate, weighted by recency), with each
 * account recognised as a candidate when its normalised name (./handles.ts) is one of a
 * candidate's identities or their key. Then the candidates' authority as seen from the field:
 * personalised PageRank teleporting to the candidates (Haveliwala 2002, ./ppr.ts).
 *
 * Nodes 0..C-1 are the candidates, in the input's order; other accounts follow, the imported
 * graph's nodes first (in its canonical order), then the peers of the mentions (in the
 * evidence table's string order), so the same input gives the same graph and the same scores
 * bit for bit. Duplicate edges are summed (an account that follows and mentions counts both);
 * self-loops are dropped (no one recognises themself).
 *
 * References: T. H. Haveliwala, *Topic-Sensitive PageRank*, WWW 2002; L. Page, S. Brin et al.,
 * *The PageRank citation ranking*, 1999.
 */
import { NO_DAY } from '../dates.js';
import type { FieldGraphInput } from '../domain.js';
import type { EvidenceTable } from '../evidence/table.js';
import { kindCode } from '../evidence/kinds.js';
import { recencyLookup, recencyWeight } from '../ranking/normalise.js';
import { compareCodePoints } from '../text.js';
import { buildGraph, type Graph } from './csr.js';
import { handleKey } from './handles.js';
import { PAGERANK_DEFAULTS } from './pagerank.js';
import { personalizedPagerank } from './ppr.js';

export const FIELD_GRAPH_DEFAULTS = Object.freeze({
  /** Probability of following an edge rather than returning to a candidate. */
  damping: PAGERANK_DEFAULTS.damping,
  /** Stop when the L1 change of the scores is below this. */
  tolerance: 1e-10,
  maxIterations: 1000,
});

export interface FieldGraphSource {
  candidates: readonly { key: string; name: string }[];
  table: EvidenceTable;
  graph?: FieldGraphInput | null;
  aliases?: ReadonlyMap<string, number> | null;
}

export interface FieldGraph {
  graph: Graph;
  /** Nodes 0..candidateCount-1 are the candidates. */
  candidateCount: number;
  /** Name of each node: the candidate's name, or the account's normalised name. */
  names: string[];
  /** Personalised authority of each node (sums to 1 over all nodes; zeros when there is no edge). */
  authority: Float64Array;
  /** Edges into each candidate read from the input: imported in-edges and peer mentions. */
  evidence: Int32Array;
  iterations: number;
  converged: boolean;
}

const PEER = kindCode('peer_mention');

/** Builds the field's graph at a reference day; peer mentions weigh 0.5^(age/halfLifeDays). */
export function buildFieldGraph(src: FieldGraphSource, asOfDay: number, halfLifeDays: number, options: Partial<typeof FIELD_GRAPH_DEFAULTS> = {}): FieldGraph {
  const o = { ...FIELD_GRAPH_DEFAULTS, ...options };
  const C = src.candidates.length;
  const names: string[] = src.candidates.map((c) => c.name);
  // Names → candidate: identities first, then keys (an identity wins a clash). Keys that are
  // already normalised and in code-point order (the canonical order: the usual case) are
  // found by binary search rather than put in the map — a million keys would cost a second.
  const known = new Map<string, number>();
  if (src.aliases) for (const [k, c] of src.aliases) if (c >= 0 && c < C) known.set(k, c);
  const keys = src.candidates;
  let sorted = true;
  for (let c = 1; c < C && sorted; c++) if (compareCodePoints(keys[c - 1].key, keys[c].key) >= 0) sorted = false;
  const keyIndex = (k: string): number => {
    if (!sorted) return -1;
    let lo = 0;
    let hi = C - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = compareCodePoints(keys[mid].key, k);
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // Keys that normalise to something else go in the map — unless an earlier candidate's key is
  // exactly that name: as without the search, the first candidate (in order) keeps a name.
  for (let c = 0; c < C; c++) {
    const key = keys[c].key;
    const k = handleKey(key);
    if (k === '' || known.has(k) || (sorted && k === key)) continue;
    const exact = keyIndex(k);
    if (exact >= 0 && exact < c) continue;
    known.set(k, c);
  }
  const nodeOf = (name: string): number => {
    const k = handleKey(name);
    if (k === '') return -1;
    let v = known.get(k);
    if (v === undefined) {
      const c = keyIndex(k);
      // A plain key found by search is its candidate (an alias of another candidate was
      // checked first, in the map).
      if (c >= 0 && handleKey(keys[c].key) === k) v = c;
      else {
        v = names.length;
        names.push(k);
      }
      known.set(k, v);
    }
    return v;
  };

  // Edges: the imported ones, then one per peer mention (counted first, to size the arrays).
  const g = src.graph;
  const t = src.table;
  const imported = g ? g.source.length : 0;
  let mentions = 0;
  for (let r = 0; r < t.rows; r++) if (t.kind[r] === PEER) mentions++;
  const src2 = new Int32Array(imported + mentions);
  const dst = new Int32Array(imported + mentions);
  const wt = new Float64Array(imported + mentions);
  let m = 0;
  const evidence = new Int32Array(C);
  if (g && imported > 0) {
    const node = new Int32Array(g.nodes.length);
    for (let i = 0; i < g.nodes.length; i++) node[i] = nodeOf(g.nodes[i]);
    for (let e = 0; e < imported; e++) {
      const u = node[g.source[e]];
      const v = node[g.target[e]];
      const w = g.weight[e];
      if (u < 0 || v < 0 || !(w > 0)) continue;
      src2[m] = u;
      dst[m] = v;
      wt[m++] = w;
      if (v < C && u !== v) evidence[v]++;
    }
  }
  const lut = recencyLookup(t, asOfDay, halfLifeDays);
  const peerNode = new Int32Array(t.strings.length).fill(-2);
  // A peer's mentions of one candidate are one edge, their weights summed here (in row order):
  // fewer edges for the graph builder to merge. `last[u]` is the candidate u last pointed to.
  const last = new Int32Array(C + t.strings.length + (g ? g.nodes.length : 0)).fill(-1);
  const slot = new Int32Array(last.length);
  for (let c = 0; c < C; c++) {
    for (let r = t.offsets[c], end = t.offsets[c + 1]; r < end; r++) {
      if (t.kind[r] !== PEER) continue;
      const d = t.day[r];
      if (d !== NO_DAY && d > asOfDay) continue;
      const p = t.key[r];
      if (p < 0) continue;
      let u = peerNode[p];
      if (u === -2) u = peerNode[p] = nodeOf(t.strings[p]);
      if (u < 0) continue;
      const age = asOfDay - d;
      const w = d === NO_DAY ? 1 : age < lut.length ? lut[age] : recencyWeight(age, halfLifeDays);
      if (u !== c) evidence[c]++;
      if (last[u] === c) {
        wt[slot[u]] += w;
        continue;
      }
      last[u] = c;
      slot[u] = m;
      src2[m] = u;
      dst[m] = c;
      wt[m++] = w;
    }
  }

  const graph = buildGraph({ nodeCount: names.length, source: src2.subarray(0, m), target: dst.subarray(0, m), weight: wt.subarray(0, m) }, { duplicates: 'sum', selfLoops: 'drop' });
  let authority: Float64Array = new Float64Array(names.length);
  let iterations = 0;
  let converged = true;
  if (C > 0 && graph.edgeCount > 0) {
    const seeds = new Int32Array(C);
    for (let c = 0; c < C; c++) seeds[c] = c;
    const r = personalizedPagerank(graph, seeds, { damping: o.damping, tolerance: o.tolerance, maxIterations: o.maxIterations });
    authority = r.scores;
    iterations = r.iterations;
    converged = r.converged;
  }
  return { graph, candidateCount: C, names, authority, evidence, iterations, converged };
}

/** Distinct accounts with an edge into node v. */
export function recognisers(fg: FieldGraph, v: number): number {
  return fg.graph.inOffsets[v + 1] - fg.graph.inOffsets[v];
}

/**
 * The accounts that recognise node v most, best first: each in-neighbour u with the share of
 * v's authority that comes through its edge, damping × authority(u) × w(u→v) / out-strength(u),
 * and the weight of that edge. Ties (accounts outside the field have no authority to pass on)
 * by weight, then name in code-point order.
 */
export function topRecognisers(fg: FieldGraph, v: number, k: number, damping = FIELD_GRAPH_DEFAULTS.damping): { node: number; share: number; weight: number }[] {
  const g = fg.graph;
  const out: { node: number; share: number; weight: number }[] = [];
  for (let p = g.inOffsets[v]; p < g.inOffsets[v + 1]; p++) {
    const u = g.inSources[p];
    const w = g.inWeights ? g.inWeights[p] : 1;
    const s = g.outStrength[u];
    out.push({ node: u, share: s > 0 ? (damping * fg.authority[u] * w) / s : 0, weight: w });
  }
  out.sort((a, b) => b.share - a.share || b.weight - a.weight || compareCodePoints(fg.names[a.node], fg.names[b.node]) || a.node - b.node);
  return out.slice(0, k);
}
