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
 * review and unmatched ones are listed, not stored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import Papa from 'papaparse';
import type { ExternalRankEntry } from '../../core/domain.js';
import { matchEntry, type CandidateRecord, type EntryMatch } from '../../core/agreement/names/match.js';
import { AGREEMENT_DEFAULTS } from '../../core/agreement/defaults.js';
import { foldName, normaliseIdentifier } from '../../core/agreement/names/normalise.js';
import { newCandidateKey, storeRankOf } from '../../adapters/storage/match-review.js';
import type { Store } from '../../adapters/storage/index.js';
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
    noColumn: (file: string, what: string) => `${file}: no ${what} column (expected a header with rank and name; handle and url optional)`,
    badRank: (file: string, line: number, v: string) => `${file}:${line}: rank "${v}" is neither a whole number ≥ 1 nor a band such as 101–150`,
    noName: (file: string, line: number) => `${file}:${line}: no name, handle or URL`,
    badScore: (file: string, line: number, v: string) => `${file}:${line}: score "${v}" is not a number`,
    emptyList: (file: string) => `${file}: the list has no entry`,
    tied: (file: string, line: number, rank: number, first: number) => `${file}:${line}: rank ${rank} is already held by line ${first}, and --no-ties says this list has no ties`,
    notObjects: (file: string) => `${file}: expected a JSON array of objects (one per entry: rank or score, name, handle, url)`,
    twice: (line: number, first: number, key: string) => `warning: line ${line} is the same candidate (${key}) as line ${first}; the better rank is kept`,
    summary: (n: number, m: number, r: number, u: number) => `${n} entries: ${m} matched, ${r} to review, ${u} not matched`,
    stored: (n: number) => `stored ${n} new rank(s) of the matched entries`,
    queued: (n: number) => `${n} entr(ies) put in the review queue: eclaireur match review`,
    created: (n: number) => `${n} unmatched entr(ies) added as new candidates`,
    decision: { match: 'match', review: 'REVIEW', 'no-match': 'no match' } as Record<string, string>,
    or: 'or',
  },
  fr: {
    noColumn: (file: string, what: string) => `${file} : aucune colonne ${what} (attendu : un en-tête avec rang et nom ; compte et url facultatifs)`,
    badRank: (file: string, line: number, v: string) => `${file}:${line} : le rang « ${v} » n’est ni un nombre entier ≥ 1 ni une tranche comme 101–150`,
    noName: (file: string, line: number) => `${file}:${line} : ni nom, ni compte, ni URL`,
    badScore: (file: string, line: number, v: string) => `${file}:${line} : le score « ${v} » n’est pas un nombre`,
    emptyList: (file: string) => `${file} : la liste n’a aucune entrée`,
    tied: (file: string, line: number, rank: number, first: number) => `${file}:${line} : le rang ${rank} est déjà celui de la ligne ${first}, et --no-ties dit que cette liste n’a pas d’égalités`,
    notObjects: (file: string) => `${file} : un tableau JSON d’objets est attendu (un par entrée : rang ou score, nom, compte, url)`,
    twice: (line: number, first: number, key: string) => `avertissement : la ligne ${line} désigne le même candidat (${key}) que la ligne ${first} ; le meilleur rang est gardé`,
    summary: (n: number, m: number, r: number, u: number) => `${n} entrées : ${m} appariées, ${r} à vérifier, ${u} non appariées`,
    stored: (n: number) => `${n} nouveau(x) rang(s) des entrées appariées conservé(s)`,
    queued: (n: number) => `${n} entrée(s) mise(s) en file de vérification : eclaireur match review`,
    created: (n: number) => `${n} entrée(s) non appariée(s) ajoutée(s) comme candidats`,
    decision: { match: 'apparié', review: 'À VÉRIFIER', 'no-match': 'non apparié' } as Record<string, string>,
    or: 'ou',
  },
};

