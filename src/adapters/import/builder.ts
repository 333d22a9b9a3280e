/**
 * Rows of an import file to a validated ImportBatch and the list of problems found. The three
 * readers (CSV, XLSX, JSON) give it a header row, then each data row with its line number; it
 * matches the header against columns.ts, checks each row against its kind's required columns
 * (core/evidence/kinds.ts) and the range rules, and builds the candidates (one per key, origin
 * = first row), identities, evidence items and external-ranking entries.
 *
 * Ambiguous numbers (`1,500`) and dates (`05/06/2018`) when the locale is `auto`: a row holding
 * one is set aside; at the end of the file, the convention its other cells showed settles it
 * (numbers: `1,5` or `12 345,6` show French, `1.5` or `12,345.6` English; dates: `27/11/2018`
 * shows day first, `11/27/2018` month first), provided the file shows only one convention.
 * The rows set aside are then read with it, or reported as ambiguous, and their records are
 * put back where the rows were, so the batch keeps the file's order whatever happened.
 *
 * Hot path (millions of rows): column positions are resolved once from the header; kinds,
 * dates, numbers, platforms, countries and languages are read through caches keyed by the
 * cell text; plain digit strings skip the number parser; a record holds the canonical strings
 * of its cache entries, not the row's own.
 */
import type {
  CandidateRecord,
  EvidenceItem,
  EvidenceKindName,
  ExternalRankEntry,
  IdentityRecord,
  ImportBatch,
  InputProblem,
  Lang,
} from '../../core/domain.js';
import { EVIDENCE_KINDS, foldName, parseKind, type EvidenceKindSpec } from '../../core/evidence/kinds.js';
import { COL, COLUMNS, COLUMN_COUNT, KIND_WORDS, acceptedColumns, matchHeader } from './columns.js';
import {
  DATE_AMBIGUOUS,
  DATE_OK,
  EARLIEST_DATE,
  ORDER_DAY_FIRST,
  ORDER_MONTH_FIRST,
  isoOfExcelSerial,
  isoOfJsDate,
  parseDate,
  type DateReading,
} from './dates.js';
import { MESSAGES, type Messages } from './messages.js';
import {
  CONV_EN,
  CONV_FR,
  NUM_AMBIGUOUS,
  NUM_OK,
  SUFFIX_NONE,
  SUFFIX_PERCENT,
  parseNumber,
  plainInteger,
  showNumber,
  type Locale,
  type NumberReading,
} from './numbers.js';
import { MAX_WORD, readBoolean, readCountry, readLanguage, readPlatform, readUrl, slugOf } from './vocab.js';

/** A cell as a reader gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface BuilderOptions {
  /** The path as the user gave it, written in every origin and problem. */
  file: string;
  locale: Locale;
  /** Language of the messages; default: the file's language, else English. */
  lang?: Lang;
  /** JSON files count records, not lines: messages then start with "record N". */
  unit: 'line' | 'record';
}

export interface ReadResult {
  batch: ImportBatch;
  problems: InputProblem[];
  /** Data rows read (blank rows and the header not counted). */
  rows: number;
}

const C_CANDIDATE = COL.candidate;
const C_NAME = COL.name;
const C_KIND = COL.kind;
const C_DATE = COL.date;
const C_VALUE = COL.value;
const C_PLATFORM = COL.platform;
const C_HANDLE = COL.handle;
const C_URL = COL.url;
const C_VERIFIED = COL.verified;
const C_PEER = COL.peer;
const C_COUNTRY = COL.country;
const C_LANGUAGE = COL.language;
const C_FAKE_SHARE = COL.fake_share;
const C_LIST = COL.list;
const C_LIST_YEAR = COL.list_year;
const C_LIST_SIZE = COL.list_size;
const C_BAND_END = COL.band_end;
const C_SOURCE = COL.source;
const C_NOTE = COL.note;

/** How the value column of a kind is read. */
const V_COUNT = 0; // a count or amount ≥ 0; k and M allowed
const V_SHARE = 1; // a share 0–1, or a percentage
const V_SHARE_OR_COUNT = 2; // audience_country: a share (≤ 1 or %) or a count
const V_RANK = 3; // a whole number ≥ 1

interface KindInfo {
  spec: EvidenceKindSpec;
  name: EvidenceKindName;
  valueKind: number;
  defaultValue: number | null;
}

const KIND_INFO: ReadonlyMap<EvidenceKindName, KindInfo> = new Map(
  EVIDENCE_KINDS.map((spec) => [
    spec.name,
    {
      spec,
      name: spec.name,
      valueKind:
        spec.name === 'search_share' ? V_SHARE : spec.name === 'audience_country' ? V_SHARE_OR_COUNT : spec.name === 'external_rank' ? V_RANK : V_COUNT,
      defaultValue: spec.name === 'post' ? 1 : null,
    },
  ]),
);

const CACHE_LIMIT = 100_000;

