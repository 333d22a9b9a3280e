/**
 * Migration 0002: the field's interaction graph (issue 4). `graph_nodes` are the accounts of a
 * field's imported edge lists, by normalised name (core/graph/handles.ts); `graph_edges` the
 * edges between them, one per (source, target, kind), with a weight. Which node is which
 * candidate is not stored: it is worked out at load time from the identities, so identities
 * imported after the graph count too.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema.js';

export function fieldGraphMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      let nodes = db.schema.createTable('graph_nodes');
      nodes = dialect === 'postgres' ? nodes.addColumn('id', 'serial', (c) => c.primaryKey()) : nodes.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await nodes
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        // Code-point order on PostgreSQL too (the canonical order of the loaded graph).
        .addColumn('name', dialect === 'postgres' ? sql`text collate "C"` : 'text', (c) => c.notNull())
        .addUniqueConstraint('graph_nodes_natural_key', ['field_id', 'name'])
        .execute();
      let edges = db.schema
        .createTable('graph_edges')
        .addColumn('field_id', 'integer', (c) => c.notNull().references('fields.id').onDelete('cascade'))
        .addColumn('source', 'integer', (c) => c.notNull())
        .addColumn('target', 'integer', (c) => c.notNull())
        .addColumn('kind', dialect === 'postgres' ? sql`text collate "C"` : 'text', (c) => c.notNull())
        .addColumn('weight', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('graph_edges_pkey', ['field_id', 'source', 'target', 'kind']);
      if (dialect === 'sqlite') edges = edges.modifyEnd(sql`without rowid`);
      await edges.execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('graph_edges').execute();
      await db.schema.dropTable('graph_nodes').execute();
    },
  };
}
