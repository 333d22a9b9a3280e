/**
 * Isotonic calibration of probabilities: the non-decreasing step function of the score that
 * is closest, in squared error, to the observed outcomes, found by the pool-adjacent-violators
 * algorithm (Ayer et al. 1955; Barlow et al. 1972), as Zadrozny & Elkan (2002, "Transforming
 * classifier scores into accurate multiclass probability estimates", KDD) use it to calibrate
 * classifiers. The fit is flat over each block (from its lowest to its highest score) and
 * linear between blocks, as scikit-learn's IsotonicRegression predicts; outside the scores
 * seen it is flat.
 *
 * The forest is calibrated on its out-of-bag probabilities, so no profile calibrates the trees
 * that were grown on it.
 */

export interface Calibration {
  /** Increasing knot scores: each block's lowest and highest score. */
  x: number[];
  /** Non-decreasing calibrated probabilities at the knots. */
  y: number[];
}

/** Fits the calibration on scores `s` and outcomes `y` (0/1); NaN scores are skipped. */
export function fitIsotonic(s: ArrayLike<number>, y: ArrayLike<number>): Calibration {
  const idx: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === s[i]) idx.push(i);
  if (idx.length === 0) throw new RangeError('isotonic calibration: no score to fit on');
  idx.sort((a, b) => s[a] - s[b]);
  // Blocks: sum of outcomes, weight, lowest and highest score. Equal scores start in one block.
  const sy: number[] = [];
  const w: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  for (let k = 0; k < idx.length; ) {
    let j = k;
    let ys = 0;
    while (j < idx.length && s[idx[j]] === s[idx[k]]) ys += y[idx[j++]];
    sy.push(ys);
    w.push(j - k);
    lo.push(s[idx[k]]);
    hi.push(s[idx[k]]);
    while (sy.length > 1 && sy[sy.length - 2] / w[w.length - 2] >= sy[sy.length - 1] / w[w.length - 1]) {
      const ly = sy.pop()!;
      const lw = w.pop()!;
      const lh = hi.pop()!;
      lo.pop();
      sy[sy.length - 1] += ly;
      w[w.length - 1] += lw;
      hi[hi.length - 1] = lh;
    }
    k = j;
  }
  // Knots: each block's lowest and highest score (one knot when they are equal), at its mean.
  const x: number[] = [];
  const v: number[] = [];
  for (let b = 0; b < sy.length; b++) {
    const m = sy[b] / w[b];
    x.push(lo[b]);
    v.push(m);
    if (hi[b] > lo[b]) {
      x.push(hi[b]);
      v.push(m);
    }
  }
  return { x, y: v };
}

/** The calibrated probability of score s. */
export function calibrate(c: Calibration, s: number): number {
  const { x, y } = c;
  if (s !== s) return NaN;
  if (s <= x[0]) return y[0];
  const last = x.length - 1;
  if (s >= x[last]) return y[last];
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (x[mid] <= s) lo = mid;
    else hi = mid;
  }
  return y[lo] + ((y[hi] - y[lo]) * (s - x[lo])) / (x[hi] - x[lo]);
}
