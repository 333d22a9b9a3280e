/**
 * The field's communities, for people to read: Louvain's partition of the field's graph
 * (./louvain.ts, read as undirected) summarised per community — how many accounts, which
 * candidates (by authority), which other accounts lead it, and its share of the field's
 * authority (./field-graph.ts). Communities are listed by that share, then size, then their
 * number; members by authority, then name (code-point order).
 *
 * Reference: Blondel, Guillaume, Lambiotte, Lefebvre, *Fast unfolding of communities in large
 * networks*, J. Stat. Mech. P10008, 2008 (the partition); the summary is ours.
 */
import { compareCodePoints } from '../text.js';
import type { FieldGraph } from './field-graph.js';
import { LOUVAIN_DEFAULTS, louvain, type LouvainOptions } from './louvain.js';

export interface FieldCommunity {
  /** 1 = the community with the largest share of authority. */
  rank: number;
  size: number;
  /** Candidates in it, by authority (best first). */
  candidates: number[];
  /** Its other accounts with the most authority (at most `named`; none without authority). */
  leaders: number[];
  /** Sum of its members' authority (the field's sums to 1). */
  authority: number;
}

export interface FieldCommunities {
  modularity: number;
  /** Communities found (including single accounts). */
  count: number;
  communities: FieldCommunity[];
}

export interface FieldCommunitiesOptions {
  /** Communities listed. */
  top: number;
  /** Other accounts named per community. */
  named: number;
}

export const FIELD_COMMUNITIES_DEFAULTS: Readonly<FieldCommunitiesOptions> = Object.freeze({ top: 10, named: 5 });

export function fieldCommunities(fg: FieldGraph, options: Partial<FieldCommunitiesOptions & LouvainOptions> = {}): FieldCommunities {
  const o = { ...FIELD_COMMUNITIES_DEFAULTS, ...LOUVAIN_DEFAULTS, ...options };
  const r = louvain(fg.graph, { resolution: o.resolution, seed: o.seed, tolerance: o.tolerance, maxLevels: o.maxLevels, maxPasses: o.maxPasses });
  const n = fg.graph.nodeCount;
  const members: number[][] = Array.from({ length: r.count }, () => []);
  for (let v = 0; v < n; v++) members[r.community[v]].push(v);
  const byAuthority = (a: number, b: number): number => fg.authority[b] - fg.authority[a] || compareCodePoints(fg.names[a], fg.names[b]) || a - b;
  const all = members.map((list, id) => {
    let authority = 0;
    for (const v of list) authority += fg.authority[v];
    return { id, list, authority };
  });
  all.sort((a, b) => b.authority - a.authority || b.list.length - a.list.length || a.id - b.id);
  return {
    modularity: r.modularity,
    count: r.count,
    communities: all.slice(0, o.top).map((c, i) => {
      const sorted = [...c.list].sort(byAuthority);
      return {
        rank: i + 1,
        size: c.list.length,
        candidates: sorted.filter((v) => v < fg.candidateCount),
        leaders: sorted.filter((v) => v >= fg.candidateCount && fg.authority[v] > 0).slice(0, o.named),
        authority: c.authority,
      };
    }),
  };
}
