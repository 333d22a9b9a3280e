/**
 * Dates as people type them, in English or Québec French, read to ISO `YYYY-MM-DD`.
 *
 * Accepted forms (a time after the date, `2018-11-27T14:03:00Z` or `27/11/2018 14:03`, is
 * ignored; no time-zone shift is applied):
 * - ISO 8601 calendar dates: `2018-11-27`, `2018-11` (first of the month), `2018` (1 January);
 *   also with `/` or `.`: `2018/11/27`.
 * - Numeric day and month before the year: `27/11/2018`, `27-11-2018`, `27.11.2018`; `11/2018`
 *   (first of the month). When one part is above 12 the order is plain; when both are 12 or
 *   less (and differ) the locale decides: day first with `fr`, month first with `en`, and with
 *   `auto` the reading is left ambiguous and the caller decides (settled by the file's other
 *   dates, or a problem).
 * - Month names, English or French, full or abbreviated, with or without the final dot and
 *   accents: `27 novembre 2018`, `1er novembre 2018`, `27 Nov 2018`, `November 27, 2018`,
 *   `Nov. 27, 2018`, `novembre 2018`, `mardi 27 novembre 2018`, `Tuesday, November 27th, 2018`.
 * - Excel serial day numbers (1900 date system, or 1904 when the workbook says so): numbers of
 *   five digits, e.g. `43431` = 2018-11-27. A four-digit number is a year.
 * Two-digit years are refused: a reader cannot know the century the writer meant.
 * The month tables are written by hand; they are the twelve months of two languages and the
 * usual abbreviations (OQLF and English style guides), not a locale database.
 */
import type { Locale } from './numbers.js';

export const DATE_OK = 0;
export const DATE_INVALID = 1;
export const DATE_AMBIGUOUS = 2;

/** The order of day and month a numeric date shows. */
export const ORDER_NONE = 0;
export const ORDER_DAY_FIRST = 1;
export const ORDER_MONTH_FIRST = 2;

export interface DateReading {
  status: number;
  /** ISO date when status is DATE_OK, else null. */
  iso: string | null;
  /** The date is before 1990-01-01, the earliest Éclaireur takes. */
  early: boolean;
  /** For a numeric d/m/y date: the order it shows when plain (a part above 12), else ORDER_NONE. */
  order: number;
  /** When ambiguous: the reading day first and the reading month first. */
  dayFirst: string | null;
  monthFirst: string | null;
}

const MONTHS: ReadonlyMap<string, number> = (() => {
  const names: string[][] = [
    ['janvier', 'janv', 'jan', 'january'],
    ['fevrier', 'fevr', 'fev', 'feb', 'february', 'fevier'],
    ['mars', 'mar', 'march'],
    ['avril', 'avr', 'apr', 'april'],
    ['mai', 'may'],
    ['juin', 'jun', 'june'],
    ['juillet', 'juil', 'jul', 'july'],
    ['aout', 'aou', 'aug', 'august'],
    ['septembre', 'sept', 'sep', 'september'],
    ['octobre', 'oct', 'october'],
    ['novembre', 'nov', 'november'],
    ['decembre', 'dec', 'december'],
  ];
  const m = new Map<string, number>();
  names.forEach((list, i) => list.forEach((n) => m.set(n, i + 1)));
  return m;
})();

/** Words that may stand around a date and carry nothing: weekdays, articles. */
const FILLERS: ReadonlySet<string> = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lun', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'le', 'the', 'of', 'on',
]);

/** Ordinal suffixes allowed after a day number: 1er, 1re, 2e, 1st, 2nd, 3rd, 4th. */
const ORDINALS: ReadonlySet<string> = new Set(['er', 're', 'e', 'eme', 'st', 'nd', 'rd', 'th']);

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** ISO date of a calendar day, or null when it does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** ISO date of a JS Date, read in UTC (how exceljs gives cell dates). */
export function isoOfJsDate(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * ISO date of an Excel serial day number (the time of day, the fraction, is dropped). In the
 * 1900 system serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was, so
 * from serial 61 on, serial 25569 is 1970-01-01; in the 1904 system serial 0 is 1904-01-01.
 */
export function isoOfExcelSerial(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return null;
  const day = Math.floor(serial) - 25569 + (date1904 ? 1462 : 0);
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** The earliest date Éclaireur takes: the web of thought leadership starts in the 1990s. */
export const EARLIEST_DATE = '1990-01-01';

function ok(iso: string, order = ORDER_NONE): DateReading {
  return { status: DATE_OK, iso, early: iso < EARLIEST_DATE, order, dayFirst: null, monthFirst: null };
}

const INVALID: DateReading = Object.freeze({ status: DATE_INVALID, iso: null, early: false, order: ORDER_NONE, dayFirst: null, monthFirst: null }) as DateReading;

function digitsAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

type Token = { num: number; len: number; word: string | null; sep: string };

/** Splits a date into numbers and folded words; separators are remembered after each token. */
function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let k = 0;
  const n = s.length;
  while (k < n) {
    let c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      let v = 0;
      const start = k;
      while (k < n && (c = s.charCodeAt(k)) >= 48 && c <= 57) {
        v = v * 10 + (c - 48);
        k++;
      }
      out.push({ num: v, len: k - start, word: null, sep: '' });
    } else if (isLetter(c)) {
      const start = k;
      while (k < n && isLetter(s.charCodeAt(k))) k++;
      const word = s
        .slice(start, k)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      out.push({ num: -1, len: k - start, word, sep: '' });
    } else if (isBlank(c) || c === 44 || c === 46 || c === 47 || c === 45) {
      if (out.length === 0) {
        if (isBlank(c)) {
          k++;
          continue;
        }
        return null;
      }
      out[out.length - 1].sep += isBlank(c) ? ' ' : s[k];
      k++;
    } else return null;
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9 || c === 10 || c === 13;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Strips a time of day after the date: `T14:03`, ` 14:03:00`, `T14:03:00.000Z`. */
function stripTime(s: string): string {
  for (let k = 8; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c === 84 || c === 32) && k + 3 < s.length) {
      // T or space, then h:mm or hh:mm
      const d1 = s.charCodeAt(k + 1);
      if (d1 < 48 || d1 > 57) continue;
      const c2 = s.charCodeAt(k + 2);
      const c3 = s.charCodeAt(k + 3);
      if (c2 === 58 || (c2 >= 48 && c2 <= 57 && c3 === 58)) return s.slice(0, k);
    }
  }
  return s;
}

