/**
 * Re-ranking a saved result with other weights, without its evidence: the index scores a
 * result keeps (`entries[].indices[].score`, rounded as scoreCohort rounds them) are all the
 * weighing step needs, so the same function (weighScores) gives the totals, the contributions
 * and the order. With the run's own weights it gives back the run's ranks, scores and
 * contributions exactly. Pure; the web app runs it in the browser on every slider move.
 */
import { INDEX_KEYS, type IndexKey } from '../domain.js';
import type { RankingResult } from './result.js';
import { keyRanks, type Weighed, weighScores } from './score.js';

/** A result's index scores as weighScores reads them (per index, in entry order; NaN when missing). */
export interface ResultScores {
  scores: Float64Array[];
  keys: string[];
  /** Each key's rank in code-point order (the last tie-break), computed once: sorting 10,000 keys again on every slider move took most of the re-ranking's time. */
  keyRanks: Int32Array;
}

export function scoresOfResult(result: Pick<RankingResult, 'entries'>): ResultScores {
  const C = result.entries.length;
  const scores = INDEX_KEYS.map(() => new Float64Array(C));
  const keys: string[] = new Array(C);
  const K = INDEX_KEYS.length;
  result.entries.forEach((e, c) => {
    keys[c] = e.candidateId;
    for (let i = 0; i < K; i++) {
      // A result lists the indices in INDEX_KEYS order; look the key up only if it does not.
      const x = e.indices[i]?.key === INDEX_KEYS[i] ? e.indices[i] : e.indices.find((y) => y.key === INDEX_KEYS[i]);
      const s = x?.score;
      scores[i][c] = s === null || s === undefined ? NaN : s;
    }
  });
  return { scores, keys, keyRanks: keyRanks(keys) };
}

/** The weights of a configuration (or sliders) in INDEX_KEYS order; a missing key weighs 0. */
export function weightVector(weights: Partial<Record<IndexKey, number>>): Float64Array {
  return Float64Array.from(INDEX_KEYS.map((k) => weights[k] ?? 0));
}

/**
 * The result's entries weighed with `weights`: `order` lists entry positions in the new rank
 * order, `rank[c]` is entry c's new rank, `total[c]` its new score. Null when the weights add
 * up to nothing (no ranking is defined).
 */
export function reweight(s: ResultScores, weights: Partial<Record<IndexKey, number>>): Weighed | null {
  const w = weightVector(weights);
  let sum = 0;
  for (const x of w) {
    if (!(x >= 0) || !Number.isFinite(x)) return null;
    sum += x;
  }
  if (!(sum > 0)) return null;
  return weighScores(s.scores, w, s.keys, s.keyRanks);
}