/**
 * The attributes of every item that has none: one shared, frozen empty object rather than two
 * million (copy it before adding to it; writing to it throws).
 */
export const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * A copy of a string that a record keeps. V8 makes a substring of 13 characters or more a view
 * on its parent, here the chunk of the file the row came from, so one URL kept per chunk would
 * keep the whole file in memory; the copy keeps only itself.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}


/** Sentinel: the cell had a value, and a problem was reported about it. */
const BAD = '\u0000bad';

interface Deferred {
  cells: Cell[];
  line: number;
  key: string;
  evidenceAt: number;
  identitiesAt: number;
  ranksAt: number;
}

interface Late<T> {
  at: number;
  item: T;
}

/**
 * A cache for cells that take few distinct values (kinds, platforms, countries, languages): the
 * first 16 are compared in turn, which costs less than hashing a fresh string; the rest go to a
 * Map.
 */
class FewValues<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private map: Map<string, V> | null = null;

  get(k: string): V | undefined {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === k) return this.values[i];
    return this.map === null ? undefined : this.map.get(k);
  }

  set(k: string, v: V): void {
    if (this.keys.length < 16) {
      this.keys.push(k);
      this.values.push(v);
      return;
    }
    this.map ??= new Map();
    if (this.map.size >= CACHE_LIMIT) this.map.clear();
    this.map.set(k, v);
  }
}

/** Years whose ISO dates are looked up in a table rather than a Map. */
const SLOT_FIRST_YEAR = 1990;
const SLOT_YEARS = 110;
const SLOTS = SLOT_YEARS * 12 * 31;

/** Index of an ISO date `YYYY-MM-DD` of the years 1990–2099 in a table of SLOTS, or -1 for anything else. */
function isoSlot(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    y = y * 10 + d;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  y -= SLOT_FIRST_YEAR;
  if (y < 0 || y >= SLOT_YEARS || m < 1 || m > 12 || d < 1 || d > 31) return -1;
  return (y * 12 + m - 1) * 31 + d - 1;
}

function mergeAt<T>(base: T[], late: Late<T>[]): T[] {
  if (late.length === 0) return base;
  const out: T[] = new Array(base.length + late.length);
  let j = 0;
  let k = 0;
  for (let i = 0; i <= base.length; i++) {
    while (k < late.length && late[k].at === i) out[j++] = late[k++].item;
    if (i < base.length) out[j++] = base[i];
  }
  return out;
}

export class BatchBuilder {
  readonly file: string;
  readonly unit: 'line' | 'record';
  /** Language of the messages. */
  lang: Lang;
  /** Language the header is written in, when it tells. */
  fileLang: Lang | null = null;
  private readonly requestedLang: Lang | undefined;
  private msg: Messages;

  /** Position in the row of each column of COLUMNS, -1 when absent. */
  private readonly idx = new Int32Array(COLUMN_COUNT).fill(-1);
  private readonly colHeader: (string | null)[] = new Array<string | null>(COLUMN_COUNT).fill(null);
  private headerWidth = 0;
  private unnamed: number[] = [];
  private unnamedReported: Set<number> = new Set();
  private headerSeen = false;
  private usable = false;

  /** Whether Excel serial numbers count from 1904 (set by the XLSX reader). */
  date1904 = false;

  private readonly candidates: CandidateRecord[] = [];
  private readonly byKey = new Map<string, CandidateRecord>();
  /** The candidate of the previous row: rows of one candidate usually follow one another. */
  private lastCandidate: CandidateRecord | null = null;
  /** Line of the row that gave each candidate its name (for the conflict message). */
  private readonly nameLine = new Map<string, number>();
  private identities: IdentityRecord[] = [];
  private evidence: EvidenceItem[] = [];
  /** Evidence items and identities handed out by takeEvidence() and takeIdentities() so far. */
  private taken = 0;
  private takenIdentities = 0;
  private externalRanks: ExternalRankEntry[] = [];
  private readonly problems: InputProblem[] = [];
  rows = 0;

  private readonly kindCache = new FewValues<KindInfo | null>();
  private dateCache = new Map<string, DateReading>();
  /** ISO dates (valid, not early) seen, by isoSlot. */
  private isoDates: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private numCache = new Map<string, NumberReading>();
  private readonly platformCache = new FewValues<string | null>();
  private readonly countryCache = new FewValues<string | null>();
  private readonly languageCache = new FewValues<string | null>();
  private readonly slugCache = new Map<string, string>();

  private numLocale: Locale;
  private dateLocale: Locale;
  private deferAmbiguous: boolean;
  private rowAmbiguous = false;
  private sawNumFr = false;
  private sawNumEn = false;
  private sawDayFirst = false;
  private sawMonthFirst = false;
  private readonly deferred: Deferred[] = [];
  private late: { evidence: Late<EvidenceItem>[]; identities: Late<IdentityRecord>[]; ranks: Late<ExternalRankEntry>[] } | null = null;
  private current: Deferred | null = null;
  private lastSuffix = SUFFIX_NONE;
  private kindList = '';