const HEADERS: Record<'rank' | 'score' | 'name' | 'handle' | 'url', string[]> = {
  rank: ['rank', 'rang', 'position', 'place'],
  score: ['score', 'points', 'note', 'klout'],
  name: ['name', 'nom', 'person', 'personne'],
  handle: ['handle', 'compte', 'pseudo', 'account'],
  url: ['url', 'lien', 'profile', 'profil'],
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

/** What decisions are kept by: the entry's folded name and its normalised identifiers. */
export function entryKey(name: string, identifiers: readonly string[]): string {
  return `${foldName(name).replace(/\s+/g, ' ').trim()}|${identifiers.map(normaliseIdentifier).filter(Boolean).sort().join(',')}`;
}

export { storeRankOf };

interface ListEntry {
  line: number;
  rank: number;
  name: string;
  identifiers: string[];
  /** The published band [first, last] when the entry had one. */
  band: [number, number] | null;
}

/** A list file's rows as text cells, the header first, each with its line (CSV/TSV, XLSX, JSON). */
async function listRows(file: string, lang: 'fr' | 'en'): Promise<{ rows: string[][]; lines: number[] }> {
  const m = MATCH_MESSAGES[lang];
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.xlsx') {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const sheet = wb.worksheets[0];
      const rows: string[][] = [];
      const lines: number[] = [];
      sheet?.eachRow({ includeEmpty: false }, (row, n) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (c, i) => {
          const v = c.value as unknown;
          cells[i - 1] = v === null || v === undefined ? '' : typeof v === 'object' && v !== null && 'text' in v ? String((v as { text: unknown }).text) : String(v);
        });
        rows.push(Array.from(cells, (x) => x ?? ''));
        lines.push(n);
      });
      return { rows, lines };
    }
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    if (ext === '.json') {
      const data = JSON.parse(text) as unknown;
      if (!Array.isArray(data) || data.some((x) => x === null || typeof x !== 'object' || Array.isArray(x))) throw new UsageError(m.notObjects(file));
      const keys = [...new Set(data.flatMap((x) => Object.keys(x as object)))];
      const rows = [keys, ...data.map((x) => keys.map((k) => ((x as Record<string, unknown>)[k] ?? '') + ''))];
      return { rows, lines: rows.map((_, i) => i) };
    }
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
    return { rows: parsed.data, lines: parsed.data.map((_, i) => i + 1) };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

async function readList(file: string, lang: 'fr' | 'en', ties = true): Promise<ListEntry[]> {
  const m = MATCH_MESSAGES[lang];
  const { rows, lines } = await listRows(file, lang);
  if (rows.length === 0) throw new UsageError(m.noColumn(file, 'rank'));
  const header = rows[0].map((h) => String(h).trim().toLowerCase());
  const col = (k: keyof typeof HEADERS): number => header.findIndex((h) => HEADERS[k].includes(h));
  const [cRank, cScore, cName, cHandle, cUrl] = [col('rank'), col('score'), col('name'), col('handle'), col('url')];
  if (cRank < 0 && cScore < 0) throw new UsageError(m.noColumn(file, 'rank'));
  if (cName < 0 && cHandle < 0 && cUrl < 0) throw new UsageError(m.noColumn(file, 'name'));
  const problems: string[] = [];
  const out: ListEntry[] = [];
  const scores: number[] = [];
  const bandOf = new Map<number, [number, number]>();
  rows.slice(1).forEach((row, i) => {
    const line = lines[i + 1];
    const cell = (c: number): string => (c >= 0 ? String(row[c] ?? '').trim() : '');
    let rank = NaN;
    if (cRank >= 0) {
      const raw = cell(cRank);
      const band = /^(\d+)\s*[-–—]\s*(\d+)$/.exec(raw);
      if (band && Number(band[1]) >= 1 && Number(band[2]) >= Number(band[1])) {
        // A band ("101–150"): stored as its first position and its end (bandEnd), so that its
        // entries hold the band's whole interval however few of them are candidates.
        rank = Number(band[1]);
        bandOf.set(out.length, [rank, Number(band[2])]);
      } else rank = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!(rank >= 1)) problems.push(m.badRank(file, line, raw));
    } else {
      // Ranked by a score (a Klout-like figure), higher first: see below.
      const raw = cell(cScore).replace(',', '.');
      const x = raw === '' ? NaN : Number(raw);
      if (!Number.isFinite(x)) problems.push(m.badScore(file, line, cell(cScore)));
      scores.push(x);
    }
    const identifiers = [cell(cHandle), cell(cUrl)].filter((x) => x !== '');
    const name = cell(cName);
    if (name === '' && identifiers.length === 0) problems.push(m.noName(file, line));
    out.push({ line, rank, name, identifiers, band: bandOf.get(out.length) ?? null });
  });
  if (out.length === 0 && problems.length === 0) problems.push(m.emptyList(file));
  if (!ties && cRank >= 0) {
    const first = new Map<number, number>();
    for (const e of out) {
      if (!(e.rank >= 1) || e.band) continue;
      const at = first.get(e.rank);
      if (at !== undefined) problems.push(m.tied(file, e.line, e.rank, at));
      else first.set(e.rank, e.line);
    }
  }
  if (cRank < 0 && problems.length === 0) {
    // Competition ranks of the scores: equal scores share the best rank.
    const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
    order.forEach((e, k) => (out[e].rank = k > 0 && scores[order[k - 1]] === scores[e] ? out[order[k - 1]].rank : k + 1));
  }
  if (problems.length > 0) {
    for (const p of problems) io.err(`${p}\n`);
    throw new UsageError(lang === 'fr' ? `${problems.length} problème(s) ; rien n’a été conservé.` : `${problems.length} problem(s); nothing was stored.`);
  }
  return out;
}

