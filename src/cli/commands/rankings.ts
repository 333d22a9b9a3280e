/**
 * `eclaireur rankings aggregate --method borda|mc4|localKemeny|kemeny|rra`: the consensus of the
 * field's external lists (the published rankings imported as `external_rank` facts), known at
 * the reference date: partial lists with ties (core/agreement/from-table.ts), aggregated by the
 * method of core/agreement/. Prints the consensus (text), or writes it with `--out FILE.json`
 * or prints it with `--json`: {"asOf", "method", "scoreMeaning", "lists": [{"name", "size",
 * "entries"}], "consensus": [{"position", "rank", "key", "name", "score", "lists", "pValue"?}]}.
 *
 * `eclaireur rankings match FILE --list NAME [--year Y] [--size N] [--apply]`: a published list
 * as people find it (a rank, a name, perhaps a handle or profile URL per line; CSV or TSV with a
 * header), matched to the field's candidates (core/agreement/names: identical handle or URL
 * first, then normalised names, then Jaro–Winkler with a match and a review threshold). Prints
 * each entry's decision — match, review (doubtful, or two candidates close), no match — and
 * with `--apply` stores the matched entries as the list's ranks (one transaction); entries to
 * review and unmatched ones are listed, not stored. The reading and matching are
 * adapters/rankings/published-list.ts, shared with the API.
 */
import { writeFileSync } from 'node:fs';
import { matchPublishedList, PublishedListError, readPublishedList } from '../../adapters/rankings/published-list.js';
import { Command, Option } from 'commander';
import { AGGREGATION_METHODS, aggregate, type AggregationMethod } from '../../core/agreement/index.js';
import { rankingsFromTable } from '../../core/agreement/from-table.js';
import { AgreementInputError } from '../../core/agreement/rankings.js';
import { globals, withStore } from '../context.js';
import { parseTop, withFieldAt } from '../field-input.js';
import { UsageError, io } from '../errors.js';
import { resolveField } from './field.js';

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

const MATCH_MESSAGES = {
  en: {
    summary: (n: number, m: number, r: number, u: number) => `${n} entries: ${m} matched, ${r} to review, ${u} not matched`,
    stored: (n: number) => `stored ${n} new rank(s) of the matched entries`,
    queued: (n: number) => `${n} entr(ies) put in the review queue: eclaireur match review`,
    created: (n: number) => `${n} unmatched entr(ies) added as new candidates`,
    decision: { match: 'match', review: 'REVIEW', 'no-match': 'no match' } as Record<string, string>,
    or: 'or',
  },
  fr: {
    summary: (n: number, m: number, r: number, u: number) => `${n} entrées : ${m} appariées, ${r} à vérifier, ${u} non appariées`,
    stored: (n: number) => `${n} nouveau(x) rang(s) des entrées appariées conservé(s)`,
    queued: (n: number) => `${n} entrée(s) mise(s) en file de vérification : eclaireur match review`,
    created: (n: number) => `${n} entrée(s) non appariée(s) ajoutée(s) comme candidats`,
    decision: { match: 'apparié', review: 'À VÉRIFIER', 'no-match': 'non apparié' } as Record<string, string>,
    or: 'ou',
  },
};

interface MatchOptions {
  list: string;
  ties?: boolean;
  source?: string;
  year?: string;
  size?: string;
  apply?: boolean;
  create?: boolean;
  json?: boolean;
  field?: string;
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
      const top = parseTop(o.top, m.badTop);
      await withFieldAt(g, o, async ({ input, asOfDay, asOf }) => {
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
  rankings
    .command('match')
    .description("match a published list's entries (rank, name, handle or URL) to the field's candidates; --apply stores the matched ranks")
    .argument('<file>', 'CSV, TSV, XLSX or JSON: rank (or score, higher first), name, and optionally handle, url')
    .requiredOption('--list <name>', 'the list’s name, e.g. "Top 50 marketing B2B"')
    .option('--year <y>', 'the list’s year')
    .option('--size <n>', 'how many entries the list publishes (default: its largest rank)')
    .option('--source <url>', 'where the list was published')
    .option('--no-ties', 'the list has no ties: a rank given twice is an error')
    .option('--apply', 'store the matched entries (one transaction) and put the doubtful ones in the review queue')
    .option('--create', 'with --apply: unmatched entries become new candidates')
    .option('--json', 'print JSON')
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .action(async (file: string, o: MatchOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = MATCH_MESSAGES[g.lang];
      const year = o.year === undefined ? null : Number(o.year);
      if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) throw new UsageError(`--year: expected a year, got "${o.year}"`);
      const size = o.size === undefined ? null : Number(o.size);
      if (size !== null && !(Number.isInteger(size) && size >= 1)) throw new UsageError(`--size: expected a whole number ≥ 1, got "${o.size}"`);
      if (o.list.trim() === '') throw new UsageError('--list: the list needs a name');
      let entries;
      try {
        entries = await readPublishedList(file, file, g.lang, o.ties !== false);
      } catch (e) {
        if (!(e instanceof PublishedListError)) throw e;
        if (e.whole) throw new UsageError(e.problems[0].message);
        for (const p of e.problems) io.err(`${p.message}\n`);
        throw new UsageError(g.lang === 'fr' ? `${e.problems.length} problème(s) ; rien n’a été conservé.` : `${e.problems.length} problem(s); nothing was stored.`);
      }
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const { out, warnings } = await matchPublishedList(store, field.id, entries, { list: o.list, year, size, source: o.source ?? null, file, apply: o.apply === true, create: o.create === true }, g.lang);
        for (const w of warnings) io.err(`${w}\n`);
        if (o.json) {
          io.out(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        const lines = [m.summary(entries.length, out.counts.match, out.counts.review, out.counts.noMatch)];
        for (const e of out.entries) {
          const who = e.candidate ? `${e.candidate.name} (${e.candidate.key}, ${e.score.toFixed(3)}, ${e.reason})` : '—';
          const alt = e.alternatives.length > 0 ? ` ${m.or} ${e.alternatives.join(', ')}` : '';
          lines.push(`${(e.band ? `${e.band[0]}–${e.band[1]}` : String(e.rank)).padStart(7)}  ${(e.name || '—').padEnd(28)}  ${m.decision[e.decision].padEnd(11)}  ${who}${alt}`);
        }
        if (out.stored !== null) lines.push(m.stored(out.stored), m.queued(out.queued));
        if (out.created > 0) lines.push(m.created(out.created));
        io.out(`${lines.join('\n')}\n`);
      });
    });
  for (const c of [rankings, ...rankings.commands]) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
}
