/**
 * Rank intervals: how sure is each position?
 *
 * The weights are uncertain; the ranking should not hinge on one choice of them. We draw D
 * weight vectors from a Dirichlet distribution centred on the configured weights,
 * w' ~ Dir(κ·w/Σw) (κ the concentration: the larger, the closer the draws to w; E[w'] = w/Σw),
 * re-score every candidate with each draw (missing indices still count 0), re-rank (ties in a
 * draw keep the base order), and report each candidate's lower and upper percentiles of rank
 * (nearest-rank method) as [best, worst]. Only indices with a positive weight are perturbed.
 * Seeded (random.ts), so the intervals are reproducible.
 * References: Saisana, Saltelli, Tarantola (2005), "Uncertainty and sensitivity analysis
 * techniques as tools for the quality assessment of composite indicators", J. R. Stat. Soc.
 * A 168(2) — rank intervals of composite indicators under weight uncertainty (the method of
 * the JRC's audits of university and country rankings).
 */
import type { IntervalConfig } from './config.js';
import { Random } from '../random.js';
import { TotalOrder } from './order.js';
import type { Cohort } from './score.js';

export interface RankIntervals {
  lower: Int32Array;
  upper: Int32Array;
  /** Draws actually made (may be fewer than configured when memory would not hold them). */
  draws: number;
}

/** At most this many (candidate, draw) ranks are held in memory (4 bytes each). */
export const MAX_RANK_CELLS = 250_000_000;

export function rankIntervals(cohort: Cohort, cfg: IntervalConfig, onProgress?: (done: number, total: number) => void): RankIntervals {
  const C = cohort.order.length;
  const lower = new Int32Array(cohort.rank.length);
  const upper = new Int32Array(cohort.rank.length);
  const active: number[] = [];
  for (let k = 0; k < cohort.weights.length; k++) if (cohort.weights[k] > 0) active.push(k);
  const D = Math.min(cfg.draws, C > 0 ? Math.floor(MAX_RANK_CELLS / C) : cfg.draws);
  if (D <= 0 || C === 0 || active.length < 2) {
    for (const c of cohort.order) lower[c] = upper[c] = cohort.rank[c];
    return { lower, upper, draws: active.length < 2 ? 0 : Math.max(0, D) };
  }
  const K = active.length;
  // Scores in base-rank order, one array per active index, missing = 0.
  const S: Float64Array[] = active.map((k) => {
    const s = new Float64Array(C);
    const src = cohort.scores[k];
    for (let p = 0; p < C; p++) {
      const x = src[cohort.order[p]];
      s[p] = x === x ? x : 0;
    }
    return s;
  });
  let W = 0;
  for (const k of active) W += cohort.weights[k];
  const alpha = Float64Array.from(active, (k) => (cfg.concentration * cohort.weights[k]) / W);
  const rng = new Random(cfg.seed);
  const w = new Float64Array(K);
  const tot = new Float64Array(C);
  const ranks = C <= 65535 ? new Uint16Array(C * D) : new Uint32Array(C * D);
  const sorter = new TotalOrder(C);
  const step = Math.max(1, Math.floor(D / 100));
  for (let d = 0; d < D; d++) {
    rng.dirichlet(alpha, w);
    tot.fill(0);
    for (let j = 0; j < K; j++) {
      const wj = w[j];
      const s = S[j];
      for (let p = 0; p < C; p++) tot[p] += wj * s[p];
    }
    const perm = sorter.order(tot);
    for (let i = 0; i < C; i++) ranks[perm[i] * D + d] = i + 1;
    if (onProgress && (d + 1) % step === 0) onProgress(d + 1, D);
  }
  const lo = Math.max(0, Math.ceil(cfg.lower * D - 1e-9) - 1);
  const hi = Math.min(D - 1, Math.max(0, Math.ceil(cfg.upper * D - 1e-9) - 1));
  for (let p = 0; p < C; p++) {
    const row = ranks.subarray(p * D, (p + 1) * D).sort();
    const c = cohort.order[p];
    lower[c] = row[lo];
    upper[c] = row[hi];
  }
  return { lower, upper, draws: D };
}
