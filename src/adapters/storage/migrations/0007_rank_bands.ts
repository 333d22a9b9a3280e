/**
 * Migration 0007: published bands of the external rankings (issue 5). An entry published in a
 * band ("101–150") keeps the band's end in `external_ranking_entries.band_end` (its `rank` is
 * the band's first position), so that it occupies the band's whole interval and not a tie at
 * the band's first position; null for an entry at a single position (every entry before this
 * migration). `match_queue.band_end` keeps it for a doubtful entry until it is reviewed.
 */
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema.js';

export function rankBandsMigration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('external_ranking_entries').addColumn('band_end', 'integer').execute();
      await db.schema.alterTable('match_queue').addColumn('band_end', 'integer').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('match_queue').dropColumn('band_end').execute();
      await db.schema.alterTable('external_ranking_entries').dropColumn('band_end').execute();
    },
  };
}
