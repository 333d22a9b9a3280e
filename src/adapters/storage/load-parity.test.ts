/**
 * The store loads exactly the table that the core builds from the same records in memory
 * (`scoringInputFromBatch`): same canonical order, same values, same fingerprint — on SQLite,
 * and on PostgreSQL when TEST_DATABASE_URL is set. This is what makes a ranking byte-identical
 * whichever database holds the evidence.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { DEMO_FIELD, generateDemo } from '../demo/index.js';
import { scoringInputFromBatch } from '../../core/evidence/from-batch.js';
import { resolveConfig } from '../../core/ranking/config.js';
import { fingerprint } from '../../core/ranking/fingerprint.js';
import { type Store, openStore } from './index.js';

const PG_URL = process.env.TEST_DATABASE_URL;

async function check(store: Store): Promise<void> {
  const ws = await store.ensureWorkspace('parity');
  for (const bands of [false, true]) {
    const batch = generateDemo({ candidates: 60 });
    // Lists whose size is declared on some entries only, or not at all: the store keeps one size per list.
    batch.externalRanks = batch.externalRanks.map((r, i) => ({ ...r, listSize: i % 3 === 0 ? null : r.listSize }));
    batch.externalRanks.push({ ...batch.externalRanks[0], list: 'Undeclared size list', year: 2024, listSize: null, rank: 7 });
    if (bands) {
      // A band 101–150 naming two candidates, another ending beyond any declared size, and a
      // band of one position (stored as the position itself).
      const keys = [...new Set(batch.candidates.map((c) => c.key))].slice(0, 4);
      const e = (k: string, rank: number, bandEnd: number) => ({ ...batch.externalRanks[0], candidateKey: k, list: 'Banded list', year: 2024, listSize: 120, rank, bandEnd });
      batch.externalRanks.push(e(keys[0], 101, 150), e(keys[1], 101, 150), e(keys[2], 7, 7), e(keys[3], 151, 200));
    }
    const fieldSpec = bands ? { ...DEMO_FIELD, topic: `${DEMO_FIELD.topic} (bands)` } : DEMO_FIELD;
    const field = await store.createField({ workspaceId: ws.id, ...fieldSpec });
    await store.applyImport(field.id, batch, 'demo');
    const loaded = await store.loadScoringInput(field.id);
    const built = scoringInputFromBatch(batch, fieldSpec);
    assert.deepEqual(loaded.candidates, built.candidates);
    assert.equal(loaded.table.rows, built.table.rows);
    assert.deepEqual(loaded.table.strings, built.table.strings);
    for (const col of ['offsets', 'kind', 'day', 'value', 'value2', 'key', 'country', 'language'] as const) {
      assert.deepEqual(Array.from(loaded.table[col]), Array.from(built.table[col]), `column ${col}`);
    }
    // Without bands the table has no third value column (and fingerprints as before it existed).
    assert.equal(loaded.table.value3 === undefined, !bands, 'value3 present only with bands');
    if (bands) assert.deepEqual(Array.from(loaded.table.value3!), Array.from(built.table.value3!), 'column value3');
    const cfg = resolveConfig({ asOf: '2026-11-27' });
    assert.equal(fingerprint(loaded, cfg), fingerprint(built, cfg));
  }
}

describe('the stored evidence loads as the core builds it', () => {
  it('on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eclaireur-parity-'));
    const store = await openStore({ db: join(dir, 'p.db') });
    try {
      await check(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on PostgreSQL', { skip: PG_URL ? false : 'TEST_DATABASE_URL is not set' }, async () => {
    const schema = `parity_${process.pid}_${randomBytes(4).toString('hex')}`;
    const store = await openStore({ databaseUrl: PG_URL!, pgSchema: schema });
    try {
      await check(store);
    } finally {
      await store.close();
      const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  });

  it('on PostgreSQL, beside another store’s schema in the same database', { skip: PG_URL ? false : 'TEST_DATABASE_URL is not set' }, async () => {
    // Kysely's migrator looks for its tables in every schema: without our fix it found the
    // first store's and failed with 'relation "kysely_migration_lock" does not exist'.
    const a = `sidea_${process.pid}_${randomBytes(4).toString('hex')}`;
    const b = `sideb_${process.pid}_${randomBytes(4).toString('hex')}`;
    const first = await openStore({ databaseUrl: PG_URL!, pgSchema: a });
    const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
    try {
      const second = await openStore({ databaseUrl: PG_URL!, pgSchema: b });
      await second.ensureWorkspace('b');
      await second.close();
      const tables = await admin.query(`select table_name from information_schema.tables where table_schema = $1 order by 1`, [b]);
      assert.ok(tables.rows.some((r: { table_name: string }) => r.table_name === 'kysely_migration'));
    } finally {
      await first.close();
      await admin.query(`drop schema if exists ${a} cascade`);
      await admin.query(`drop schema if exists ${b} cascade`);
      await admin.end();
    }
  });
});
