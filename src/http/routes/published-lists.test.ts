/**
 * Published lists matched over HTTP, on the demonstration field: the job's result is what
 * `rankings match --json` prints for the same file (the same adapter); with apply the matched
 * ranks are stored and the doubtful entries queued, with create the unknown ones become
 * candidates; a file with bad rows fails with every problem by line and stores nothing; bad
 * requests.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { matchPublishedList, readPublishedList } from '../../adapters/rankings/published-list.js';
import { postFiles, testServer, type TestServer, waitForJob } from '../test-support.js';

let t: TestServer;
let base: string;
const dir = mkdtempSync(join(tmpdir(), 'eclaireur-lists-'));
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}`;
});
after(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const upload = async (name: string, content: string, query: string, headers: Record<string, string> = {}) => postFiles(t.app, `${base}/rankings/match?${query}`, [{ name, content }], headers);

describe('POST /api/fields/:fieldId/rankings/match', () => {
  it('matches a list as `rankings match --json` does; with apply, stores the matches and queues the doubtful; with create, adds the unknown', async () => {
    const input = await t.store.loadScoringInput(t.fieldId);
    const [a, b] = input.candidates;
    const csv = ['rank,name', `1,${a.name}`, `2,"${b.name.split(' ').reverse().join(', ')}"`, '3,Pierre-Luc Zyxwvut', '101–150,Quelqu’un Dautre'].join('\n');
    const path = join(dir, 'top.csv');
    writeFileSync(path, csv);
    const expected = (await matchPublishedList(t.store, t.fieldId, await readPublishedList(path, 'top.csv', 'en'), { list: 'Top Web', year: 2026, size: 150, source: null, file: 'top.csv', apply: false, create: false }, 'en')).out;

    const dry = await waitForJob(t.app, (await upload('top.csv', csv, 'list=Top%20Web&year=2026&size=150')).json().id);
    assert.equal(dry.status, 'succeeded', JSON.stringify(dry.problem));
    const r = dry.result as typeof expected & { warnings: string[] };
    assert.deepEqual({ ...r, warnings: undefined }, { ...JSON.parse(JSON.stringify(expected)), warnings: undefined });
    assert.deepEqual(r.entries.slice(0, 2).map((e) => [e.decision, e.candidate?.key]), [['match', a.key], ['match', b.key]]);
    assert.equal(r.stored, null, 'nothing stored without apply');
    assert.deepEqual(r.entries[3].band, [101, 150]);

    const applied = await waitForJob(t.app, (await upload('top.csv', csv, 'list=Top%20Web&year=2026&size=150&apply=true&create=true')).json().id);
    assert.equal(applied.status, 'succeeded', JSON.stringify(applied.problem));
    const ar = applied.result as { stored: number; created: number };
    assert.equal(ar.created, 2, 'the two unknown entries are new candidates');
    assert.equal(ar.stored, 4);
    const ranks = (await t.store.evidenceOf(t.fieldId, a.key)).externalRanks.filter((x) => x.list === 'Top Web');
    assert.deepEqual(ranks.map((x) => [x.rank, x.year, x.listSize, x.origin?.file, x.origin?.line]), [[1, 2026, 150, 'top.csv', 2]]);
  });

  it('fails on bad rows with every problem by line, in French when asked, and stores nothing', async () => {
    const snapshot = await t.store.snapshot();
    const r = await upload('cassé.csv', 'rang,nom\n1,Ann Roy\nzéro,Bob Roy\n3,\n', 'list=Cassé&apply=true', { 'accept-language': 'fr' });
    const done = await waitForJob(t.app, r.json().id);
    assert.equal(done.status, 'failed');
    const p = done.problem as { status: number; detail: string; errors: { file: string; line: number; detail: string }[] };
    assert.equal(p.status, 422);
    assert.match(p.detail, /rien n’a été conservé/);
    assert.deepEqual(p.errors.map((e) => [e.file, e.line]), [
      ['cassé.csv', 3],
      ['cassé.csv', 4],
    ]);
    assert.match(p.errors[0].detail, /zéro/);
    const nameless = await waitForJob(t.app, (await upload('liste.csv', 'a,b\n1,2\n', 'list=X')).json().id);
    assert.equal(nameless.status, 'failed');
    assert.equal((nameless.problem as { errors: { line?: number }[] }).errors[0].line, undefined, 'a file without a rank column: one problem for the file');
    assert.deepEqual(await t.store.snapshot(), snapshot);
  });

  it('refuses a request without a list name, an unsupported file, two files', async () => {
    const noList = await upload('a.csv', 'rank,name\n1,A\n', 'year=2026');
    assert.equal(noList.statusCode, 400);
    assert.equal(noList.json().errors[0].field, 'list');
    assert.equal((await upload('a.pdf', 'x', 'list=X')).statusCode, 415);
    const two = await postFiles(t.app, `${base}/rankings/match?list=X`, [
      { name: 'a.csv', content: 'rank,name\n1,A\n' },
      { name: 'b.csv', content: 'rank,name\n1,B\n' },
    ]);
    assert.equal(two.statusCode, 400);
    assert.equal(two.json().errors[0].field, 'file');
  });
});
