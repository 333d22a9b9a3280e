import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extrapolationRho, powerExtrapolate, powerExtrapolateContributions } from './power-extrapolation.js';

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

  it('in contribution form (x/s, x where s = 0): the same iterate as on scores, its contributions and its dangling mass', () => {
    const x0 = Float64Array.from([0.3, 0.25, 0.2, 0.15, 0.1]);
    const earlier = Float64Array.from([0.28, 0.3, 0.18, 0.14, 0.1]);
    const s = Float64Array.from([2, 0, 3, 1, 0]);
    const a = x0.slice();
    powerExtrapolate(a, earlier, 5, 0.4);
    const c = x0.map((x, v) => (s[v] > 0 ? x / s[v] : x));
    const dangling = powerExtrapolateContributions(c, earlier, 5, 0.4, s);
    for (let v = 0; v < 5; v++) {
      const x = s[v] > 0 ? c[v] * s[v] : c[v];
      assert.ok(Math.abs(x - a[v]) < 1e-16, `${v}: ${x} ≠ ${a[v]}`);
    }
    assert.ok(Math.abs(dangling - (a[1] + a[4])) < 1e-16);
  });

  it('ρ from the L1 changes, only inside (minRho, maxRho)', () => {
    assert.equal(extrapolationRho(0.5, 1), 0.5);
    assert.equal(extrapolationRho(0.1, 1), null);
    assert.equal(extrapolationRho(0.99, 1), null);
    assert.equal(extrapolationRho(1, 0), null);
  });
});
