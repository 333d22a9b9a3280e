/**
 * Edge lists over HTTP: uploaded (plain and gzip), imported into the demonstration field's
 * graph as a job with what each file added, the same counts `eclaireur graph import` gives; a
 * file with a bad line fails the job with its problems (file, line) and leaves the store as it
 * was, even for the good file uploaded with it; bad requests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { multipart, postFiles, testServer, type TestServer, waitForJob } from '../test-support.js';

let t: TestServer;
let base: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}`;
});
after(async () => t.close());

const upload = async (parts: Parameters<typeof multipart>[0], query = '', headers: Record<string, string> = {}) => postFiles(t.app, `${base}/graph/imports${query}`, parts, headers);
const accounts = async () => (await t.app.inject({ method: 'GET', url: `${base}/graph/authority?limit=1` })).json().nodes.total as number;

describe('POST /api/fields/:fieldId/graph/imports', () => {
  it('imports edge lists (plain and gzip) as a job: the accounts and edges each file added; again, nothing new', async () => {
    const before = await accounts();
    const csv = 'source,target,weight\nzz-new-a,zz-new-b,2\nzz-new-b,zz-new-c,1\nzz-new-a,zz-new-b,1\n';
    const tsv = gzipSync('zz-new-c\tzz-new-d\nzz-new-d\tzz-new-a\n');
    const r = await upload([
      { name: 'mentions.csv', content: csv },
      { name: 'replies.tsv.gz', content: tsv },
    ]);
    assert.equal(r.statusCode, 202, r.body);
    assert.equal(r.headers.location, `/api/jobs/${r.json().id}`);
    const done = await waitForJob(t.app, r.json().id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.problem));
    const files = (done.result as { files: { name: string; lines: number; nodes: number; edges: number; updated: number }[] }).files;
    assert.deepEqual(
      files.map((f) => [f.name, f.lines, f.nodes, f.edges]),
      [
        ['mentions.csv', 3, 3, 2],
        ['replies.tsv.gz', 2, 1, 2],
      ],
    );
    assert.equal(await accounts(), before + 4);
    const again = await waitForJob(t.app, (await upload([{ name: 'mentions.csv', content: csv }])).json().id);
    assert.deepEqual((again.result as { files: { nodes: number; edges: number; updated: number }[] }).files.map((f) => [f.nodes, f.edges, f.updated]), [[0, 0, 0]]);
  });

  it('fails on a bad line with the file and line, in French when asked, and writes nothing (not even the good file sent with it)', async () => {
    const snapshot = await t.store.snapshot();
    const r = await upload(
      [
        { name: 'good.csv', content: 'source,target\nzz-other-a,zz-other-b\n' },
        { name: 'cassé.csv', content: 'source,target,weight\nzz-x,zz-y,1\nzz-x\nzz-y,zz-z,abc\n' },
      ],
      '',
      { 'accept-language': 'fr' },
    );
    const done = await waitForJob(t.app, r.json().id);
    assert.equal(done.status, 'failed');
    const p = done.problem as { status: number; detail: string; errors: { file: string; line: number; detail: string }[] };
    assert.equal(p.status, 422);
    assert.match(p.detail, /graphe est inchangé/);
    assert.deepEqual(p.errors.map((e) => [e.file, e.line]), [
      ['cassé.csv', 3],
      ['cassé.csv', 4],
    ]);
    assert.ok(p.errors.every((e) => e.detail.length > 5 && !e.detail.includes('/tmp')), JSON.stringify(p.errors));
    assert.deepEqual(await t.store.snapshot(), snapshot);
  });

  it('takes the command’s column options: a space-separated file without header, the weight ignored', async () => {
    const r = await upload([{ name: 'edges.txt', content: 'zz-w-1 zz-w-2 9\nzz-w-2 zz-w-3 9\n' }], '?delimiter=whitespace&header=no&weight=none');
    const done = await waitForJob(t.app, r.json().id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.problem));
    assert.deepEqual((done.result as { files: { nodes: number; edges: number }[] }).files.map((f) => [f.nodes, f.edges]), [[3, 2]]);
  });

  it('counts every problem when a file has more than are listed, and says how many more', async () => {
    const lines = ['source,target', ...Array.from({ length: 250 }, () => 'a')].join('\n');
    const done = await waitForJob(t.app, (await upload([{ name: 'many.csv', content: lines }])).json().id);
    const p = done.problem as { detail: string; errors: { line?: number; detail: string }[] };
    assert.match(p.detail, /^250 problem\(s\)/);
    assert.equal(p.errors.length, 101);
    assert.equal(p.errors.at(-1)!.line, undefined);
    assert.match(p.errors.at(-1)!.detail, /150 more problem/);
  });

  it('refuses bad column options before receiving the files: 400 naming the query parameter', async () => {
    for (const [query, field] of [
      ['?delimiter=xx', 'delimiter'],
      ['?weight=0', 'weight'],
      ['?source=2&target=2', 'target'],
    ]) {
      const r = await upload([{ name: 'a.csv', content: 'a,b\n' }], query);
      assert.equal(r.statusCode, 400, query);
      assert.equal(r.json().errors[0].field, field, query);
    }
  });

  it('refuses an unsupported file, a request that is not multipart, an unknown field', async () => {
    const bad = await upload([{ name: 'graph.xlsx', content: 'x' }]);
    assert.equal(bad.statusCode, 415);
    assert.equal(bad.json().errors[0].file, 'graph.xlsx');
    const plain = await t.app.inject({ method: 'POST', url: `${base}/graph/imports`, payload: { a: 1 } });
    assert.equal(plain.statusCode, 415);
    const none = await t.app.inject({ method: 'POST', url: '/api/fields/9999/graph/imports', ...multipart([{ name: 'a.csv', content: 'a,b\n' }]) });
    assert.equal(none.statusCode, 404);
  });
});
