/**
 * Migration 0005: the thought-leadership strategy (issue 6). `strategies` holds one strategy
 * per field; `strategy_cycles` keeps every cycle of it (plan, act, measure, evaluate, improve):
 * its number (1, 2, …), phase, start date, notes, and the whole strategy as it stood, as JSON
 * of the core's `Strategy` (src/core/strategy/model.ts), validated on the way in.
 */
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema.js';

export function strategyMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      let s = db.schema.createTable('strategies');
      s = dialect === 'postgres' ? s.addColumn('id', 'serial', (c) => c.primaryKey()) : s.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await s
        .addColumn('field_id', 'integer', (c) => c.notNull().unique().references('fields.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      let c = db.schema.createTable('strategy_cycles');
      c = dialect === 'postgres' ? c.addColumn('id', 'serial', (x) => x.primaryKey()) : c.addColumn('id', 'integer', (x) => x.primaryKey().autoIncrement());
      await c
        .addColumn('strategy_id', 'integer', (x) => x.notNull().references('strategies.id').onDelete('cascade'))
        .addColumn('number', 'integer', (x) => x.notNull())
        .addColumn('phase', 'text', (x) => x.notNull())
        .addColumn('started_on', 'text', (x) => x.notNull())
        .addColumn('notes', 'text')
        .addColumn('body', 'text', (x) => x.notNull())
        .addColumn('created_at', 'text', (x) => x.notNull())
        .addUniqueConstraint('strategy_cycles_natural_key', ['strategy_id', 'number'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('strategy_cycles').execute();
      await db.schema.dropTable('strategies').execute();
    },
  };
}
