/**
 * Imports over HTTP: multipart uploads imported as jobs by the two-thread import (rows stored
 * with the uploaded file's name as their origin, a second upload adding nothing), a broken
 * file failing with its problems (file, line, column) and the store unchanged, the upload's
 * bad requests (unsupported file, not multipart, no file, too large), the temporary files
 * removed, the templates; and, on a real socket, a multi-MB upload streamed to disk — the
 * server's live memory (after garbage collection) does not grow with the file — whose job
 * reports its progress in bytes read.
 */
import assert from 'node:assert/strict';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { writeImportCsv } from '../../../bench/generate.js';
import { BOUNDARY, multipart, postFiles, testServer, type TestServer, waitForJob } from '../test-support.js';

let t: TestServer;
let base: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}`;
});
after(async () => t.close());


const upload = async (parts: Parameters<typeof multipart>[0], query = '', headers: Record<string, string> = {}) => postFiles(t.app, `${base}/imports${query}`, parts, headers);
const uploadsLeft = () => readdirSync(t.dir).filter((f) => f.startsWith('eclaireur-upload-'));

// Québec French export: semicolons, decimal commas, French headers and kind words.
const PREUVES = '\ufeffcandidat;nom;type;date;valeur;plateforme\r\nmarie-eve-gagnon;Marie-Ève Gagnon;livre;2024-03-12;;\r\nmarie-eve-gagnon;Marie-Ève Gagnon;auditoire;;12 500;linkedin\r\nluc-fortin;Luc Fortin;conférence;2025-10-02;;\r\n';
const FACTS = JSON.stringify([{ candidate: 'luc-fortin', name: 'Luc Fortin', kind: 'media_quote', date: '2026-01-15', source: 'https://journal.example/luc' }]);

describe('imports', () => {
  it('imports uploaded files as a job; origins name the uploaded files; a second upload adds nothing', async () => {
    const before = await t.store.counts(t.fieldId);
    const r = await upload([{ name: 'preuves.csv', content: PREUVES }, { name: 'faits.json', content: FACTS }], '?locale=fr');
    assert.equal(r.statusCode, 202, r.body);
    assert.equal(r.headers.location, `/api/jobs/${r.json().id}`);
    assert.equal(r.json().kind, 'import');
    const job = await waitForJob(t.app, r.json().id);
    assert.equal(job.status, 'succeeded', JSON.stringify(job.problem));
    assert.deepEqual(job.result, {
      files: [
        { name: 'preuves.csv', bytes: Buffer.byteLength(PREUVES), rows: 3 },
        { name: 'faits.json', bytes: Buffer.byteLength(FACTS), rows: 1 },
      ],
      rows: 4,
      added: { candidates: 2, identities: 0, evidence: 4, externalRanks: 0 },
    });
    const after = await t.store.counts(t.fieldId);
    assert.equal(after.candidates, before.candidates + 2);
    assert.equal(after.evidence, before.evidence + 4);
    const marie = await t.store.evidenceOf(t.fieldId, 'marie-eve-gagnon');
    assert.deepEqual(marie.evidence.find((e) => e.kind === 'audience')!.origin, { file: 'preuves.csv', line: 3 });
    assert.equal(marie.evidence.find((e) => e.kind === 'audience')!.value, 12500);
    assert.deepEqual((await t.store.evidenceOf(t.fieldId, 'luc-fortin')).evidence.find((e) => e.kind === 'media_quote')!.origin, { file: 'faits.json', line: 1 });
    assert.deepEqual(uploadsLeft(), [], 'the temporary files are removed');

    const again = await waitForJob(t.app, (await upload([{ name: 'preuves.csv', content: PREUVES }], '?locale=fr')).json().id);
    assert.deepEqual((again.result as { added: unknown }).added, { candidates: 0, identities: 0, evidence: 0, externalRanks: 0 });
  });

  it('fails the job with every problem (file, line, column) and leaves the store exactly as it was', async () => {
    const snapshot = await t.store.snapshot();
    const broken = 'candidate,name,kind,date,value\nann-roy,Ann Roy,book,2019-04-01,1\nann-roy,Ann Roy,talk,yesterday,\nbob-roy,,audience,,-5\n';
    const r = await upload([{ name: 'good.csv', content: 'candidate,name,kind,date\ncarl-roy,Carl Roy,article,2020-01-01\n' }, { name: 'broken.csv', content: broken }]);
    assert.equal(r.statusCode, 202);
    const job = await waitForJob(t.app, r.json().id);
    assert.equal(job.status, 'failed');
    const p = job.problem as { type: string; status: number; instance: string; detail: string; errors: { in: string; file: string; line: number; column: string | null; detail: string }[] };
    assert.equal(p.type, 'urn:eclaireur:problem:import-problems');
    assert.equal(p.status, 422);
    assert.equal(p.instance, `/api/jobs/${r.json().id}`);
    // Every problem, in line order: a date that is not one; a negative audience with no platform; a candidate with no name.
    assert.deepEqual(
      p.errors.map((e) => [e.in, e.file, e.line, e.column]),
      [
        ['file', 'broken.csv', 3, 'date'],
        ['file', 'broken.csv', 4, 'value'],
        ['file', 'broken.csv', 4, 'platform'],
        ['file', 'broken.csv', 4, 'name'],
      ],
    );
    assert.ok(p.errors.every((e) => e.detail.length > 10));
    assert.deepEqual(await t.store.snapshot(), snapshot);
    assert.deepEqual(uploadsLeft(), []);
  });

  it('answers the problems of French users in French', async () => {
    const r = await upload([{ name: 'cassé.csv', content: 'candidat;nom;type;date\nann;Ann;livre;hier\n' }], '', { 'accept-language': 'fr-CA' });
    const job = await waitForJob(t.app, r.json().id);
    const p = job.problem as { title: string; errors: { detail: string; file: string }[] };
    assert.equal(p.title, 'Les fichiers ont des problèmes ; rien n’a été importé');
    assert.equal(p.errors[0].file, 'cassé.csv');
    assert.match(p.errors[0].detail, /n’est pas une date/);
  });

  it('refuses what it cannot import, before any job, and keeps no temporary file', async () => {
    const jobs = t.app.eclaireur.jobs.list().length;
    const pdf = await upload([{ name: 'rapport.pdf', content: '%PDF-1.7' }]);
    assert.equal(pdf.statusCode, 415);
    assert.equal(pdf.json().type, 'urn:eclaireur:problem:unsupported-file');
    assert.deepEqual(pdf.json().errors.map((e: { in: string; file: string }) => [e.in, e.file]), [['file', 'rapport.pdf']]);
    const json = await t.app.inject({ method: 'POST', url: `${base}/imports`, payload: { file: 'preuves.csv' } });
    assert.equal(json.statusCode, 415);
    const noFile = await upload([{ name: '', field: 'locale', content: 'fr' }]);
    assert.equal(noFile.statusCode, 400);
    assert.deepEqual(noFile.json().errors.map((e: { in: string; field: string }) => [e.in, e.field]), [['body', 'file']]);
    const badLocale = await upload([{ name: 'preuves.csv', content: PREUVES }], '?locale=de');
    assert.equal(badLocale.statusCode, 400);
    assert.deepEqual(badLocale.json().errors.map((e: { in: string; field: string }) => [e.in, e.field]), [['querystring', 'locale']]);
    assert.equal((await t.app.inject({ method: 'POST', url: `/api/fields/999/imports`, ...multipart([{ name: 'a.csv', content: PREUVES }]) })).statusCode, 404);
    assert.equal(t.app.eclaireur.jobs.list().length, jobs, 'no job was started');
    assert.deepEqual(uploadsLeft(), []);
  });

  it('refuses a file above the upload limit (413) and removes what it had written', async () => {
    const small = await testServer({ demo: false, maxUploadBytes: 1000 });
    try {
      const ws = await small.store.ensureWorkspace('w');
      const f = await small.store.createField({ workspaceId: ws.id, topic: 'Petit', region: null, languages: ['fr'] });
      const big = 'candidate,name,kind,date\n' + 'ann,Ann,book,2019-01-01\n'.repeat(200);
      const r = await postFiles(small.app, `/api/fields/${f.id}/imports`, [{ name: 'gros.csv', content: big }]);
      assert.equal(r.statusCode, 413);
      assert.equal(r.json().type, 'urn:eclaireur:problem:payload-too-large');
      assert.deepEqual(readdirSync(small.dir).filter((x) => x.startsWith('eclaireur-upload-')), []);
      assert.equal((await small.store.counts(f.id)).evidence, 0);
    } finally {
      await small.close();
    }
  });
});

describe('templates', () => {
  it('downloads the CSV template with French or English column names', async () => {
    const fr = await t.app.inject({ method: 'GET', url: '/api/templates/fr/csv' });
    assert.equal(fr.statusCode, 200);
    assert.match(String(fr.headers['content-type']), /^text\/csv/);
    assert.equal(fr.headers['content-disposition'], 'attachment; filename="eclaireur-modele.csv"');
    assert.match(fr.body, /^\ufeffcandidat;nom;type;date;valeur/);
    const en = await t.app.inject({ method: 'GET', url: '/api/templates/en/csv' });
    assert.match(en.body, /^\ufeffcandidate,name,kind,date,value/);
  });

  it('downloads the XLSX template, a workbook with its guide sheet', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/templates/fr/xlsx' });
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['content-disposition'], 'attachment; filename="eclaireur-modele.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['preuves', 'guide']);
    assert.equal(wb.worksheets[0].getRow(1).getCell(1).value, 'candidat');
  });

  it('refuses an unknown language or format (400 naming it)', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/templates/de/pdf' });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(r.json().errors.map((e: { field: string }) => e.field).sort(), ['format', 'lang']);
  });
});

describe('a streamed upload on a real socket', () => {
  it('writes a multi-MB file to disk as it arrives, without holding it in memory, and the job reports the bytes read', async (ctx) => {
    const file = join(t.dir, 'evidence-big.csv');
    const written = writeImportCsv(file, 400_000);
    const size = statSync(file).size;
    assert.ok(size > 25e6, `${size} bytes`);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // Live memory once settled: V8 frees array buffers on a background thread after a
    // collection, so take the least of a few collections a moment apart.
    const live = async (): Promise<number> => {
      let least = Infinity;
      for (let i = 0; i < 5; i++) {
        gc();
        await new Promise((r) => setTimeout(r, 30));
        const m = process.memoryUsage();
        least = Math.min(least, m.heapUsed + m.external);
      }
      return least;
    };
    const address = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="evidence-big.csv"\r\nContent-Type: text/csv\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
    const baseline = await live();
    const started = Date.now();
    const req = request({
      host: address.hostname,
      port: address.port,
      method: 'POST',
      path: `${base}/imports`,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': head.length + size + tail.length },
    });
    const response = new Promise<{ status: number; location: string | undefined; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location, body }));
      });
      req.on('error', reject);
    });
    response.catch(() => {}); // awaited below; if the test fails first, the request is destroyed
    // The first 60 % of the file, then a pause: the server must already have it on disk.
    // (Should an assertion fail meanwhile, the half-sent request is ended with the test.)
    ctx.after(() => void req.destroy());
    req.write(head);
    const cut = Math.floor(size * 0.6);
    await pipeline(createReadStream(file, { end: cut - 1 }), req, { end: false });
    const part = () => {
      const dirs = uploadsLeft();
      return dirs.length === 1 ? statSync(join(t.dir, dirs[0], '0', 'evidence-big.csv'), { throwIfNoEntry: false })?.size ?? 0 : 0;
    };
    for (let i = 0; i < 400 && part() < cut * 0.9; i++) await new Promise((r) => setTimeout(r, 25));
    const onDisk = part();
    assert.ok(onDisk >= cut * 0.9, `only ${onDisk} of the ${cut} bytes sent are on disk while the request is open`);
    const growth = (await live()) - baseline;
    // Streamed: the live memory holds a few chunks, not the megabytes already received
    // (buffered, it would have grown by all of them).
    assert.ok(growth < onDisk * 0.25, `live memory grew by ${(growth / 1e6).toFixed(1)} MB with ${(onDisk / 1e6).toFixed(1)} MB received`);
    await pipeline(createReadStream(file, { start: cut }), req, { end: false });
    req.end(tail);
    const res = await response;
    const uploadMs = Date.now() - started;
    assert.equal(res.status, 202, res.body);
    const id = (JSON.parse(res.body) as { id: string }).id;
    assert.equal(res.location, `/api/jobs/${id}`);

    // Follow the job as a page would, over HTTP.
    const seen: number[] = [];
    let job: { status: string; progress: { done: number; total: number; unit: string } | null; result?: { rows: number; files: { bytes: number }[] } };
    for (;;) {
      job = (await (await fetch(`${address.origin}/api/jobs/${id}`)).json()) as typeof job;
      if (job.progress?.unit === 'bytes') {
        assert.equal(job.progress.total, size);
        seen.push(job.progress.done);
      }
      if (job.status === 'succeeded' || job.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    assert.equal(job.result!.rows, written.rows);
    assert.equal(job.result!.files[0].bytes, size);
    assert.ok(seen.some((d) => d > 0 && d < size), `no intermediate progress seen: ${seen.slice(0, 8).join(', ')}`);
    assert.deepEqual(seen, [...seen].sort((a, b) => a - b), 'progress only grows');
    assert.equal(seen.at(-1), size);
    assert.deepEqual(uploadsLeft(), []);
    ctx.diagnostic(`upload of ${(size / 1e6).toFixed(1)} MB: ${uploadMs} ms with a pause; live memory +${(growth / 1e6).toFixed(2)} MB with ${(onDisk / 1e6).toFixed(1)} MB on disk`);
  });

  it('forgets an upload the client abandons halfway: no job, no temporary file', async () => {
    const address = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }).catch(() => `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`));
    const jobs = t.app.eclaireur.jobs.list().length;
    const req = request({
      host: address.hostname,
      port: address.port,
      method: 'POST',
      path: `${base}/imports`,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': 10_000_000 },
    });
    req.on('error', () => {});
    req.write(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="moitie.csv"\r\n\r\n`);
    req.write('candidate,name,kind,date\n' + 'ann-roy,Ann Roy,book,2019-01-01\n'.repeat(20_000));
    for (let i = 0; i < 200 && uploadsLeft().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(uploadsLeft().length, 1, 'the upload was being written');
    req.destroy();
    for (let i = 0; i < 200 && uploadsLeft().length > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(uploadsLeft(), []);
    assert.equal(t.app.eclaireur.jobs.list().length, jobs);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
  });
});
