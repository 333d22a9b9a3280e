/**
 * Migration 0003: matching published lists to candidates (issue 5). `match_queue` holds the
 * entries whose match is doubtful, waiting for a person (`eclaireur match review`);
 * `match_decisions` keeps what the person decided, by the entry's normalised name and
 * identifiers, so that the same entry in a later list is decided the same way.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema.js';

export function matchReviewMigration(dialect: DialectName): Migration {
  const text = dialect === 'postgres' ? sql`text collate "C"` : 'text';
  return {
    async up(db: Kysely<any>): Promise<void> {
      let queue = db.schema.createTable('match_queue');
      queue = dialect === 'postgres' ? queue.addColumn('id', 'serial', (c) => c.primaryKey()) : queue.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await queue
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('entry', text, (c) => c.notNull())
        .addColumn('list', 'text', (c) => c.notNull())
        .addColumn('year', 'integer')
        .addColumn('size', 'integer')
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('identifiers', 'text', (c) => c.notNull())
        .addColumn('proposed', 'text')
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addColumn('alternatives', 'text', (c) => c.notNull())
        .addColumn('file', 'text')
        .addColumn('line', 'integer')
        .addUniqueConstraint('match_queue_natural_key', ['field_id', 'list', 'entry'])
        .execute();
      await db.schema
        .createTable('match_decisions')
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('entry', text, (c) => c.notNull())
        // The candidate's key when accepted; null when rejected (not this field's candidate).
        .addColumn('candidate_key', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('match_decisions_pkey', ['field_id', 'entry'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('match_decisions').execute();
      await db.schema.dropTable('match_queue').execute();
    },
  };
}
