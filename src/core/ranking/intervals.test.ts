import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../random.js';
import { TotalOrder } from './intervals.js';

/** The order the radix sort must reproduce: total descending, then position ascending. */
function reference(tot: Float64Array): Int32Array {
  const perm = Int32Array.from({ length: tot.length }, (_, i) => i);
  return perm.sort((a, b) => tot[b] - tot[a] || a - b);
}

describe('TotalOrder (the per-draw order of the rank intervals)', () => {
  it('equals the comparator sort on random totals, with ties, zeros of both signs, negatives and extremes', () => {
    const rng = new Random(42);
    for (const n of [0, 1, 2, 3, 17, 1000, 5000]) {
      const sorter = new TotalOrder(n);
      for (let round = 0; round < 5; round++) {
        const tot = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const u = rng.next();
          tot[i] =
            u < 0.2 ? Math.round(rng.next() * 20) / 4 // many ties
            : u < 0.25 ? (rng.next() < 0.5 ? 0 : -0)
            : u < 0.3 ? -rng.next() * 1e3
            : u < 0.33 ? (rng.next() < 0.5 ? Number.MIN_VALUE : Number.MAX_VALUE)
            : u < 0.36 ? rng.next() * 1e-300
            : rng.next() * 100;
        }
        assert.deepEqual(Array.from(sorter.order(tot)), Array.from(reference(tot)), `n = ${n}, round ${round}`);
      }
    }
  });

  it('keeps positions in order when every total is equal (all digits skipped)', () => {
    const tot = new Float64Array(100).fill(42.5);
    assert.deepEqual(Array.from(new TotalOrder(100).order(tot)), Array.from({ length: 100 }, (_, i) => i));
  });
});