  constructor(opts: BuilderOptions) {
    this.file = opts.file;
    this.unit = opts.unit;
    this.requestedLang = opts.lang;
    this.lang = opts.lang ?? 'en';
    this.msg = MESSAGES[this.lang];
    this.numLocale = opts.locale;
    this.dateLocale = opts.locale;
    this.deferAmbiguous = opts.locale === 'auto';
  }

  /** The messages in the language of the problems. */
  get messages(): Messages {
    return this.msg;
  }

  /** Whether the header has been given (readers skip blank rows before it). */
  get hasHeader(): boolean {
    return this.headerSeen;
  }

  /** The column (position in COLUMNS) at a position of the row, -1 if none. */
  columnAt(position: number): number {
    for (let c = 0; c < COLUMN_COUNT; c++) if (this.idx[c] === position) return c;
    return -1;
  }

  /** Records a problem. `column`: a column of COLUMNS (number), a name as written, or null. */
  problem(line: number, column: number | string | null, message: string): void {
    const col = typeof column === 'number' ? this.colName(column) : column;
    const text = this.unit === 'record' && line > 0 ? this.msg.record(line) + message : message;
    this.problems.push({ file: this.file, line, column: col, message: text });
  }

  private colName(c: number): string {
    return this.colHeader[c] ?? COLUMNS[c].names[this.fileLang ?? this.lang];
  }

  /**
   * The header row. `lines`: where each header cell comes from, when not `line` (JSON keys).
   * Returns false when the row names no known column: the file has no header.
   */
  header(cells: Cell[], line: number, lines?: number[]): boolean {
    this.headerSeen = true;
    this.headerWidth = cells.length;
    let fr = 0;
    let en = 0;
    let recognised = 0;
    const unknown: { text: string; line: number }[] = [];
    const duplicates: { text: string; first: number; line: number }[] = [];
    for (let i = 0; i < cells.length; i++) {
      let text = cellText(cells[i]).trim();
      if (i === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1).trim();
      const at = lines ? lines[i] : line;
      if (text === '') {
        this.unnamed.push(i);
        continue;
      }
      const m = matchHeader(text);
      if (m === null) {
        unknown.push({ text, line: at });
        continue;
      }
      if (this.idx[m.column] >= 0) {
        duplicates.push({ text, first: m.column, line: at });
        continue;
      }
      this.idx[m.column] = i;
      this.colHeader[m.column] = text;
      recognised++;
      if (m.lang === 'fr') fr++;
      else if (m.lang === 'en') en++;
    }
    this.fileLang = fr > en ? 'fr' : en > fr ? 'en' : null;
    this.lang = this.requestedLang ?? this.fileLang ?? 'en';
    this.msg = MESSAGES[this.lang];
    const listLang = this.fileLang ?? this.lang;
    this.kindList = EVIDENCE_KINDS.map((k) => KIND_WORDS[k.name][listLang]).join(', ');
    if (recognised === 0) {
      this.problem(0, null, this.msg.noHeader(acceptedColumns(listLang)));
      return false;
    }
    for (const u of unknown) this.problem(u.line, u.text, this.msg.unknownColumn(u.text, acceptedColumns(listLang)));
    for (const d of duplicates) this.problem(d.line, d.text, this.msg.duplicateColumn(d.text, this.colName(d.first)));
    let usable = true;
    if (this.idx[C_KIND] < 0) {
      this.problem(line, null, this.msg.missingColumn(this.colName(C_KIND)));
      usable = false;
    }
    if (this.idx[C_CANDIDATE] < 0 && this.idx[C_NAME] < 0) {
      this.problem(line, null, this.msg.missingKeyColumns(this.colName(C_CANDIDATE), this.colName(C_NAME)));
      usable = false;
    }
    this.usable = usable;
    return true;
  }

  /** Trimmed text of a column of the row, '' when absent or empty. */
  private text(cells: Cell[], col: number): string {
    const i = this.idx[col];
    if (i < 0) return '';
    const v = cells[i];
    if (typeof v === 'string') {
      const n = v.length;
      if (n === 0) return v;
      // Most cells have nothing to trim: look at both ends before calling trim().
      const a = v.charCodeAt(0);
      const z = v.charCodeAt(n - 1);
      if (a > 32 && a < 127 && z > 32 && z < 127) return v;
      return v.trim();
    }
    return cellText(v).trim();
  }

  /** One data row. */
  row(cells: Cell[], line: number): void {
    const n = cells.length;
    if (n === 0 || (n === 1 && (cells[0] === '' || cells[0] == null))) return;
    const candText = this.text(cells, C_CANDIDATE);
    const nameText = this.text(cells, C_NAME);
    if (candText === '' && nameText === '' && isBlank(cells)) return;
    this.rows++;
    if (!this.usable) return;
    if (n > this.headerWidth) this.checkExtraCells(cells, line);
    if (this.unnamed.length > 0) this.checkUnnamed(cells, line);

    const key = this.register(candText, nameText, line);
    if (key === null) return;
    this.fact(cells, line, key);
  }