/** Reads a date typed by a person; never throws. `date1904`: how to read Excel serial numbers. */
export function parseDate(text: string, locale: Locale, date1904 = false): DateReading {
  let s = text.trim();
  const n = s.length;
  // Fast path: ISO YYYY-MM-DD.
  if (n === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y = digitsAt(s, 0, 4);
    const m = digitsAt(s, 5, 7);
    const d = digitsAt(s, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) {
      const iso = isoDate(y, m, d);
      return iso === null ? INVALID : ok(iso);
    }
  }
  if (n === 0) return INVALID;
  if (n > 60) return INVALID;
  s = stripTime(s);
  const tokens = tokenize(s);
  if (tokens === null || tokens.length === 0) return INVALID;

  // Numbers only.
  if (tokens.every((t) => t.word === null)) return numericDate(tokens, locale, date1904);

  // With words: a month name, a day (maybe with an ordinal suffix), a year of four digits.
  let day = -1;
  let month = -1;
  let year = -1;
  let monthWord = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const sep = t.sep.trim();
    if (sep !== '' && sep !== ',' && sep !== '.' && sep !== '.,') return INVALID;
    if (t.word !== null) {
      const mo = MONTHS.get(t.word);
      if (mo !== undefined && (month < 0 || monthWord === 'mar')) {
        // "mar" is March, or mardi when another month follows ("mar. 27 nov. 2018").
        month = mo;
        monthWord = t.word;
      } else if (!FILLERS.has(t.word)) return INVALID;
      continue;
    }
    if (t.len === 4) {
      if (year >= 0) return INVALID;
      year = t.num;
      continue;
    }
    if (t.len > 2 || day >= 0) return INVALID;
    day = t.num;
    // An ordinal suffix glued to the day: "1er", "27th".
    const next = tokens[k + 1];
    if (next !== undefined && next.word !== null && t.sep === '' && ORDINALS.has(next.word)) k++;
  }
  if (month < 0 || year < 0) return INVALID;
  const iso = isoDate(year, month, day < 0 ? 1 : day);
  return iso === null ? INVALID : ok(iso);
}

function numericDate(tokens: Token[], locale: Locale, date1904: boolean): DateReading {
  const count = tokens.length;
  const sep0 = tokens[0].sep.trim();
  for (let k = 0; k < count - 1; k++) {
    const sp = tokens[k].sep.trim();
    if (sp !== sep0 || (sp !== '-' && sp !== '/' && sp !== '.')) return INVALID;
  }
  if (tokens[count - 1].sep.trim() !== '') return INVALID;
  const [a, b, c] = tokens;
  if (count === 1) {
    if (a.len === 4) {
      const iso = isoDate(a.num, 1, 1);
      return iso === null ? INVALID : ok(iso);
    }
    if (a.len === 5) {
      const iso = isoOfExcelSerial(a.num, date1904);
      return iso === null ? INVALID : ok(iso);
    }
    return INVALID;
  }
  if (count === 2) {
    // 2018-11 or 11/2018
    if (a.len === 4 && b.len <= 2) {
      const iso = isoDate(a.num, b.num, 1);
      return iso === null ? INVALID : ok(iso);
    }
    if (b.len === 4 && a.len <= 2) {
      const iso = isoDate(b.num, a.num, 1);
      return iso === null ? INVALID : ok(iso);
    }
    return INVALID;
  }
  if (count !== 3) return INVALID;
  if (a.len === 4) {
    if (b.len > 2 || c.len > 2) return INVALID;
    const iso = isoDate(a.num, b.num, c.num);
    return iso === null ? INVALID : ok(iso);
  }
  if (c.len !== 4 || a.len > 2 || b.len > 2) return INVALID;
  const y = c.num;
  const dayFirst = isoDate(y, b.num, a.num);
  const monthFirst = isoDate(y, a.num, b.num);
  if (dayFirst === null && monthFirst === null) return INVALID;
  if (monthFirst === null) return ok(dayFirst as string, ORDER_DAY_FIRST);
  if (dayFirst === null) return ok(monthFirst, ORDER_MONTH_FIRST);
  if (dayFirst === monthFirst) return ok(dayFirst);
  if (locale === 'fr') return ok(dayFirst);
  if (locale === 'en') return ok(monthFirst);
  return { status: DATE_AMBIGUOUS, iso: null, early: false, order: ORDER_NONE, dayFirst, monthFirst };
}
