/**
 * Reads a sample of follower profiles from a file — CSV/TSV (streamed, any size), JSON (an
 * array, or an object with a `followers` or `profiles` array: Bluesky's getFollowers and
 * getProfiles answers) or JSON Lines — into the feature rows of the core, with each row's line
 * and, for training data, its label. A row with a bad value (a count that is not a number or
 * negative, an unreadable or impossible date, a flag that is not yes/no) is reported with its
 * line and column and left out; the rest of the sample is kept.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Lang } from '../../core/domain.js';
import { emptyProfile, featuresOfRows, type Profile, PROFILE_WIDTH, profileToRow } from '../../core/audience/profile.js';
import { type CsvSink, readCsvFile } from '../import/csv.js';
import { MESSAGES } from '../import/messages.js';
import { checkDates, csvSetter, FieldError, jsonPlatform, LABEL_COLUMNS, labelOf, normaliseColumn, profileFromJson } from './profile-fields.js';

export interface SampleProblem {
  /** 1-based line (CSV, JSON Lines) or record number (JSON array). */
  line: number;
  column: string | null;
  message: string;
}

export interface ProfileSample {
  file: string;
  /** The source's shape: csv, bluesky, mastodon, twitter, twitter-v2. */
  platform: string;
  /** Data rows read (usable or not). */
  rows: number;
  usable: number;
  /** The usable profiles as rows of numbers (usable × PROFILE_WIDTH, core/audience/profile.ts). */
  P: Float64Array;
  /** Their feature rows, row-major (usable × FEATURE_COUNT). */
  X: Float64Array;
  /** 1 fake, 0 human, −1 unlabelled. */
  labels: Int8Array;
  /** Line (or record) of each usable profile. */
  lines: Int32Array;
  /** The first `MAX_PROBLEMS` problems; `problemCount` counts them all. */
  problems: SampleProblem[];
  problemCount: number;
  /** SHA-256 of the file's bytes. */
  sha256: string;
}

export interface ReadSampleOptions {
  /** When the profiles were observed (days since 1970), unless a row says so itself. */
  observedDay: number | null;
  lang: Lang;
  /** No profile can have been observed after this day (default: tomorrow, by the clock). */
  latestDay?: number;
}

export const MAX_PROBLEMS = 1000;

/** Thrown when the file cannot be read as a sample at all (no usable column, bad JSON…). */
export class SampleFileError extends Error {}

class Collector {
  P = new Float64Array(1024 * PROFILE_WIDTH);
  labels = new Int8Array(1024);
  lines = new Int32Array(1024);
  usable = 0;
  rows = 0;
  problems: SampleProblem[] = [];
  problemCount = 0;
  platform = 'csv';

  constructor(readonly lang: Lang) {}

  add(p: Profile, label: number, line: number): void {
    if (this.usable === this.labels.length) {
      const cap = this.labels.length * 2;
      const P = new Float64Array(cap * PROFILE_WIDTH);
      P.set(this.P);
      this.P = P;
      const l = new Int8Array(cap);
      l.set(this.labels);
      this.labels = l;
      const ln = new Int32Array(cap);
      ln.set(this.lines);
      this.lines = ln;
    }
    profileToRow(p, this.P, this.usable * PROFILE_WIDTH);
    this.labels[this.usable] = label;
    this.lines[this.usable] = line;
    this.usable++;
  }

  problem(line: number, column: string | null, message: string): void {
    this.problemCount++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ line, column, message });
  }

  fieldProblem(line: number, e: FieldError): void {
    this.problem(line, e.field, fieldMessage(e, this.lang));
  }

  sample(file: string, sha256: string): ProfileSample {
    const P = this.P.slice(0, this.usable * PROFILE_WIDTH);
    return {
      file,
      platform: this.platform,
      rows: this.rows,
      usable: this.usable,
      P,
      X: featuresOfRows(P, this.usable),
      labels: this.labels.slice(0, this.usable),
      lines: this.lines.slice(0, this.usable),
      problems: this.problems,
      problemCount: this.problemCount,
      sha256,
    };
  }
}

export function fieldMessage(e: FieldError, lang: Lang): string {
  const v = JSON.stringify(e.value.length > 60 ? `${e.value.slice(0, 57)}…` : e.value);
  const fr = lang === 'fr';
  switch (e.reason) {
    case 'number':
      return fr ? `${v} n’est pas un nombre` : `${v} is not a number`;
    case 'negative':
      return fr ? `${v} est négatif ; un compte ne peut pas être négatif` : `${v} is negative; a count cannot be negative`;
    case 'date':
      return fr ? `${v} n’est pas une date possible (attendu : ISO 8601 ou le format de Twitter, après 2000)` : `${v} is not a possible date (expected ISO 8601 or Twitter's format, after 2000)`;
    case 'future':
      return fr ? `création le ${e.value}, après l’observation du profil` : `created on ${e.value}, after the profile was observed`;
    case 'observed':
      return fr ? `observé le ${e.value}, une date à venir` : `observed on ${e.value}, a date still to come`;
    case 'flag':
      return fr ? `${v} n’est ni oui ni non` : `${v} is neither yes nor no`;
    case 'shape':
      return fr ? `enregistrement d’une forme inconnue (champs : ${v}) ; attendu : un profil Bluesky, Mastodon ou Twitter` : `record of an unknown shape (fields: ${v}); expected a Bluesky, Mastodon or Twitter profile`;
  }
}

class CsvSampleSink implements CsvSink {
  private setters: ({ set: NonNullable<ReturnType<typeof csvSetter>>; name: string } | null)[] = [];
  private labelAt = -1;
  private createdName = 'created_at';
  private observedName = '--observed';
  private headerSeen = false;
  private fatal: string | null = null;
  readonly messages: CsvSink['messages'];

