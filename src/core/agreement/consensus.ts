/**
 * The result every aggregation method returns: the consensus order of the universe, with the
 * method's score per item and the competition rank (items with equal scores share the better
 * rank). Order: by score (the method says whether higher or lower is better), then by an
 * optional secondary score, then by item id (first appearance, see `rankings.ts`), so that a
 * result is deterministic.
 */
import type { PreparedRankings } from './rankings.js';

export type AggregationMethod = 'borda' | 'mc4' | 'localKemeny' | 'kemeny' | 'rra';

export interface ConsensusEntry {
  item: string;
  /** 1-based place in the consensus order (strict: ties broken as documented). */
  position: number;
  /** Competition rank: entries with equal scores share the best position among them. */
  rank: number;
  /** The method's score (see `Consensus.scoreMeaning`). */
  score: number;
  /** RRA only: the Bonferroni-corrected ρ score, read as a p-value (small = ranked high more consistently than chance). */
  pValue?: number;
}

export interface Consensus {
  method: AggregationMethod;
  /** What `score` means, and its direction. */
  scoreMeaning: string;
  entries: ConsensusEntry[];
  /** Item id order (best first), parallel to `entries`, for callers working on prepared data. */
  order: Int32Array;
}

/**
 * Orders ids by score (descending when higherIsBetter), then by `secondary` (always
 * descending), then by id. Returns the order and the competition ranks.
 */
export function orderByScore(
  scores: ArrayLike<number>,
  higherIsBetter: boolean,
  secondary?: ArrayLike<number>,
): { order: Int32Array; rank: Int32Array } {
  const n = scores.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sign = higherIsBetter ? -1 : 1;
  order.sort((a, b) => {
    const d = sign * (scores[a] - scores[b]);
    if (d !== 0) return d;
    if (secondary) {
      const e = secondary[b] - secondary[a];
      if (e !== 0) return e;
    }
    return a - b;
  });
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = i > 0 && scores[order[i]] === scores[order[i - 1]] ? rank[i - 1] : i + 1;
  return { order, rank };
}

export function toConsensus(
  p: PreparedRankings,
  method: AggregationMethod,
  scoreMeaning: string,
  scores: ArrayLike<number>,
  higherIsBetter: boolean,
  secondary?: ArrayLike<number>,
  pValues?: ArrayLike<number>,
): Consensus {
  const { order, rank } = orderByScore(scores, higherIsBetter, secondary);
  const entries: ConsensusEntry[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    const e: ConsensusEntry = { item: p.items[id], position: i + 1, rank: rank[i], score: scores[id] };
    if (pValues) e.pValue = pValues[id];
    entries[i] = e;
  }
  return { method, scoreMeaning, entries, order };
}

/** A consensus given directly as an order of ids (Kemeny methods): score = position, lower is better. */
export function consensusFromOrder(p: PreparedRankings, method: AggregationMethod, scoreMeaning: string, order: Int32Array): Consensus {
  const entries: ConsensusEntry[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) entries[i] = { item: p.items[order[i]], position: i + 1, rank: i + 1, score: i + 1 };
  return { method, scoreMeaning, entries, order };
}
