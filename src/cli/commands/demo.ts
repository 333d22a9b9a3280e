/**
 * `eclaireur demo`: builds the demonstration workspace (a fictional field, B2B marketing in
 * Québec, from the deterministic generator), ranks it as of a year ago and as of today's
 * demonstration date, and writes the ranking report with the changes between the two.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEMO_AS_OF, DEMO_FIELD, DEMO_PREVIOUS_AS_OF, generateDemo, generateDemoGraph } from '../../adapters/demo/index.js';
import { resolveConfig } from '../../core/ranking/config.js';
import { globals, storeLocation, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { cliMessages } from '../messages.js';
import { runRanking } from './rank.js';

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
        const ws = await store.ensureWorkspace('demo');
        const field = (await store.findField(DEMO_FIELD.topic)) ?? (await store.createField({ workspaceId: ws.id, ...DEMO_FIELD }));
        const batch = generateDemo({ seed });
        await store.applyImport(field.id, batch, 'demo');
        await store.importGraph(field.id, generateDemoGraph(batch, seed), 'demo-graph');
        const counts = await store.counts(field.id);
        log(m.demoBuilt(counts.candidates, counts.evidence, storeLocation(g)));
        const base = { lang: g.lang, save: true, details: 200 };
        await runRanking(store, field.id, { ...base, config: resolveConfig({ asOf: DEMO_PREVIOUS_AS_OF }), label: DEMO_PREVIOUS_AS_OF, out: [] }, log);
        const html = resolve(o.out, g.lang === 'fr' ? 'classement.html' : 'ranking.html');
        const json = resolve(o.out, g.lang === 'fr' ? 'classement.json' : 'ranking.json');
        await runRanking(store, field.id, { ...base, config: resolveConfig({ asOf: DEMO_AS_OF }), label: DEMO_AS_OF, out: [json, html], compareWith: DEMO_PREVIOUS_AS_OF }, log);
        io.out(`${m.reportAt(html)}\n`);
      });
    });
}