  private checkExtraCells(cells: Cell[], line: number): void {
    for (let i = this.headerWidth; i < cells.length; i++) {
      if (cellText(cells[i]).trim() !== '') this.problem(line, String(i + 1), this.msg.extraCell(i + 1, this.headerWidth));
    }
  }

  private checkUnnamed(cells: Cell[], line: number): void {
    for (const i of this.unnamed) {
      if (this.unnamedReported.has(i)) continue;
      if (i < cells.length && cellText(cells[i]).trim() !== '') {
        this.unnamedReported.add(i);
        this.problem(line, String(i + 1), this.msg.unnamedColumn(i + 1));
      }
    }
  }

  /** The candidate of a row: its key, registered on first sight; null when the row has none. */
  private register(candText: string, nameText: string, line: number): string | null {
    let key = candText;
    if (key === '') {
      if (nameText === '') {
        this.problem(line, this.idx[C_CANDIDATE] >= 0 ? C_CANDIDATE : C_NAME, this.msg.noCandidate(this.colName(C_CANDIDATE), this.colName(C_NAME)));
        return null;
      }
      key = this.slug(nameText);
      if (key === '') {
        this.problem(line, C_NAME, this.msg.noCandidate(this.colName(C_CANDIDATE), this.colName(C_NAME)));
        return null;
      }
    }
    let rec = this.lastCandidate !== null && this.lastCandidate.key === key ? this.lastCandidate : this.byKey.get(key);
    if (rec === undefined) {
      rec = { key: own(key), name: own(nameText), origin: { file: this.file, line } };
      this.byKey.set(key, rec);
      this.candidates.push(rec);
      this.nameLine.set(key, line);
    } else if (nameText !== '' && nameText !== rec.name) {
      if (rec.name === '') {
        rec.name = own(nameText);
        this.nameLine.set(key, line);
      } else if (nameText.length > MAX_WORD * 4 || rec.name.length > MAX_WORD * 4 || foldName(nameText) !== foldName(rec.name)) {
        this.problem(line, C_NAME, this.msg.nameConflict(nameText, rec.name, this.nameLine.get(key) ?? line));
      }
    }
    this.lastCandidate = rec;
    return rec.key;
  }


  private slug(name: string): string {
    let s = this.slugCache.get(name);
    if (s === undefined) {
      s = slugOf(name);
      if (this.slugCache.size >= CACHE_LIMIT) this.slugCache.clear();
      this.slugCache.set(name, s);
    }
    return s;
  }

  private kindOf(text: string): KindInfo | null {
    let k = this.kindCache.get(text);
    if (k === undefined) {
      const name = text.length > MAX_WORD ? null : parseKind(text);
      k = name === null ? null : (KIND_INFO.get(name) ?? null);
      this.kindCache.set(text, k);
    }
    return k;
  }

