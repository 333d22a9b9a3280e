/**
 * Robust Rank Aggregation (RRA): R. Kolde, S. Laur, P. Adler, J. Vilo (2012), "Robust rank
 * aggregation for gene list integration and meta-analysis", Bioinformatics 28(4):573–580; the
 * computation of the R package RobustRankAggreg (function `aggregateRanks(method = "RRA")`,
 * exact = FALSE, no top cut-off).
 *
 * For each item, its normalised ranks r_1 ≤ … ≤ r_k over the k lists (rank / number of items;
 * an unranked item has r = 1) are compared with k uniforms: β_j = P(j-th smallest of k uniforms
 * ≤ r_j) = I_{r_j}(j, k − j + 1). The item's score ρ = min_j β_j, Bonferroni-corrected as in the
 * package: p = min(k·ρ, 1). A small p means the item sits higher in the lists, more consistently,
 * than chance would place it; items are ordered by p, ascending, ties in first-appearance order
 * (as R's `order`). Tied items and bands use their mid-position. `normaliseBy: 'list'` follows the
 * package's full = TRUE: ranks divided by each list's size, and lists that do not rank the item
 * left out (k is then the number of lists that rank it).
 */
import { betaCdfInt } from './beta.js';
import { type Consensus, toConsensus } from './consensus.js';
import { AGREEMENT_DEFAULTS } from './defaults.js';
import type { PreparedRankings } from './rankings.js';

export interface RraOptions {
  normaliseBy: 'universe' | 'list';
}

/** ρ of one item from its normalised ranks (NaN = left out): the minimum of the beta order-statistic probabilities, uncorrected. */
export function rhoScore(r: ArrayLike<number>): { rho: number; k: number } {
  const xs = Array.from(r).filter((x) => x === x);
  xs.sort((a, b) => a - b);
  const k = xs.length;
  let rho = 1;
  for (let j = 1; j <= k; j++) {
    const b = betaCdfInt(Math.min(1, Math.max(0, xs[j - 1])), j, k - j + 1);
    if (b < rho) rho = b;
  }
  return { rho, k };
}

/** The corrected RRA score (p-value) of every item id. */
export function rraScores(p: PreparedRankings, options: Partial<RraOptions> = {}): Float64Array {
  const o: RraOptions = { ...AGREEMENT_DEFAULTS.rra, ...options };
  const n = p.items.length;
  const k = p.lists.length;
  const fill = o.normaliseBy === 'universe' ? 1 : NaN;
  const r = new Float64Array(n * k).fill(fill);
  p.lists.forEach((list, l) => {
    const N = o.normaliseBy === 'universe' ? n : list.size;
    for (let e = 0; e < list.ids.length; e++) r[list.ids[e] * k + l] = (list.best[e] + list.worst[e]) / 2 / N;
  });
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { rho, k: used } = rhoScore(r.subarray(i * k, i * k + k));
    out[i] = used === 0 ? 1 : Math.min(1, rho * used);
  }
  return out;
}

export function rra(p: PreparedRankings, options: Partial<RraOptions> = {}): Consensus {
  const o: RraOptions = { ...AGREEMENT_DEFAULTS.rra, ...options };
  const scores = rraScores(p, o);
  return toConsensus(p, 'rra', `RRA score: Bonferroni-corrected ρ, read as a p-value (ranks normalised by ${o.normaliseBy}); lower is better`, scores, false, undefined, scores);
}
