/**
 * Feature binning for fast tree training: each feature's values are replaced by the index of
 * the interval they fall in (at most 255 intervals; code 255 = missing), so that finding the
 * best split of a node is one pass over its rows to fill a histogram plus one pass over the
 * bins — the histogram method of LightGBM (Ke et al. 2017, "LightGBM: A highly efficient
 * gradient boosting decision tree", NeurIPS) and of scikit-learn's HistGradientBoosting.
 *
 * A feature with at most 255 distinct values keeps them all (no loss: every split an exact
 * CART could make, this one can make); otherwise the edges are quantiles of the distinct
 * values. The split thresholds kept in the trees are real values (midpoints between the last
 * value of one bin and the first of the next), so prediction reads raw features, not bins.
 */

export const MISSING_BIN = 255;
export const MAX_BINS = 255;

export interface Binning {
  /** Row-major bin codes, rows × features. */
  codes: Uint8Array;
  /** Per feature: the threshold after bin b (x ≤ thresholds[f][b] ⇔ bin ≤ b). */
  thresholds: Float64Array[];
  /** Per feature: number of bins used (without the missing one). */
  bins: Int32Array;
}

/** Bins the row-major matrix X (rows × p; NaN = missing). */
export function binFeatures(X: Float64Array, rows: number, p: number): Binning {
  const codes = new Uint8Array(rows * p);
  const thresholds: Float64Array[] = [];
  const bins = new Int32Array(p);
  const col = new Float64Array(rows);
  for (let f = 0; f < p; f++) {
    let m = 0;
    for (let i = 0; i < rows; i++) {
      const v = X[i * p + f];
      if (v === v) col[m++] = v;
    }
    const sorted = col.subarray(0, m).slice().sort();
    const distinct: number[] = [];
    for (let i = 0; i < m; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
    // Upper value of each bin: every distinct value, or quantiles of the distinct values.
    let uppers: number[];
    if (distinct.length <= MAX_BINS) uppers = distinct;
    else {
      uppers = [];
      for (let b = 1; b <= MAX_BINS; b++) {
        const v = distinct[Math.min(distinct.length - 1, Math.round((b * distinct.length) / MAX_BINS) - 1)];
        if (uppers.length === 0 || v > uppers[uppers.length - 1]) uppers.push(v);
      }
    }
    const nb = uppers.length;
    bins[f] = nb;
    const th = new Float64Array(Math.max(0, nb));
    for (let b = 0; b < nb; b++) {
      if (b === nb - 1) th[b] = Infinity;
      else {
        // The first distinct value above uppers[b]: the threshold is the midpoint.
        const next = nextAbove(distinct, uppers[b]);
        th[b] = (uppers[b] + next) / 2;
      }
    }
    thresholds.push(th);
    for (let i = 0; i < rows; i++) {
      const v = X[i * p + f];
      codes[i * p + f] = v === v ? binOf(th, v) : MISSING_BIN;
    }
  }
  return { codes, thresholds, bins };
}

function nextAbove(sortedDistinct: number[], v: number): number {
  let lo = 0;
  let hi = sortedDistinct.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedDistinct[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo < sortedDistinct.length ? sortedDistinct[lo] : v;
}

/** The first bin whose threshold is ≥ v. */
function binOf(th: Float64Array, v: number): number {
  let lo = 0;
  let hi = th.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v <= th[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
