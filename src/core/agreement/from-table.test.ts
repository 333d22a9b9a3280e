import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extRank, makeInput } from '../test-support.js';
import { borda } from './borda.js';
import { rankingsFromTable } from './from-table.js';
import { mid, prepareRankings } from './rankings.js';

const FAR = 1e9;

describe('rankingsFromTable', () => {
  it('gives a band listing fewer candidates than it spans the band’s whole interval (mid-position 125.5)', () => {
    const band = (k: string) => ({ ...extRank(k, 'L', 101, 200), bandEnd: 150 });
    const input = makeInput(['a', 'b', 'c', 'd'], { externalRanks: [extRank('a', 'L', 1, 200), band('b'), band('c'), band('d')] });
    const [r] = rankingsFromTable(input.table, FAR, (c) => input.candidates[c].key);
    const byItem = new Map(r.entries.map((e) => [e.item, e]));
    for (const k of ['b', 'c', 'd']) {
      assert.deepEqual([byItem.get(k)!.best, byItem.get(k)!.worst], [101, 150], k);
      assert.equal(mid(byItem.get(k)!.best, byItem.get(k)!.worst), 125.5);
    }
    assert.equal(r.size, 200);
    // Borda points of a banded entry: size − mid + 1 = 200 − 125.5 + 1.
    const c = borda(prepareRankings([r]));
    assert.equal(c.entries.find((e) => e.item === 'b')!.score, 75.5);
  });
  it('keeps entries of equal rank without a band end a tie at that position', () => {
    const input = makeInput(['a', 'b', 'c'], { externalRanks: [extRank('a', 'L', 101, 200), extRank('b', 'L', 101, 200), extRank('c', 'L', 103, 200)] });
    const [r] = rankingsFromTable(input.table, FAR, (c) => input.candidates[c].key);
    assert.deepEqual(
      r.entries.map((e) => [e.item, e.best, e.worst]),
      [
        ['a', 101, 102],
        ['b', 101, 102],
        ['c', 103, 103],
      ],
    );
    assert.equal(input.table.value3, undefined, 'no third value column without bands');
  });
  it('counts a band end in the list’s size when no size is declared', () => {
    const input = makeInput(['a', 'b'], { externalRanks: [extRank('a', 'L', 1), { ...extRank('b', 'L', 11), bandEnd: 20 }] });
    const [r] = rankingsFromTable(input.table, FAR, (c) => input.candidates[c].key);
    assert.equal(r.size, 20);
    assert.deepEqual(r.entries.map((e) => [e.item, e.best, e.worst]), [
      ['a', 1, 1],
      ['b', 11, 20],
    ]);
  });
});
