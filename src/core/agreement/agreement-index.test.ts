import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreement } from './agreement-index.js';
import { rankingFromOrder } from './rankings.js';

describe('agreement signal', () => {
  it('computes coverage, position and unanimity by hand', () => {
    // A: a b c d (size 4); B: a b (size 2). Borda (list points): a 4+2, b 3+1, c 2, d 1.
    const { entries } = agreement([rankingFromOrder('A', ['a', 'b', 'c', 'd']), rankingFromOrder('B', ['a', 'b'])], { items: ['a', 'b', 'c', 'd', 'e'] });
    const [a, b, c, , e] = entries;
    // a: q = (1, 1): sd 0, coverage 1, rank 1 of 5 → position 1 → 100.
    assert.equal(a.signal, 100);
    // b: q = (1 − 1/4, 1 − 1/2) = (0.75, 0.5): sd 0.125 → unanimity 0.75; rank 2 → position 0.8.
    assert.ok(Math.abs(b.unanimity - 0.75) < 1e-12);
    assert.ok(Math.abs((b.signal as number) - (100 * (1 + 0.8 + 0.75)) / 3) < 1e-9);
    // c: q = (0.5, 0): sd 0.25 → unanimity 0.5; coverage 0.5; rank 3 → position 0.6.
    assert.ok(Math.abs((c.signal as number) - (100 * (0.5 + 0.6 + 0.5)) / 3) < 1e-9);
    // e: in no list → no signal.
    assert.equal(e.lists, 0);
    assert.equal(e.signal, null);
  });
  it('weights the components and refuses bad weights', () => {
    const lists = [rankingFromOrder('A', ['a', 'b']), rankingFromOrder('B', ['b'])];
    const { entries } = agreement(lists, { weights: { coverage: 1, position: 0, unanimity: 0 } });
    assert.deepEqual(entries.map((x) => x.signal), [50, 100]);
    assert.throws(() => agreement(lists, { weights: { coverage: 0, position: 0, unanimity: 0 } }), /must not all be 0/);
    assert.throws(() => agreement(lists, { weights: { coverage: -1 } }), /coverage must be a number ≥ 0/);
  });
  it('carries the RRA p-value', () => {
    const { entries } = agreement([rankingFromOrder('A', ['a', 'b', 'c']), rankingFromOrder('B', ['a', 'c'])], { method: 'rra' });
    assert.ok(entries[0].pValue !== undefined && entries[0].pValue < 1);
  });
});