/** The band end of an entry published in a band wider than one position ("101–150" → 150). */
function bandEndOf(e: ListEntry): { bandEnd?: number } {
  return e.band && e.band[1] > e.band[0] ? { bandEnd: e.band[1] } : {};
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
      const entries = await readList(file, g.lang, o.ties !== false);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const input = await store.loadScoringInput(field.id);
        const ids: string[][] = input.candidates.map(() => []);
        for (const [k, c] of input.aliases ?? []) ids[c].push(k);
        const records: CandidateRecord[] = input.candidates.map((c, i) => ({ key: c.key, name: c.name, identifiers: ids[i] }));
        const name = new Map(input.candidates.map((c) => [c.key, c.name]));
        const decisions = await store.matchDecisions(field.id);
        const results: { entry: ListEntry; match: EntryMatch; decided: boolean }[] = entries.map((entry) => {
          const kept = decisions.get(entryKey(entry.name, entry.identifiers));
          if (kept !== undefined && (kept === null || name.has(kept))) {
            // A person decided on this entry before: reuse it.
            const match: EntryMatch = kept === null ? { candidate: null, decision: 'no-match', score: 0, reason: 'name', alternatives: [] } : { candidate: kept, decision: 'match', score: 1, reason: 'name', alternatives: [] };
            return { entry, match, decided: true };
          }
          return { entry, match: matchEntry({ name: entry.name, identifiers: entry.identifiers }, records, AGREEMENT_DEFAULTS.names), decided: false };
        });
        const count = (d: string) => results.filter((r) => r.match.decision === d).length;
        const firstLine = new Map<string, number>();
        for (const r of results) {
          if (r.match.decision !== 'match' || r.match.candidate === null) continue;
          const first = firstLine.get(r.match.candidate);
          if (first !== undefined) io.err(`${m.twice(r.entry.line, first, r.match.candidate)}\n`);
          else firstLine.set(r.match.candidate, r.entry.line);
        }
        let stored: number | null = null;
        let queued = 0;
        let created = 0;
        if (o.apply) {
          const ranks: ExternalRankEntry[] = results
            .filter((r) => r.match.decision === 'match')
            .map((r) => ({ candidateKey: r.match.candidate!, name: name.get(r.match.candidate!) ?? r.entry.name, list: o.list.trim(), year, rank: r.entry.rank, ...bandEndOf(r.entry), listSize: size, sourceUrl: o.source ?? null, origin: { file, line: r.entry.line } }));
          // Unmatched entries become candidates with --create (never those a person rejected).
          const taken = new Set(name.keys());
          const fresh = o.create ? results.filter((r) => r.match.decision === 'no-match' && !r.decided && r.entry.name !== '') : [];
          const cands = fresh.map((r) => ({ key: newCandidateKey(r.entry.name, taken), name: r.entry.name, origin: { file, line: r.entry.line } }));
          fresh.forEach((r, i) => ranks.push({ candidateKey: cands[i].key, name: cands[i].name, list: o.list.trim(), year, rank: r.entry.rank, ...bandEndOf(r.entry), listSize: size, sourceUrl: o.source ?? null, origin: { file, line: r.entry.line } }));
          // One rank per candidate and list: the better one, should two entries be the same person.
          const best = new Map<string, ExternalRankEntry>();
          for (const e of ranks) {
            const had = best.get(e.candidateKey);
            if (!had || e.rank < had.rank) best.set(e.candidateKey, e);
          }
          const n = await store.applyImport(field.id, { candidates: cands, identities: [], evidence: [], externalRanks: [...best.values()] }, file);
          stored = n.externalRanks;
          created = n.candidates;
          for (const r of results) {
            if (r.match.decision !== 'review') continue;
            const q = {
              entry: entryKey(r.entry.name, r.entry.identifiers),
              list: o.list.trim(),
              year,
              size,
              rank: r.entry.rank,
              ...bandEndOf(r.entry),
              name: r.entry.name,
              identifiers: r.entry.identifiers,
              proposed: r.match.candidate,
              score: r.match.score,
              alternatives: r.match.alternatives.map((a) => a.candidate),
              file,
              line: r.entry.line,
            };
            if (await store.queueMatch(field.id, q)) queued++;
          }
        }
        const out = {
          list: o.list.trim(),
          year,
          counts: { match: count('match'), review: count('review'), noMatch: count('no-match') },
          stored,
          queued,
          created,
          entries: results.map(({ entry, match }) => ({
            line: entry.line,
            rank: entry.rank,
            band: entry.band,
            name: entry.name,
            decision: match.decision,
            candidate: match.candidate === null ? null : { key: match.candidate, name: name.get(match.candidate) ?? match.candidate },
            score: match.score,
            reason: match.reason,
            decided: results.find((r) => r.entry === entry)!.decided,
            alternatives: match.alternatives.map((a) => a.candidate),
          })),
        };
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
        if (stored !== null) lines.push(m.stored(stored), m.queued(queued));
        if (created > 0) lines.push(m.created(created));
        io.out(`${lines.join('\n')}\n`);
      });
    });
  for (const c of [rankings, ...rankings.commands]) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
}
