/**
 * Fields and candidates over the demonstration workspace: lists, pages that add up to the whole
 * list in key order, a candidate with every stored fact and their entry in a run, creating a
 * field, and the problems of bad requests (each naming the wrong field).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compareCodePoints } from '../../core/text.js';
import type { RankingResult } from '../../core/ranking/result.js';
import { testServer, type TestServer } from '../test-support.js';

let t: TestServer;
before(async () => {
  t = await testServer();
});
after(async () => t.close());

const get = async (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });
const fieldsOf = (p: { errors?: { in: string; field: string }[] }) => (p.errors ?? []).map((e) => `${e.in}:${e.field}`);

describe('fields', () => {
  it('lists the fields and gives one with its counts', async () => {
    const list = (await get('/api/fields')).json();
    assert.equal(list.total, 1);
    assert.deepEqual(list.items[0], { id: t.fieldId, workspaceId: list.items[0].workspaceId, topic: 'Marketing B2B au Québec', region: 'CA-QC', languages: ['fr', 'en'] });
    const one = (await get(`/api/fields/${t.fieldId}`)).json();
    assert.deepEqual(one.counts, await t.store.counts(t.fieldId));
    assert.equal(one.counts.candidates, 150);
    assert.equal(one.counts.runs, 2);
  });

  it('creates a field (201, Location), refuses the same topic twice (409) and bad values (400 naming them)', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/fields', payload: { topic: 'Cybersécurité au Canada', region: 'ca', languages: ['fr', 'en'] } });
    assert.equal(r.statusCode, 201);
    const f = r.json();
    assert.equal(r.headers.location, `/api/fields/${f.id}`);
    assert.deepEqual({ topic: f.topic, region: f.region, languages: f.languages }, { topic: 'Cybersécurité au Canada', region: 'CA', languages: ['fr', 'en'] });
    assert.equal((await t.store.getField(f.id))!.topic, 'Cybersécurité au Canada');
    const again = await t.app.inject({ method: 'POST', url: '/api/fields', payload: { topic: 'Cybersécurité au Canada' } });
    assert.equal(again.statusCode, 409);
    assert.deepEqual(fieldsOf(again.json()), ['body:topic']);
    const bad = await t.app.inject({ method: 'POST', url: '/api/fields', payload: { topic: '  ', region: 'Québec', languages: ['french'], colour: 'blue' } });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fieldsOf(bad.json()).sort(), ['body:colour', 'body:languages.0', 'body:region', 'body:topic']);
    assert.equal(bad.json().errors.find((e: { field: string }) => e.field === 'languages.0').pointer, '/languages/0');
  });

  it('a field id that is not a number is a 400, an unknown one a 404', async () => {
    assert.deepEqual(fieldsOf((await get('/api/fields/abc')).json()), ['params:fieldId']);
    const r = await get('/api/fields/999/candidates');
    assert.equal(r.statusCode, 404);
    assert.deepEqual(fieldsOf(r.json()), ['params:fieldId']);
  });
});

describe('candidates', () => {
  it('pages through every candidate in key order; the pages add up to the store’s list', async () => {
    const keys: string[] = [];
    let total = -1;
    for (let offset = 0; ; offset += 40) {
      const p = (await get(`/api/fields/${t.fieldId}/candidates?limit=40&offset=${offset}`)).json();
      total = p.total;
      assert.equal(p.limit, 40);
      assert.equal(p.offset, offset);
      keys.push(...p.items.map((c: { key: string }) => c.key));
      if (offset + 40 >= total) break;
    }
    const input = await t.store.loadScoringInput(t.fieldId);
    assert.equal(total, 150);
    assert.deepEqual(keys, input.candidates.map((c) => c.key));
    assert.deepEqual(keys, [...keys].sort(compareCodePoints));
  });

  it('counts each candidate’s evidence, identities and external ranks as the store holds them', async () => {
    const page = (await get(`/api/fields/${t.fieldId}/candidates?limit=150`)).json();
    for (const c of page.items.slice(0, 12)) {
      const ev = await t.store.evidenceOf(t.fieldId, c.key);
      assert.deepEqual([c.evidence, c.identities, c.externalRanks], [ev.evidence.length, ev.identities.length, ev.externalRanks.length], c.key);
      assert.equal(c.name, ev.candidate!.name);
    }
  });

  it('searches key and name, any case', async () => {
    const all = (await get(`/api/fields/${t.fieldId}/candidates?limit=150`)).json().items as { key: string; name: string }[];
    const someone = all[37];
    const word = someone.name.split(' ')[0].toUpperCase();
    const r = (await get(`/api/fields/${t.fieldId}/candidates?q=${encodeURIComponent(word)}`)).json();
    const expected = all.filter((c) => c.key.toLowerCase().includes(word.toLowerCase()) || c.name.toLowerCase().includes(word.toLowerCase()));
    assert.ok(expected.length >= 1);
    assert.deepEqual(r.items.map((c: { key: string }) => c.key), expected.map((c) => c.key));
    assert.equal(r.total, expected.length);
    const none = (await get(`/api/fields/${t.fieldId}/candidates?q=${encodeURIComponent('%_')}`)).json();
    assert.equal(none.total, 0, '% and _ are taken literally');
  });

  it('refuses a bad page (400 naming limit and offset)', async () => {
    const r = await get(`/api/fields/${t.fieldId}/candidates?limit=0&offset=-3`);
    assert.equal(r.statusCode, 400);
    assert.deepEqual(fieldsOf(r.json()).sort(), ['querystring:limit', 'querystring:offset']);
    const big = await get(`/api/fields/${t.fieldId}/candidates?limit=10001`);
    assert.deepEqual(fieldsOf(big.json()), ['querystring:limit']);
  });

  it('gives a candidate with every stored fact, its origin, the index each fact feeds, and its entry in a run', async () => {
    const run = await t.store.getRun(t.fieldId, '2026-11-27');
    const result = JSON.parse(run!.result) as RankingResult;
    const top = result.entries[0];
    const r = await get(`/api/fields/${t.fieldId}/candidates/${top.candidateId}?run=2026-11-27`);
    assert.equal(r.statusCode, 200);
    const c = r.json();
    const ev = await t.store.evidenceOf(t.fieldId, top.candidateId);
    assert.equal(c.name, top.name);
    assert.equal(c.evidence.length, ev.evidence.length);
    assert.deepEqual(c.evidence[0].origin, ev.evidence[0].origin);
    assert.ok(c.evidence.every((e: { index: string; kind: string }) => typeof e.index === 'string'));
    assert.equal(c.evidence.find((e: { kind: string }) => e.kind === 'book')?.index ?? 'publishing', 'publishing');
    assert.equal(c.identities.length, ev.identities.length);
    assert.equal(c.externalRanks.length, ev.externalRanks.length);
    assert.deepEqual(c.ranking, top);
    assert.equal(c.run.label, '2026-11-27');
    // Without ?run, no ranking.
    const plain = (await get(`/api/fields/${t.fieldId}/candidates/${top.candidateId}`)).json();
    assert.equal(plain.ranking, undefined);
  });

  it('an unknown candidate or run is a 404 naming the parameter', async () => {
    const r = await get(`/api/fields/${t.fieldId}/candidates/nobody-here`);
    assert.equal(r.statusCode, 404);
    assert.deepEqual(fieldsOf(r.json()), ['params:key']);
    const all = (await get(`/api/fields/${t.fieldId}/candidates?limit=1`)).json();
    const noRun = await get(`/api/fields/${t.fieldId}/candidates/${all.items[0].key}?run=1999-01-01`);
    assert.equal(noRun.statusCode, 404);
    assert.deepEqual(fieldsOf(noRun.json()), ['querystring:run']);
  });
});
