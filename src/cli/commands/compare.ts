/**
 * `eclaireur compare RUN_A RUN_B`: who rose, who fell, who entered, who left between two runs
 * (saved runs by label or id, or JSON files written by `rank`), and which indices moved them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { compareRuns } from '../../core/ranking/compare.js';
import type { RankingResult } from '../../core/ranking/result.js';
import { comparisonToJson, renderComparisonText } from '../../adapters/report/index.js';
import type { Store } from '../../adapters/storage/index.js';
import { type GlobalOptions, readJsonFile, withStore } from '../context.js';
import { globals } from '../context.js';
import { UsageError, io } from '../errors.js';
import { cliMessages } from '../messages.js';
import { resolveField } from './field.js';

function looksLikeResult(x: unknown): x is RankingResult {
  return typeof x === 'object' && x !== null && Array.isArray((x as RankingResult).entries) && typeof (x as RankingResult).fingerprint === 'string';
}

async function loadRun(ref: string, g: GlobalOptions, store: Store | null, fieldId: number | null): Promise<{ label: string; result: RankingResult }> {
  if (ref.toLowerCase().endsWith('.json') && existsSync(ref)) {
    const x = readJsonFile(ref, g.lang);
    if (!looksLikeResult(x)) throw new UsageError(`${ref}: not a ranking written by \`eclaireur rank\` (no "entries" and "fingerprint")`);
    return { label: ref, result: x };
  }
  if (store && fieldId !== null) {
    const run = await store.getRun(fieldId, ref);
    if (run) return { label: run.label, result: JSON.parse(run.result) as RankingResult };
  }
  throw new UsageError(cliMessages(g.lang).runNotFound(ref));
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare two ranking runs (saved run labels or ids, or JSON files)')
    .argument('<runA>', 'the earlier run')
    .argument('<runB>', 'the later run')
    .option('--out <file>', 'write the comparison as JSON')
    .option('--top <n>', 'compare the top-N lists: entering or leaving the top N counts as entering or leaving')
    .option('--field <topic-or-id>', 'field of the saved runs (default: the only or first one)')
    .action(async (a: string, b: string, o: { out?: string; field?: string; top?: string }, cmd: Command) => {
      const g = globals(cmd);
      const top = o.top === undefined ? Infinity : Number(o.top);
      if (!(Number.isInteger(top) && top >= 1) && top !== Infinity) throw new UsageError(`--top: expected a whole number ≥ 1, got "${o.top}"`);
      const bothFiles = [a, b].every((x) => x.toLowerCase().endsWith('.json') && existsSync(x));
      const run = async (store: Store | null) => {
        const fieldId = store ? (await resolveField(store, o.field)).id : null;
        const ra = await loadRun(a, g, store, fieldId);
        const rb = await loadRun(b, g, store, fieldId);
        const c = compareRuns(ra.result, rb.result, ra.label, rb.label, top);
        if (o.out) {
          mkdirSync(dirname(o.out), { recursive: true });
          writeFileSync(o.out, comparisonToJson(c));
          io.err(`${cliMessages(g.lang).wrote(o.out)}\n`);
        }
        io.out(renderComparisonText(c, g.lang));
      };
      if (bothFiles) await run(null);
      else await withStore(g, run);
    });
}
