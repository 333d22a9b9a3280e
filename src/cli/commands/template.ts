/**
 * `eclaireur template`: writes the import templates (CSV and XLSX) with the column names in
 * the chosen language.
 */
import type { Command } from 'commander';
import { writeTemplates } from '../../adapters/import/index.js';
import { globals } from '../context.js';
import { io } from '../errors.js';
import { cliMessages } from '../messages.js';

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('write the import templates (CSV and XLSX) with column names in --lang')
    .option('--out <dir>', 'directory to write into', '.')
    .action(async (o: { out: string }, cmd: Command) => {
      const g = globals(cmd);
      const m = cliMessages(g.lang);
      for (const path of await writeTemplates(o.out, g.lang)) io.err(`${m.wrote(path)}\n`);
    });
}
