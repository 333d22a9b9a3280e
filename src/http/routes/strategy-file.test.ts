/**
 * The strategy as a file over HTTP, on the demonstration field: downloaded as `strategy
 * export` writes it (YAML, JSON, a given cycle), uploaded back unchanged (a job; the same
 * strategy), and a file with problems refused with their lines and columns, in French when
 * asked, nothing written; bad requests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { strategyStore } from '../../adapters/storage/strategy-store.js';
import { stringifyStrategy } from '../../adapters/strategy/file.js';
import { postFiles, testServer, type TestServer, waitForJob } from '../test-support.js';

let t: TestServer;
let base: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}/strategy`;
});
after(async () => t.close());

const upload = async (name: string, content: string, headers: Record<string, string> = {}) => postFiles(t.app, `${base}/file`, [{ name, content }], headers);

describe('the strategy file', () => {
  it('downloads the current cycle’s strategy (or cycle N) as strategy export writes it', async () => {
    const ss = strategyStore(t.store.db);
    const current = (await ss.getCycle(t.fieldId))!;
    const yaml = await t.app.inject({ method: 'GET', url: `${base}/file` });
    assert.equal(yaml.statusCode, 200);
    assert.equal(yaml.body, stringifyStrategy(current.strategy, 'yaml'));
    assert.match(String(yaml.headers['content-disposition']), new RegExp(`strategy-${current.number}\\.yaml`));
    const first = (await ss.getCycle(t.fieldId, 1))!;
    assert.equal((await t.app.inject({ method: 'GET', url: `${base}/file?format=json&cycle=1` })).body, stringifyStrategy(first.strategy, 'json'));
    assert.equal((await t.app.inject({ method: 'GET', url: `${base}/file?format=xml` })).statusCode, 400);
  });

  it('takes the file back (a job): the same strategy; a changed name is saved', async () => {
    const ss = strategyStore(t.store.db);
    const before = (await ss.getCycle(t.fieldId))!;
    const text = stringifyStrategy(before.strategy, 'yaml');
    const done = await waitForJob(t.app, (await upload('plan.yaml', text)).json().id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.problem));
    assert.deepEqual(done.result, { file: 'plan.yaml', cycle: before.number, created: false });
    assert.deepEqual((await ss.getCycle(t.fieldId))!.strategy, before.strategy);
    const renamed = JSON.stringify({ ...JSON.parse(stringifyStrategy(before.strategy, 'json')), name: 'Plan renommé' });
    assert.equal((await waitForJob(t.app, (await upload('plan.json', renamed)).json().id)).status, 'succeeded');
    assert.equal((await ss.getCycle(t.fieldId))!.strategy.name, 'Plan renommé');
  });

  it('refuses a file with problems, with their lines and columns, in French when asked, and writes nothing', async () => {
    const ss = strategyStore(t.store.db);
    const before = (await ss.getCycle(t.fieldId))!;
    const text = stringifyStrategy(before.strategy, 'yaml');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^\s+status: /.test(l));
    assert.ok(at > 0, 'the demo has items with a status');
    lines[at] = lines[at].replace(/status: .*/, 'status: someday');
    const done = await waitForJob(t.app, (await upload('cassé.yaml', lines.join('\n'), { 'accept-language': 'fr' })).json().id);
    assert.equal(done.status, 'failed');
    const p = done.problem as { status: number; detail: string; errors: { file: string; line: number; field: string; detail: string }[] };
    assert.equal(p.status, 422);
    assert.match(p.detail, /rien n’a été écrit/);
    assert.deepEqual(p.errors.map((e) => [e.file, e.line]), [['cassé.yaml', at + 1]]);
    assert.match(p.errors[0].detail, new RegExp(`cassé\\.yaml:${at + 1}:\\d+`));
    assert.match(String((p.errors[0] as { column?: string }).column), /^\d+$/, 'the column, for the problem table');
    assert.deepEqual((await ss.getCycle(t.fieldId))!.strategy, before.strategy);
    assert.equal((await upload('plan.txt', 'x')).statusCode, 415);
  });
});
