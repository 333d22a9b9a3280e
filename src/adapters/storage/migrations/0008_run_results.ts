/**
 * Migration 0008: a ranking run's result (its whole JSON, tens of MB for 10,000 candidates) in
 * its own table, `ranking_run_results`, one row per run. In `ranking_runs` it sat before
 * `created_at`, and SQLite reads a row's columns in order: reading a run's summary walked the
 * result's overflow pages (13–80 ms for a 32 MB result, on every request for a page of it).
 * Now the summary is a small row, read in microseconds, and the result is read only when a run
 * is parsed.
 *
 * Every step can be run again (the migrator runs `up` without a transaction on SQLite, whose
 * driver Kysely treats as without transactional DDL): a start interrupted in the middle — the
 * copy of gigabytes of results on a full disk — finishes the job at the next start instead of
 * failing on a table that already exists. The old result pages are freed but the file does not
 * shrink: `VACUUM` gives the space back (docs/architecture.md).
 */
import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectName } from '../schema.js';

export function runResultsMigration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('ranking_run_results')
        .ifNotExists()
        .addColumn('run_id', 'integer', (c) => c.primaryKey().references('ranking_runs.id').onDelete('cascade'))
        .addColumn('result', 'text', (c) => c.notNull())
        .execute();
      if (await hasColumn(db, 'ranking_runs', 'result')) {
        await sql`insert into ranking_run_results (run_id, result) select id, result from ranking_runs where id not in (select run_id from ranking_run_results)`.execute(db);
        await db.schema.alterTable('ranking_runs').dropColumn('result').execute();
      }
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('ranking_runs').addColumn('result', 'text', (c) => c.notNull().defaultTo('')).execute();
      await sql`update ranking_runs set result = (select r.result from ranking_run_results r where r.run_id = ranking_runs.id)`.execute(db);
      await db.schema.dropTable('ranking_run_results').execute();
    },
  };
}

async function hasColumn(db: Kysely<any>, table: string, column: string): Promise<boolean> {
  const tables = await db.introspection.getTables();
  return tables.some((t) => t.name === table && t.columns.some((c) => c.name === column));
}
