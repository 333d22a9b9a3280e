import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOf } from '../dates.js';
import { Random } from '../random.js';
import { ev, makeInput } from '../test-support.js';
import { resolveConfig } from './config.js';
import { recencyLookup, recencyWeight } from './normalise.js';
import { TotalOrder } from './order.js';
import { scoreCohort } from './score.js';

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

describe('the cohort order of scoreCohort', () => {
  it('is the comparator order (total desc, present desc, key asc), with many ties', () => {
    const rng = new Random(7);
    const kinds = ['blog_post', 'talk', 'media_quote', 'first_activity', 'website'] as const;
    const names = Array.from({ length: 400 }, (_, i) => `k${String((i * 7919) % 400).padStart(3, '0')}`);
    const evidence = [];
    for (const n of names) {
      for (const kind of kinds) {
        if (rng.next() < 0.4) evidence.push(ev(n, kind, { date: kind === 'website' ? null : `20${10 + rng.int(0, 3)}-0${rng.int(1, 2)}-01` }));
      }
    }
    const input = makeInput(names, { evidence });
    const co = scoreCohort(input, resolveConfig({ asOf: '2026-11-27' }));
    const kr = input.candidates.map((c) => c.key);
    const expected = Array.from({ length: input.candidates.length }, (_, i) => i)
      .filter((c) => co.present[c] > 0)
      .sort((a, b) => co.total[b] - co.total[a] || co.present[b] - co.present[a] || (kr[a] < kr[b] ? -1 : kr[a] > kr[b] ? 1 : 0));
    assert.deepEqual(Array.from(co.order), expected);
    let ties = 0;
    for (let p = 1; p < expected.length; p++) if (co.total[expected[p]] === co.total[expected[p - 1]]) ties++;
    assert.ok(ties > 50, `the input should have many ties (${ties})`);
  });
});

describe('recencyLookup', () => {
  it('holds recencyWeight(age, h) for every age, to the bit', () => {
    const input = makeInput(['a'], { evidence: [ev('a', 'talk', { date: '1990-03-04' }), ev('a', 'talk', { date: '2026-01-01' })] });
    for (const h of [0, 1, 30.5, 365, 730]) {
      const t = recencyLookup(input.table, dayOf('2026-11-27'), h);
      assert.equal(t.length, dayOf('2026-11-27') - dayOf('1990-03-04') + 1);
      for (let age = 0; age < t.length; age++) assert.equal(t[age], recencyWeight(age, h));
    }
  });
});
