import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INDEX_KEYS } from '../domain.js';
import { sixCandidates } from '../test-support.js';
import { resolveConfig } from './config.js';
import { rank } from './rank.js';
import { reweight, scoresOfResult } from './reweight.js';

const input = sixCandidates;

describe('reweight', () => {
  it('gives back the run’s ranks, scores and contributions with the run’s own weights', () => {
    for (const weights of [{}, { publishing: 3, media_presence: 0.5 }]) {
      const r = rank(input(), resolveConfig({ asOf: '2026-11-27', weights }), { lang: 'en' });
      const w = reweight(scoresOfResult(r), r.config.weights)!;
      r.entries.forEach((e, c) => {
        assert.equal(w.rank[c], e.rank);
        assert.equal(w.total[c], e.score);
        INDEX_KEYS.forEach((k, i) => assert.equal(w.contributions[i][c], e.indices.find((x) => x.key === k)!.contribution));
      });
    }
  });

  it('with other weights, orders as a run with those weights does', () => {
    const saved = rank(input(), resolveConfig({ asOf: '2026-11-27' }), { lang: 'en' });
    const weights = { ...saved.config.weights, media_presence: 5, publishing: 0.2 };
    const rerun = rank(input(), resolveConfig({ asOf: '2026-11-27', weights }), { lang: 'en' });
    const w = reweight(scoresOfResult(saved), weights)!;
    assert.deepEqual(Array.from(w.order, (c) => saved.entries[c].candidateId), rerun.entries.map((e) => e.candidateId));
    assert.deepEqual(Array.from(w.order, (c) => w.total[c]), rerun.entries.map((e) => e.score));
    assert.notDeepEqual(rerun.entries.map((e) => e.candidateId), saved.entries.map((e) => e.candidateId), 'the weights change the order');
  });

  it('reads the index scores by key, whatever their order in an entry', () => {
    const r = rank(input(), resolveConfig({ asOf: '2026-11-27' }), { lang: 'en' });
    const shuffled = { entries: r.entries.map((e) => ({ ...e, indices: [...e.indices].reverse() })) };
    assert.deepEqual(scoresOfResult(shuffled), scoresOfResult(r));
  });

  it('is undefined when the weights add up to nothing or one is negative', () => {
    const s = scoresOfResult(rank(input(), resolveConfig({ asOf: '2026-11-27' }), { lang: 'en' }));
    assert.equal(reweight(s, Object.fromEntries(INDEX_KEYS.map((k) => [k, 0]))), null);
    assert.equal(reweight(s, { publishing: -1, experience: 2 }), null);
  });
});
