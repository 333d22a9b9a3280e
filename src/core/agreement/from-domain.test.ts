import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExternalRankEntry } from '../domain.js';
import { AgreementInputError } from './rankings.js';
import { rankingsFromExternalEntries } from './from-domain.js';

const row = (list: string, year: number | null, rank: number, candidateKey: string, line: number, listSize: number | null = null): ExternalRankEntry => ({
  list,
  year,
  rank,
  listSize,
  candidateKey,
  name: candidateKey,
  sourceUrl: null,
  origin: { file: 'lists.csv', line },
});

describe('rankings from imported external ranks', () => {
  it('groups by list and year, ties equal ranks, keeps the declared size', () => {
    const r = rankingsFromExternalEntries([row('Top', 2025, 1, 'a', 2, 50), row('Top', 2025, 2, 'b', 3), row('Top', 2025, 2, 'c', 4), row('Top', 2026, 1, 'b', 5)]);
    assert.deepEqual(r.map((x) => [x.name, x.size, x.entries.map((e) => `${e.item}:${e.best}-${e.worst}`).join(' ')]), [
      ['Top (2025)', 50, 'a:1-1 b:2-3 c:2-3'],
      ['Top (2026)', undefined, 'b:1-1'],
    ]);
  });
  it('names the file and line of a bad row', () => {
    assert.throws(
      () => rankingsFromExternalEntries([row('Top', null, 1, 'a', 2), row('Top', null, 3, 'a', 7)]),
      (e: unknown) => e instanceof AgreementInputError && /list "Top", entry 2: lists.csv:7: candidate "a" appears twice/.test(e.message),
    );
    assert.throws(
      () => rankingsFromExternalEntries([row('Top', null, 1, 'a', 2), row('Top', null, 1, 'b', 3)], { ties: 'forbid' }),
      /lists.csv:3: rank 1 is already held by entry 1/,
    );
  });
});
