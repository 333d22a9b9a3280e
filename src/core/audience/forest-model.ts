/**
 * The trained fake-follower model: a random forest (forest.ts) on the profile features
 * (profile.ts), its probabilities calibrated by isotonic regression (isotonic.ts) on the
 * out-of-bag predictions, and the cross-validated error counts the audit needs to correct the
 * fake share for the model's own mistakes (prevalence.ts).
 *
 * Training data are doubled: each labelled profile is kept as it is and as a copy with the
 * features that only Twitter gives (lists, likes, URL, location, default theme) set missing —
 * what a Bluesky or Mastodon profile looks like — and both copies are bootstrapped together.
 * The trees thus learn what to do when those fields are absent instead of meeting missing
 * values for the first time on another platform.
 */
import { calibrate, type Calibration, fitIsotonic } from './isotonic.js';
import type { Detector } from './detector.js';
import { type Forest, type ForestParams, predictForest, trainForest } from './forest.js';
import { FEATURE_COUNT, FEATURES, maskNonPortable } from './profile.js';

export interface TrainedModel {
  forest: Forest;
  calibration: Calibration;
  params: ForestParams;
}

/** Trains forest and calibration on rows X (rows × FEATURE_COUNT) with labels y (1 = fake). */
export function trainModel(X: Float64Array, y: ArrayLike<number>, params: ForestParams): TrainedModel {
  const n = y.length;
  const p = FEATURE_COUNT;
  const Xa = new Float64Array(2 * n * p);
  Xa.set(X.subarray(0, n * p));
  Xa.set(maskNonPortable(X.subarray(0, n * p)), n * p);
  const ya = new Uint8Array(2 * n);
  const unit = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    ya[i] = ya[n + i] = y[i] === 1 ? 1 : 0;
    unit[i] = unit[n + i] = i;
  }
  const { forest, oob } = trainForest(Xa, ya, p, params, unit);
  return { forest, calibration: fitIsotonic(oob, ya), params };
}

/** Calibrated probabilities of fake for rows [0, rows) of X. */
export function predictModel(m: Pick<TrainedModel, 'forest' | 'calibration'>, X: Float64Array, rows: number, out: Float64Array): Float64Array {
  predictForest(m.forest, X, out, 0, rows);
  for (let i = 0; i < rows; i++) out[i] = calibrate(m.calibration, out[i]);
  return out;
}

export function modelDetector(m: Pick<TrainedModel, 'forest' | 'calibration'>): Detector {
  return {
    id: 'random-forest',
    label: { en: 'random forest (Éclaireur, profile features)', fr: 'forêt aléatoire (Éclaireur, traits du profil)' },
    kind: 'model',
    predict: (X, rows, out) => predictModel(m, X, rows, out),
  };
}

/** Feature names in the model's row order (kept in the model file to detect a mismatch). */
export function featureNames(): string[] {
  return FEATURES.map((f) => f.name);
}
