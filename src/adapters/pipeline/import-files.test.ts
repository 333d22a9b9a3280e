/**
 * The two-thread import (importFiles) against the one-thread path it replaces in the CLI
 * (readImportFile of each file, then applyImport of the merged batch): the same problems,
 * counts and stored rows, with chunks small enough that the writer stores many of them before
 * the reader has finished; and nothing stored when a problem comes after chunks were written.
 * On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { writeImportCsv } from '../../../bench/generate.js';
import type { ImportBatch, InputProblem } from '../../core/domain.js';
import { readImportFile } from '../import/index.js';
import { openStore, type ImportCounts, type Store } from '../storage/index.js';
import { importFiles } from './import-files.js';

const PG_URL = process.env.TEST_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'eclaireur-pipeline-'));
let admin: pg.Pool | null = null;
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await admin?.end();
});

type Open = () => Promise<{ store: Store; drop: () => Promise<void> }>;

const sqlite: Open = async () => {
  const file = join(dir, `t-${randomBytes(6).toString('hex')}.db`);
  const store = await openStore({ db: file });
  return { store, drop: async () => {} };
};

const postgres: Open = async () => {
  const schema = `p_${process.pid}_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl: PG_URL!, pgSchema: schema });
  return {
    store,
    drop: async () => {
      admin ??= new pg.Pool({ connectionString: PG_URL, max: 2 });
      await admin.query(`drop schema if exists ${schema} cascade`);
    },
  };
};

async function field(store: Store): Promise<number> {
  const ws = await store.ensureWorkspace('test');
  return (await store.createField({ workspaceId: ws.id, topic: 'Pipeline', region: 'CA-QC', languages: ['fr', 'en'] })).id;
}

function merge(batches: ImportBatch[]): ImportBatch {
  const out: ImportBatch = { candidates: [], identities: [], evidence: [], externalRanks: [] };
  const seen = new Set<string>();
  for (const b of batches) {
    for (const c of b.candidates) if (!seen.has(c.key)) (seen.add(c.key), out.candidates.push(c));
    out.identities.push(...b.identities);
    out.evidence.push(...b.evidence);
    out.externalRanks.push(...b.externalRanks);
  }
  return out;
}

/** The one-thread path: every file read, then the merged batch applied. */
async function oneThread(store: Store, fieldId: number, files: string[]): Promise<{ problems: InputProblem[]; counts: ImportCounts | null }> {
  const problems: InputProblem[] = [];
  const batches: ImportBatch[] = [];
  for (const f of files) {
    const r = await readImportFile(f);
    problems.push(...r.problems);
    batches.push(r.batch);
  }
  if (problems.length > 0) return { problems, counts: null };
  return { problems, counts: await store.applyImport(fieldId, merge(batches), files.join(', ')) };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const generated = join(dir, 'generated.csv');
writeImportCsv(generated, 6000);

// A name given only on a later line, a candidate that only has an identity, a row set aside
// as ambiguous (1,500 settled as English by 12,345.6 further down), a second file that
// repeats a candidate and a fact of the first, and JSON.
const first = file(
  'first.csv',
  [
    'candidate,name,kind,date,value,platform,handle,url,verified,list,list_year,list_size',
    'ana,,post,2024-01-05,,linkedin,,,,,,',
    'ana,,audience,2024-02-01,"1,500",linkedin,,,,,,',
    'ben,Ben Tremblay,identity,,,x,@ben,,yes,,,',
    'ana,Ana Roy,post,2024-01-06,,linkedin,,,,,,',
    'cleo,Cléo Gagnon,audience,2024-03-01,"12,345.6",youtube,,,,,,',
    'cleo,,external_rank,,7,,,,,Top 100,2023,100',
    'ben,,identity,,,x,@ben,,no,,,',
  ].join('\n'),
);
const second = file(
  'second.csv',
  ['candidate,name,kind,date,platform', 'ana,Ana Roy,post,2024-01-05,linkedin', 'dan,Dan Côté,post,2024-05-05,bluesky'].join('\n'),
);
const third = file('third.json', JSON.stringify([{ candidate: 'eve', name: 'Ève Lavoie', kind: 'post', date: '2024-06-01', platform: 'mastodon' }]));
const broken = file(
  'broken.csv',
  ['candidate,name,kind,date,platform', ...Array.from({ length: 3000 }, (_, i) => `c${i % 50},Person ${i % 50},post,2024-01-${String((i % 28) + 1).padStart(2, '0')},linkedin`), 'c1,,post,not a date,linkedin'].join(
    '\n',
  ),
);

const targets: [string, Open, boolean][] = [
  ['SQLite', sqlite, false],
  ['PostgreSQL', postgres, !PG_URL],
];

for (const [name, open, skip] of targets) {
  describe(`importFiles on ${name}`, { skip: skip ? 'TEST_DATABASE_URL is not set' : false }, () => {
    async function both(files: string[], chunkRows: number) {
      const a = await open();
      const b = await open();
      try {
        const fa = await field(a.store);
        const fb = await field(b.store);
        const seen: string[] = [];
        const piped = await importFiles(a.store, fa, files, { chunkRows, maxInFlight: 2, onFile: (f, rows) => seen.push(`${f}:${rows}`) });
        const plain = await oneThread(b.store, fb, files);
        return { piped, plain, seen, snapA: await a.store.snapshot(), snapB: await b.store.snapshot(), a, b, fa };
      } finally {
        await a.store.close();
        await b.store.close();
        await a.drop();
        await b.drop();
      }
    }

    it('stores a generated file in many chunks exactly as the one-thread path does', async () => {
      const r = await both([generated], 500);
      assert.deepEqual(r.piped.problems, []);
      assert.equal(r.piped.rows, 6000);
      assert.deepEqual(r.piped.counts, r.plain.counts);
      assert.ok(r.piped.counts!.evidence > 4000, `evidence stored: ${r.piped.counts!.evidence}`);
      assert.deepEqual(r.snapA, r.snapB);
      assert.deepEqual(r.seen, [`${generated}:6000`]);
    });

    it('gives late names, identities, set-aside rows, several files and JSON the same result', async () => {
      const r = await both([first, second, third], 1);
      assert.deepEqual(r.piped.problems, []);
      assert.deepEqual(r.piped.counts, r.plain.counts);
      assert.deepEqual(r.snapA, r.snapB);
      const names = r.snapA.candidates.map((c) => `${c.key}=${c.name}`).sort();
      assert.deepEqual(names, ['ana=Ana Roy', 'ben=Ben Tremblay', 'cleo=Cléo Gagnon', 'dan=Dan Côté', 'eve=Ève Lavoie']);
      const verified = r.snapA.identities.map((i) => i.verified);
      assert.deepEqual(verified, [1]);
      const audiences = r.snapA.evidence.filter((e) => e.kind === 'audience').map((e) => e.value);
      assert.deepEqual(audiences.sort(), [12345.6, 1500]);
    });

    it('writes nothing when a problem comes after chunks were stored, and reports it like readImportFile', async () => {
      const { store, drop } = await open();
      try {
        const f = await field(store);
        await importFiles(store, f, [second]);
        const before = await store.snapshot();
        let chunks = 0;
        const r = await importFiles(store, f, [broken, first], { chunkRows: 100, maxInFlight: 1, onProgress: (done, total) => void (done < total && chunks++) });
        assert.equal(r.counts, null);
        assert.ok(chunks > 0, 'chunks were written before the problem was found');
        const expected = (await readImportFile(broken)).problems;
        assert.equal(expected.length, 1);
        assert.deepEqual(r.problems, expected);
        assert.match(r.problems[0].message, /date/i);
        assert.deepEqual(await store.snapshot(), before);
      } finally {
        await store.close();
        await drop();
      }
    });

    it('reports a missing file as a problem and writes nothing', async () => {
      const { store, drop } = await open();
      try {
        const f = await field(store);
        const before = await store.snapshot();
        const r = await importFiles(store, f, [second, join(dir, 'nowhere.csv')]);
        assert.equal(r.counts, null);
        assert.equal(r.problems.length, 1);
        assert.match(r.problems[0].message, /no such file/);
        assert.deepEqual(await store.snapshot(), before);
      } finally {
        await store.close();
        await drop();
      }
    });

    it('does not lose the reader\'s messages while the transaction is slow to begin', { timeout: 20_000 }, async () => {
      const { store, drop } = await open();
      try {
        const f = await field(store);
        const begin = store.importSession.bind(store);
        // A transaction that takes a second to begin (a remote server, a lock): the reader has
        // long sent everything for this small file by then.
        const slow: Store = Object.create(store) as Store;
        slow.importSession = (id, file, body) => begin(id, file, async (s) => (await new Promise((r) => setTimeout(r, 1000)), body(s)));
        const r = await Promise.race([importFiles(slow, f, [second]), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000))]);
        assert.notEqual(r, 'hung');
        assert.deepEqual((r as Awaited<ReturnType<typeof importFiles>>).counts, { candidates: 2, identities: 0, evidence: 2, externalRanks: 0 });
      } finally {
        await store.close();
        await drop();
      }
    });

    it('is idempotent: the same files again add nothing', async () => {
      const { store, drop } = await open();
      try {
        const f = await field(store);
        const once = await importFiles(store, f, [first, second], { chunkRows: 2 });
        assert.ok(once.counts!.evidence > 0);
        const snap = await store.snapshot();
        const twice = await importFiles(store, f, [first, second], { chunkRows: 2 });
        assert.deepEqual(twice.counts, { candidates: 0, identities: 0, evidence: 0, externalRanks: 0 });
        assert.deepEqual(await store.snapshot(), snap);
      } finally {
        await store.close();
        await drop();
      }
    });
  });
}
