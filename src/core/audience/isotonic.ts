/**
 * Isotonic calibration of probabilities: the non-decreasing step function of the score that
 * is closest, in squared error, to the observed outcomes, found by the pool-adjacent-violators
 * algorithm (Ayer et al. 1955; Barlow et al. 1972), as Zadrozny & Elkan (2002, "Transforming
 * classifier scores into accurate multiclass probability estimates", KDD) use it to calibrate
 * classifiers. Between the blocks' mean scores the map is linear (as scikit-learn's
 * IsotonicRegression predicts); outside them it is flat.
 *
 * The forest is calibrated on its out-of-bag probabilities, so no profile calibrates the trees
 * that were grown on it.
 */

export interface Calibration {
  /** Increasing knot scores. */
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
  // Blocks: sum of outcomes, sum of scores, weight. Equal scores start in one block.
  const sy: number[] = [];
  const sx: number[] = [];
  const w: number[] = [];
  for (let k = 0; k < idx.length; ) {
    let j = k;
    let ys = 0;
    while (j < idx.length && s[idx[j]] === s[idx[k]]) ys += y[idx[j++]];
    sy.push(ys);
    sx.push(s[idx[k]] * (j - k));
    w.push(j - k);
    while (sy.length > 1 && sy[sy.length - 2] / w[w.length - 2] >= sy[sy.length - 1] / w[w.length - 1]) {
      const ly = sy.pop()!;
      const lx = sx.pop()!;
      const lw = w.pop()!;
      sy[sy.length - 1] += ly;
      sx[sx.length - 1] += lx;
      w[w.length - 1] += lw;
    }
    k = j;
  }
  return { x: sx.map((v, i) => v / w[i]), y: sy.map((v, i) => v / w[i]) };
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
