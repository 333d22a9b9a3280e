/**
 * `eclaireur rank`: scores and ranks the field's candidates with a configuration, saves the
 * run in the store, and writes the result as JSON, CSV, XLSX or a self-contained HTML report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../core/domain.js';
import { compareRuns } from '../../core/ranking/compare.js';
import { ConfigError, type RankingConfig, resolveConfig } from '../../core/ranking/config.js';
import { rank } from '../../core/ranking/rank.js';
import type { RankingResult } from '../../core/ranking/result.js';
import { nodeSha256 } from '../../adapters/node-hasher.js';
import { rankingToJson, renderRankingText } from '../../adapters/report/index.js';
import { rankingFile, type RankingFormat } from '../../adapters/report/ranking-file.js';
import type { Store } from '../../adapters/storage/index.js';
import { globals, readJsonFile, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { cliMessages } from '../messages.js';
import { progressBar } from '../progress.js';
import { resolveField } from './field.js';

const OUTPUTS = ['.json', '.csv', '.xlsx', '.html'] as const;

export interface RankRunOptions {
  config: RankingConfig;
  lang: Lang;
  label?: string;
  save: boolean;
  out: string[];
  compareWith?: string;
  details: number;
}

export function loadConfig(path: string | undefined, lang: Lang, asOf?: string): RankingConfig {
  const user = path ? readJsonFile(path, lang) : {};
  if (asOf !== undefined) {
    if (user === null || typeof user !== 'object' || Array.isArray(user)) throw new UsageError(`${path}: the configuration must be a JSON object`);
    (user as Record<string, unknown>).asOf = asOf;
  }
  try {
    return resolveConfig(user, path ?? (asOf !== undefined ? '--as-of' : 'configuration'));
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

/** Runs a ranking on the store's field and writes the outputs; shared by `rank` and `demo`. */
export async function runRanking(store: Store, fieldId: number, opts: RankRunOptions, log: (s: string) => void): Promise<RankingResult> {
  const m = cliMessages(opts.lang);
  for (const out of opts.out) if (!(OUTPUTS as readonly string[]).includes(extname(out).toLowerCase())) throw new UsageError(m.badOut(out));
  const progress = progressBar();
  const input = await store.loadScoringInput(fieldId);
  const result = rank(input, opts.config, {
    lang: opts.lang,
    hasher: nodeSha256,
    onProgress: (step, done, total) => progress.update(step, done, total),
  });
  progress.stop();
  const json = rankingToJson(result);
  if (opts.save) {
    const label = opts.label ?? result.config.asOf ?? 'latest';
    await store.saveRun(fieldId, label, result, json);
    log(m.saved(label));
  }
  let comparison;
  if (opts.compareWith) {
    const previous = await store.getRun(fieldId, opts.compareWith);
    if (!previous) throw new UsageError(m.runNotFound(opts.compareWith));
    comparison = compareRuns(JSON.parse(previous.result) as RankingResult, result, previous.label, opts.label ?? result.config.asOf ?? 'latest');
  }
  for (const out of opts.out) {
    mkdirSync(dirname(out), { recursive: true });
    const format = extname(out).toLowerCase().slice(1) as RankingFormat;
    writeFileSync(out, await rankingFile(store, fieldId, result, format, { lang: opts.lang, details: opts.details, comparison, json }));
    log(m.wrote(out));
  }
  log(m.ranked(result.entries.length, result.candidates, result.config.asOf, result.fingerprint));
  return result;
}

export function registerRank(program: Command): void {
  program
    .command('rank')
    .description('score and rank the candidates; write the result (.json, .csv, .xlsx, .html) and save the run')
    .option('--config <file>', 'ranking configuration (JSON): weights, index parameters, asOf, intervals')
    .option('--as-of <date>', 'reference date (ISO), overrides the configuration')
    .option('--out <file...>', 'output file(s), by extension: .json .csv .xlsx .html')
    .option('--label <name>', 'name of the saved run (default: its reference date)')
    .option('--no-save', 'do not save the run in the store')
    .option('--compare-with <run>', 'in the HTML report, show the changes since this saved run')
    .option('--details <n>', 'candidates whose evidence the HTML report lists', '200')
    .option('--field <topic-or-id>', 'field to rank (default: the only or first one)')
    .option('--top <n>', 'rows printed on the terminal when no --out is given', '20')
    .action(async (o: { config?: string; asOf?: string; out?: string[]; label?: string; save: boolean; compareWith?: string; details: string; field?: string; top: string }, cmd: Command) => {
      const g = globals(cmd);
      const config = loadConfig(o.config, g.lang, o.asOf);
      const details = Number(o.details);
      if (!Number.isInteger(details) || details < 0) throw new UsageError(`--details: expected a whole number ≥ 0, got "${o.details}"`);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const result = await runRanking(store, field.id, { config, lang: g.lang, label: o.label, save: o.save, out: o.out ?? [], compareWith: o.compareWith, details }, (s) => io.err(`${s}\n`));
        if (!o.out?.length) io.out(renderRankingText(result, g.lang, Number(o.top) || 20));
      });
    });
}
