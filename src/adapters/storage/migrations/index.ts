/**
 * The list of migrations, in order, as a static provider for Kysely's Migrator: no filesystem
 * scanning, so it works the same from the TypeScript sources and compiled to dist/. To add a
 * migration, write `000N_name.ts` beside this file and add it here (never edit a released one).
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../schema.js';
import { initialMigration } from './0001_initial.js';
import { fieldGraphMigration } from './0002_field_graph.js';
import { matchReviewMigration } from './0003_match_review.js';
import { audienceMigration } from './0004_audience.js';
import { strategyMigration } from './0005_strategy.js';
import { maturityMigration } from './0006_maturity.js';
import { rankBandsMigration } from './0007_rank_bands.js';
import { runResultsMigration } from './0008_run_results.js';

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '0001_initial': initialMigration(dialect),
        '0002_field_graph': fieldGraphMigration(dialect),
        '0003_match_review': matchReviewMigration(dialect),
        '0004_audience': audienceMigration(dialect),
        '0005_strategy': strategyMigration(dialect),
        '0006_maturity': maturityMigration(dialect),
        '0007_rank_bands': rankBandsMigration(dialect),
        '0008_run_results': runResultsMigration(dialect),
      };
    },
  };
}
