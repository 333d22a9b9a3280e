import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgreementInputError, type PartialRanking, prepareRankings, rankingFromOrder, rankingFromRanks, rankingFromScores, validateRanking } from './rankings.js';

const err = (fn: () => unknown, re: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof AgreementInputError && re.test(e.message), `expected AgreementInputError matching ${re}`);
};

describe('partial rankings: validation', () => {
  it('refuses an empty list, no list, and two lists with one name', () => {
    err(() => prepareRankings([{ name: 'L', entries: [] }]), /list "L": the list is empty/);
    err(() => prepareRankings([]), /no list to aggregate/);
    err(() => prepareRankings([rankingFromOrder('L', ['a']), rankingFromOrder('L', ['b'])]), /two lists have this name/);
  });
  it('refuses the same item twice, naming both entries', () => {
    err(() => prepareRankings([rankingFromOrder('Top', ['a', 'b', 'a'])]), /list "Top", entry 3: item "a" appears twice \(entries 1 and 3\)/);
  });
  it('refuses positions that are not whole numbers ≥ 1 and reversed intervals', () => {
    const bad = (best: unknown, worst: unknown): PartialRanking => ({ name: 'L', entries: [{ item: 'a', best: best as number, worst: worst as number }] });
    err(() => validateRanking(bad('3', 3)), /entry 1: position "3" of "a" is not a whole number/);
    err(() => validateRanking(bad(NaN, NaN)), /position NaN/);
    err(() => validateRanking(bad(0, 0)), /position 0/);
    err(() => validateRanking(bad(2.5, 3)), /position 2.5/);
    err(() => validateRanking(bad(4, 2)), /interval \[4, 2\] of "a" is reversed/);
    err(() => validateRanking({ name: 'L', entries: [{ item: '', best: 1, worst: 1 }] }), /item must be a non-empty string/);
  });
  it('refuses more entries on a shared position than it has room for, and ties where forbidden', () => {
    const three = { name: 'L', entries: ['a', 'b', 'c'].map((item) => ({ item, best: 2, worst: 2 })) };
    err(() => validateRanking(three), /entry 2: 2 entries share position 2, which has room for 1/);
    const tied = { name: 'L', entries: ['a', 'b'].map((item) => ({ item, best: 1, worst: 2 })) };
    validateRanking(tied, 'allow');
    err(() => validateRanking(tied, 'forbid'), /ties are not allowed/);
  });
  it('refuses a declared size smaller than the list', () => {
    err(() => validateRanking({ ...rankingFromOrder('L', ['a', 'b', 'c']), size: 2 }), /size 2 is smaller than the largest position 3/);
  });
  it('interns items in order of first appearance, after the caller’s universe', () => {
    const p = prepareRankings([rankingFromOrder('A', ['b', 'a']), rankingFromOrder('B', ['c', 'b'])], { items: ['z', 'a'] });
    assert.deepEqual(p.items, ['z', 'a', 'b', 'c']);
    const k = 2;
    assert.equal(p.lo[2 * k + 0], 1); // b in A
    assert.equal(p.lo[3 * k + 1], 1); // c in B
    assert.ok(Number.isNaN(p.lo[0 * k + 0])); // z unranked
    assert.equal(p.lists[1].size, 2);
  });
});

describe('partial rankings: builders', () => {
  it('turns competition ranks into shared intervals', () => {
    const r = rankingFromRanks('L', [
      { item: 'a', rank: 1 },
      { item: 'b', rank: '2' },
      { item: 'c', rank: 2 },
      { item: 'd', rank: 4 },
    ]);
    assert.deepEqual(
      r.entries.map((e) => [e.item, e.best, e.worst]),
      [
        ['a', 1, 1],
        ['b', 2, 3],
        ['c', 2, 3],
        ['d', 4, 4],
      ],
    );
  });
  it('applies bands and drops padding', () => {
    const r = rankingFromRanks(
      'U',
      [
        { item: 'a', rank: 100 },
        { item: 'b', rank: 101 },
        { item: 'c', rank: 101 },
        { item: 'd', rank: 201 },
      ],
      { bands: [{ start: 101, end: 150 }], padding: [201] },
    );
    assert.deepEqual(
      r.entries.map((e) => [e.item, e.best, e.worst]),
      [
        ['a', 100, 100],
        ['b', 101, 150],
        ['c', 101, 150],
      ],
    );
  });
  it('reports a rank that is not a number, and a repeated rank where ties are forbidden, by entry', () => {
    err(() => rankingFromRanks('L', [{ item: 'a', rank: 1 }, { item: 'b', rank: 'deux' }]), /list "L", entry 2: rank "deux" of "b" is not a whole number/);
    err(() => rankingFromRanks('L', [{ item: 'a', rank: 1 }, { item: 'b', rank: '' }]), /entry 2: rank ""/);
    err(
      () => rankingFromRanks('L', [{ item: 'a', rank: 1 }, { item: 'b', rank: 1 }], { ties: 'forbid' }),
      /entry 2: rank 1 is already held by entry 1 and ties are not allowed/,
    );
  });
  it('ranks scores with ties and leaves unscored items out', () => {
    const r = rankingFromScores('Klout', [
      { item: 'a', score: 40 },
      { item: 'b', score: 0 },
      { item: 'c', score: 55 },
      { item: 'd', score: '40' },
    ], { unscored: [0] });
    assert.deepEqual(
      r.entries.map((e) => [e.item, e.best, e.worst]),
      [
        ['c', 1, 1],
        ['a', 2, 3],
        ['d', 2, 3],
      ],
    );
    err(() => rankingFromScores('K', [{ item: 'a', score: 'n/a' }]), /entry 1: score "n\/a" of "a" is not a number/);
  });
});
