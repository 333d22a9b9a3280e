/**
 * Audience audits over HTTP (issue 3): a follower sample uploaded and audited as a job, with
 * the same result as the core on the same file (and, with a candidate, stored as
 * `eclaireur audience audit FILE --candidate` stores it), rows with problems listed by line and
 * column, a sample with no usable row a failed job listing them; the stored audits paged; a
 * candidate's stored samples audited again; the model's evaluation; bad requests as 400, 404,
 * 415 and 422 problems naming what was wrong.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { AUDIT_DEFAULTS, auditSample } from '../../core/audience/audit.js';
import { DEFAULT_MODEL_FILE, readModelFile } from '../../adapters/audience/model-file.js';
import { parseDay } from '../../adapters/audience/profile-fields.js';
import { readProfileSample } from '../../adapters/audience/read-sample.js';
import { listAudits, listSamples } from '../../adapters/storage/audience-store.js';
import { postFiles, testServer, type TestServer, waitForJob } from '../test-support.js';

const DATA = new URL('../../../../shared/data/cresci-2015-fake-followers/profiles.csv', import.meta.url).pathname;
const lines = readFileSync(DATA, 'utf8').trimEnd().split(/\r?\n/);
const header = lines[0];
const human = lines.slice(1).filter((l) => l.endsWith(',human'));
const fake = lines.slice(1).filter((l) => l.endsWith(',fake'));
/** The same rows without their crawl time (`updated`): the sample then takes `observed`. */
function withoutCrawlTime(rows: string[]): string {
  const t = Papa.parse<string[]>([header, ...rows].join('\n')).data;
  const at = t[0].indexOf('updated');
  return Papa.unparse(t.map((r) => r.filter((_, i) => i !== at)));
}

