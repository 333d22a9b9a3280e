import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../random.js';
import { kemeny, kemenyOptimal } from './kemeny.js';
import { localKemenize, localKemeny } from './local-kemeny.js';
import { intervalsFor, kemenyDistance, margin } from './pairwise.js';
import { type PartialRanking, prepareRankings, type PreparedRankings, rankingFromOrder } from './rankings.js';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

function randomPartial(rng: Random, n: number, k: number): PartialRanking[] {
  return Array.from({ length: k }, (_, l) => {
    const perm = Array.from({ length: n }, (_, i) => `i${i}`);
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    const m = rng.int(1, n);
    const entries = perm.slice(0, m).map((item, i) => ({ item, best: i + 1, worst: i + 1 }));
    // A tie now and then.
    if (m >= 2 && rng.next() < 0.3) {
      entries[0] = { ...entries[0], worst: 2 };
      entries[1] = { ...entries[1], best: 1 };
    }
    return { name: `L${l}`, entries };
  });
}

const isLocallyOptimal = (p: PreparedRankings, order: Int32Array, unranked: 'both' | 'bottom'): boolean => {
  const { lo, hi } = intervalsFor(p, unranked);
  for (let i = 0; i + 1 < order.length; i++) if (margin(lo, hi, p.lists.length, order[i + 1], order[i]) > 0) return false;
  return true;
};

describe('exact Kemeny', () => {
  it('solves the hand case', () => {
    // Votes: b over a once, c over b once, nothing else against a, b, c.
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c']), rankingFromOrder('B', ['a', 'c', 'b']), rankingFromOrder('C', ['b', 'a', 'c'])]);
    const { order, distance } = kemenyOptimal(p);
    assert.deepEqual(Array.from(order), [0, 1, 2]);
    assert.equal(distance, 2);
    assert.equal(kemenyDistance(p, order, 'both'), 2);
    assert.deepEqual(kemeny(p).entries.map((e) => e.item), ['a', 'b', 'c']);
  });
  it('finds the minimum over all permutations (random partial lists with ties, n ≤ 6)', () => {
    const rng = new Random(3);
    for (let t = 0; t < 40; t++) {
      const n = rng.int(1, 6);
      const p = prepareRankings(randomPartial(rng, n, rng.int(1, 6)));
      for (const unranked of ['both', 'bottom'] as const) {
        let best = Infinity;
        for (const perm of permutations(p.items.length)) best = Math.min(best, kemenyDistance(p, perm, unranked));
        const r = kemenyOptimal(p, { unranked });
        assert.equal(r.distance, best, `case ${t}`);
        assert.equal(kemenyDistance(p, r.order, unranked), best);
      }
    }
  });
  it('refuses instances above the limit', () => {
    const items = Array.from({ length: 17 }, (_, i) => `i${i}`);
    assert.throws(() => kemenyOptimal(prepareRankings([rankingFromOrder('A', items)])), /17 items is more than the limit of 16/);
  });
});

describe('local Kemenization', () => {
  it('moves up an item the majority prefers, and keeps the start where the majority is indifferent', () => {
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c']), rankingFromOrder('B', ['a', 'c', 'b']), rankingFromOrder('C', ['b', 'a', 'c'])]);
    // Start c, b, a: a beats b and c, b beats c → a, b, c.
    assert.deepEqual(Array.from(localKemenize(p, [2, 1, 0], 'both')), [0, 1, 2]);
    // A cycle: every adjacent pair of a, b, c is 2–1 for the upper one → start kept.
    const q = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c']), rankingFromOrder('B', ['b', 'c', 'a']), rankingFromOrder('C', ['c', 'a', 'b'])]);
    assert.deepEqual(Array.from(localKemenize(q, [0, 1, 2], 'both')), [0, 1, 2]);
  });
  it('is locally optimal and never better than the exact optimum (random instances)', () => {
    const rng = new Random(9);
    for (let t = 0; t < 60; t++) {
      const n = rng.int(2, 9);
      const p = prepareRankings(randomPartial(rng, n, rng.int(2, 7)));
      for (const unranked of ['both', 'bottom'] as const) {
        const c = localKemeny(p, { unranked });
        assert.ok(isLocallyOptimal(p, c.order, unranked), `case ${t}`);
        assert.ok(kemenyDistance(p, c.order, unranked) >= kemenyOptimal(p, { unranked }).distance);
      }
    }
  });
  it('refuses a start that is not a permutation', () => {
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b'])]);
    assert.throws(() => localKemenize(p, [0, 0], 'both'), /not a permutation/);
    assert.throws(() => localKemenize(p, [0], 'both'), /has 1 items, the universe 2/);
  });
});
