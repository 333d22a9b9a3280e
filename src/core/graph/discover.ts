/**
 * "Who are we missing?": the accounts of the field's graph that are not candidates, ranked by
 * their authority as seen from the field (the personalised PageRank of ./field-graph.ts: being
 * pointed to by the candidates, and by the accounts they point to), each with the candidates
 * who point to it — the reason to look at them, and the people to ask.
 *
 * Ties by the number of candidates pointing, then by name in code-point order.
 * Reference: Haveliwala 2002 (topic-sensitive PageRank) for the authority; the "who are we
 * missing" reading of topical authority in influencer discovery (Onalytica, Traackr).
 */
import { compareCodePoints } from '../text.js';
import type { FieldGraph } from './field-graph.js';

export interface DiscoverOptions {
  /** Accounts listed. */
  top: number;
  /** Candidates named per account. */
  named: number;
}

export const DISCOVER_DEFAULTS: Readonly<DiscoverOptions> = Object.freeze({ top: 20, named: 5 });

export interface Discovered {
  /** The account's normalised name (handle or URL). */
  name: string;
  /** Its personalised authority (the scores of all nodes sum to 1). */
  authority: number;
  /** Its rank by authority among the non-candidates (1 = first). */
  rank: number;
  /** Distinct candidates with an edge to it. */
  candidates: number;
  /** Distinct accounts of any kind with an edge to it. */
  recognisers: number;
  /** The candidates pointing to it, by the weight of their edge (then name). */
  pointedBy: { candidate: number; weight: number }[];
}

export function discover(fg: FieldGraph, options: Partial<DiscoverOptions> = {}): Discovered[] {
  const o = { ...DISCOVER_DEFAULTS, ...options };
  const g = fg.graph;
  const C = fg.candidateCount;
  const fromCandidates = (v: number): { candidate: number; weight: number }[] => {
    const out: { candidate: number; weight: number }[] = [];
    for (let p = g.inOffsets[v]; p < g.inOffsets[v + 1]; p++) {
      const u = g.inSources[p];
      if (u < C) out.push({ candidate: u, weight: g.inWeights ? g.inWeights[p] : 1 });
    }
    return out;
  };
  const ids: number[] = [];
  const pointing = new Int32Array(g.nodeCount);
  for (let v = C; v < g.nodeCount; v++) {
    const n = fromCandidates(v).length;
    pointing[v] = n;
    if (g.inOffsets[v + 1] > g.inOffsets[v]) ids.push(v);
  }
  ids.sort((a, b) => fg.authority[b] - fg.authority[a] || pointing[b] - pointing[a] || compareCodePoints(fg.names[a], fg.names[b]));
  return ids.slice(0, o.top).map((v, i) => ({
    name: fg.names[v],
    authority: fg.authority[v],
    rank: i + 1,
    candidates: pointing[v],
    recognisers: g.inOffsets[v + 1] - g.inOffsets[v],
    pointedBy: fromCandidates(v)
      .sort((a, b) => b.weight - a.weight || compareCodePoints(fg.names[a.candidate], fg.names[b.candidate]))
      .slice(0, o.named),
  }));
}
