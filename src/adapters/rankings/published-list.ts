/**
 * A published list as people find it — a rank (or a band such as 101–150, or a score, higher
 * first), a name, perhaps a handle or profile URL per line; CSV, TSV, XLSX or JSON — read into
 * entries (every problem by line), then matched to the field's candidates (core/agreement/names:
 * identical handle or URL first, then normalised names, then Jaro–Winkler with a match and a
 * review threshold; a person's earlier decisions reused), and with `apply` stored: the matched
 * entries as the list's ranks and, with `create`, the unmatched ones as new candidates, in one
 * transaction; the doubtful ones put in the review queue. What `eclaireur rankings match` and
 * the API's `POST …/rankings/match` do.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import Papa from 'papaparse';
import { AGREEMENT_DEFAULTS } from '../../core/agreement/defaults.js';
import { type CandidateRecord, type EntryMatch, matchEntry } from '../../core/agreement/names/match.js';
import { foldName, normaliseIdentifier } from '../../core/agreement/names/normalise.js';
import type { ExternalRankEntry } from '../../core/domain.js';
import type { Store } from '../storage/index.js';
import { newCandidateKey } from '../storage/match-review.js';

/** The problems of a list's file: by line, or (`whole`) one that makes the file unreadable as a list. */
export class PublishedListError extends Error {
  constructor(
    readonly problems: { line: number | null; message: string }[],
    readonly whole: boolean,
  ) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'PublishedListError';
  }
}

export const LIST_MESSAGES = {
  en: {
    noColumn: (file: string, what: string) => `${file}: no ${what} column (expected a header with rank and name; handle and url optional)`,
    badRank: (file: string, line: number, v: string) => `${file}:${line}: rank "${v}" is neither a whole number ≥ 1 nor a band such as 101–150`,
    noName: (file: string, line: number) => `${file}:${line}: no name, handle or URL`,
    badScore: (file: string, line: number, v: string) => `${file}:${line}: score "${v}" is not a number`,
    emptyList: (file: string) => `${file}: the list has no entry`,
    tied: (file: string, line: number, rank: number, first: number) => `${file}:${line}: rank ${rank} is already held by line ${first}, and --no-ties says this list has no ties`,
    notObjects: (file: string) => `${file}: expected a JSON array of objects (one per entry: rank or score, name, handle, url)`,
    twice: (line: number, first: number, key: string) => `warning: line ${line} is the same candidate (${key}) as line ${first}; the better rank is kept`,
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
  },
};

const HEADERS: Record<'rank' | 'score' | 'name' | 'handle' | 'url', string[]> = {
  rank: ['rank', 'rang', 'position', 'place'],
  score: ['score', 'points', 'note', 'klout'],
  name: ['name', 'nom', 'person', 'personne'],
  handle: ['handle', 'compte', 'pseudo', 'account'],
  url: ['url', 'lien', 'profile', 'profil'],
};

/** What decisions are kept by: the entry's folded name and its normalised identifiers. */
export function entryKey(name: string, identifiers: readonly string[]): string {
  return `${foldName(name).replace(/\s+/g, ' ').trim()}|${identifiers.map(normaliseIdentifier).filter(Boolean).sort().join(',')}`;
}


export interface ListEntry {
  line: number;
  rank: number;
  name: string;
  identifiers: string[];
  /** The published band [first, last] when the entry had one. */
  band: [number, number] | null;
}

/** A list file's rows as text cells, the header first, each with its line (CSV/TSV, XLSX, JSON). */
async function listRows(path: string, file: string, lang: 'fr' | 'en'): Promise<{ rows: string[][]; lines: number[] }> {
  const m = LIST_MESSAGES[lang];
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.xlsx') {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
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
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    if (ext === '.json') {
      const data = JSON.parse(text) as unknown;
      if (!Array.isArray(data) || data.some((x) => x === null || typeof x !== 'object' || Array.isArray(x))) throw new PublishedListError([{ line: null, message: m.notObjects(file) }], true);
      const keys = [...new Set(data.flatMap((x) => Object.keys(x as object)))];
      const rows = [keys, ...data.map((x) => keys.map((k) => ((x as Record<string, unknown>)[k] ?? '') + ''))];
      return { rows, lines: rows.map((_, i) => i) };
    }
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
    return { rows: parsed.data, lines: parsed.data.map((_, i) => i + 1) };
  } catch (e) {
    if (e instanceof PublishedListError) throw e;
    throw new PublishedListError([{ line: null, message: `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}` }], true);
  }
}

/**
 * The entries of a published list's file at `path`, named `file` in messages and origins; throws
 * PublishedListError with every problem (by line) when a row is wrong, or the one problem of a
 * file that cannot be read as a list.
 */
