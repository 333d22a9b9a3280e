/**
 * Migration 0006: the maturity diagnostic (issue 6). `maturity_assessments` keeps every
 * assessment of a field: the day it was made (one per day: answering again the same day
 * replaces it), the questionnaire version it answered, the answers (JSON, question id →
 * 0–4) and the stage the rule placed the organisation on.
 */
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema.js';

export function maturityMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      let t = db.schema.createTable('maturity_assessments');
      t = dialect === 'postgres' ? t.addColumn('id', 'serial', (c) => c.primaryKey()) : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await t
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('assessed_on', 'text', (c) => c.notNull())
        .addColumn('questionnaire_version', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('maturity_assessments_natural_key', ['field_id', 'assessed_on'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('maturity_assessments').execute();
    },
  };
}
