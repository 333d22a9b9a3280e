/**
 * `eclaireur init`: creates the store (SQLite file or PostgreSQL schema), its workspace and a
 * field (topic, region, languages).
 */
import type { Command } from 'commander';
import { globals, storeLocation, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { cliMessages } from '../messages.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the store and a field of influence')
    .requiredOption('--topic <topic>', 'the field’s topic, e.g. "Marketing B2B au Québec"')
    .option('--region <code>', 'ISO 3166 code of the field’s home, e.g. CA-QC (omit for worldwide)')
    .option('--languages <list>', 'comma-separated ISO 639-1 codes', 'fr,en')
    .option('--workspace <name>', 'workspace name', 'default')
    .action(async (o: { topic: string; region?: string; languages: string; workspace: string }, cmd: Command) => {
      const g = globals(cmd);
      if (o.region !== undefined && !/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(o.region)) throw new UsageError(`--region: expected an ISO 3166 code such as CA or CA-QC, got "${o.region}"`);
      const languages = o.languages.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
      const bad = languages.filter((l) => !/^[a-z]{2}$/.test(l));
      if (bad.length) throw new UsageError(`--languages: expected ISO 639-1 codes such as fr,en; not understood: ${bad.join(', ')}`);
      await withStore(g, async (store) => {
        const ws = await store.ensureWorkspace(o.workspace);
        const existing = await store.findField(o.topic);
        if (!existing) await store.createField({ workspaceId: ws.id, topic: o.topic, region: o.region ? o.region.toUpperCase() : null, languages });
        io.err(`${cliMessages(g.lang).initDone(o.topic, storeLocation(g))}\n`);
      });
    });
}
