/**
 * The share of fake followers in an audience, from a sample classified by an imperfect
 * detector.
 *
 * Estimate: Rogan & Gladen (1978, "Estimating prevalence from the results of a screening
 * test", American Journal of Epidemiology 107): true share = (apparent share + specificity −
 * 1) / (sensitivity + specificity − 1), clipped to [0, 1], with the detector's sensitivity and
 * specificity from its cross-validation.
 *
 * Interval: Monte Carlo propagation of both sources of error, in the spirit of Lang &
 * Reiczigel (2014, "Confidence limits for prevalence of disease adjusted for estimated
 * sensitivity and specificity", Preventive Veterinary Medicine 113): the apparent share is
 * drawn from its Jeffreys posterior Beta(x + ½, n − x + ½) (sampling error of the follower
 * sample), sensitivity and specificity from Beta(TP + ½, FN + ½) and Beta(TN + ½, FP + ½)
 * (error of their own estimate on the labelled set); each draw gives a Rogan–Gladen share; the
 * interval is the draws' central quantiles. Seeded: the same sample gives the same interval.
 *
 * Sample size: the number of followers n for which the 95 % interval's half-width is at most a
 * margin m when the true share is p (½ is the worst case): n = z² π (1 − π) / (m² J²), with π =
 * p·Se + (1 − p)(1 − Sp) the apparent share the detector will see and J = Se + Sp − 1
 * (Youden's index) — the variance of the Rogan–Gladen estimator, π(1 − π)/(n J²), ignoring
 * the error of J itself (Lang & Reiczigel 2014, eq. 2).
 */
import { Random } from '../random.js';

export interface DetectorErrors {
  /** Cross-validated counts on the labelled set: fake found, fake missed, human kept, human flagged. */
  tp: number;
  fn: number;
  tn: number;
  fp: number;
}

export function sensitivity(e: DetectorErrors): number {
  return e.tp / (e.tp + e.fn);
}

export function specificity(e: DetectorErrors): number {
  return e.tn / (e.tn + e.fp);
}

/** Rogan–Gladen true share from the apparent share, clipped to [0, 1]. */
export function roganGladen(apparent: number, se: number, sp: number): number {
  const j = se + sp - 1;
  if (!(j > 0)) throw new RangeError(`the detector is no better than chance (sensitivity ${se} + specificity ${sp} − 1 ≤ 0)`);
  return Math.min(1, Math.max(0, (apparent + sp - 1) / j));
}

export interface PrevalenceEstimate {
  /** Share of the sample classified fake. */
  apparent: number;
  /** Rogan–Gladen corrected share. */
  estimate: number;
  interval: [number, number];
  level: number;
}

function beta(rng: Random, a: number, b: number): number {
  const x = rng.gamma(a);
  const y = rng.gamma(b);
  return x / (x + y);
}

/** The fake share of a sample of n followers of which `flagged` were classified fake. */
export function estimatePrevalence(flagged: number, n: number, errors: DetectorErrors, opts: { level: number; draws: number; seed: number }): PrevalenceEstimate {
  if (!(n > 0)) throw new RangeError('estimate of a fake share: the sample is empty');
  const apparent = flagged / n;
  const estimate = roganGladen(apparent, sensitivity(errors), specificity(errors));
  const rng = new Random(opts.seed);
  const draws = new Float64Array(opts.draws);
  for (let d = 0; d < opts.draws; d++) {
    const a = beta(rng, flagged + 0.5, n - flagged + 0.5);
    const se = beta(rng, errors.tp + 0.5, errors.fn + 0.5);
    const sp = beta(rng, errors.tn + 0.5, errors.fp + 0.5);
    const j = se + sp - 1;
    draws[d] = j > 0 ? Math.min(1, Math.max(0, (a + sp - 1) / j)) : a;
  }
  draws.sort();
  const tail = (1 - opts.level) / 2;
  const q = (u: number): number => {
    const h = (draws.length - 1) * u;
    const lo = Math.floor(h);
    return draws[lo] + (draws[Math.min(lo + 1, draws.length - 1)] - draws[lo]) * (h - lo);
  };
  // The point estimate lies in its interval even when the clip at 0 or 1 skews the draws.
  return { apparent, estimate, interval: [Math.min(q(tail), estimate), Math.max(q(1 - tail), estimate)], level: opts.level };
}

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(u: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  if (u < pl) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (u > 1 - pl) return -normalQuantile(1 - u);
  const q = u - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Followers to sample for a ± margin at this level when the share is p (default ½, the worst case). */
export function sampleSizeFor(margin: number, errors: DetectorErrors, level = 0.95, p = 0.5): number {
  const se = sensitivity(errors);
  const sp = specificity(errors);
  const j = se + sp - 1;
  const apparent = p * se + (1 - p) * (1 - sp);
  const z = normalQuantile(1 - (1 - level) / 2);
  return Math.ceil((z * z * apparent * (1 - apparent)) / (margin * margin * j * j));
}
