import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareRankings, rankingFromOrder } from './rankings.js';
import { rhoScore, rra, rraScores } from './rra.js';

describe('Robust Rank Aggregation', () => {
  it('computes ρ and its correction by hand', () => {
    // Lists a b c d and a c b (n = 4). a: r = (1/4, 1/4): β1 = 1 − (3/4)² = 7/16, β2 = 1/16 → ρ = 1/16, p = 1/8.
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c', 'd']), rankingFromOrder('B', ['a', 'c', 'b'])]);
    const s = rraScores(p);
    assert.ok(Math.abs(s[0] - 1 / 8) < 1e-15);
    // b: r = (2/4, 3/4): β1 = 1 − (1/2)² = 3/4, β2 = (3/4)² = 9/16 → p = min(1, 9/8) = 1.
    assert.equal(s[1], 1);
    // d: r = (1, 1) (unranked in B): β = 1, p = 1.
    assert.equal(s[3], 1);
    const c = rra(p);
    assert.equal(c.entries[0].item, 'a');
    assert.equal(c.entries[0].pValue, 1 / 8);
  });
  it('leaves out unranked lists with normaliseBy list (R full = TRUE)', () => {
    // a: r = (1/4, 1/3), k = 2 for both; d: only A ranks it: r = (4/4) → ρ = 1.
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c', 'd']), rankingFromOrder('B', ['a', 'c', 'b'])]);
    const s = rraScores(p, { normaliseBy: 'list' });
    const b1 = 1 - (3 / 4) ** 2;
    const b2 = (1 / 3) ** 2;
    assert.ok(Math.abs(s[0] - Math.min(1, 2 * Math.min(b1, b2))) < 1e-15);
    assert.equal(s[3], 1);
  });
  it('gives ρ = 1 to an item no list ranks', () => {
    assert.deepEqual(rhoScore([NaN, NaN]), { rho: 1, k: 0 });
  });
});
