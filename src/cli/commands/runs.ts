/**
 * `eclaireur runs`: the ranking runs saved in the store (label, reference date, fingerprint).
 */
import type { Command } from 'commander';
import { globals, withStore } from '../context.js';
import { io } from '../errors.js';
import { cliMessages } from '../messages.js';
import { resolveField } from './field.js';

export function registerRuns(program: Command): void {
  program
    .command('runs')
    .description('list the saved ranking runs')
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .action(async (o: { field?: string }, cmd: Command) => {
      const g = globals(cmd);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const runs = await store.listRuns(field.id);
        if (runs.length === 0) io.err(`${cliMessages(g.lang).noRuns}\n`);
        for (const r of runs) io.out(`${r.id}\t${r.label}\t${r.asOf ?? ''}\t${r.fingerprint}\n`);
      });
    });
}