  constructor(
    private readonly c: Collector,
    private readonly observedDay: number | null,
    private readonly latestDay: number,
  ) {
    const m = MESSAGES[c.lang];
    this.messages = { unterminatedQuote: m.unterminatedQuote, badQuotes: m.badQuotes, emptyFile: m.emptyFile };
  }

  get hasHeader(): boolean {
    return this.headerSeen;
  }

  get failure(): string | null {
    return this.fatal;
  }

  header(cells: string[]): boolean {
    this.headerSeen = true;
    this.setters = cells.map((name) => {
      const set = csvSetter(name);
      return set ? { set, name: name.trim() } : null;
    });
    this.labelAt = cells.findIndex((n) => LABEL_COLUMNS.has(normaliseColumn(n)));
    const named = (test: (n: string) => boolean, fallback: string): string => cells.find((c) => test(normaliseColumn(c)))?.trim() ?? fallback;
    this.createdName = named((n) => ['created_at', 'created', 'createdat', 'creation', 'cree_le'].includes(n), 'created_at');
    this.observedName = named((n) => ['updated', 'observed', 'observed_at', 'crawled_at', 'observe_le'].includes(n), '--observed');
    if (!this.setters.some((s) => s !== null)) {
      this.fail(
        this.c.lang === 'fr'
          ? `aucune colonne de profil reconnue dans l’en-tête (${cells.slice(0, 8).join(', ')}) ; attendu par exemple followers_count, friends_count, statuses_count, created_at (ou followers, following, posts, created)`
          : `no profile column recognised in the header (${cells.slice(0, 8).join(', ')}); expected e.g. followers_count, friends_count, statuses_count, created_at (or followers, following, posts, created)`,
      );
      return false;
    }
    return true;
  }

  row(cells: string[], line: number): void {
    if (cells.length === 1 && cells[0].trim() === '') return;
    this.c.rows++;
    const p = emptyProfile();
    p.observedDay = this.observedDay;
    let label = -1;
    try {
      for (let i = 0; i < this.setters.length; i++) {
        const s = this.setters[i];
        if (s !== null && i < cells.length) s.set(p, cells[i], s.name);
      }
      if (this.labelAt >= 0 && this.labelAt < cells.length) label = labelOf('label', cells[this.labelAt]) ?? -1;
      checkDates(p, this.createdName, this.latestDay, this.observedName);
    } catch (e) {
      if (e instanceof FieldError) {
        this.c.fieldProblem(line, e);
        return;
      }
      throw e;
    }
    this.c.add(p, label, line);
  }

  problem(line: number, column: number | string | null, message: string): void {
    this.c.problem(line, column === null ? null : String(column), message);
  }

  fail(message: string): void {
    this.fatal ??= message;
  }
}

async function sha256Of(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Reads a follower sample; throws `SampleFileError` when the file is not a sample at all. */
export async function readProfileSample(path: string, opts: ReadSampleOptions): Promise<ProfileSample> {
  const c = new Collector(opts.lang);
  const ext = extname(path).toLowerCase();
  const latestDay = opts.latestDay ?? Math.floor(Date.now() / 86_400_000) + 1;
  const fr = opts.lang === 'fr';
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    let records: { r: unknown; line: number }[];
    if (ext === '.json') {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (e) {
        throw new SampleFileError(`${path}: ${fr ? 'JSON illisible' : 'unreadable JSON'}: ${(e as Error).message}`);
      }
      const list = Array.isArray(doc) ? doc : Array.isArray((doc as Record<string, unknown>)?.followers) ? (doc as { followers: unknown[] }).followers : Array.isArray((doc as Record<string, unknown>)?.profiles) ? (doc as { profiles: unknown[] }).profiles : null;
      if (list === null) throw new SampleFileError(`${path}: ${fr ? 'attendu : un tableau de profils, ou un objet avec un tableau « followers » ou « profiles »' : 'expected an array of profiles, or an object with a "followers" or "profiles" array'}`);
      records = list.map((r, i) => ({ r, line: i + 1 }));
    } else {
      records = [];
      const lines = text.split(/\r?\n/);
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() === '') continue;
        try {
          records.push({ r: JSON.parse(lines[i]), line: i + 1 });
        } catch (e) {
          c.rows++;
          c.problem(i + 1, null, `${fr ? 'JSON illisible' : 'unreadable JSON'}: ${(e as Error).message}`);
        }
      }
    }
    const platforms = new Set<string>();
    for (const { r, line } of records) {
      c.rows++;
      if (r === null || typeof r !== 'object' || Array.isArray(r)) {
        c.problem(line, null, fr ? 'attendu : un objet (un profil)' : 'expected an object (a profile)');
        continue;
      }
      const rec = r as Record<string, unknown>;
      try {
        const p = profileFromJson(rec, opts.observedDay);
        checkDates(p, 'created_at', latestDay, '--observed');
        platforms.add(jsonPlatform(rec) ?? 'unknown');
        const label = typeof rec.label === 'string' || typeof rec.label === 'number' ? (labelOf('label', String(rec.label)) ?? -1) : -1;
        c.add(p, label, line);
      } catch (e) {
        if (e instanceof FieldError) c.fieldProblem(line, e);
        else throw e;
      }
    }
    c.platform = platforms.size === 1 ? [...platforms][0] : platforms.size === 0 ? 'json' : 'mixed';
  } else {
    const sink = new CsvSampleSink(c, opts.observedDay, latestDay);
    await readCsvFile(path, sink);
    if (sink.failure !== null) throw new SampleFileError(`${path}: ${sink.failure}`);
  }
  return c.sample(path, await sha256Of(path));
}
