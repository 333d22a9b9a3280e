/**
 * `eclaireur import FILE...`: reads CSV, XLSX or JSON evidence files, reports every problem
 * (file:line:column) and, only if there is none, stores everything in one transaction.
 * Importing the same file twice changes nothing the second time.
 */
import type { Command } from 'commander';
import type { ImportBatch, InputProblem } from '../../core/domain.js';
import { formatProblem, readImportFile } from '../../adapters/import/index.js';
import { globals, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { cliMessages } from '../messages.js';
import { progressBar } from '../progress.js';
import { resolveField } from './field.js';

export function mergeBatches(batches: ImportBatch[]): ImportBatch {
  const out: ImportBatch = { candidates: [], identities: [], evidence: [], externalRanks: [] };
  const seen = new Set<string>();
  for (const b of batches) {
    for (const c of b.candidates) if (!seen.has(c.key)) (seen.add(c.key), out.candidates.push(c));
    out.identities.push(...b.identities);
    for (const e of b.evidence) out.evidence.push(e);
    out.externalRanks.push(...b.externalRanks);
  }
  return out;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import evidence files (CSV with , ; or tab, XLSX, JSON; French or English headers); nothing is written if any row is invalid')
    .argument('<files...>', 'files to import')
    .option('--locale <locale>', 'number and date convention where ambiguous: fr, en or auto', 'auto')
    .option('--field <topic-or-id>', 'field to import into (default: the only or first one)')
    .action(async (files: string[], o: { locale: string; field?: string }, cmd: Command) => {
      const g = globals(cmd);
      const m = cliMessages(g.lang);
      if (!['fr', 'en', 'auto'].includes(o.locale)) throw new UsageError(`--locale: expected fr, en or auto, got "${o.locale}"`);
      const problems: InputProblem[] = [];
      const batches: ImportBatch[] = [];
      const progress = progressBar();
      for (const [i, file] of files.entries()) {
        progress.update('read', i, files.length);
        const r = await readImportFile(file, { locale: o.locale as 'fr' | 'en' | 'auto', lang: g.lang });
        problems.push(...r.problems);
        batches.push(r.batch);
        if (r.problems.length === 0) io.err(`${m.imported(file, r.rows)}\n`);
      }
      progress.stop();
      if (problems.length > 0) {
        for (const p of problems) io.err(`${formatProblem(p)}\n`);
        throw new UsageError(m.importProblems(problems.length, new Set(problems.map((p) => p.file)).size));
      }
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const n = await store.applyImport(field.id, mergeBatches(batches), files.join(', '));
        io.err(`${m.importDone(n.candidates, n.identities, n.evidence, n.externalRanks)}\n`);
      });
    });
}
