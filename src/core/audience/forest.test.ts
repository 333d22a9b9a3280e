import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Random } from '../random.js';
import { contributions, predictForest, trainForest } from './forest.js';

/** Two features; fake (1) when x0 > 5, whatever x1 (noise). */
function threshold(n: number, seed: number): { X: Float64Array; y: Uint8Array } {
  const r = new Random(seed);
  const X = new Float64Array(n * 2);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    X[i * 2] = r.next() * 10;
    X[i * 2 + 1] = r.next();
    y[i] = X[i * 2] > 5 ? 1 : 0;
  }
  return { X, y };
}

const params = { trees: 25, mtry: 1, minLeaf: 1, maxDepth: 32, seed: 3 };

test('a forest learns a threshold and predicts it on new rows', () => {
  const { X, y } = threshold(400, 1);
  const { forest } = trainForest(X, y, 2, params);
  const test = new Float64Array([1, 0.5, 4.5, 0.2, 5.6, 0.9, 9, 0.1]);
  const p = predictForest(forest, test, new Float64Array(4));
  assert.ok(p[0] < 0.1 && p[1] < 0.3, `low side: ${p[0]}, ${p[1]}`);
  assert.ok(p[2] > 0.7 && p[3] > 0.9, `high side: ${p[2]}, ${p[3]}`);
});

test('training is deterministic for a seed and differs with another seed', () => {
  const { X, y } = threshold(300, 2);
  const a = trainForest(X, y, 2, params).forest;
  const b = trainForest(X, y, 2, params).forest;
  assert.deepEqual(a.threshold, b.threshold);
  assert.deepEqual(a.value, b.value);
  const c = trainForest(X, y, 2, { ...params, seed: 4 }).forest;
  assert.notDeepEqual(a.threshold, c.threshold);
});

test('out-of-bag probabilities exist for almost every row and are accurate', () => {
  const { X, y } = threshold(400, 5);
  const { oob } = trainForest(X, y, 2, params);
  let defined = 0;
  let right = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(oob[i])) continue;
    defined++;
    if ((oob[i] >= 0.5 ? 1 : 0) === y[i]) right++;
  }
  assert.ok(defined > 390, `defined ${defined}`);
  assert.ok(right / defined > 0.95, `oob accuracy ${right / defined}`);
});

test('missing values go where the training rows with missing values went', () => {
  // x0 missing means fake; present values below 5 human, above 5 fake.
  const n = 300;
  const X = new Float64Array(n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) {
      X[i] = NaN;
      y[i] = 1;
    } else {
      X[i] = i % 10;
      y[i] = X[i] > 5 ? 1 : 0;
    }
  }
  const { forest } = trainForest(X, y, 1, params);
  const p = predictForest(forest, new Float64Array([NaN, 1, 8]), new Float64Array(3));
  assert.ok(p[0] > 0.9, `missing → fake, got ${p[0]}`);
  assert.ok(p[1] < 0.1, `1 → human, got ${p[1]}`);
  assert.ok(p[2] > 0.9, `8 → fake, got ${p[2]}`);
});

test('Saabas contributions add up to the probability, and credit the informative feature', () => {
  const { X, y } = threshold(400, 6);
  const { forest } = trainForest(X, y, 2, { ...params, mtry: 2 });
  const rows = new Float64Array([8, 0.3, 2, 0.7]);
  const p = predictForest(forest, rows, new Float64Array(2));
  const c = new Float64Array(2);
  for (let r = 0; r < 2; r++) {
    const bias = contributions(forest, rows, r, c);
    assert.ok(Math.abs(bias + c[0] + c[1] - p[r]) < 1e-12, `row ${r}: ${bias} + ${c[0]} + ${c[1]} ≠ ${p[r]}`);
    assert.ok(Math.abs(c[0]) > Math.abs(c[1]), `feature 0 should explain row ${r}`);
  }
});

test('bad shapes are refused with the counts', () => {
  assert.throws(() => trainForest(new Float64Array(5), new Uint8Array(2), 2, params), /5 values, expected 2 rows × 2/);
  assert.throws(() => trainForest(new Float64Array(0), new Uint8Array(0), 2, params), /no training row/);
});
