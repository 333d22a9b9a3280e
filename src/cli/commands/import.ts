/**
 * `eclaireur import FILE...`: reads CSV, XLSX or JSON evidence files and stores them in one
 * transaction (adapters/pipeline: one thread reads while the other writes); if any row of any
 * file has a problem, reports every problem (file:line:column) and rolls back: nothing is
 * written. Importing the same file twice changes nothing the second time.
 */
import type { Command } from 'commander';
import { formatProblem } from '../../adapters/import/index.js';
import { importFiles } from '../../adapters/pipeline/import-files.js';
import { globals, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { cliMessages } from '../messages.js';
import { progressBar } from '../progress.js';
import { resolveField } from './field.js';

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
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const progress = progressBar();
        const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;
        let r;
        try {
          r = await importFiles(store, field.id, files, {
            locale: o.locale as 'fr' | 'en' | 'auto',
            lang: g.lang,
            onProgress: (done, total) => progress.update(m.importProgress, mb(done), mb(total)),
            onFile: (file, rows, problems) => {
              if (problems === 0) io.err(`${m.imported(file, rows)}\n`);
            },
          });
        } finally {
          progress.stop();
        }
        if (r.problems.length > 0) {
          for (const p of r.problems) io.err(`${formatProblem(p)}\n`);
          throw new UsageError(m.importProblems(r.problems.length, new Set(r.problems.map((p) => p.file)).size));
        }
        const n = r.counts!;
        io.err(`${m.importDone(n.candidates, n.identities, n.evidence, n.externalRanks)}\n`);
      });
    });
}
