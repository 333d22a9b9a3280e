import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './random.js';

describe('Random', () => {
  it('is reproducible from its seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    const c = new Random(8);
    const xa = Array.from({ length: 5 }, () => a.nextUint32());
    assert.deepEqual(xa, Array.from({ length: 5 }, () => b.nextUint32()));
    assert.notDeepEqual(xa, Array.from({ length: 5 }, () => c.nextUint32()));
  });
  it('draws uniforms in [0,1) with the right mean', () => {
    const r = new Random(1);
    let s = 0;
    for (let i = 0; i < 100000; i++) {
      const x = r.next();
      assert.ok(x >= 0 && x < 1);
      s += x;
    }
    assert.ok(Math.abs(s / 100000 - 0.5) < 0.005);
  });
  it('draws gamma and Dirichlet deviates with the right moments', () => {
    const r = new Random(2);
    for (const shape of [0.3, 1, 5]) {
      let s = 0;
      let s2 = 0;
      const n = 40000;
      for (let i = 0; i < n; i++) {
        const g = r.gamma(shape);
        s += g;
        s2 += g * g;
      }
      const mean = s / n;
      const variance = s2 / n - mean * mean;
      assert.ok(Math.abs(mean - shape) < 0.05 * Math.max(1, shape), `gamma(${shape}) mean ${mean}`);
      assert.ok(Math.abs(variance - shape) < 0.1 * Math.max(1, shape), `gamma(${shape}) variance ${variance}`);
    }
    const alpha = [10, 20, 70];
    const out = new Float64Array(3);
    const sum = [0, 0, 0];
    for (let i = 0; i < 20000; i++) {
      r.dirichlet(alpha, out);
      assert.ok(Math.abs(out[0] + out[1] + out[2] - 1) < 1e-12);
      for (let j = 0; j < 3; j++) sum[j] += out[j];
    }
    sum.forEach((x, j) => assert.ok(Math.abs(x / 20000 - alpha[j] / 100) < 0.005));
  });
});
