/**
 * Migration 0004: audience quality (issue 3). `follower_samples` keeps each imported sample of
 * a candidate's followers — the profiles as a block of numbers (core/audience/profile.ts
 * PROFILE_FIELDS, float64 little-endian, NaN = not given) and their lines — so that it can be
 * audited again by a later model; `audience_audits` keeps every audit with the model version,
 * the sample's fingerprint, the estimate and its interval (the `audience` fact the ranking reads
 * is written in the same transaction).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema.js';

export function audienceMigration(dialect: DialectName): Migration {
  const text = dialect === 'postgres' ? sql`text collate "C"` : 'text';
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  const id = (t: ReturnType<Kysely<any>['schema']['createTable']>) => (dialect === 'postgres' ? t.addColumn('id', 'serial', (c) => c.primaryKey()) : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()));
  return {
    async up(db: Kysely<any>): Promise<void> {
      await id(db.schema.createTable('follower_samples'))
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('candidate_key', text, (c) => c.notNull())
        .addColumn('platform', text, (c) => c.notNull())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('observed_on', 'text')
        .addColumn('rows_read', 'integer', (c) => c.notNull())
        .addColumn('usable', 'integer', (c) => c.notNull())
        .addColumn('profiles', blob, (c) => c.notNull())
        .addColumn('lines', blob, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('follower_samples_natural_key', ['field_id', 'candidate_key', 'platform', 'sha256'])
        .execute();
      await id(db.schema.createTable('audience_audits'))
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('candidate_key', text, (c) => c.notNull())
        .addColumn('platform', text, (c) => c.notNull())
        .addColumn('sample_sha256', 'text', (c) => c.notNull())
        .addColumn('model_version', 'text', (c) => c.notNull())
        .addColumn('observed_on', 'text', (c) => c.notNull())
        .addColumn('followers', 'double precision', (c) => c.notNull())
        .addColumn('sample_size', 'integer', (c) => c.notNull())
        .addColumn('usable', 'integer', (c) => c.notNull())
        .addColumn('flagged', 'integer', (c) => c.notNull())
        .addColumn('fake_share', 'double precision', (c) => c.notNull())
        .addColumn('interval_low', 'double precision', (c) => c.notNull())
        .addColumn('interval_high', 'double precision', (c) => c.notNull())
        .addColumn('level', 'double precision', (c) => c.notNull())
        /** JSON: the suspects and their reasons, sensitivity, specificity, sample size needed. */
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('audience_audits_natural_key', ['field_id', 'candidate_key', 'platform', 'sample_sha256', 'model_version', 'observed_on'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('audience_audits').execute();
      await db.schema.dropTable('follower_samples').execute();
    },
  };
}