let t: TestServer;
let base: string;
let key: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}/audience`;
  key = (await t.store.loadScoringInput(t.fieldId)).candidates[0].key;
});
after(async () => t.close());

const upload = async (parts: { name: string; content: string | Buffer }[], query = '', url = `${base}/audits`) => postFiles(t.app, `${url}${query}`, parts);
const auditJob = async (name: string, content: string, query = '') => {
  const r = await upload([{ name, content }], query);
  assert.equal(r.statusCode, 202, r.body);
  assert.equal(r.headers.location, `/api/jobs/${r.json().id}`);
  return waitForJob(t.app, r.json().id) as Promise<{ status: string; result: Record<string, any>; problem: Record<string, any> }>;
};
const uploadsLeft = () => readdirSync(t.dir).filter((f) => f.startsWith('eclaireur-audience-'));

describe('audience audits', () => {
  it('audits an uploaded sample as the core does on the same file, without storing it', async () => {
    const content = [header, ...human.slice(0, 300), ...fake.slice(0, 100)].join('\n');
    const job = await auditJob('sample.csv', content, '?observed=2015-02-14');
    assert.equal(job.status, 'succeeded', JSON.stringify(job.problem));
    const j = job.result;
    const dir = mkdtempSync(join(tmpdir(), 'eclaireur-audience-test-'));
    writeFileSync(join(dir, 'sample.csv'), content);
    const s = await readProfileSample(join(dir, 'sample.csv'), { observedDay: parseDay('2015-02-14'), lang: 'en' });
    const model = readModelFile(DEFAULT_MODEL_FILE);
    const core = auditSample(model, s.X, s.usable, s.lines, s.rows, AUDIT_DEFAULTS);
    assert.equal(j.sampleSize, 400);
    assert.equal(j.usable, 400);
    assert.equal(j.fakeShare, core.fakeShare);
    assert.deepEqual(j.interval, core.interval);
    assert.ok(Math.abs(j.fakeShare - 0.25) < 0.03);
    assert.equal(j.model, model.version);
    assert.deepEqual(j.sample, { file: 'sample.csv', sha256: s.sha256, platform: 'csv', observedOn: '2015-02-14' });
    assert.equal(j.stored, null);
    assert.equal(j.realAudience, null);
    assert.deepEqual(j.problems, []);
    assert.equal(j.problemCount, 0);
    assert.ok(j.suspects.length > 0 && j.suspects.every((x: { line: number }) => x.line >= 302));
    const withCount = await auditJob('sample.csv', content, '?observed=2015-02-14&followers=10000&suspects=3');
    assert.equal(withCount.result.realAudience.followers, 10000);
    assert.equal(withCount.result.suspects.length, 3);
    assert.deepEqual(uploadsLeft(), [], 'the temporary files are gone');
  });

  it('lists the rows left out by line and column; a sample with no usable row fails the job with a problem listing them', async () => {
    const bad = human[0].replace(/^(a\d+),(\d+),/, '$1,-5,');
    const some = await auditJob('some-bad.csv', [header, bad, ...human.slice(1, 40)].join('\n'), '?observed=2015-02-14');
    assert.equal(some.status, 'succeeded');
    assert.equal(some.result.usable, 39);
    assert.equal(some.result.problemCount, 1);
    assert.equal(some.result.problems[0].line, 2);
    assert.equal(some.result.problems[0].column, 'statuses_count');
    const none = await auditJob('all-bad.csv', `${header}\n${human[0].replace(/^(a\d+),(\d+),/, '$1,many,')}\n`);
    assert.equal(none.status, 'failed');
    assert.equal(none.problem.type, 'urn:eclaireur:problem:import-problems');
    assert.equal(none.problem.status, 422);
    assert.match(none.problem.detail, /all-bad\.csv: no usable follower profile \(1 row\(s\) read/);
    assert.deepEqual(none.problem.errors[0], { in: 'file', file: 'all-bad.csv', line: 2, column: 'statuses_count', detail: none.problem.errors[0].detail });
    const notJson = await auditJob('broken.json', '{"followers": ');
    assert.equal(notJson.status, 'failed');
    assert.equal(notJson.problem.errors[0].file, 'broken.json');
    assert.ok(!notJson.problem.detail.includes(t.dir), 'the temporary path is not shown');
    assert.deepEqual(uploadsLeft(), []);
  });

  it('stores an audit as the candidate’s audience, lists it, and audits the stored sample again', async () => {
    const job = await auditJob('followers-x.csv', withoutCrawlTime([...human.slice(300, 500), ...fake.slice(100, 300)]), `?candidate=${key}&platform=x&followers=20000&observed=2026-11-01`);
    assert.equal(job.status, 'succeeded', JSON.stringify(job.problem));
    const j = job.result;
    assert.equal(j.stored.candidate, key);
    assert.equal(j.stored.followers, 20000);
    assert.equal(j.realAudience.followers, 20000);
    const ev = await t.store.evidenceOf(t.fieldId, key);
    const fact = ev.evidence.find((e) => e.kind === 'audience' && e.platform === 'x' && e.date === '2026-11-01');
    assert.ok(fact);
    assert.equal(fact.value, 20000);
    assert.equal(fact.fakeShare, j.fakeShare);
    assert.equal(fact.attributes.audit_sample_sha256, j.sample.sha256);
    assert.equal((await listSamples(t.store.db, t.fieldId, key)).length, 1, 'the sample is kept');
    const page = (await t.app.inject({ method: 'GET', url: `${base}/audits?candidate=${key}` })).json();
    assert.equal(page.total, 1);
    assert.equal(page.items[0].id, j.stored.auditId);
    assert.deepEqual(page.items[0].interval, j.interval);
    assert.equal(page.items[0].detail, undefined);
    const r = await t.app.inject({ method: 'POST', url: `${base}/candidates/${key}/audits`, payload: { followers: 5000 } });
    assert.equal(r.statusCode, 202, r.body);
    const again = (await waitForJob(t.app, r.json().id)) as { status: string; result: { audits: Record<string, any>[] } };
    assert.equal(again.status, 'succeeded');
    assert.equal(again.result.audits.length, 1);
    assert.equal(again.result.audits[0].stored.followers, 5000);
    assert.equal(again.result.audits[0].fakeShare, j.fakeShare);
    const audits = await listAudits(t.store.db, t.fieldId, key);
    assert.equal(audits.length, 1, 'the same audit again replaces it');
    const xs = (await t.store.evidenceOf(t.fieldId, key)).evidence.filter((e) => e.kind === 'audience' && e.platform === 'x' && e.date === '2026-11-01');
    assert.deepEqual(xs.map((e) => e.value), [5000]);
  });

  it('fails the job with a 422 problem naming followers when the field knows no follower count on the platform', async () => {
    const job = await auditJob('followers-zz.csv', withoutCrawlTime(human.slice(900, 950)), `?candidate=${key}&platform=zz&observed=2026-11-02`);
    assert.equal(job.status, 'failed');
    assert.equal(job.problem.status, 422);
    assert.equal(job.problem.errors[0].field, 'followers');
  });

  it('refuses bad requests: 400 naming the field, 404, 415, 422', async () => {
    const csv = [header, ...human.slice(0, 5)].join('\n');
    const unknown = await upload([{ name: 'a.csv', content: csv }], '?candidate=nobody&platform=x');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().errors[0].field, 'candidate');
    const noPlatform = await upload([{ name: 'a.csv', content: csv }], `?candidate=${key}`);
    assert.equal(noPlatform.statusCode, 400);
    assert.equal(noPlatform.json().errors[0].field, 'platform');
    assert.equal((await upload([{ name: 'a.csv', content: csv }], '?followers=0')).json().errors[0].field, 'followers');
    assert.equal((await upload([{ name: 'a.csv', content: csv }], '?observed=hier')).json().errors[0].field, 'observed');
    const two = await upload([{ name: 'a.csv', content: csv }, { name: 'b.csv', content: csv }]);
    assert.equal(two.statusCode, 400);
    assert.equal(two.json().errors[0].field, 'file');
    const xlsx = await upload([{ name: 'a.xlsx', content: 'x' }]);
    assert.equal(xlsx.statusCode, 415);
    assert.equal(xlsx.json().type, 'urn:eclaireur:problem:unsupported-file');
    const none = await upload([]);
    assert.equal(none.statusCode, 400);
    assert.equal(none.json().errors[0].field, 'file');
    const notMultipart = await t.app.inject({ method: 'POST', url: `${base}/audits`, payload: { file: 'x' } });
    assert.equal(notMultipart.statusCode, 415);
    assert.equal((await upload([{ name: 'a.csv', content: csv }], '', '/api/fields/999/audience/audits')).statusCode, 404);
    assert.deepEqual(uploadsLeft(), []);
    assert.equal((await t.app.inject({ method: 'GET', url: `${base}/audits?limit=0` })).json().errors[0].field, 'limit');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/fields/999/audience/audits' })).statusCode, 404);
    const noKey = await t.app.inject({ method: 'POST', url: `${base}/candidates/nobody/audits`, payload: {} });
    assert.equal(noKey.statusCode, 404);
    assert.equal(noKey.json().errors[0].field, 'key');
    const other = (await t.store.loadScoringInput(t.fieldId)).candidates[1].key;
    const noSample = await t.app.inject({ method: 'POST', url: `${base}/candidates/${other}/audits`, payload: {} });
    assert.equal(noSample.statusCode, 422);
    assert.equal(noSample.json().type, 'urn:eclaireur:problem:no-data');
    const noPlatformSample = await t.app.inject({ method: 'POST', url: `${base}/candidates/${key}/audits`, payload: { platform: 'mastodon' } });
    assert.equal(noPlatformSample.statusCode, 422);
    assert.equal(noPlatformSample.json().errors[0].field, 'platform');
    assert.equal((await t.app.inject({ method: 'POST', url: `${base}/candidates/${key}/audits`, payload: { suspects: -1 } })).json().errors[0].field, 'suspects');
  });

  it('gives the model: version, the data’s fingerprint, its evaluation beside the paper’s', async () => {
    const model = readModelFile(DEFAULT_MODEL_FILE);
    const r = await t.app.inject({ method: 'GET', url: '/api/audience/model' });
    assert.equal(r.statusCode, 200);
    const j = r.json();
    assert.equal(j.version, model.version);
    assert.match(j.version, /^rf-[0-9a-f]{12}$/);
    assert.equal(j.data.sha256, model.data.sha256);
    assert.equal(j.evaluation.rows.length, model.evaluation.results.length);
    const rf = j.evaluation.rows.find((x: { model: string }) => x.model === 'random-forest');
    assert.ok(rf.accuracy > 0.97);
    assert.ok(j.paper.some((x: { model: string }) => x.model === 'random-forest'));
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/audience/model?folds=3' })).statusCode, 400);
  });
});
