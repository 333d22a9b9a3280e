import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { borda, bordaScores } from './borda.js';
import { prepareRankings, rankingFromOrder } from './rankings.js';

// A: a b c; B: b a (size 2); C: c (size 1). Universe a, b, c.
const p = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c']), rankingFromOrder('B', ['b', 'a']), rankingFromOrder('C', ['c'])]);

describe('Borda', () => {
  it("gives list points m − p + 1 and nothing to unranked items ('list', 'zero')", () => {
    assert.deepEqual(Array.from(bordaScores(p, { points: 'list', unranked: 'zero' })), [3 + 1, 2 + 2, 1 + 1]);
  });
  it("gives n − p + 1 with 'universe' points", () => {
    assert.deepEqual(Array.from(bordaScores(p, { points: 'universe', unranked: 'zero' })), [3 + 2, 2 + 3, 1 + 3]);
  });
  it("places unranked items at the mid-position of the remaining places with 'average'", () => {
    // B leaves c at (2+1+3)/2 = 3 → 1 point; C leaves a and b at (1+1+3)/2 = 2.5 → 1.5 points.
    assert.deepEqual(Array.from(bordaScores(p, { points: 'universe', unranked: 'average' })), [5 + 1.5, 5 + 1.5, 4 + 1]);
    assert.throws(() => bordaScores(p, { points: 'list', unranked: 'average' }), /needs points 'universe'/);
  });
  it("weighs each list equally with 'normalised' points", () => {
    const s = bordaScores(p, { points: 'normalised', unranked: 'zero' });
    assert.ok(Math.abs(s[0] - 1.5) < 1e-12 && Math.abs(s[1] - 5 / 3) < 1e-12 && Math.abs(s[2] - 4 / 3) < 1e-12);
    assert.deepEqual(borda(p, { points: 'normalised' }).entries.map((e) => e.item), ['b', 'a', 'c']);
  });
  it('shares the points of tied positions, and orders ties by first appearance with a shared rank', () => {
    const q = prepareRankings([{ name: 'T', entries: [{ item: 'x', best: 1, worst: 2 }, { item: 'y', best: 1, worst: 2 }, { item: 'z', best: 3, worst: 3 }] }]);
    assert.deepEqual(Array.from(bordaScores(q, { points: 'list' })), [2.5, 2.5, 1]);
    const c = borda(q);
    assert.deepEqual(c.entries.map((e) => [e.item, e.position, e.rank]), [['x', 1, 1], ['y', 2, 1], ['z', 3, 3]]);
  });
});
