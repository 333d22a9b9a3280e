/**
 * Evaluation of the detectors with the protocol of Cresci et al. (2015, §5): stratified
 * 10-fold cross-validation, fake = positive class; accuracy, precision, recall, F1, MCC and
 * AUC from the pooled out-of-fold predictions. The trained model is retrained on each fold's
 * training part (calibration included), so no profile is ever scored by a model that saw it;
 * the rules need no training and are scored on all rows. The model is also scored on the same
 * folds with the Twitter-only features masked ("portable"), as a Bluesky or Mastodon profile
 * would reach it.
 */
import type { Detector } from './detector.js';
import { stratifiedFolds } from './folds.js';
import { type ForestParams, predictForest } from './forest.js';
import { trainModel } from './forest-model.js';
import { calibrate } from './isotonic.js';
import { auc, brier, type Confusion, confusion, reliability, type ReliabilityBin, scores } from './metrics.js';
import { FEATURE_COUNT, maskNonPortable } from './profile.js';

export interface EvaluationRow {
  model: string;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  mcc: number;
  /** NaN → null in files: a rule's AUC is that of its 0/1 answer. */
  auc: number;
  brier: number;
  confusion: Confusion;
}

export interface Evaluation {
  folds: number;
  seed: number;
  rows: number;
  positives: number;
  results: EvaluationRow[];
  /** Reliability table of the model's out-of-fold calibrated probabilities. */
  reliability: ReliabilityBin[];
}

/** `ranking` orders the rows for the AUC: the forest's raw score, whose order isotonic calibration would only coarsen (ties). */
function row(model: string, p: Float64Array, y: ArrayLike<number>, threshold: number, ranking: Float64Array = p): EvaluationRow {
  const c = confusion(p, y, threshold);
  return { model, ...scores(c), auc: auc(ranking, y), brier: brier(p, y), confusion: c };
}

/**
 * Cross-validates the forest (with `params`) and scores the rules on rows X with labels y.
 * `onFold` is told when each fold is done (progress).
 */
export function evaluate(X: Float64Array, y: ArrayLike<number>, rules: readonly Detector[], params: ForestParams, opts: { folds: number; seed: number; threshold: number }, onFold?: (k: number) => void): Evaluation {
  const n = y.length;
  const p = FEATURE_COUNT;
  const fold = stratifiedFolds(y, opts.folds, opts.seed);
  const Xm = maskNonPortable(X.subarray(0, n * p));
  const full = new Float64Array(n);
  const portable = new Float64Array(n);
  const rawFull = new Float64Array(n);
  const rawPortable = new Float64Array(n);
  for (let k = 0; k < opts.folds; k++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (fold[i] === k ? test : train).push(i);
    const Xt = new Float64Array(train.length * p);
    const yt = new Uint8Array(train.length);
    train.forEach((r, i) => {
      Xt.set(X.subarray(r * p, r * p + p), i * p);
      yt[i] = y[r];
    });
    const m = trainModel(Xt, yt, { ...params, seed: params.seed + k });
    const Xe = new Float64Array(test.length * p);
    const Xem = new Float64Array(test.length * p);
    test.forEach((r, i) => {
      Xe.set(X.subarray(r * p, r * p + p), i * p);
      Xem.set(Xm.subarray(r * p, r * p + p), i * p);
    });
    const o = predictForest(m.forest, Xe, new Float64Array(test.length));
    const om = predictForest(m.forest, Xem, new Float64Array(test.length));
    test.forEach((r, i) => {
      rawFull[r] = o[i];
      rawPortable[r] = om[i];
      full[r] = calibrate(m.calibration, o[i]);
      portable[r] = calibrate(m.calibration, om[i]);
    });
    onFold?.(k);
  }
  const results = [row('random-forest', full, y, opts.threshold, rawFull), row('random-forest:portable', portable, y, opts.threshold, rawPortable)];
  for (const d of rules) results.push(row(d.id, d.predict(X, n, new Float64Array(n)), y, 0.5));
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i] === 1 ? 1 : 0;
  return { folds: opts.folds, seed: opts.seed, rows: n, positives, results, reliability: reliability(full, y) };
}
