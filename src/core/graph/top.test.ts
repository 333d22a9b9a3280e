import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topNodes } from './top.js';

describe('topNodes', () => {
  it('returns the k best, best first, ties by id', () => {
    assert.deepEqual(topNodes([0.1, 0.5, 0.2, 0.5, 0.05], 3), [1, 3, 2]);
    assert.deepEqual(topNodes([0.1, 0.5, 0.2, 0.5, 0.05], 10), [1, 3, 2, 0, 4]);
    assert.deepEqual(topNodes([], 3), []);
    assert.deepEqual(topNodes([1, 2], 0), []);
  });
  it('uses the tie-break given', () => {
    const names = ['b', 'a', 'c'];
    assert.deepEqual(topNodes([1, 1, 1], 2, (x, y) => (names[x] < names[y] ? -1 : 1)), [1, 0]);
  });
  it('agrees with a full sort on random scores', () => {
    const xs = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 1013) / 1013);
    const full = xs.map((_, i) => i).sort((a, b) => xs[b] - xs[a] || a - b).slice(0, 50);
    assert.deepEqual(topNodes(xs, 50), full);
  });
});
