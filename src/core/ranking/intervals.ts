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

const DIGIT = 11;
const BUCKETS = 1 << DIGIT;
const MASK = BUCKETS - 1;

/**
 * The order of a draw: positions 0..n-1 sorted by total descending, ties by position
 * ascending — the order of the comparator `tot[b] - tot[a] || a - b`, computed by a stable
 * LSD radix sort (six 11-bit digits) of the totals' IEEE-754 bit patterns, mapped so that
 * unsigned order is descending numeric order (-0 is read as +0, as the comparator has it).
 * Starting from positions in ascending order, stability gives the ties' order. A digit that
 * every key shares is skipped. O(n) per draw and no comparator calls: V8's TypedArray sort
 * with a comparator spent about 2–5 ms per draw of 10,000 (merge sort calling back into JS,
 * and not adaptive, so reusing the previous draw's nearly sorted order did not help).
 */
export class TotalOrder {
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly hist = new Uint32Array(6 * BUCKETS);
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  constructor(readonly n: number) {
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
  }

  /** The sorted positions (a view valid until the next call). */
  order(tot: Float64Array): Int32Array {
    const { n, hi, lo, hist, f64, u32 } = this;
    const little = LITTLE_ENDIAN;
    hist.fill(0);
    for (let p = 0; p < n; p++) {
      f64[0] = tot[p] + 0;
      let l = little ? u32[0] : u32[1];
      let h = little ? u32[1] : u32[0];
      // Unsigned order of (h, l) = numeric order: flip every bit of a negative, the sign of a positive.
      if (h & 0x80000000) {
        h = ~h;
        l = ~l;
      } else h ^= 0x80000000;
      // Descending.
      h = ~h >>> 0;
      l = ~l >>> 0;
      hi[p] = h;
      lo[p] = l;
      hist[l & MASK]++;
      hist[BUCKETS + ((l >>> DIGIT) & MASK)]++;
      hist[2 * BUCKETS + (l >>> (2 * DIGIT))]++;
      hist[3 * BUCKETS + (h & MASK)]++;
      hist[4 * BUCKETS + ((h >>> DIGIT) & MASK)]++;
      hist[5 * BUCKETS + (h >>> (2 * DIGIT))]++;
    }
    let src = this.a;
    let dst = this.b;
    for (let p = 0; p < n; p++) src[p] = p;
    for (let pass = 0; pass < 6; pass++) {
      const base = pass * BUCKETS;
      const keys = pass < 3 ? lo : hi;
      const shift = (pass % 3) * DIGIT;
      let first = 0;
      while (hist[base + first] === 0) first++;
      if (hist[base + first] === n) continue;
      let sum = 0;
      for (let k = 0; k < BUCKETS; k++) {
        const c = hist[base + k];
        hist[base + k] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const x = src[i];
        dst[hist[base + ((keys[x] >>> shift) & MASK)]++] = x;
      }
      const t = src;
      src = dst;
      dst = t;
    }
    return src;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
