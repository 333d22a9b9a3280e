import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auc, brier, confusion, reliability, scores } from './metrics.js';
import { calibrate, fitIsotonic } from './isotonic.js';
import { stratifiedFolds } from './folds.js';

test('confusion and scores of a small case, checked by hand', () => {
  const p = [0.9, 0.8, 0.3, 0.6, 0.1, 0.2];
  const y = [1, 1, 1, 0, 0, 0];
  const c = confusion(p, y);
  assert.deepEqual(c, { tp: 2, fn: 1, fp: 1, tn: 2 });
  const s = scores(c);
  assert.equal(s.accuracy, 4 / 6);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.recall, 2 / 3);
  assert.ok(Math.abs(s.mcc - (2 * 2 - 1 * 1) / Math.sqrt(3 * 3 * 3 * 3)) < 1e-15);
});

test('MCC of a constant prediction is 0, not NaN', () => {
  assert.equal(scores(confusion([1, 1, 1], [1, 0, 1])).mcc, 0);
});

test('AUC counts ties one half (Mann–Whitney)', () => {
  assert.equal(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
  assert.equal(auc([0.5, 0.5], [0, 1]), 0.5);
  assert.equal(auc([1, 1, 0, 0], [1, 1, 0, 0]), 1);
  assert.ok(Number.isNaN(auc([0.2, 0.3], [1, 1])));
});

test('Brier score and reliability table', () => {
  assert.equal(brier([1, 0, 0.5], [1, 0, 1]), 0.25 / 3);
  const t = reliability([0.05, 0.07, 0.95, 1], [0, 1, 1, 1], 10);
  assert.deepEqual(
    t.map((b) => [b.from, b.count, b.observed]),
    [
      [0, 2, 0.5],
      [0.9, 2, 1],
    ],
  );
});

test('isotonic calibration pools adjacent violators, is flat over a block and linear between blocks', () => {
  const c = fitIsotonic([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [0, 1, 0, 0, 1, 1]);
  // Blocks: {0.1}: 0; {0.2, 0.3, 0.4}: 1/3; {0.5, 0.6}: 1.
  assert.deepEqual(c.x, [0.1, 0.2, 0.4, 0.5, 0.6]);
  assert.deepEqual(c.y, [0, 1 / 3, 1 / 3, 1, 1]);
  assert.equal(calibrate(c, 0), 0);
  assert.equal(calibrate(c, 0.2), 1 / 3);
  assert.equal(calibrate(c, 0.3), 1 / 3);
  assert.ok(Math.abs(calibrate(c, 0.15) - 1 / 6) < 1e-12);
  assert.ok(Math.abs(calibrate(c, 0.45) - 2 / 3) < 1e-12);
  assert.equal(calibrate(c, 0.9), 1);
  for (let s = 0; s < 1; s += 0.01) assert.ok(calibrate(c, s + 0.01) >= calibrate(c, s));
});

test('isotonic calibration is the least-squares fit: the pooled block keeps its mean at its own scores', () => {
  // scikit-learn: IsotonicRegression().fit([0,1,2,3],[0,1,0,1]).predict([0,1,2,3]) = [0, .5, .5, 1].
  const c = fitIsotonic([0, 1, 2, 3], [0, 1, 0, 1]);
  assert.deepEqual([0, 1, 2, 3].map((s) => calibrate(c, s)), [0, 0.5, 0.5, 1]);
});

test('stratified folds keep the class proportions and are seeded', () => {
  const y = Array.from({ length: 103 }, (_, i) => (i < 40 ? 1 : 0));
  const f = stratifiedFolds(y, 10, 1);
  for (let k = 0; k < 10; k++) {
    const pos = y.filter((v, i) => f[i] === k && v === 1).length;
    const all = y.filter((_, i) => f[i] === k).length;
    assert.ok(pos === 4, `fold ${k}: ${pos} positives`);
    assert.ok(all === 10 || all === 11, `fold ${k}: ${all} rows`);
  }
  assert.deepEqual(stratifiedFolds(y, 10, 1), f);
  assert.notDeepEqual(stratifiedFolds(y, 10, 2), f);
  assert.throws(() => stratifiedFolds(y, 1, 1), /folds: expected a whole number ≥ 2/);
});
