import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INDEX_KEYS } from '../domain.js';
import { ev, extRank, makeInput } from '../test-support.js';
import { compareRuns } from './compare.js';
import { resolveConfig } from './config.js';
import { canonicalJson, fingerprint } from './fingerprint.js';
import { rankIntervals } from './intervals.js';
import { rank } from './rank.js';
import { scoreCohort } from './score.js';

const base = () =>
  makeInput(['ana', 'ben', 'chloe', 'dan', 'eve'], {
    evidence: [
      ev('ana', 'blog_post', { date: '2026-11-01' }),
      ev('ana', 'blog_post', { date: '2026-10-01' }),
      ev('ana', 'talk', { date: '2026-06-01', country: 'FR' }),
      ev('ana', 'first_activity', { date: '2004-01-01' }),
      ev('ben', 'blog_post', { date: '2026-11-01' }),
      ev('ben', 'first_activity', { date: '2016-01-01' }),
      ev('chloe', 'media_quote', { date: '2026-11-20' }),
      ev('dan', 'media_quote', { date: '2026-11-20' }),
    ],
    externalRanks: [extRank('ana', 'Top 10', 1, 10)],
  });

describe('scoreCohort', () => {
  it('adds up contributions to the score, scores missing indices 0 and flags them', () => {
    const cfg = resolveConfig({ asOf: '2026-11-27' });
    const r = rank(base(), cfg, { lang: 'en' });
    for (const e of r.entries) {
      const sum = e.indices.reduce((s, i) => s + i.contribution, 0);
      assert.ok(Math.abs(sum - e.score) < 1e-9, `${e.candidateId}: ${sum} vs ${e.score}`);
      for (const i of e.indices) {
        if (i.score === null) {
          assert.equal(i.contribution, 0);
          assert.ok(e.missing.includes(i.key));
        } else assert.ok(i.score >= 0 && i.score <= 100);
      }
      assert.equal(e.indices.length, 10);
      assert.deepEqual(e.indices.map((i) => i.key), [...INDEX_KEYS]);
    }
    assert.equal(r.entries[0].candidateId, 'ana');
    assert.equal(r.entries.length, 4, 'eve has no evidence at all and is not ranked');
    assert.equal(r.candidates, 5);
  });

  it('breaks ties by evidence breadth, then key, deterministically', () => {
    const cfg = resolveConfig({ asOf: '2026-11-27' });
    const r = rank(base(), cfg, { lang: 'en' });
    const chloe = r.entries.find((e) => e.candidateId === 'chloe')!;
    const dan = r.entries.find((e) => e.candidateId === 'dan')!;
    assert.equal(chloe.score, dan.score);
    assert.equal(dan.rank, chloe.rank + 1);
  });

  it('breaks a tie between keys in code-point order, not UTF-16 order', () => {
    const emoji = 'x\u{1F600}';
    const fullwidth = 'x\uFF01';
    const input = makeInput([emoji, fullwidth], { evidence: [ev(emoji, 'talk', { date: '2026-01-01' }), ev(fullwidth, 'talk', { date: '2026-01-01' })] });
    const r = rank(input, resolveConfig({ asOf: '2026-11-27' }), { lang: 'en' });
    assert.deepEqual(r.entries.map((e) => e.candidateId), [fullwidth, emoji]);
  });

  it('respects weights: a zero weight gives zero contribution, and weights change the order', () => {
    const only = (k: string) => resolveConfig({ asOf: '2026-11-27', weights: Object.fromEntries(INDEX_KEYS.map((x) => [x, x === k ? 1 : 0])) });
    const media = rank(base(), only('media_presence'), { lang: 'en' });
    assert.deepEqual(media.entries.slice(0, 2).map((e) => e.candidateId).sort(), ['chloe', 'dan']);
    const pub = rank(base(), only('publishing'), { lang: 'en' });
    assert.equal(pub.entries[0].candidateId, 'ana');
    assert.equal(pub.entries[0].indices.find((i) => i.key === 'media_presence')!.contribution, 0);
  });

  it('uses the latest evidence date when no reference date is set, and ignores later evidence', () => {
    const r = rank(base(), resolveConfig({}), { lang: 'en' });
    assert.equal(r.config.asOf, '2026-11-20');
    const early = rank(base(), resolveConfig({ asOf: '2015-01-01' }), { lang: 'en' });
    assert.deepEqual(early.entries.map((e) => e.candidateId), ['ana'], 'only ana had evidence (first activity 2004) by 2015');
  });
});

