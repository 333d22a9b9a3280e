import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparisonToJson, rankingToJson } from './json.js';
import { fixtureComparison, fixtureResult } from './testdata.js';

/** A deep copy with every object's keys in reverse order, and an extra key here and there. */
function scramble(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(scramble);
  if (x && typeof x === 'object') {
    const entries = Object.entries(x as Record<string, unknown>).reverse();
    return Object.fromEntries([['zzExtra', 'ignored'], ...entries.map(([k, v]) => [k, scramble(v)])]);
  }
  return x;
}

describe('rankingToJson', () => {
  const result = fixtureResult('fr');

  it('is byte-identical on two calls and ends with a newline, 2-space indent', () => {
    const a = rankingToJson(result);
    const b = rankingToJson(fixtureResult('fr'));
    assert.equal(a, b);
    assert.ok(a.endsWith('}\n'));
    assert.equal(a.split('\n')[1], '  "config": {');
  });

  it('does not depend on the key order of its input, and drops unknown keys', () => {
    const scrambled = scramble(result) as typeof result;
    assert.equal(rankingToJson(scrambled), rankingToJson(result));
    assert.ok(!rankingToJson(scrambled).includes('zzExtra'));
  });

  it('writes the keys in the order of the types', () => {
    const doc = JSON.parse(rankingToJson(result));
    assert.deepEqual(Object.keys(doc), ['config', 'fingerprint', 'field', 'candidates', 'evidence', 'entries']);
    assert.deepEqual(Object.keys(doc.config), ['asOf', 'weights', 'indices', 'intervals']);
    assert.deepEqual(Object.keys(doc.config.intervals), ['draws', 'concentration', 'seed', 'lower', 'upper']);
    assert.deepEqual(Object.keys(doc.config.indices.publishing).slice(0, 2), ['normalisation', 'halfLifeDays']);
    assert.deepEqual(Object.keys(doc.config.indices.publishing.normalisation), ['method', 'cap']);
    assert.deepEqual(Object.keys(doc.field), ['topic', 'region', 'languages']);
    assert.deepEqual(Object.keys(doc.entries[0]), ['rank', 'candidateId', 'name', 'score', 'rankInterval', 'missing', 'indices']);
    assert.deepEqual(Object.keys(doc.entries[0].indices[0]), ['key', 'score', 'weight', 'contribution', 'evidence', 'raw', 'explanation']);
  });

  it('preserves every number exactly, so the contributions still add up to the score', () => {
    const doc = JSON.parse(rankingToJson(result));
    assert.equal(doc.entries.length, result.entries.length);
    result.entries.forEach((e, i) => {
      const d = doc.entries[i];
      assert.equal(d.score, e.score);
      assert.deepEqual(d.rankInterval, e.rankInterval);
      assert.deepEqual(d.missing, e.missing);
      let sum = 0;
      d.indices.forEach((r: { contribution: number; score: number | null }, j: number) => {
        assert.equal(r.contribution, e.indices[j].contribution);
        assert.equal(r.score, e.indices[j].score);
        sum += r.contribution;
      });
      assert.ok(Math.abs(sum - d.score) < 1e-9, `${e.name}: ${sum} ≠ ${d.score}`);
    });
  });

  it('keeps missing scores as null and user strings as given', () => {
    const doc = JSON.parse(rankingToJson(result));
    const x = doc.entries.find((e: { candidateId: string }) => e.candidateId === 'x-inject');
    assert.equal(x.name, '<script>alert(1)</script>');
    const reach = x.indices.find((r: { key: string }) => r.key === 'international_reach');
    assert.equal(reach.score, null);
    assert.equal(reach.raw, null);
    assert.equal(reach.contribution, 0);
  });
});

describe('comparisonToJson', () => {
  const c = fixtureComparison(fixtureResult('fr'));

  it('is canonical: keys in type order, same bytes on two calls, independent of input key order', () => {
    const a = comparisonToJson(c);
    assert.equal(a, comparisonToJson(scramble(c) as typeof c));
    const doc = JSON.parse(a);
    assert.deepEqual(Object.keys(doc), ['a', 'b', 'counts', 'moves']);
    assert.deepEqual(Object.keys(doc.a), ['label', 'fingerprint', 'asOf', 'candidates']);
    assert.deepEqual(Object.keys(doc.counts), ['rose', 'fell', 'entered', 'left', 'unchanged']);
    assert.deepEqual(Object.keys(doc.moves[0]), ['candidateId', 'name', 'status', 'before', 'after', 'rankChange', 'scoreChange', 'drivers']);
    assert.deepEqual(Object.keys(doc.moves[0].drivers[0]), ['key', 'change']);
    assert.ok(a.endsWith('\n'));
  });
});
