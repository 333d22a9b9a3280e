/**
 * Writes numbers and dates for people (Intl, fr-CA / en-CA) and for machines (dot decimal, no
 * exponent). Every formatter is a pure function of its arguments: no wall clock, no time zone
 * (dates are calendar days, formatted in UTC).
 */
import type { Lang } from '../../core/domain.js';

export function locale(lang: Lang): 'fr-CA' | 'en-CA' {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${key}`;
  let f = numberFormats.get(k);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), options);
    numberFormats.set(k, f);
  }
  return f;
}

const MINUS = '\u2212';

/** A number with exactly `digits` decimals, in the language's notation (fr-CA: `12 345,7`). */
export function num(lang: Lang, x: number, digits = 1): string {
  const s = nf(lang, `f${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  return s.replace('-', MINUS);
}

/** A number with at most `digits` decimals (trailing zeros dropped). */
export function numUpTo(lang: Lang, x: number, digits = 2): string {
  const s = nf(lang, `u${digits}`, { maximumFractionDigits: digits }).format(x);
  return s.replace('-', MINUS);
}

/** An integer with grouping (fr-CA: `1 234`). */
export function int(lang: Lang, n: number): string {
  return nf(lang, 'i', { maximumFractionDigits: 0 }).format(n).replace('-', MINUS);
}

/** A signed change: `+4,2`, `−1,0`, `0,0` (typographic minus). */
export function signed(lang: Lang, x: number, digits = 1): string {
  const s = nf(lang, `s${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(x);
  return s.replace('-', MINUS);
}

/** A signed integer change: `+3`, `−2`, `0`. */
export function signedInt(lang: Lang, n: number): string {
  return nf(lang, 'si', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(n).replace('-', MINUS);
}

/** A share 0–1 as a percentage (fr-CA: `10 %`, with its non-breaking space). */
export function pct(lang: Lang, share: number, digits = 0): string {
  return nf(lang, `p${digits}`, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(share);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO calendar date `YYYY-MM-DD` for people: long (`1 mars 2025`) or medium (`Mar 1, 2025`). */
export function date(lang: Lang, iso: string, style: 'long' | 'medium' = 'long'): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(t)) return iso;
  const k = `${lang}|${style}`;
  let f = dateFormats.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(k, f);
  }
  // French writes the first day of a month as an ordinal: « 1er mars 2025 ».
  return f
    .formatToParts(new Date(t))
    .map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}

/**
 * A number for machines: dot decimal, the shortest text that reads back as the same double,
 * never in exponent notation; empty for null and non-finite values.
 */
export function plain(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '';
  if (Object.is(x, -0)) return '0';
  const s = String(x);
  if (!/e/i.test(s)) return s;
  // Exponent notation (|x| < 1e-6 or ≥ 1e21): expand it exactly from the digits and exponent.
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  return sign + digits + '0'.repeat(Math.max(0, exp - (digits.length - 1)));
}

/** A count with the right noun: French treats 0 and 1 as singular, English only 1. */
export function plural(lang: Lang, n: number, one: string, many: string): string {
  const singular = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
  return `${int(lang, n)}\u00a0${singular ? one : many}`;
}

/** An ordinal for percentiles and ranks in running text: `5e`, `1er` / `5th`, `1st`. */
export function ordinal(lang: Lang, n: number): string {
  if (!Number.isInteger(n)) return `${numUpTo(lang, n, 3)}${lang === 'fr' ? 'e' : 'th'}`;
  if (lang === 'fr') return n === 1 ? '1er' : `${int(lang, n)}e`;
  const r100 = n % 100;
  const suffix = r100 >= 11 && r100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${int(lang, n)}${suffix}`;
}
