import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extrapolationRho, powerExtrapolate } from './power-extrapolation.js';

describe('powerExtrapolate', () => {
  it('x ← (x − ρ·earlier)/(1 − ρ), negatives to 0, rescaled to the previous total', () => {
    const x = Float64Array.from([0.5, 0.3, 0.2]);
    powerExtrapolate(x, Float64Array.from([0.4, 0.4, 0.2]), 3, 0.5);
    // (0.6, 0.2, 0.2) sums to 1 already.
    assert.deepEqual([...x].map((v) => +v.toFixed(12)), [0.6, 0.2, 0.2]);
    const y = Float64Array.from([0.1, 0.9]);
    powerExtrapolate(y, Float64Array.from([0.5, 0.5]), 2, 0.5);
    // (−0.3 → 0, 1.3), rescaled to 1.
    assert.deepEqual([...y], [0, 1]);
  });

  it('with strengths: the same iterate, bit for bit, its contributions x/s and its dangling mass', () => {
    const x0 = Float64Array.from([0.3, 0.25, 0.2, 0.15, 0.1]);
    const earlier = Float64Array.from([0.28, 0.3, 0.18, 0.14, 0.1]);
    const s = Float64Array.from([2, 0, 3, 1, 0]);
    const a = x0.slice();
    powerExtrapolate(a, earlier, 5, 0.4);
    const b = x0.slice();
    const c = new Float64Array(5).fill(NaN);
    const dangling = powerExtrapolate(b, earlier, 5, 0.4, s, c);
    assert.deepEqual(b, a);
    assert.deepEqual([...c], [a[0] / 2, 0, a[2] / 3, a[3] / 1, 0]);
    assert.equal(dangling, a[1] + a[4]);
  });

  it('ρ from the L1 changes, only inside (minRho, maxRho)', () => {
    assert.equal(extrapolationRho(0.5, 1), 0.5);
    assert.equal(extrapolationRho(0.1, 1), null);
    assert.equal(extrapolationRho(0.99, 1), null);
    assert.equal(extrapolationRho(1, 0), null);
  });
});
