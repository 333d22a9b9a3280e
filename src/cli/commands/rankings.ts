/**
 * `eclaireur rankings aggregate --method borda|mc4|localKemeny|kemeny|rra`: the consensus of the
 * field's external lists (the published rankings imported as `external_rank` facts), known at
 * the reference date: partial lists with ties (core/agreement/from-table.ts), aggregated by the
 * method of core/agreement/. Prints the consensus (text), or writes it with `--out FILE.json`
 * or prints it with `--json`: {"asOf", "method", "scoreMeaning", "lists": [{"name", "size",
 * "entries"}], "consensus": [{"position", "rank", "key", "name", "score", "lists", "pValue"?}]}.
 */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { AGGREGATION_METHODS, aggregate, type AggregationMethod } from '../../core/agreement/index.js';
import { rankingsFromTable } from '../../core/agreement/from-table.js';
import { AgreementInputError } from '../../core/agreement/rankings.js';
import { resolveAsOf } from '../../core/ranking/score.js';
import { globals, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { resolveField } from './field.js';
import { loadConfig } from './rank.js';

const MESSAGES = {
  en: {
    none: 'the field has no external ranking: import facts of kind external_rank (list, year, rank) first',
    head: (lists: number, items: number, method: string, asOf: string | null) => `consensus of ${lists} list(s) over ${items} candidate(s) by ${method}${asOf ? `, as of ${asOf}` : ''}:`,
    columns: ['rank', 'candidate', 'score', 'lists'],
    badTop: (v: string) => `--top: expected a whole number ≥ 1, got "${v}"`,
    wrote: (f: string) => `wrote ${f}`,
  },
  fr: {
    none: 'le milieu n’a aucun classement externe : importez d’abord des preuves « classement externe » (liste, année, rang)',
    head: (lists: number, items: number, method: string, asOf: string | null) => `consensus de ${lists} liste(s) sur ${items} candidat(s) par ${method}${asOf ? `, au ${asOf}` : ''} :`,
    columns: ['rang', 'candidat', 'score', 'listes'],
    badTop: (v: string) => `--top : un nombre entier ≥ 1 est attendu, reçu « ${v} »`,
    wrote: (f: string) => `écrit : ${f}`,
  },
};

interface AggregateOptions {
  method: AggregationMethod;
  field?: string;
  top: string;
  json?: boolean;
  out?: string;
  config?: string;
  asOf?: string;
}

export function registerRankings(program: Command): void {
  const rankings = program.command('rankings').description("the field's other published rankings (external lists)");
  rankings
    .command('aggregate')
    .description("the consensus of the field's external lists (partial, with ties) by a rank-aggregation method")
    .addOption(new Option('--method <name>', 'borda, mc4 (Markov chain), localKemeny, kemeny (exact, ≤ 16 candidates) or rra (robust rank aggregation, with p-values)').choices([...AGGREGATION_METHODS]).default('borda'))
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .option('--top <n>', 'how many candidates to print (text)', '30')
    .option('--json', 'print JSON')
    .option('--out <file.json>', 'write the JSON to a file')
    .option('--config <file>', 'ranking configuration (its asOf)')
    .addOption(new Option('--as-of <date>', 'reference date (YYYY-MM-DD): lists of later years are left out'))
    .action(async (o: AggregateOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      const top = Number(o.top);
      if (!Number.isInteger(top) || top < 1) throw new UsageError(m.badTop(o.top));
      const config = loadConfig(o.config, g.lang, o.asOf);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const input = await store.loadScoringInput(field.id);
        const { asOfDay, asOf } = resolveAsOf(input, config);
        const keys = input.candidates.map((c) => c.key);
        const lists = rankingsFromTable(input.table, asOfDay, (c) => keys[c]);
        if (lists.length === 0) throw new UsageError(m.none);
        let consensus;
        try {
          consensus = aggregate(lists, o.method);
        } catch (e) {
          if (e instanceof AgreementInputError || e instanceof RangeError) throw new UsageError(e.message);
          throw e;
        }
        const name = new Map(input.candidates.map((c) => [c.key, c.name]));
        const inLists = new Map<string, number>();
        for (const l of lists) for (const e of l.entries) inLists.set(e.item, (inLists.get(e.item) ?? 0) + 1);
        const out = {
          asOf,
          method: consensus.method,
          scoreMeaning: consensus.scoreMeaning,
          lists: lists.map((l) => ({ name: l.name, size: l.size, entries: l.entries.length })),
          consensus: consensus.entries.map((e) => ({
            position: e.position,
            rank: e.rank,
            key: e.item,
            name: name.get(e.item) ?? e.item,
            score: e.score,
            lists: inLists.get(e.item) ?? 0,
            ...(e.pValue !== undefined && { pValue: e.pValue }),
          })),
        };
        const json = `${JSON.stringify(out, null, 2)}\n`;
        if (o.out) {
          writeFileSync(o.out, json);
          io.err(`${m.wrote(o.out)}\n`);
        }
        if (o.json) {
          io.out(json);
          return;
        }
        if (o.out) return;
        const shown = out.consensus.slice(0, top);
        const width = Math.max(m.columns[1].length, ...shown.map((e) => e.name.length));
        const lines = [m.head(lists.length, out.consensus.length, consensus.method, asOf), [m.columns[0].padStart(5), m.columns[1].padEnd(width), m.columns[2].padStart(12), m.columns[3]].join('  ')];
        for (const e of shown) lines.push([String(e.rank).padStart(5), e.name.padEnd(width), (Number.isInteger(e.score) ? String(e.score) : e.score.toPrecision(6)).padStart(12), `${e.lists}/${lists.length}`].join('  '));
        io.out(`${lines.join('\n')}\n`);
      });
    });
  for (const c of [rankings, ...rankings.commands]) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
}