  /** The fact of a row: one identity, external-ranking entry or evidence item. */
  private fact(cells: Cell[], line: number, key: string): void {
    const kindText = this.text(cells, C_KIND);
    if (kindText === '') {
      this.problem(line, C_KIND, this.msg.missingKind(this.kindList));
      return;
    }
    const info = this.kindOf(kindText);
    if (info === null) {
      this.problem(line, C_KIND, this.msg.unknownKind(kindText, this.kindList));
      return;
    }
    const mark = this.problems.length;
    this.rowAmbiguous = false;
    const kind = info.name;

    // Columns every kind may carry.
    const date = this.date(cells, line);
    const platform = this.platform(cells);
    const source = this.url(cells, C_SOURCE, line);
    const url = this.url(cells, C_URL, line);
    const handle = this.text(cells, C_HANDLE);

    if (kind === 'identity') {
      const verified = this.bool(cells, C_VERIFIED, line);
      this.require(info, kindText, line, date, null, platform, handle, url, '', null, '');
      if (this.setAside(cells, line, key, mark)) return;
      if (this.problems.length > mark) return;
      this.emitIdentity({
        candidateKey: key,
        platform: platform as string,
        handle: handle === '' ? null : own(handle),
        url: url === null ? null : own(url),
        verified,
        origin: { file: this.file, line },
      });
      return;
    }

    const list = this.text(cells, C_LIST);
    const valueRaw = this.num(cells, C_VALUE, line);
    const valueSuffix = this.lastSuffix;

    if (kind === 'external_rank') {
      const rank = valueRaw === null || Number.isNaN(valueRaw) ? valueRaw : this.rank(valueRaw, valueSuffix, cells, line);
      const year = this.year(cells, line);
      const sizeRaw = this.num(cells, C_LIST_SIZE, line);
      let size: number | null = sizeRaw;
      if (sizeRaw !== null && !Number.isNaN(sizeRaw)) {
        if (!Number.isInteger(sizeRaw) || sizeRaw < 1 || this.lastSuffix !== SUFFIX_NONE) {
          this.problem(line, C_LIST_SIZE, this.msg.listSize(this.text(cells, C_LIST_SIZE)));
          size = NaN;
        } else if (rank !== null && !Number.isNaN(rank) && sizeRaw < rank) {
          this.problem(line, C_LIST_SIZE, this.msg.listSizeBelowRank(this.showNum(sizeRaw), this.showNum(rank)));
          size = NaN;
        }
      }
      // A band ("101–150"): value = its first position, band_end = its last.
      const endRaw = this.num(cells, C_BAND_END, line);
      let bandEnd: number | null = endRaw;
      if (endRaw !== null && !Number.isNaN(endRaw)) {
        if (!Number.isInteger(endRaw) || endRaw < 1 || this.lastSuffix !== SUFFIX_NONE) {
          this.problem(line, C_BAND_END, this.msg.bandEnd(this.text(cells, C_BAND_END)));
          bandEnd = NaN;
        } else if (rank !== null && !Number.isNaN(rank) && endRaw < rank) {
          this.problem(line, C_BAND_END, this.msg.bandEndBelowRank(this.showNum(endRaw), this.showNum(rank)));
          bandEnd = NaN;
        } else if (size !== null && !Number.isNaN(size) && endRaw > size) {
          this.problem(line, C_BAND_END, this.msg.bandEndAboveSize(this.showNum(endRaw), this.showNum(size)));
          bandEnd = NaN;
        }
      }
      this.require(info, kindText, line, date, rank, platform, handle, url, '', null, list);
      if (this.setAside(cells, line, key, mark)) return;
      if (this.problems.length > mark) return;
      this.emitRank({
        list: own(list),
        year,
        rank: rank as number,
        ...(bandEnd !== null && bandEnd > (rank as number) ? { bandEnd } : {}),
        listSize: size,
        candidateKey: key,
        name: '',
        sourceUrl: source === null ? null : own(source),
        origin: { file: this.file, line },
      });
      return;
    }

    const value = valueRaw === null ? info.defaultValue : Number.isNaN(valueRaw) ? NaN : this.value(info, valueRaw, valueSuffix, cells, line);
    const peer = this.text(cells, C_PEER);
    const country = this.country(cells, line);
    const language = this.language(cells, line);
    const fakeRaw = this.num(cells, C_FAKE_SHARE, line);
    const fakeShare = fakeRaw === null || Number.isNaN(fakeRaw) ? fakeRaw : this.share(fakeRaw, this.lastSuffix, cells, C_FAKE_SHARE, line);
    this.require(info, kindText, line, date, valueRaw === null ? null : value, platform, handle, url, peer, country, list);
    if (this.setAside(cells, line, key, mark)) return;
    if (this.problems.length > mark) return;

    // Anything else the user wrote is kept in attributes.
    let attributes: Record<string, string> | null = null;
    const note = this.text(cells, C_NOTE);
    if (note !== '') (attributes ??= {}).note = own(note);
    if (handle !== '') (attributes ??= {}).handle = own(handle);
    if (url !== null) (attributes ??= {}).url = own(url);
    if (list !== '') (attributes ??= {}).list = own(list);
    if (this.idx[C_VERIFIED] >= 0) {
      const v = this.text(cells, C_VERIFIED);
      if (v !== '') (attributes ??= {}).verified = v;
    }
    if (this.idx[C_LIST_YEAR] >= 0) {
      const v = this.text(cells, C_LIST_YEAR);
      if (v !== '') (attributes ??= {}).list_year = v;
    }
    if (this.idx[C_LIST_SIZE] >= 0) {
      const v = this.text(cells, C_LIST_SIZE);
      if (v !== '') (attributes ??= {}).list_size = v;
    }
    if (this.idx[C_BAND_END] >= 0) {
      const v = this.text(cells, C_BAND_END);
      if (v !== '') (attributes ??= {}).band_end = v;
    }
    this.emitEvidence({
      candidateKey: key,
      kind,
      date: date as string | null,
      value,
      platform,
      peer: peer === '' ? null : own(peer),
      country: country as string | null,
      language: language as string | null,
      fakeShare: fakeShare as number | null,
      sourceUrl: source !== null ? own(source) : (kind === 'website' || kind === 'knowledge_base') && url !== null ? own(url) : null,
      attributes: attributes ?? NO_ATTRIBUTES,
      origin: { file: this.file, line },
    });
  }

