import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { openStore } from '../index.js';
import { migrationProvider } from './index.js';

describe('migration 0008: a run’s result in its own table', () => {
  it('finishes a migration interrupted after its first step (the new table there, the results not yet moved)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eclaireur-0008-'));
    const file = join(dir, 'half.db');
    try {
      const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
      await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo('0007_rank_bands');
      await sql`insert into workspaces (name, created_at) values ('w', 'x')`.execute(db);
      await sql`insert into fields (workspace_id, topic, region, languages, created_at) values (1, 'T', null, '["fr"]', 'x')`.execute(db);
      await sql`insert into ranking_runs (field_id, label, fingerprint, as_of, config, result, created_at) values (1, 'a', 'f', null, '{}', '{"x":1}', 'y'), (1, 'b', 'f', null, '{}', '{"x":2}', 'y')`.execute(db);
      await sql`create table ranking_run_results (run_id integer primary key references ranking_runs (id) on delete cascade, result text not null)`.execute(db);
      await sql`insert into ranking_run_results values (1, '{"x":1}')`.execute(db);
      await db.destroy();
      const store = await openStore({ db: file });
      try {
        assert.equal((await store.getRun(1, 'a'))?.result, '{"x":1}');
        assert.equal((await store.getRun(1, 'b'))?.result, '{"x":2}');
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves the results of a store at 0007 and reads them back; a summary no longer holds one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eclaireur-0008-'));
    const file = join(dir, 'old.db');
    try {
      const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
      const { error } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo('0007_rank_bands');
      assert.equal(error, undefined);
      await sql`insert into workspaces (name, created_at) values ('w', 'x')`.execute(db);
      await sql`insert into fields (workspace_id, topic, region, languages, created_at) values (1, 'T', null, '["fr"]', 'x')`.execute(db);
      for (const [label, result] of [
        ['a', '{"entries":[1]}'],
        ['b', '{"entries":[2,3]}'],
      ]) {
        await sql`insert into ranking_runs (field_id, label, fingerprint, as_of, config, result, created_at) values (1, ${label}, 'f', null, '{}', ${result}, '2026-01-01T00:00:00Z')`.execute(db);
      }
      await db.destroy();

      const store = await openStore({ db: file });
      try {
        assert.equal((await store.getRun(1, 'a'))?.result, '{"entries":[1]}');
        assert.equal((await store.getRun(1, 'b'))?.result, '{"entries":[2,3]}');
        assert.deepEqual(await store.findRun(1, 'b'), { id: 2, label: 'b', fingerprint: 'f', asOf: null, createdAt: '2026-01-01T00:00:00Z' });
        const columns = (await sql<{ name: string }>`select name from pragma_table_info('ranking_runs')`.execute(store.db)).rows.map((r) => r.name);
        assert.ok(!columns.includes('result'), columns.join());
        // Saved again under the same label: the same id, the new result.
        await store.saveRun(1, 'a', { fingerprint: 'g', config: { asOf: null } as never }, '{"entries":[4]}');
        assert.equal((await store.getRun(1, 'a'))?.result, '{"entries":[4]}');
        assert.equal((await store.getRun(1, 'a'))?.id, 1);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
