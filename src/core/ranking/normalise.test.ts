import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseInto, recencyWeight } from './normalise.js';

const run = (xs: number[], method: 'log-cap' | 'linear-cap' | 'percentile', cap = 10) => Array.from(normaliseInto(Float64Array.from(xs), { method, cap }, new Float64Array(xs.length)));

describe('normalisation', () => {
  it('log-cap: 0 at 0, 100 at the cap and above, NaN stays missing', () => {
    const [z, half, cap, over, miss] = run([0, Math.sqrt(11) - 1, 10, 1e9, NaN], 'log-cap');
    assert.equal(z, 0);
    assert.ok(Math.abs(half - 50) < 1e-9);
    assert.equal(cap, 100);
    assert.equal(over, 100);
    assert.ok(Number.isNaN(miss));
  });
  it('linear-cap clamps to 0–100', () => {
    assert.deepEqual(run([-3, 5, 20], 'linear-cap'), [0, 50, 100]);
  });
  it('percentile uses mid-ranks and ignores missing values', () => {
    assert.deepEqual(run([1, 2, 2, NaN, 3], 'percentile').map((x) => (Number.isNaN(x) ? 'NaN' : x)), [12.5, 50, 50, 'NaN', 87.5]);
  });
  it('recency weight halves every half-life and does not decay at half-life 0', () => {
    assert.equal(recencyWeight(365, 365), 0.5);
    assert.equal(recencyWeight(730, 365), 0.25);
    assert.equal(recencyWeight(1000, 0), 1);
    assert.equal(recencyWeight(-5, 365), 1);
  });
});
