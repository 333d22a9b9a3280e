/**
 * An audit of a follower sample: every profile is classified by the trained model, the fake
 * share is estimated with the correction for the model's own errors and its interval
 * (prevalence.ts), the sample size needed for a given margin is stated, and the followers that
 * look most fake are listed with why — the features that pushed their probability up most
 * (Saabas contributions, forest.ts) and the paper's rules they break (rules.ts).
 */
import { AUDIENCE_DEFAULTS } from './defaults.js';
import { contributions, type Forest, predictForest } from './forest.js';
import { calibrate, type Calibration } from './isotonic.js';
import { type DetectorErrors, estimatePrevalence, sampleSizeFor, sensitivity, specificity } from './prevalence.js';
import { FEATURE_COUNT, FEATURES } from './profile.js';
import { brokenRules } from './rules.js';

export interface AuditModel {
  forest: Forest;
  calibration: Calibration;
  /** Cross-validated error counts of the model at `threshold`. */
  errors: DetectorErrors;
  threshold: number;
}

export interface Reason {
  feature: string;
  /** The profile's value of the feature (null: missing). */
  value: number | null;
  /** How much it raised the probability of fake. */
  contribution: number;
}

export interface Suspect {
  /** Line (or record) of the profile in the sample file. */
  line: number;
  probability: number;
  reasons: Reason[];
  /** Ids of the paper's rules the profile breaks. */
  rules: string[];
}

export interface AuditResult {
  /** Rows read, usable or not. */
  sampleSize: number;
  usable: number;
  leftOut: number;
  flagged: number;
  /** Share classified fake, before correction. */
  apparentShare: number;
  /** Corrected for the model's errors (Rogan–Gladen). */
  fakeShare: number;
  interval: [number, number];
  level: number;
  /** Mean calibrated probability (a second estimate, for comparison). */
  meanProbability: number;
  sensitivity: number;
  specificity: number;
  /** Followers to sample for ± `margin` at `level` in the worst case (share ½). */
  needed: { margin: number; followers: number };
  suspects: Suspect[];
}

export interface AuditOptions {
  level: number;
  draws: number;
  seed: number;
  margin: number;
  suspects: number;
  reasons: number;
}

export const AUDIT_DEFAULTS: AuditOptions = {
  level: AUDIENCE_DEFAULTS.level,
  draws: AUDIENCE_DEFAULTS.draws,
  seed: AUDIENCE_DEFAULTS.seed,
  margin: AUDIENCE_DEFAULTS.margin,
  suspects: AUDIENCE_DEFAULTS.suspects,
  reasons: AUDIENCE_DEFAULTS.reasons,
};

/**
 * Audits the `usable` feature rows of X (row-major, FEATURE_COUNT a row; `lines` their lines
 * in the file) out of `rowsRead` rows read. Throws when no row is usable.
 */
export function auditSample(model: AuditModel, X: Float64Array, usable: number, lines: ArrayLike<number>, rowsRead: number, opts: AuditOptions = AUDIT_DEFAULTS): AuditResult {
  if (usable === 0) throw new RangeError('no usable follower profile in the sample');
  const prob = predictForest(model.forest, X, new Float64Array(usable));
  let flagged = 0;
  let sum = 0;
  for (let i = 0; i < usable; i++) {
    const q = calibrate(model.calibration, prob[i]);
    prob[i] = q;
    sum += q;
    if (q >= model.threshold) flagged++;
  }
  const est = estimatePrevalence(flagged, usable, model.errors, opts);
  const top = topSuspects(prob, lines, usable, model.threshold, opts.suspects);
  const contrib = new Float64Array(FEATURE_COUNT);
  const suspects = top.map((r): Suspect => {
    contributions(model.forest, X, r, contrib);
    const order = Array.from({ length: FEATURE_COUNT }, (_, j) => j)
      .filter((j) => contrib[j] > 0)
      .sort((a, b) => contrib[b] - contrib[a] || a - b)
      .slice(0, opts.reasons);
    return {
      line: lines[r],
      probability: prob[r],
      reasons: order.map((j) => {
        const v = X[r * FEATURE_COUNT + j];
        return { feature: FEATURES[j].name, value: v === v ? v : null, contribution: contrib[j] };
      }),
      rules: brokenRules(X, r),
    };
  });
  return {
    sampleSize: rowsRead,
    usable,
    leftOut: rowsRead - usable,
    flagged,
    apparentShare: est.apparent,
    fakeShare: est.estimate,
    interval: est.interval,
    level: est.level,
    meanProbability: sum / usable,
    sensitivity: sensitivity(model.errors),
    specificity: specificity(model.errors),
    needed: { margin: opts.margin, followers: sampleSizeFor(opts.margin, model.errors, opts.level) },
    suspects,
  };
}

/**
 * The k flagged rows of highest probability (ties: earlier line first), in that order — what
 * sorting all flagged rows and keeping k gives, in one pass with a k-long insertion list
 * (O(n·k) at worst, O(n) in practice) instead of an O(f log f) sort of all f flagged rows.
 */
export function topSuspects(prob: Float64Array, lines: ArrayLike<number>, usable: number, threshold: number, k: number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  // a ranks below b
  const below = (a: number, b: number): boolean => prob[a] < prob[b] || (prob[a] === prob[b] && lines[a] > lines[b]);
  for (let r = 0; r < usable; r++) {
    if (!(prob[r] >= threshold)) continue;
    if (top.length === k && !below(top[k - 1], r)) continue;
    let j = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(r);
    while (j > 0 && below(top[j - 1], r)) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = r;
  }
  return top;
}
