import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph } from './csr.js';
import { inDegreeFrom } from './in-degree.js';

describe('inDegreeFrom', () => {
  const g = buildGraph({ nodeCount: 4, source: [0, 1, 2, 0, 0, 3], target: [3, 3, 3, 1, 1, 3], weight: [1, 2, 4, 0.5, 0.5, 1] });
  it('counts distinct sources in the set and their weight', () => {
    const r = inDegreeFrom(g, [0, 1, 1]);
    assert.deepEqual(Array.from(r.count), [0, 1, 0, 2]);
    assert.deepEqual(Array.from(r.weight), [0, 1, 0, 3]);
  });
  it('counts every source without a set (self-loop included)', () => {
    const r = inDegreeFrom(g);
    assert.deepEqual(Array.from(r.count), [0, 1, 0, 4]);
    assert.deepEqual(Array.from(r.weight), [0, 1, 0, 8]);
  });
  it('refuses an id out of range', () => {
    assert.throws(() => inDegreeFrom(g, [7]), /item 0: 7/);
  });
});