describe('rank intervals', () => {
  it('are reproducible, contain a clear leader at 1, and collapse without draws', () => {
    const cfg = resolveConfig({ asOf: '2026-11-27' });
    const input = base();
    const cohort = scoreCohort(input, cfg);
    const a = rankIntervals(cohort, cfg.intervals);
    const b = rankIntervals(cohort, cfg.intervals);
    assert.deepEqual(a, b);
    const ana = input.candidates.findIndex((c) => c.key === 'ana');
    assert.deepEqual([a.lower[ana], a.upper[ana]], [1, 1]);
    for (const c of cohort.order) assert.ok(a.lower[c] <= a.upper[c]);
    const none = rankIntervals(cohort, { ...cfg.intervals, draws: 0 });
    for (const c of cohort.order) assert.deepEqual([none.lower[c], none.upper[c]], [cohort.rank[c], cohort.rank[c]]);
  });

  it('widen when the order depends on the weights', () => {
    // x leads on publishing, y on media, equally: which leads depends on the weights.
    const input = makeInput(['x', 'y'], {
      evidence: [ev('x', 'blog_post', { date: '2026-11-01' }), ev('y', 'media_mention', { date: '2026-11-01' })],
    });
    const cfg = resolveConfig({ asOf: '2026-11-27', weights: { publishing: 1.0, media_presence: 1.0 }, intervals: { concentration: 5 } });
    const cohort = scoreCohort(input, cfg);
    const iv = rankIntervals(cohort, cfg.intervals);
    assert.deepEqual([iv.lower[0], iv.upper[0]], [1, 2]);
    assert.deepEqual([iv.lower[1], iv.upper[1]], [1, 2]);
  });
});

describe('fingerprint and reproducibility', () => {
  it('gives byte-identical results for the same input and changes with data or configuration', () => {
    const cfg = resolveConfig({ asOf: '2026-11-27' });
    const a = JSON.stringify(rank(base(), cfg, { lang: 'fr' }));
    const b = JSON.stringify(rank(base(), cfg, { lang: 'fr' }));
    assert.equal(a, b);
    const f1 = fingerprint(base(), cfg);
    assert.match(f1, /^[0-9a-f]{64}$/);
    const changed = base();
    changed.table.value[0] = 42;
    assert.notEqual(fingerprint(changed, cfg), f1);
    assert.notEqual(fingerprint(base(), resolveConfig({ asOf: '2026-11-27', weights: { experience: 2 } })), f1);
  });
  it('serialises JSON canonically', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: null }] }), '{"a":[{"c":null,"d":2}],"b":1}');
  });
});

describe('compareRuns', () => {
  it('finds who rose, fell, entered and left, and why', () => {
    const cfg = resolveConfig({ asOf: '2026-11-27' });
    const before = rank(base(), resolveConfig({ asOf: '2026-10-15' }), { lang: 'en' });
    const after = rank(base(), cfg, { lang: 'en' });
    const c = compareRuns(before, after, '2026-10-15', '2026-11-27');
    const chloe = c.moves.find((m) => m.candidateId === 'chloe')!;
    assert.equal(chloe.status, 'entered');
    assert.equal(chloe.before, null);
    assert.ok(c.counts.entered >= 2);
    const ana = c.moves.find((m) => m.candidateId === 'ana')!;
    assert.equal(ana.status, 'unchanged');
    assert.ok(ana.drivers.some((d) => d.key === 'publishing' && d.change > 0), 'ana’s November post raised her publishing contribution');
    const reversed = compareRuns(after, before);
    assert.equal(reversed.moves.find((m) => m.candidateId === 'chloe')!.status, 'left');
  });

  it('compares top-N lists: entering the top counts as entering, outside both tops is not listed', () => {
    const ranked = (ids: string[]) => ({ ...rank(base(), resolveConfig({ asOf: '2026-11-27' }), { lang: 'en' }), entries: ids.map((id, i) => ({ rank: i + 1, candidateId: id, name: id, score: 100 - i, rankInterval: [i + 1, i + 1] as [number, number], missing: [], indices: [] })) });
    const c = compareRuns(ranked(['a', 'b', 'c', 'd']), ranked(['c', 'a', 'd', 'b']), 'A', 'B', 2);
    assert.deepEqual(
      c.moves.map((m) => [m.candidateId, m.status, m.rankChange]),
      [
        ['c', 'entered', 2],
        ['a', 'fell', -1],
        ['b', 'left', -2],
      ],
    );
    assert.deepEqual(c.counts, { rose: 0, fell: 1, entered: 1, left: 1, unchanged: 0 });
    assert.throws(() => compareRuns(ranked(['a']), ranked(['a']), 'A', 'B', 0), /top must be at least 1/);
  });
});
