import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INDEX_KEYS } from '../domain.js';
import { sixCandidates } from '../test-support.js';
import { resolveConfig } from './config.js';
import { rank } from './rank.js';
import { reweight, scoresOfResult } from './reweight.js';
import { scoresOfTable, tableOfResult } from './table.js';

const input = sixCandidates;

describe('tableOfResult', () => {
  const r = rank(input(), resolveConfig({ asOf: '2026-11-27', intervals: { draws: 50 } }), { lang: 'en' });
  const t = tableOfResult(r);

  it('keeps every entry’s key, name, rank, score, interval and index scores, in rank order', () => {
    assert.equal(t.keys.length, r.entries.length);
    r.entries.forEach((e, c) => {
      assert.equal(t.keys[c], e.candidateId);
      assert.equal(t.names[c], e.name);
      assert.equal(t.ranks[c], e.rank);
      assert.equal(t.scores[c], e.score);
      assert.deepEqual([t.intervals[2 * c], t.intervals[2 * c + 1]], e.rankInterval);
      assert.equal(t.present[c], INDEX_KEYS.length - e.missing.length);
      INDEX_KEYS.forEach((k, i) => assert.equal(t.indexScores[i][c], e.indices.find((x) => x.key === k)!.score));
    });
    assert.equal(t.fingerprint, r.fingerprint);
    assert.deepEqual(t.config, r.config);
    assert.ok(r.entries.some((e) => e.missing.length > 0), 'some index scores are null');
  });

  it('re-ranks as the result does, with the run’s weights and with others, also after a JSON round trip', () => {
    const back = JSON.parse(JSON.stringify(t)) as typeof t;
    assert.deepEqual(scoresOfTable(back), scoresOfResult(r));
    for (const weights of [r.config.weights, { ...r.config.weights, media_presence: 4, publishing: 0 }]) {
      const a = reweight(scoresOfTable(back), weights)!;
      const b = reweight(scoresOfResult(r), weights)!;
      assert.deepEqual(Array.from(a.rank), Array.from(b.rank));
      assert.deepEqual(Array.from(a.total), Array.from(b.total));
    }
    const own = reweight(scoresOfTable(back), r.config.weights)!;
    assert.deepEqual(Array.from(own.rank), t.ranks);
  });

  it('is much smaller than the result', () => {
    assert.ok(JSON.stringify(t).length * 2 < JSON.stringify(r).length);
  });
});