export async function readPublishedList(path: string, file: string, lang: 'fr' | 'en', ties = true): Promise<ListEntry[]> {
  const m = LIST_MESSAGES[lang];
  const { rows, lines } = await listRows(path, file, lang);
  if (rows.length === 0) throw new PublishedListError([{ line: null, message: m.noColumn(file, 'rank') }], true);
  const header = rows[0].map((h) => String(h).trim().toLowerCase());
  const col = (k: keyof typeof HEADERS): number => header.findIndex((h) => HEADERS[k].includes(h));
  const [cRank, cScore, cName, cHandle, cUrl] = [col('rank'), col('score'), col('name'), col('handle'), col('url')];
  if (cRank < 0 && cScore < 0) throw new PublishedListError([{ line: null, message: m.noColumn(file, 'rank') }], true);
  if (cName < 0 && cHandle < 0 && cUrl < 0) throw new PublishedListError([{ line: null, message: m.noColumn(file, 'name') }], true);
  const problems: { line: number | null; message: string }[] = [];
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
      if (!(rank >= 1)) problems.push({ line, message: m.badRank(file, line, raw) });
    } else {
      // Ranked by a score (a Klout-like figure), higher first: see below.
      const raw = cell(cScore).replace(',', '.');
      const x = raw === '' ? NaN : Number(raw);
      if (!Number.isFinite(x)) problems.push({ line, message: m.badScore(file, line, cell(cScore)) });
      scores.push(x);
    }
    const identifiers = [cell(cHandle), cell(cUrl)].filter((x) => x !== '');
    const name = cell(cName);
    if (name === '' && identifiers.length === 0) problems.push({ line, message: m.noName(file, line) });
    out.push({ line, rank, name, identifiers, band: bandOf.get(out.length) ?? null });
  });
  if (out.length === 0 && problems.length === 0) problems.push({ line: null, message: m.emptyList(file) });
  if (!ties && cRank >= 0) {
    const first = new Map<number, number>();
    for (const e of out) {
      if (!(e.rank >= 1) || e.band) continue;
      const at = first.get(e.rank);
      if (at !== undefined) problems.push({ line: e.line, message: m.tied(file, e.line, e.rank, at) });
      else first.set(e.rank, e.line);
    }
  }
  if (cRank < 0 && problems.length === 0) {
    // Competition ranks of the scores: equal scores share the best rank.
    const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
    order.forEach((e, k) => (out[e].rank = k > 0 && scores[order[k - 1]] === scores[e] ? out[order[k - 1]].rank : k + 1));
  }
  if (problems.length > 0) throw new PublishedListError(problems, false);
  return out;
}

/** The band end of an entry published in a band wider than one position ("101–150" → 150). */
function bandEndOf(e: ListEntry): { bandEnd?: number } {
  return e.band && e.band[1] > e.band[0] ? { bandEnd: e.band[1] } : {};
}

export interface MatchListOptions {
  /** The list's name, e.g. "Top 50 marketing B2B". */
  list: string;
  year: number | null;
  /** How many entries the list publishes (null: its largest rank). */
  size: number | null;
  source: string | null;
  /** The file's name in the origins and the review queue. */
  file: string;
  /** Store the matched ranks and queue the doubtful entries (one transaction for the ranks). */
  apply: boolean;
  /** With apply: unmatched entries (not rejected by a person) become new candidates. */
  create: boolean;
}

/** What `rankings match --json` prints, and the warnings (the same candidate matched twice). */
export async function matchPublishedList(store: Store, fieldId: number, entries: ListEntry[], o: MatchListOptions, lang: 'fr' | 'en') {
  const list = o.list.trim();
  const { year, size, file } = o;
  const warnings: string[] = [];
  const input = await store.loadScoringInput(fieldId);
  const ids: string[][] = input.candidates.map(() => []);
  for (const [k, c] of input.aliases ?? []) ids[c].push(k);
  const records: CandidateRecord[] = input.candidates.map((c, i) => ({ key: c.key, name: c.name, identifiers: ids[i] }));
  const name = new Map(input.candidates.map((c) => [c.key, c.name]));
  const decisions = await store.matchDecisions(fieldId);
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
    if (first !== undefined) warnings.push(LIST_MESSAGES[lang].twice(r.entry.line, first, r.match.candidate));
    else firstLine.set(r.match.candidate, r.entry.line);
  }
  let stored: number | null = null;
  let queued = 0;
  let created = 0;
  if (o.apply) {
    const ranks: ExternalRankEntry[] = results
      .filter((r) => r.match.decision === 'match')
      .map((r) => ({ candidateKey: r.match.candidate!, name: name.get(r.match.candidate!) ?? r.entry.name, list: list, year, rank: r.entry.rank, ...bandEndOf(r.entry), listSize: size, sourceUrl: o.source, origin: { file, line: r.entry.line } }));
    // Unmatched entries become candidates with --create (never those a person rejected).
    const taken = new Set(name.keys());
    const fresh = o.create ? results.filter((r) => r.match.decision === 'no-match' && !r.decided && r.entry.name !== '') : [];
    const cands = fresh.map((r) => ({ key: newCandidateKey(r.entry.name, taken), name: r.entry.name, origin: { file, line: r.entry.line } }));
    fresh.forEach((r, i) => ranks.push({ candidateKey: cands[i].key, name: cands[i].name, list: list, year, rank: r.entry.rank, ...bandEndOf(r.entry), listSize: size, sourceUrl: o.source, origin: { file, line: r.entry.line } }));
    // One rank per candidate and list: the better one, should two entries be the same person.
    const best = new Map<string, ExternalRankEntry>();
    for (const e of ranks) {
      const had = best.get(e.candidateKey);
      if (!had || e.rank < had.rank) best.set(e.candidateKey, e);
    }
    const n = await store.applyImport(fieldId, { candidates: cands, identities: [], evidence: [], externalRanks: [...best.values()] }, file);
    stored = n.externalRanks;
    created = n.candidates;
    for (const r of results) {
      if (r.match.decision !== 'review') continue;
      const q = {
        entry: entryKey(r.entry.name, r.entry.identifiers),
        list: list,
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
      if (await store.queueMatch(fieldId, q)) queued++;
    }
  }
  const out = {
    list,
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
  return { out, warnings };
}
