/**
 * The HTTP API on PostgreSQL (when TEST_DATABASE_URL is set; `.ci/postgres.sh` provides one): the
 * routes that run queries of their own or write — candidates paged in the same code-point order
 * and searched alike, a ranking job identical to SQLite's, an upload imported and a broken one
 * leaving the store unchanged, an audience audit stored, a strategy replaced, a review decision —
 * answer as they do on SQLite.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testServer, waitForJob, type TestServer } from './test-support.js';

const PG_URL = process.env.TEST_DATABASE_URL;
const SKIP = PG_URL ? false : 'TEST_DATABASE_URL is not set (run `eval "$(bash .ci/postgres.sh | tail -1)"` to test on PostgreSQL)';

describe('the HTTP API on PostgreSQL and on SQLite', { skip: SKIP }, () => {
  let pgs: TestServer;
  let lite: TestServer;
  before(async () => {
    pgs = await testServer({ postgres: PG_URL });
    lite = await testServer();
  });
  after(async () => {
    await pgs?.close();
    await lite?.close();
  });
  const both = async (url: string) => {
    const a = await pgs.app.inject({ method: 'GET', url: url.replace('FIELD', String(pgs.fieldId)) });
    const b = await lite.app.inject({ method: 'GET', url: url.replace('FIELD', String(lite.fieldId)) });
    return [a, b] as const;
  };

  it('pages and searches the candidates alike', async () => {
    for (const url of ['/api/fields/FIELD/candidates?limit=150', '/api/fields/FIELD/candidates?q=GAGNON', '/api/fields/FIELD/candidates?limit=7&offset=140']) {
      const [a, b] = await both(url);
      assert.equal(a.statusCode, 200);
      assert.deepEqual(a.json(), b.json(), url);
    }
  });

  it('runs the same ranking job and saves the same run', async () => {
    const body = { asOf: '2026-06-30', weights: { media_presence: 2 }, intervals: { draws: 100 }, label: 'pg' };
    const ja = await waitForJob(pgs.app, (await pgs.app.inject({ method: 'POST', url: `/api/fields/${pgs.fieldId}/rankings`, payload: body })).json().id);
    const jb = await waitForJob(lite.app, (await lite.app.inject({ method: 'POST', url: `/api/fields/${lite.fieldId}/rankings`, payload: body })).json().id);
    assert.equal(ja.status, 'succeeded', JSON.stringify(ja.problem));
    assert.equal((ja.result as { fingerprint: string }).fingerprint, (jb.result as { fingerprint: string }).fingerprint);
    const [a, b] = await both('/api/fields/FIELD/runs/pg/result');
    assert.equal(a.body, b.body);
  });

  it('imports an upload, and leaves the store unchanged when it has problems', async () => {
    const B = 'pg-boundary';
    const form = (name: string, content: string) => ({
      payload: `--${B}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${B}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${B}` },
    });
    const ok = await pgs.app.inject({ method: 'POST', url: `/api/fields/${pgs.fieldId}/imports`, ...form('preuves.csv', 'candidate,name,kind,date\nnadia-roy,Nadia Roy,talk,2026-02-03\n') });
    const done = await waitForJob(pgs.app, ok.json().id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.problem));
    assert.deepEqual((await pgs.store.evidenceOf(pgs.fieldId, 'nadia-roy')).evidence[0].origin, { file: 'preuves.csv', line: 2 });
    const snapshot = await pgs.store.snapshot();
    const bad = await pgs.app.inject({ method: 'POST', url: `/api/fields/${pgs.fieldId}/imports`, ...form('broken.csv', 'candidate,name,kind,date\nnadia-roy,Nadia Roy,talk,2026-02-03\nola,Ola,book,jamais\n') });
    const failed = await waitForJob(pgs.app, bad.json().id);
    assert.equal(failed.status, 'failed');
    assert.deepEqual((failed.problem as { errors: { line: number; column: string }[] }).errors.map((e) => [e.line, e.column]), [[3, 'date']]);
    assert.deepEqual(await pgs.store.snapshot(), snapshot);
  });

  it('stores an audience audit, a strategy and a maturity assessment as on SQLite', async () => {
    const key = (await pgs.store.loadScoringInput(pgs.fieldId)).candidates[0].key;
    const B = 'pg-boundary';
    const rows = ['account,statuses_count,followers_count,friends_count,favourites_count,listed_count,created_at,lang', 'a1,5000,900,300,10,12,2012-01-01,fr', 'a2,0,1,800,0,0,2026-10-01,en', 'a3,120,40,60,3,0,2020-05-05,fr'];
    const audit = async (s: TestServer) => {
      const r = await s.app.inject({
        method: 'POST',
        url: `/api/fields/${s.fieldId}/audience/audits?candidate=${key}&platform=x&followers=1000&observed=2026-11-01`,
        payload: `--${B}\r\nContent-Disposition: form-data; name="file"; filename="f.csv"\r\nContent-Type: text/csv\r\n\r\n${rows.join('\n')}\r\n--${B}--\r\n`,
        headers: { 'content-type': `multipart/form-data; boundary=${B}` },
      });
      const job = await waitForJob(s.app, r.json().id);
      assert.equal(job.status, 'succeeded', JSON.stringify(job.problem));
      return job.result as { fakeShare: number; stored: { followers: number } };
    };
    const [x, y] = [await audit(pgs), await audit(lite)];
    assert.equal(x.fakeShare, y.fakeShare);
    const [la, lb] = await both(`/api/fields/FIELD/audience/audits?candidate=${key}`);
    assert.deepEqual(la.json().items.map((a: { fakeShare: number }) => a.fakeShare), lb.json().items.map((a: { fakeShare: number }) => a.fakeShare));
    const s = (await lite.app.inject({ method: 'GET', url: `/api/fields/${lite.fieldId}/strategy` })).json().strategy;
    assert.equal((await pgs.app.inject({ method: 'PUT', url: `/api/fields/${pgs.fieldId}/strategy`, payload: { ...s, name: 'PG' } })).statusCode, 200);
    assert.equal((await lite.app.inject({ method: 'PUT', url: `/api/fields/${lite.fieldId}/strategy`, payload: { ...s, name: 'PG' } })).statusCode, 200);
    for (const url of ['/api/fields/FIELD/strategy', '/api/fields/FIELD/strategy/check', '/api/fields/FIELD/strategy/cycles', '/api/fields/FIELD/maturity']) {
      const [a, b] = await both(url);
      assert.equal(a.statusCode, 200, url);
      assert.deepEqual(a.json(), b.json(), url);
    }
  });

  it('applies a review decision', async () => {
    const key = (await pgs.app.inject({ method: 'GET', url: `/api/fields/${pgs.fieldId}/candidates?limit=1` })).json().items[0].key;
    await pgs.store.queueMatch(pgs.fieldId, { entry: 'x|', list: 'Liste', year: 2026, size: 10, rank: 2, name: 'X', identifiers: [], proposed: key, score: 0.9, alternatives: [], file: 'l.csv', line: 3 });
    const q = (await pgs.app.inject({ method: 'GET', url: `/api/fields/${pgs.fieldId}/rankings/review` })).json();
    assert.equal(q.items[0].proposed.key, key);
    const r = await pgs.app.inject({ method: 'POST', url: `/api/fields/${pgs.fieldId}/rankings/review/${q.items[0].id}/accept` });
    assert.equal(r.json().decision, 'accepted');
    assert.deepEqual((await pgs.store.evidenceOf(pgs.fieldId, key)).externalRanks.filter((e) => e.list === 'Liste').map((e) => e.rank), [2]);
  });
});