  /** Reports each required column of the kind that the row leaves empty. */
  private require(
    info: KindInfo,
    kindText: string,
    line: number,
    date: string | null,
    value: number | null,
    platform: string | null,
    handle: string,
    url: string | null,
    peer: string,
    country: string | null,
    list: string,
  ): void {
    for (const r of info.spec.required) {
      let missing: number;
      switch (r) {
        case 'date':
          missing = date === null ? C_DATE : -1;
          break;
        case 'value':
          missing = value === null ? C_VALUE : -1;
          break;
        case 'platform':
          missing = platform === null ? C_PLATFORM : -1;
          break;
        case 'url':
          missing = url === null ? C_URL : -1;
          break;
        case 'peer':
          missing = peer === '' ? C_PEER : -1;
          break;
        case 'country':
          missing = country === null ? C_COUNTRY : -1;
          break;
        case 'list':
          missing = list === '' ? C_LIST : -1;
          break;
        case 'handle_or_url':
          if (handle === '' && url === null) {
            this.problem(line, this.idx[C_HANDLE] >= 0 ? C_HANDLE : C_URL, this.msg.requiredHandleOrUrl(this.colName(C_HANDLE), this.colName(C_URL), kindText));
          }
          missing = -1;
          break;
        default:
          missing = -1;
      }
      if (missing >= 0) this.problem(line, missing, this.msg.required(this.colName(missing), kindText));
    }
  }

  /** Sets the row aside when it holds an ambiguous number or date and the file may settle it. */
  private setAside(cells: Cell[], line: number, key: string, mark: number): boolean {
    if (!this.rowAmbiguous || !this.deferAmbiguous) return false;
    this.problems.length = mark;
    this.deferred.push({
      cells,
      line,
      key,
      evidenceAt: this.taken + this.evidence.length,
      identitiesAt: this.takenIdentities + this.identities.length,
      ranksAt: this.externalRanks.length,
    });
    return true;
  }

  private emitEvidence(item: EvidenceItem): void {
    if (this.late !== null && this.current !== null) this.late.evidence.push({ at: this.current.evidenceAt, item });
    else this.evidence.push(item);
  }

  private emitIdentity(item: IdentityRecord): void {
    if (this.late !== null && this.current !== null) this.late.identities.push({ at: this.current.identitiesAt, item });
    else this.identities.push(item);
  }

  private emitRank(item: ExternalRankEntry): void {
    if (this.late !== null && this.current !== null) this.late.ranks.push({ at: this.current.ranksAt, item });
    else this.externalRanks.push(item);
  }

  // ----- cells -----

