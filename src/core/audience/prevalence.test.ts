import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimatePrevalence, normalQuantile, roganGladen, sampleSizeFor } from './prevalence.js';

const errors = { tp: 1912, fn: 38, tn: 1932, fp: 18 }; // sensitivity 0.981, specificity 0.991

test('Rogan–Gladen corrects the apparent share, clipped to [0, 1]', () => {
  // True share 0.3 with Se 0.9, Sp 0.8: apparent = 0.3·0.9 + 0.7·0.2 = 0.41.
  assert.ok(Math.abs(roganGladen(0.41, 0.9, 0.8) - 0.3) < 1e-12);
  assert.equal(roganGladen(0.05, 0.9, 0.8), 0);
  assert.equal(roganGladen(0.99, 0.9, 0.8), 1);
  assert.throws(() => roganGladen(0.5, 0.5, 0.5), /no better than chance/);
});

test('the interval holds the estimate, narrows with the sample and is reproducible', () => {
  const opts = { level: 0.95, draws: 4000, seed: 7 };
  const small = estimatePrevalence(40, 100, errors, opts);
  const large = estimatePrevalence(4000, 10000, errors, opts);
  for (const e of [small, large]) assert.ok(e.interval[0] <= e.estimate && e.estimate <= e.interval[1]);
  assert.ok(large.interval[1] - large.interval[0] < (small.interval[1] - small.interval[0]) / 5);
  // For n = 100 at p ≈ 0.4 the binomial half-width alone is about 0.096.
  const half = (small.interval[1] - small.interval[0]) / 2;
  assert.ok(half > 0.085 && half < 0.12, `half-width ${half}`);
  assert.deepEqual(estimatePrevalence(40, 100, errors, opts), small);
  assert.throws(() => estimatePrevalence(0, 0, errors, opts), /sample is empty/);
});

test('about 400 followers give ± 5 points (worst case, 95 %)', () => {
  assert.ok(Math.abs(normalQuantile(0.975) - 1.959964) < 1e-6);
  const n = sampleSizeFor(0.05, errors);
  // 1.96² · π(1 − π) / (0.05² · J²), J = 0.981 + 0.991 − 1 = 0.972, π = ½·0.981 + ½·0.009.
  const se = 1912 / 1950;
  const sp = 1932 / 1950;
  const pi = 0.5 * se + 0.5 * (1 - sp);
  assert.equal(n, Math.ceil((normalQuantile(0.975) ** 2 * pi * (1 - pi)) / (0.0025 * (se + sp - 1) ** 2)));
  assert.ok(n >= 384 && n <= 420, `n = ${n}`);
  // A rarer share needs fewer followers for the same margin.
  assert.ok(sampleSizeFor(0.05, errors, 0.95, 0.1) < n / 2);
});
