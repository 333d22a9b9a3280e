import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../random.js';
import { mc4, mc4Scores } from './mc4.js';
import { preferenceMatrix } from './pairwise.js';
import { type PartialRanking, prepareRankings, type PreparedRankings, rankingFromOrder } from './rankings.js';

/** Dense power iteration of the MC4 chain, an independent check of the sweeps. */
function denseMc4(p: PreparedRankings, unranked: 'both' | 'bottom', alpha: number): Float64Array {
  const n = p.items.length;
  const w = preferenceMatrix(p, unranked);
  let pi = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < 5000; it++) {
    const next = new Float64Array(n).fill(alpha / n);
    for (let a = 0; a < n; a++) {
      let stay = 1;
      for (let b = 0; b < n; b++) {
        if (b !== a && w[b * n + a] > w[a * n + b]) {
          next[b] += ((1 - alpha) * pi[a]) / n;
          stay -= 1 / n;
        }
      }
      next[a] += (1 - alpha) * pi[a] * stay;
    }
    pi = next;
  }
  return pi;
}

function randomLists(rng: Random, n: number, k: number, partial: boolean, ties: boolean): PartialRanking[] {
  const items = Array.from({ length: n }, (_, i) => `i${i}`);
  return Array.from({ length: k }, (_, l) => {
    const perm = [...items];
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    const m = partial ? rng.int(1, n) : n;
    const entries = perm.slice(0, m).map((item, i) => ({ item, best: i + 1, worst: i + 1 }));
    if (ties) {
      for (let i = 0; i + 1 < m; i += 3) {
        entries[i] = { ...entries[i], worst: i + 2 };
        entries[i + 1] = { ...entries[i + 1], best: i + 1 };
      }
    }
    return { name: `L${l}`, entries };
  });
}

describe('MC4', () => {
  it('matches the hand-solved chain of a Condorcet order', () => {
    // Majority a > b (2–1), a > c (3–0), b > c (2–1): out(a) = 0, out(b) = 1, out(c) = 2.
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c']), rankingFromOrder('B', ['a', 'c', 'b']), rankingFromOrder('C', ['b', 'a', 'c'])]);
    const al = 0.05;
    const c = al / 3 / (al + ((1 - al) * 2) / 3);
    const b = (al / 3 + ((1 - al) * c) / 3) / (al + (1 - al) / 3);
    const a = (al / 3 + ((1 - al) * (b + c)) / 3) / al;
    const { pi } = mc4Scores(p, { damping: al });
    for (const [i, x] of [a, b, c].entries()) assert.ok(Math.abs(pi[i] - x) < 1e-12, `${pi[i]} vs ${x}`);
    assert.ok(Math.abs(a + b + c - 1) < 1e-12);
    assert.deepEqual(mc4(p).entries.map((e) => e.item), ['a', 'b', 'c']);
  });
  it('is uniform on a majority cycle', () => {
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b', 'c']), rankingFromOrder('B', ['b', 'c', 'a']), rankingFromOrder('C', ['c', 'a', 'b'])]);
    for (const x of mc4Scores(p).pi) assert.ok(Math.abs(x - 1 / 3) < 1e-10);
  });
  it('agrees with a dense power iteration on random partial lists with ties (both treatments of unranked items)', () => {
    const rng = new Random(11);
    for (let t = 0; t < 30; t++) {
      const n = rng.int(2, 12);
      const k = rng.int(1, 7);
      const lists = randomLists(rng, n, k, t % 2 === 0, t % 3 === 0);
      const p = prepareRankings(lists);
      for (const unranked of ['both', 'bottom'] as const) {
        const { pi } = mc4Scores(p, { unranked, damping: 0.1 });
        const ref = denseMc4(p, unranked, 0.1);
        for (let i = 0; i < pi.length; i++) assert.ok(Math.abs(pi[i] - ref[i]) < 1e-9, `case ${t} ${unranked} item ${i}: ${pi[i]} vs ${ref[i]}`);
      }
    }
  });
  it('settles pairs by the quantile certificate exactly as by counting (complete lists)', () => {
    const rng = new Random(5);
    for (let t = 0; t < 10; t++) {
      const n = 40;
      const k = rng.int(3, 25);
      // Noisy copies of one order, so that many pairs are certified.
      const lists: PartialRanking[] = Array.from({ length: k }, (_, l) => {
        const keyed = Array.from({ length: n }, (_, i) => ({ item: `i${i}`, key: i + rng.normal() * 6 }));
        keyed.sort((x, y) => x.key - y.key);
        return rankingFromOrder(`L${l}`, keyed.map((x) => x.item));
      });
      const p = prepareRankings(lists);
      const { pi } = mc4Scores(p, { damping: 0.05 });
      const ref = denseMc4(p, 'both', 0.05);
      for (let i = 0; i < n; i++) assert.ok(Math.abs(pi[i] - ref[i]) < 1e-9, `case ${t} item ${i}`);
    }
  });
  it('counts on 32-bit positions when positions exceed 16 bits, and on floats for partial lists', () => {
    const rng = new Random(8);
    for (let t = 0; t < 6; t++) {
      const n = 30;
      const lists: PartialRanking[] = Array.from({ length: rng.int(2, 9) }, (_, l) => {
        const keyed = Array.from({ length: n }, (_, i) => ({ item: `i${i}`, key: i + rng.normal() * 5 }));
        keyed.sort((x, y) => x.key - y.key);
        // Sparse ranks up to 30 × 1500 = 45,000 (beyond the packed 15-bit lanes).
        return { name: `L${l}`, entries: keyed.map((x, r) => ({ item: x.item, best: (r + 1) * 1500, worst: (r + 1) * 1500 })) };
      });
      const p = prepareRankings(lists);
      const { pi } = mc4Scores(p, { damping: 0.05 });
      const ref = denseMc4(p, 'both', 0.05);
      for (let i = 0; i < n; i++) assert.ok(Math.abs(pi[i] - ref[i]) < 1e-9, `case ${t} item ${i}`);
    }
  });
  it('refuses a damping outside (0, 1]', () => {
    const p = prepareRankings([rankingFromOrder('A', ['a', 'b'])]);
    assert.throws(() => mc4Scores(p, { damping: 0 }), /damping must be in \(0, 1\]/);
  });
});