  /** A number cell: null when empty, NaN when a problem was reported (or the row is set aside). */
  private num(cells: Cell[], col: number, line: number): number | null {
    this.lastSuffix = SUFFIX_NONE;
    const i = this.idx[col];
    if (i < 0) return null;
    const v = cells[i];
    let s: string;
    if (typeof v === 'string') {
      if (v.length === 0) return null;
      const p = plainInteger(v);
      if (p >= 0) return p;
      s = v.trim();
      if (s === '') return null;
    } else if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
      s = String(v);
    } else if (v == null) return null;
    else s = cellText(v).trim();
    let r = this.numCache.get(s);
    if (r === undefined) {
      r = parseNumber(s, this.numLocale);
      if (this.numCache.size >= CACHE_LIMIT) this.numCache.clear();
      this.numCache.set(s, r);
    }
    if (r.convention === CONV_FR) this.sawNumFr = true;
    else if (r.convention === CONV_EN) this.sawNumEn = true;
    if (r.status === NUM_OK) {
      this.lastSuffix = r.suffix;
      return r.value;
    }
    if (r.status === NUM_AMBIGUOUS) {
      if (this.deferAmbiguous) this.rowAmbiguous = true;
      else this.problem(line, col, this.msg.ambiguousNumber(s, this.showNum(r.fr), this.showNum(r.en)));
      return NaN;
    }
    this.problem(line, col, this.msg.notANumber(s));
    return NaN;
  }

  private showNum(v: number): string {
    const s = showNumber(v);
    return this.lang === 'fr' ? s.replace('.', ',') : s;
  }

  /** The value of an evidence item, checked for its kind; NaN when a problem was reported. */
  private value(info: KindInfo, v: number, suffix: number, cells: Cell[], line: number): number {
    switch (info.valueKind) {
      case V_SHARE:
        return this.share(v, suffix, cells, C_VALUE, line);
      case V_SHARE_OR_COUNT:
        if (suffix === SUFFIX_PERCENT || (v <= 1 && v >= 0)) return this.share(v, suffix, cells, C_VALUE, line);
        return this.count(v, suffix, cells, line);
      case V_RANK:
        return this.rank(v, suffix, cells, line);
      default:
        return this.count(v, suffix, cells, line);
    }
  }

  private count(v: number, suffix: number, cells: Cell[], line: number): number {
    if (suffix === SUFFIX_PERCENT) {
      this.problem(line, C_VALUE, this.msg.percentNotAllowed(this.text(cells, C_VALUE)));
      return NaN;
    }
    if (v < 0) {
      this.problem(line, C_VALUE, this.msg.negative(this.text(cells, C_VALUE)));
      return NaN;
    }
    return v;
  }

  private share(v: number, suffix: number, cells: Cell[], col: number, line: number): number {
    if (suffix !== SUFFIX_NONE && suffix !== SUFFIX_PERCENT) {
      this.problem(line, col, this.msg.suffixNotAllowed(this.text(cells, col)));
      return NaN;
    }
    if (!(v >= 0 && v <= 1)) {
      this.problem(line, col, this.msg.share(this.text(cells, col)));
      return NaN;
    }
    return v;
  }

  private rank(v: number, suffix: number, cells: Cell[], line: number): number {
    if (suffix !== SUFFIX_NONE || !Number.isInteger(v) || v < 1) {
      this.problem(line, C_VALUE, this.msg.rank(this.text(cells, C_VALUE)));
      return NaN;
    }
    return v;
  }

  private year(cells: Cell[], line: number): number | null {
    const y = this.num(cells, C_LIST_YEAR, line);
    if (y === null || Number.isNaN(y)) return y === null ? null : NaN;
    if (!Number.isInteger(y) || y < 1900 || y > 2200 || this.lastSuffix !== SUFFIX_NONE) {
      this.problem(line, C_LIST_YEAR, this.msg.year(this.text(cells, C_LIST_YEAR)));
      return NaN;
    }
    return y;
  }

  /** ISO date of the date cell: null when empty, BAD when a problem was reported. */
  private date(cells: Cell[], line: number): string | null {
    const i = this.idx[C_DATE];
    if (i < 0) return null;
    const v = cells[i];
    let iso: string | null;
    let s: string;
    if (typeof v === 'string') {
      if (v.length === 0) return null;
      s = v;
      // Fast path: an ISO date already seen, looked up by its digits (no hashing, no reading object).
      const slot = isoSlot(s);
      if (slot >= 0) {
        const known = this.isoDates[slot];
        if (known !== undefined) return known;
      }
      let r = slot >= 0 ? undefined : this.dateCache.get(s);
      if (r === undefined) {
        const t = s.trim();
        if (t === '') return null;
        r = parseDate(t, this.dateLocale);
        if (slot >= 0) {
          if (r.status === DATE_OK && !r.early) this.isoDates[slot] = r.iso as string;
        } else {
          if (this.dateCache.size >= CACHE_LIMIT) this.dateCache.clear();
          this.dateCache.set(s, r);
        }
      }
      if (r.order === ORDER_DAY_FIRST) this.sawDayFirst = true;
      else if (r.order === ORDER_MONTH_FIRST) this.sawMonthFirst = true;
      if (r.status === DATE_OK) {
        if (!r.early) return r.iso;
        iso = r.iso;
      }
      else if (r.status === DATE_AMBIGUOUS) {
        if (this.deferAmbiguous) {
          this.rowAmbiguous = true;
          return BAD;
        }
        this.problem(line, C_DATE, this.msg.ambiguousDate(s.trim(), r.dayFirst as string, r.monthFirst as string));
        return BAD;
      } else iso = null;
      s = s.trim();
    } else if (v instanceof Date) {
      iso = isoOfJsDate(v);
      s = iso ?? String(v);
    } else if (typeof v === 'number') {
      // A four-digit number is a year; a larger one an Excel serial day.
      iso = Number.isInteger(v) && v >= 1000 && v <= 9999 ? `${v}-01-01` : isoOfExcelSerial(v, this.date1904);
      s = String(v);
    } else if (v == null) return null;
    else {
      s = cellText(v).trim();
      if (s === '') return null;
      iso = parseDate(s, this.dateLocale).iso;
    }
    if (iso === null) {
      this.problem(line, C_DATE, this.msg.notADate(s));
      return BAD;
    }
    if (iso < EARLIEST_DATE) {
      this.problem(line, C_DATE, this.msg.dateTooEarly(s));
      return BAD;
    }
    return iso;
  }

  private platform(cells: Cell[]): string | null {
    const t = this.text(cells, C_PLATFORM);
    if (t === '') return null;
    let p = this.platformCache.get(t);
    if (p === undefined) {
      p = readPlatform(t);
      this.platformCache.set(t, p);
    }
    return p;
  }

  private country(cells: Cell[], line: number): string | null {
    const t = this.text(cells, C_COUNTRY);
    if (t === '') return null;
    let c = this.countryCache.get(t);
    if (c === undefined) {
      c = readCountry(t);
      this.countryCache.set(t, c);
    }
    if (c === null) {
      this.problem(line, C_COUNTRY, this.msg.unknownCountry(t));
      return BAD;
    }
    return c;
  }

  private language(cells: Cell[], line: number): string | null {
    const t = this.text(cells, C_LANGUAGE);
    if (t === '') return null;
    let c = this.languageCache.get(t);
    if (c === undefined) {
      c = readLanguage(t);
      this.languageCache.set(t, c);
    }
    if (c === null) {
      this.problem(line, C_LANGUAGE, this.msg.unknownLanguage(t));
      return BAD;
    }
    return c;
  }

  /** A URL cell: null when empty, BAD when a problem was reported. */
  private url(cells: Cell[], col: number, line: number): string | null {
    const t = this.text(cells, col);
    if (t === '') return null;
    const u = readUrl(t);
    if (u === null) {
      this.problem(line, col, this.msg.notAUrl(t));
      return BAD;
    }
    return u;
  }

  private bool(cells: Cell[], col: number, line: number): boolean {
    const i = this.idx[col];
    if (i < 0) return false;
    const v = cells[i];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (v === 1 || v === 0) return v === 1;
    }
    const t = this.text(cells, col);
    const b = readBoolean(t);
    if (b === null) {
      this.problem(line, col, this.msg.notABoolean(t));
      return false;
    }
    return b;
  }

  // ----- streaming -----

  /** Evidence items built since the last call (or the start), not counting rows set aside. */
  get pendingEvidence(): number {
    return this.evidence.length;
  }

  /**
   * Hands out the evidence items built so far and forgets them, so that a reader can pass a
   * long file on in chunks; finish() then returns only the items built after the last call.
   * Rows set aside (ambiguous numbers or dates) come with finish().
   */
  takeEvidence(): EvidenceItem[] {
    const out = this.evidence;
    this.evidence = [];
    this.taken += out.length;
    return out;
  }

  /** Like takeEvidence, for the identities. */
  takeIdentities(): IdentityRecord[] {
    const out = this.identities;
    this.identities = [];
    this.takenIdentities += out.length;
    return out;
  }

  /** Problems found so far. */
  get problemCount(): number {
    return this.problems.length;
  }

  /** The candidates registered so far, in order of first sight (names may still change). */
  get candidatesSoFar(): readonly CandidateRecord[] {
    return this.candidates;
  }

  // ----- end of file -----

  /** Settles the rows set aside, checks the candidates, and returns the result. */
  finish(): ReadResult {
    if (this.deferred.length > 0) this.settle();

    // Every candidate needs a name; an external-ranking entry carries its candidate's.
    for (const c of this.candidates) {
      if (c.name === '') {
        this.problem(c.origin?.line ?? 0, this.idx[C_NAME] >= 0 ? C_NAME : C_CANDIDATE, this.msg.missingName(c.key));
        c.name = c.key;
      }
    }
    for (const r of this.externalRanks) r.name = this.byKey.get(r.candidateKey)?.name ?? r.candidateKey;

    // Problems in file order (stable: within a line, in the order found).
    let sorted = true;
    for (let i = 1; i < this.problems.length && sorted; i++) if (this.problems[i].line < this.problems[i - 1].line) sorted = false;
    if (!sorted) this.problems.sort((a, b) => a.line - b.line);

    return {
      batch: {
        candidates: this.candidates,
        identities: this.identities,
        evidence: this.evidence,
        externalRanks: this.externalRanks,
      },
      problems: this.problems,
      rows: this.rows,
    };
  }

  private settle(): void {
    const settled = (fr: boolean, en: boolean): Locale => (fr && !en ? 'fr' : en && !fr ? 'en' : 'auto');
    this.numLocale = settled(this.sawNumFr, this.sawNumEn);
    this.dateLocale = settled(this.sawDayFirst, this.sawMonthFirst);
    this.deferAmbiguous = false;
    this.numCache = new Map();
    this.dateCache = new Map();
    this.isoDates = new Array<string | undefined>(SLOTS).fill(undefined);
    this.late = { evidence: [], identities: [], ranks: [] };
    for (const d of this.deferred) {
      this.current = d;
      this.fact(d.cells, d.line, d.key);
    }
    this.current = null;
    // Positions count the items already taken (takeEvidence): those whose place was taken go
    // first among the rest.
    const taken = this.taken;
    this.evidence = mergeAt(this.evidence, taken === 0 ? this.late.evidence : this.late.evidence.map((l) => ({ at: Math.max(0, l.at - taken), item: l.item })));
    const takenIds = this.takenIdentities;
    this.identities = mergeAt(this.identities, takenIds === 0 ? this.late.identities : this.late.identities.map((l) => ({ at: Math.max(0, l.at - takenIds), item: l.item })));
    this.externalRanks = mergeAt(this.externalRanks, this.late.ranks);
    this.late = null;
    this.deferred.length = 0;
  }

  /** Fails the whole file: one problem on line 0. */
  fail(message: string): void {
    this.problems.push({ file: this.file, line: 0, column: null, message });
  }
}

/** Text of a cell of any type. */
export function cellText(v: Cell): string {
  if (typeof v === 'string') return v;
  if (v == null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return isoOfJsDate(v) ?? '';
  return String(v);
}

function isBlank(cells: Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v == null) continue;
    if (typeof v === 'string') {
      if (v.length === 0 || v.trim().length === 0) continue;
      return false;
    }
    return false;
  }
  return true;
}
