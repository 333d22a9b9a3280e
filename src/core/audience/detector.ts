/**
 * The one interface of the fake-follower detectors: feature rows in, the probability that each
 * profile is fake out. The paper's single rules answer 0 or 1; the trained forest answers a
 * calibrated probability.
 */
import type { Lang } from '../domain.js';

export interface Detector {
  /** Stable id, used in files and in `audience evaluate --json` (`model`). */
  id: string;
  label: Record<Lang, string>;
  kind: 'rule' | 'model';
  /** Probability of fake for rows [0, rows) of the row-major matrix X, written to out. */
  predict(X: Float64Array, rows: number, out: Float64Array): Float64Array;
}
