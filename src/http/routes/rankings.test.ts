/**
 * Rankings and runs over the demonstration workspace: a ranking run as a job (202, Location,
 * progress, the result saved as a run identical to what the core computes with the same
 * configuration), its bad options (400 naming each field), the saved runs (list, one, its
 * entries paged, its result byte for byte, its table, compressed when asked, the comparison
 * of two), the consensus of the
 * published lists, and the review queue's decisions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { aggregate } from '../../core/agreement/index.js';
import { rankingsFromTable } from '../../core/agreement/from-table.js';
import { compareRuns } from '../../core/ranking/compare.js';
import { resolveConfig } from '../../core/ranking/config.js';
import { rank } from '../../core/ranking/rank.js';
import type { RankingResult } from '../../core/ranking/result.js';
import { resolveAsOf } from '../../core/ranking/score.js';
import { tableOfResult } from '../../core/ranking/table.js';
import { nodeSha256 } from '../../adapters/node-hasher.js';
import { rankingToCsv, rankingToJson, renderRankingHtml } from '../../adapters/report/index.js';
import { evidenceLines } from '../../adapters/report/evidence-lines.js';
import { rankingXlsx } from '../../adapters/report/xlsx.js';
import { describeMethodology } from '../../core/indices/registry.js';
import { testServer, waitForJob, type TestServer } from '../test-support.js';

let t: TestServer;
let base: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}`;
});
after(async () => t.close());

const get = async (url: string) => t.app.inject({ method: 'GET', url });
const post = async (url: string, payload?: object) => t.app.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
const fieldsOf = (p: { errors?: { in: string; field: string }[] }) => (p.errors ?? []).map((e) => `${e.in}:${e.field}`);

describe('ranking jobs', () => {
  it('runs a ranking as a job: 202 with Location, then succeeded with the saved run, identical to the core’s result', async () => {
    const options = { asOf: '2026-06-30', weights: { publishing: 3, qualified_audience: 0.5 }, intervals: { draws: 200, seed: 7 } };
    const r = await post(`${base}/rankings`, { ...options, label: 'mid-2026', lang: 'fr' });
    assert.equal(r.statusCode, 202);
    const job = r.json();
    assert.equal(r.headers.location, `/api/jobs/${job.id}`);
    assert.equal(job.kind, 'ranking');
    assert.ok(['queued', 'running'].includes(job.status));
    const done = await waitForJob(t.app, job.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.problem));
    const res = done.result as { run: { id: number; label: string }; fingerprint: string; ranked: number; candidates: number };
    assert.equal(res.run.label, 'mid-2026');
    assert.equal(res.candidates, 150);
    // What `eclaireur rank --config … --as-of 2026-06-30 --lang fr` computes on the same store.
    const expected = rank(await t.store.loadScoringInput(t.fieldId), resolveConfig(options), { lang: 'fr', hasher: nodeSha256 });
    assert.equal(res.fingerprint, expected.fingerprint);
    assert.equal(res.ranked, expected.entries.length);
    const saved = await t.store.getRun(t.fieldId, 'mid-2026');
    assert.equal(saved!.result, rankingToJson(expected), 'the saved run is byte for byte the core’s result');
    const progress = done.progress as { step: string; unit: string };
    assert.equal(progress.step, 'save');
  });

  it('with save: false, stores nothing and gives the ranking in the job’s result', async () => {
    const before = (await t.store.listRuns(t.fieldId)).length;
    const r = await post(`${base}/rankings`, { save: false, intervals: { draws: 0 } });
    const done = await waitForJob(t.app, r.json().id);
    const res = done.result as { run: null; entries: RankingResult['entries'] };
    assert.equal(res.run, null);
    assert.equal(res.entries.length, 150);
    assert.deepEqual(res.entries[0].rankInterval, [res.entries[0].rank, res.entries[0].rank]);
    assert.equal((await t.store.listRuns(t.fieldId)).length, before);
  });

  it('refuses bad options before starting a job, naming each wrong field', async () => {
    const jobsBefore = t.app.eclaireur.jobs.list().length;
    const r = await post(`${base}/rankings`, { asOf: '2026-02-30', weights: { publishing: -1, charisma: 2 }, intervals: { draws: 1.5 }, colour: 'red' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().type, 'urn:eclaireur:problem:validation');
    assert.deepEqual(fieldsOf(r.json()).sort(), ['body:asOf', 'body:colour', 'body:intervals.draws', 'body:weights.charisma', 'body:weights.publishing']);
    // Checks only the core can make: every weight 0, lower above upper.
    const core = await post(`${base}/rankings`, { weights: Object.fromEntries(['peer_recognition', 'digital_identity', 'multi_platform_presence', 'publishing', 'community_contribution', 'media_presence', 'international_reach', 'experience', 'qualified_audience', 'ranking_agreement'].map((k) => [k, 0])), intervals: { lower: 0.9, upper: 0.1 } });
    assert.equal(core.statusCode, 400);
    assert.deepEqual(fieldsOf(core.json()).sort(), ['body:intervals', 'body:weights']);
    const unknownIndex = await post(`${base}/rankings`, { indices: { publishing: { bookWeight: -3 } } });
    assert.equal(unknownIndex.statusCode, 400);
    assert.deepEqual(fieldsOf(unknownIndex.json()), ['body:indices.publishing.bookWeight']);
    assert.equal(t.app.eclaireur.jobs.list().length, jobsBefore, 'no job was started');
    assert.equal((await post('/api/fields/999/rankings', {})).statusCode, 404);
  });
});

describe('runs', () => {
  it('lists the saved runs and gives one with its configuration', async () => {
    const list = (await get(`${base}/runs`)).json();
    assert.deepEqual(list.items.slice(0, 2).map((r: { label: string }) => r.label), ['2025-11-27', '2026-11-27']);
    const one = (await get(`${base}/runs/2026-11-27`)).json();
    const byId = (await get(`${base}/runs/${list.items[1].id}`)).json();
    assert.deepEqual(one, byId);
    assert.equal(one.asOf, '2026-11-27');
    assert.equal(one.ranked, 150);
    assert.deepEqual(one.config, resolveConfig({ asOf: '2026-11-27' }));
  });

  it('pages a run’s entries in rank order, adding up to the saved result', async () => {
    const result = JSON.parse((await t.store.getRun(t.fieldId, '2026-11-27'))!.result) as RankingResult;
    const a = (await get(`${base}/runs/2026-11-27/entries?limit=100`)).json();
    const b = (await get(`${base}/runs/2026-11-27/entries?limit=100&offset=100`)).json();
    assert.equal(a.total, 150);
    assert.deepEqual([...a.items, ...b.items], result.entries);
    const q = result.entries[42].name.split(' ').at(-1)!;
    const found = (await get(`${base}/runs/2026-11-27/entries?q=${encodeURIComponent(q)}`)).json();
    assert.ok(found.items.some((e: { candidateId: string }) => e.candidateId === result.entries[42].candidateId));
  });

  it('gives the result JSON byte for byte as saved', async () => {
    const r = await get(`${base}/runs/2025-11-27/result`);
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^application\/json/);
    assert.equal(r.body, (await t.store.getRun(t.fieldId, '2025-11-27'))!.result);
    assert.equal((await get(`${base}/runs/1999/result`)).statusCode, 404);
  });

  it('gives the run’s table: the result’s columns without explanations; compressed when the client accepts it', async () => {
    const saved = JSON.parse((await t.store.getRun(t.fieldId, '2026-11-27'))!.result) as RankingResult;
    const r = await get(`${base}/runs/2026-11-27/table`);
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['content-encoding'], undefined, 'not compressed when not asked');
    assert.deepEqual(r.json(), JSON.parse(JSON.stringify(tableOfResult(saved))));
    assert.ok(r.body.length * 4 < JSON.stringify(saved).length, `${r.body.length} bytes against ${JSON.stringify(saved).length}`);
    for (const [accept, encoding, inflate] of [
      ['gzip', 'gzip', gunzipSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
    ] as const) {
      const z = await t.app.inject({ method: 'GET', url: `${base}/runs/2026-11-27/table`, headers: { 'accept-encoding': accept } });
      assert.equal(z.headers['content-encoding'], encoding, accept);
      assert.equal(z.headers.vary, 'accept-encoding');
      assert.equal(inflate(z.rawPayload).toString('utf8'), r.body);
      assert.ok(z.rawPayload.length * 2 < r.body.length, `${encoding}: ${z.rawPayload.length} bytes`);
    }
    assert.equal((await get(`${base}/runs/1999/table`)).statusCode, 404);
  });

  it('reads and parses a run once for requests arriving together, and a page of it without reading the result again', async () => {
    const text = (await t.store.getRun(t.fieldId, '2026-11-27'))!.result;
    const saved = JSON.parse(text) as RankingResult;
    await t.store.saveRun(t.fieldId, 'together', saved, text);
    const getRun = t.store.getRun.bind(t.store);
    let reads = 0;
    t.store.getRun = async (...a) => {
      reads++;
      return getRun(...a);
    };
    try {
      const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => get(`${base}/runs/together/entries?limit=5&offset=${i * 5}`)));
      assert.deepEqual(pages.map((p) => p.json().items[0].candidateId), saved.entries.filter((_, i) => i % 5 === 0).slice(0, 20).map((e) => e.candidateId));
      assert.equal(reads, 1, 'one read of the result for 20 requests');
      await get(`${base}/runs/together/table`);
      assert.equal(reads, 1);
    } finally {
      t.store.getRun = getRun;
    }
  });

  it('gives the run’s report files as `eclaireur rank --out` writes them', async () => {
    const record = (await t.store.getRun(t.fieldId, '2026-11-27'))!;
    const saved = JSON.parse(record.result) as RankingResult;
    const json = await get(`${base}/runs/2026-11-27/report?format=json`);
    assert.equal(json.statusCode, 200);
    assert.equal(json.body, record.result);
    assert.match(String(json.headers['content-disposition']), /^attachment; filename="ranking-2026-11-27.json"/);
    const csv = await get(`${base}/runs/2026-11-27/report?format=csv&lang=fr`);
    assert.equal(csv.body, rankingToCsv(saved, 'fr'));
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const xlsx = await get(`${base}/runs/2026-11-27/report?format=xlsx&lang=en`);
    assert.deepEqual(xlsx.rawPayload, await rankingXlsx(saved, 'en', describeMethodology(saved.config, 'en')));
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    const html = await get(`${base}/runs/2026-11-27/report?details=3&compareWith=2025-11-27`);
    assert.match(String(html.headers['content-type']), /^text\/html/);
    const cmp = compareRuns(JSON.parse((await t.store.getRun(t.fieldId, '2025-11-27'))!.result) as RankingResult, saved, '2025-11-27', '2026-11-27');
    const evidence = new Map(await Promise.all(saved.entries.slice(0, 3).map(async (e) => [e.candidateId, evidenceLines(await t.store.evidenceOf(t.fieldId, e.candidateId))] as const)));
    assert.equal(html.body, renderRankingHtml(saved, { lang: 'en', methodology: describeMethodology(saved.config, 'en'), evidence, comparison: cmp }));
    const bad = await get(`${base}/runs/2026-11-27/report?format=pdf&compareWith=nope`);
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fieldsOf(bad.json()), ['querystring:format']);
    const missing = await get(`${base}/runs/2026-11-27/report?compareWith=nope`);
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(fieldsOf(missing.json()), ['querystring:compareWith']);
  });

  it('compares two runs as `eclaireur compare` does, with the moves paged and filtered', async () => {
    const ra = JSON.parse((await t.store.getRun(t.fieldId, '2025-11-27'))!.result) as RankingResult;
    const rb = JSON.parse((await t.store.getRun(t.fieldId, '2026-11-27'))!.result) as RankingResult;
    const c = compareRuns(ra, rb, '2025-11-27', '2026-11-27');
    const r = (await get(`${base}/compare?a=2025-11-27&b=2026-11-27&limit=10`)).json();
    assert.deepEqual(r.counts, c.counts);
    assert.deepEqual(r.moves.items, c.moves.slice(0, 10));
    assert.equal(r.moves.total, c.moves.length);
    const rose = (await get(`${base}/compare?a=2025-11-27&b=2026-11-27&status=rose&limit=10000`)).json();
    assert.equal(rose.moves.total, c.counts.rose);
    const top = (await get(`${base}/compare?a=2025-11-27&b=2026-11-27&top=10`)).json();
    assert.deepEqual(top.counts, compareRuns(ra, rb, 'a', 'b', 10).counts);
  });

  it('a missing run or a bad comparison is a problem naming the parameter', async () => {
    const r = await get(`${base}/runs/no-such-run/entries`);
    assert.equal(r.statusCode, 404);
    assert.deepEqual(fieldsOf(r.json()), ['params:run']);
    const c = await get(`${base}/compare?a=2025-11-27&b=nope`);
    assert.equal(c.statusCode, 404);
    assert.deepEqual(fieldsOf(c.json()), ['querystring:b']);
    const missing = await get(`${base}/compare?a=2025-11-27&status=better`);
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(fieldsOf(missing.json()).sort(), ['querystring:b', 'querystring:status']);
  });
});

describe('published rankings', () => {
  it('aggregates the field’s external lists as `eclaireur rankings aggregate` does', async () => {
    const input = await t.store.loadScoringInput(t.fieldId);
    const { asOfDay } = resolveAsOf(input, resolveConfig({}));
    const keys = input.candidates.map((c) => c.key);
    const lists = rankingsFromTable(input.table, asOfDay, (c) => keys[c]);
    for (const method of ['borda', 'mc4', 'rra'] as const) {
      const expected = aggregate(lists, method);
      const r = (await get(`${base}/rankings/aggregate?method=${method}&limit=5`)).json();
      assert.equal(r.method, method);
      assert.equal(r.consensus.total, expected.entries.length);
      assert.deepEqual(
        r.consensus.items.map((e: { key: string; rank: number }) => [e.key, e.rank]),
        expected.entries.slice(0, 5).map((e) => [e.item, e.rank]),
      );
      assert.equal(r.lists.length, lists.length);
    }
    const rra = (await get(`${base}/rankings/aggregate?method=rra&limit=1`)).json();
    assert.equal(typeof rra.consensus.items[0].pValue, 'number');
    // Exact Kemeny enumerates orders: refused for the demonstration's 50+ listed candidates, naming the method.
    const kemeny = await get(`${base}/rankings/aggregate?method=kemeny`);
    assert.equal(kemeny.statusCode, 422);
    assert.match(kemeny.json().detail, /exact Kemeny: \d+ items is more than the limit/);
    assert.deepEqual(fieldsOf(kemeny.json()), ['querystring:method']);
  });

  it('refuses an unknown method (400), and a field without external lists is a 422', async () => {
    const bad = await get(`${base}/rankings/aggregate?method=condorcet`);
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fieldsOf(bad.json()), ['querystring:method']);
    const f = (await post('/api/fields', { topic: 'Un milieu sans listes' })).json();
    const none = await get(`/api/fields/${f.id}/rankings/aggregate`);
    assert.equal(none.statusCode, 422);
    assert.equal(none.json().type, 'urn:eclaireur:problem:no-data');
  });

  it('lists the review queue and applies a person’s decisions (accept, reject, new)', async () => {
    const input = await t.store.loadScoringInput(t.fieldId);
    const [first, second] = input.candidates;
    const entry = (name: string, rank: number, proposed: string | null) => ({
      entry: `${name.toLowerCase()}|`,
      list: 'Top 50 B2B Québec',
      year: 2026,
      size: 50,
      rank,
      name,
      identifiers: [],
      proposed,
      score: 0.87,
      alternatives: proposed ? [second.key] : [],
      file: 'top50.csv',
      line: rank + 1,
    });
    await t.store.queueMatch(t.fieldId, entry(first.name.replace(/[aeiou]$/, ''), 3, first.key));
    await t.store.queueMatch(t.fieldId, entry('Personne Inconnue', 4, null));
    await t.store.queueMatch(t.fieldId, entry('Nouvelle Voix', 5, null));
    await t.store.queueMatch(t.fieldId, entry('Sans Proposition', 6, null));
    const q = (await get(`${base}/rankings/review`)).json();
    assert.equal(q.total, 4);
    const [a, b, c, d] = q.items;
    assert.deepEqual(a.proposed, { key: first.key, name: first.name });
    assert.deepEqual(a.alternatives, [{ key: second.key, name: second.name }]);
    assert.equal(a.line, 4);

    const acc = await post(`${base}/rankings/review/${a.id}/accept`, {});
    assert.equal(acc.statusCode, 200);
    assert.deepEqual(acc.json(), { decision: 'accepted', id: a.id, candidate: { key: first.key, name: first.name } });
    const ranks = (await t.store.evidenceOf(t.fieldId, first.key)).externalRanks.filter((r) => r.list === 'Top 50 B2B Québec');
    assert.deepEqual(ranks.map((r) => r.rank), [3]);

    const rej = await post(`${base}/rankings/review/${b.id}/reject`);
    assert.deepEqual(rej.json(), { decision: 'rejected', id: b.id, candidate: null });
    const fresh = await post(`${base}/rankings/review/${c.id}/new`);
    assert.equal(fresh.json().decision, 'created');
    assert.equal(fresh.json().candidate.key, 'nouvelle-voix');
    assert.equal((await t.store.evidenceOf(t.fieldId, 'nouvelle-voix')).externalRanks[0].rank, 5);

    // Accepting an entry with no proposal needs a candidate; an unknown one is refused.
    const noProposal = await post(`${base}/rankings/review/${d.id}/accept`, {});
    assert.equal(noProposal.statusCode, 400);
    assert.deepEqual(fieldsOf(noProposal.json()), ['body:candidate']);
    const unknown = await post(`${base}/rankings/review/${d.id}/accept`, { candidate: 'personne-de-ce-nom' });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(fieldsOf(unknown.json()), ['body:candidate']);
    const chosen = await post(`${base}/rankings/review/${d.id}/accept`, { candidate: second.key });
    assert.equal(chosen.json().candidate.key, second.key);

    assert.equal((await get(`${base}/rankings/review`)).json().total, 0);
    assert.equal((await t.store.matchDecisions(t.fieldId)).size, 4, 'the decisions are kept');
    const gone = await post(`${base}/rankings/review/${a.id}/reject`);
    assert.equal(gone.statusCode, 404);
    assert.deepEqual(fieldsOf(gone.json()), ['params:id']);
    assert.equal((await post(`${base}/rankings/review/abc/reject`)).statusCode, 400);
  });
});
