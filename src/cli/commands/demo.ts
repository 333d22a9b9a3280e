/**
 * `eclaireur demo`: builds the demonstration workspace (a fictional field, B2B marketing in
 * Québec, from the deterministic generator), ranks it as of a year ago and as of today's
 * demonstration date, and writes the ranking report with the changes between the two.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEMO_AS_OF, DEMO_FIELD, DEMO_PREVIOUS_AS_OF, generateDemo, generateDemoGraph } from '../../adapters/demo/index.js';
import { saveDemoMaturity } from '../../adapters/demo/maturity.js';
import { saveDemoStrategy } from '../../adapters/demo/strategy.js';
import { resolveConfig } from '../../core/ranking/config.js';
import type { Store } from '../../adapters/storage/index.js';
import { globals, storeLocation, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { cliMessages } from '../messages.js';
import { runRanking } from './rank.js';

export interface DemoBuildOptions {
  seed: number;
  lang: 'fr' | 'en';
  /** Directory of the report (ranking.html, ranking.json); null: rank and save the runs, write no file. */
  outDir: string | null;
  log: (s: string) => void;
  /** Where the store is, for the message. */
  location: string;
}

/**
 * Builds the demonstration workspace in `store` (idempotent), ranks it as of a year ago and as
 * of the demonstration date (both runs saved) and, with `outDir`, writes the report; returns
 * the report's path (null without `outDir`). Shared by `eclaireur demo` and `eclaireur serve`.
 */
export async function buildDemo(store: Store, o: DemoBuildOptions): Promise<string | null> {
  const m = cliMessages(o.lang);
  const ws = await store.ensureWorkspace('demo');
  const field = (await store.findField(DEMO_FIELD.topic)) ?? (await store.createField({ workspaceId: ws.id, ...DEMO_FIELD }));
  const batch = generateDemo({ seed: o.seed });
  await store.applyImport(field.id, batch, 'demo');
  await store.importGraph(field.id, generateDemoGraph(batch, o.seed), 'demo-graph');
  await saveDemoStrategy(store, field.id);
  await saveDemoMaturity(store, field.id);
  const counts = await store.counts(field.id);
  o.log(m.demoBuilt(counts.candidates, counts.evidence, o.location));
  const base = { lang: o.lang, save: true, details: 200 };
  await runRanking(store, field.id, { ...base, config: resolveConfig({ asOf: DEMO_PREVIOUS_AS_OF }), label: DEMO_PREVIOUS_AS_OF, out: [] }, o.log);
  const html = o.outDir === null ? null : resolve(o.outDir, o.lang === 'fr' ? 'classement.html' : 'ranking.html');
  const json = o.outDir === null ? null : resolve(o.outDir, o.lang === 'fr' ? 'classement.json' : 'ranking.json');
  await runRanking(store, field.id, { ...base, config: resolveConfig({ asOf: DEMO_AS_OF }), label: DEMO_AS_OF, out: json && html ? [json, html] : [], compareWith: DEMO_PREVIOUS_AS_OF }, o.log);
  return html;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('build the demonstration workspace, rank it (this year and last year) and write the report')
    .option('--out <dir>', 'directory for the report (ranking.html, ranking.json)', 'out')
    .option('--seed <n>', 'seed of the generator', '2018')
    .action(async (o: { out: string; seed: string }, cmd: Command) => {
      const g = globals(cmd);
      const m = cliMessages(g.lang);
      const seed = Number(o.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed: expected a whole number ≥ 0, got "${o.seed}"`);
      const log = (s: string) => io.err(`${s}\n`);
      await withStore(g, async (store) => {
        const html = await buildDemo(store, { seed, lang: g.lang, outDir: o.out, log, location: storeLocation(g) });
        io.out(`${m.reportAt(html!)}\n`);
      });
    });
}
