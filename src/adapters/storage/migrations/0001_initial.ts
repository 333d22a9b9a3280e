/**
 * Migration 0001: the initial schema (workspaces, sources, fields, candidates, identities,
 * evidence, external rankings and their entries, ranking runs, imports), written with Kysely's schema
 * builder so the same code creates it on SQLite and PostgreSQL. The only dialect differences
 * are the auto-increment id columns, spelled by `idColumn`.
 */
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema.js';

/** Adds an auto-increment integer primary key `id`. */
function idColumn<T extends string>(t: CreateTableBuilder<T, never>, dialect: DialectName): CreateTableBuilder<T, 'id'> {
  if (dialect === 'postgres') return t.addColumn('id', 'serial', (c) => c.primaryKey());
  return t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

export function initialMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await idColumn(db.schema.createTable('workspaces'), dialect)
        .addColumn('name', 'text', notNull)
        .addColumn('created_at', 'text', notNull)
        .addUniqueConstraint('workspaces_name_key', ['name'])
        .execute();

      // The files facts came from, each stored once: rows keep a source_id and their line.
      // (Rows refer to them without a foreign key: see evidence.source_id.)
      await idColumn(db.schema.createTable('sources'), dialect)
        .addColumn('file', 'text', notNull)
        .addUniqueConstraint('sources_file_key', ['file'])
        .execute();

      await idColumn(db.schema.createTable('fields'), dialect)
        .addColumn('workspace_id', 'integer', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('topic', 'text', notNull)
        .addColumn('region', 'text')
        .addColumn('languages', 'text', notNull)
        .addColumn('created_at', 'text', notNull)
        .addUniqueConstraint('fields_workspace_topic_key', ['workspace_id', 'topic'])
        .execute();

      await idColumn(db.schema.createTable('candidates'), dialect)
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('key', 'text', notNull)
        .addColumn('name', 'text', notNull)
        .addUniqueConstraint('candidates_field_key_key', ['field_id', 'key'])
        .execute();

      await idColumn(db.schema.createTable('identities'), dialect)
        .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
        .addColumn('platform', 'text', notNull)
        .addColumn('handle', 'text')
        .addColumn('url', 'text')
        .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('source_id', 'integer') // sources.id (see evidence)
        .addColumn('source_line', 'integer')
        .execute();
      // NULLs are distinct in unique indexes on both databases: key on coalesce() instead.
      await sql`create unique index identities_natural_key on identities (candidate_id, platform, coalesce(handle, ''), coalesce(url, ''))`.execute(db);

      // Keyed on (candidate, natural key): idempotent imports (ON CONFLICT DO NOTHING) and
      // per-candidate loads. Clustered on SQLite (WITHOUT ROWID): one B-tree to fill, not two.
      let evidence = db.schema
        .createTable('evidence')
        .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
        .addColumn('kind', 'text', notNull)
        .addColumn('kind_code', 'integer', notNull)
        .addColumn('date', 'text')
        .addColumn('value', 'double precision')
        .addColumn('platform', 'text')
        .addColumn('peer', 'text')
        .addColumn('country', 'text')
        .addColumn('language', 'text')
        .addColumn('fake_share', 'double precision')
        .addColumn('source_url', 'text')
        .addColumn('attributes', 'text')
        // sources.id. Not declared as a foreign key (here nor in identities and entries): the
        // store writes only ids it has just read, and the check would cost a lookup per row of
        // the bulk tables (~7 % of SQLite's insert).
        .addColumn('source_id', 'integer')
        .addColumn('source_line', 'integer')
        // Byte order on PostgreSQL: the key is ASCII, and "C" compares it without the locale.
        .addColumn('nk', dialect === 'postgres' ? sql`text collate "C"` : 'text', notNull)
        .addPrimaryKeyConstraint('evidence_pkey', ['candidate_id', 'nk']);
      if (dialect === 'sqlite') evidence = evidence.modifyEnd(sql`without rowid`);
      await evidence.execute();

      await idColumn(db.schema.createTable('external_rankings'), dialect)
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('name', 'text', notNull)
        .addColumn('year', 'integer')
        .addColumn('source_url', 'text')
        .addColumn('size', 'integer', notNull)
        .execute();
      await sql`create unique index external_rankings_natural_key on external_rankings (field_id, name, coalesce(year, -1))`.execute(db);

      await db.schema
        .createTable('external_ranking_entries')
        .addColumn('ranking_id', 'integer', (c) => c.notNull().references('external_rankings.id').onDelete('cascade'))
        .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
        .addColumn('rank', 'integer', notNull)
        .addColumn('name', 'text', notNull)
        .addColumn('source_id', 'integer') // sources.id (see evidence)
        .addColumn('source_line', 'integer')
        .addPrimaryKeyConstraint('external_ranking_entries_pkey', ['ranking_id', 'candidate_id'])
        .execute();
      await db.schema.createIndex('external_ranking_entries_candidate').on('external_ranking_entries').column('candidate_id').execute();

      await idColumn(db.schema.createTable('ranking_runs'), dialect)
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('label', 'text', notNull)
        .addColumn('fingerprint', 'text', notNull)
        .addColumn('as_of', 'text')
        .addColumn('config', 'text', notNull)
        .addColumn('result', 'text', notNull)
        .addColumn('created_at', 'text', notNull)
        .addUniqueConstraint('ranking_runs_field_label_key', ['field_id', 'label'])
        .execute();

      await idColumn(db.schema.createTable('imports'), dialect)
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('file', 'text', notNull)
        .addColumn('rows', 'integer', notNull)
        .addColumn('inserted', 'integer', notNull)
        .addColumn('created_at', 'text', notNull)
        .execute();
      await db.schema.createIndex('imports_field').on('imports').column('field_id').execute();
    },

    async down(db: Kysely<any>): Promise<void> {
      for (const t of ['imports', 'ranking_runs', 'external_ranking_entries', 'external_rankings', 'evidence', 'identities', 'candidates', 'fields', 'sources', 'workspaces']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
