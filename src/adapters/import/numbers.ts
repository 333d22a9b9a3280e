/**
 * Numbers as people type them in spreadsheets, English or Québec French: `12345`, `12 345,6`
 * (space, no-break space U+00A0, narrow no-break space U+202F or thin space U+2009 between
 * thousands), `12,345.6`, `12.345,6`, `0,35`, `35 %`, `1,2 k`, `1.2M`.
 *
 * The rules, kept few so that they can be explained:
 * - Spaces only ever group thousands. Groups after the first have exactly three digits.
 * - When both `,` and `.` occur, the last one is the decimal separator and occurs once.
 * - A separator that occurs more than once groups thousands (`1,234,567`, `1.234.567`).
 * - A single `,` or `.` followed by other than exactly three digits is the decimal separator
 *   (`1,5`, `0.35`), and so is one after a space-grouped part (`12 345,678`), after `0` or
 *   after more than three digits (`0,500`, `1500,250`).
 * - What remains — one separator between one to three digits (not `0`) and exactly three
 *   digits, `1,500` or `1.500` — is ambiguous: the locale decides. In Québec French (`fr`) the
 *   comma is the decimal separator, so `1,500` = 1.5 and `1.500` = 1500; in English (`en`)
 *   `1,500` = 1500 and `1.500` = 1.5. With `auto`, the reading is left ambiguous, and each
 *   unambiguous number reports the convention it shows (`1,5` French, `1.5` English), so the
 *   caller can settle the file's convention from its other numbers.
 * - Suffixes: `%` (hundredths), `k`/`K` (thousands), `M`/`m` (millions), after optional spaces.
 *   Which suffix a column allows is the caller's business.
 * The value is computed from an exact integer mantissa and one power of ten, so `0,35` is the
 * same double as `0.35` in source code.
 */

export type Locale = 'fr' | 'en' | 'auto';

/** Status of a reading. */
export const NUM_OK = 0;
export const NUM_INVALID = 1;
export const NUM_AMBIGUOUS = 2;

/** The decimal convention a number shows. */
export const CONV_NONE = 0;
export const CONV_FR = 1;
export const CONV_EN = 2;

export const SUFFIX_NONE = 0;
export const SUFFIX_PERCENT = 1;
export const SUFFIX_K = 2;
export const SUFFIX_M = 3;

export interface NumberReading {
  status: number;
  /** The value (already divided by 100 for `%`, multiplied for `k`/`M`); NaN unless status is NUM_OK. */
  value: number;
  /** Decimal convention the text shows: CONV_FR, CONV_EN or CONV_NONE. */
  convention: number;
  suffix: number;
  /** When ambiguous: the value read with French and with English conventions. */
  fr: number;
  en: number;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9;
}

function invalid(): NumberReading {
  return { status: NUM_INVALID, value: NaN, convention: CONV_NONE, suffix: SUFFIX_NONE, fr: NaN, en: NaN };
}

/** mantissa × 10^exp, correctly rounded when the mantissa is exact. */
function scale(mant: number, exp: number): number {
  if (exp >= 0) return exp < POW10.length ? mant * POW10[exp] : mant * Math.pow(10, exp);
  return -exp < POW10.length ? mant / POW10[-exp] : mant / Math.pow(10, -exp);
}

/**
 * The value of a string of ASCII digits only (at most 15), or -1 for anything else: the fast
 * path for the plain counts, ranks and years that make up most files.
 */
export function plainInteger(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Reads a number typed by a person; never throws. */
export function parseNumber(text: string, locale: Locale): NumberReading {
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  if (i === end) return invalid();

  let negative = false;
  let c = text.charCodeAt(i);
  if (c === 45 || c === 0x2212) {
    negative = true;
    i++;
  } else if (c === 43) i++;

  let suffix = SUFFIX_NONE;
  let suffixExp = 0;
  if (end > i) {
    c = text.charCodeAt(end - 1);
    if (c === 37) {
      suffix = SUFFIX_PERCENT;
      suffixExp = -2;
    } else if (c === 107 || c === 75) {
      suffix = SUFFIX_K;
      suffixExp = 3;
    } else if (c === 77 || c === 109) {
      suffix = SUFFIX_M;
      suffixExp = 6;
    }
    if (suffix !== SUFFIX_NONE) {
      end--;
      while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
    }
  }
  if (i === end) return invalid();

  // One pass: digits, and where the separators are.
  let commas = 0;
  let dots = 0;
  let spaces = 0;
  let lastComma = -1;
  let lastDot = -1;
  let digits = 0;
  let prevSep = true; // a separator may not start (except a decimal one, checked below) nor follow another
  let mant = 0;
  for (let k = i; k < end; k++) {
    c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      digits++;
      prevSep = false;
      continue;
    }
    if (prevSep && !(k === i && (c === 44 || c === 46))) return invalid();
    prevSep = true;
    if (c === 44) {
      commas++;
      lastComma = k;
    } else if (c === 46) {
      dots++;
      lastDot = k;
    } else if (isSpace(c)) spaces++;
    else return invalid();
  }
  if (prevSep || digits === 0) return invalid();

  // Which separator is the decimal one.
  let dec = -1; // position of the decimal separator
  let group = 0; // char code of the grouping separator besides spaces (0: none)
  let convention = CONV_NONE;
  let ambiguous = false;
  if (commas > 0 && dots > 0) {
    if (lastComma > lastDot) {
      if (commas > 1) return invalid();
      dec = lastComma;
      group = 46;
      convention = CONV_FR;
    } else {
      if (dots > 1) return invalid();
      dec = lastDot;
      group = 44;
      convention = CONV_EN;
    }
  } else if (commas > 0 || dots > 0) {
    const sepCode = commas > 0 ? 44 : 46;
    const count = commas > 0 ? commas : dots;
    const pos = commas > 0 ? lastComma : lastDot;
    if (count > 1) {
      group = sepCode;
      convention = sepCode === 44 ? CONV_EN : CONV_FR;
    } else {
      const after = end - pos - 1;
      const before = pos - i; // characters before, all digits when there are no spaces
      const leadingZero = before === 1 && text.charCodeAt(i) === 48;
      if (after !== 3 || spaces > 0 || before === 0 || before > 3 || leadingZero) {
        dec = pos;
        convention = sepCode === 44 ? CONV_FR : CONV_EN;
      } else {
        ambiguous = true;
      }
    }
  }

  // Check the grouping: first group 1–3 digits, then groups of exactly 3, up to the decimal separator.
  const intEnd = dec >= 0 ? dec : end;
  if (spaces > 0 || group !== 0) {
    let run = 0;
    let first = true;
    for (let k = i; k < intEnd; k++) {
      c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        run++;
        continue;
      }
      if (c !== group && !isSpace(c)) return invalid();
      if (first ? run < 1 || run > 3 : run !== 3) return invalid();
      first = false;
      run = 0;
    }
    if (!first && run !== 3) return invalid();
  }
  if (dec >= 0) {
    // The decimal part: digits only.
    for (let k = dec + 1; k < end; k++) {
      c = text.charCodeAt(k);
      if (c < 48 || c > 57) return invalid();
    }
  }
  const decimals = dec >= 0 ? end - dec - 1 : 0;

  const sign = negative ? -1 : 1;
  const exact = digits <= 15;
  const compute = (decs: number): number => {
    if (exact) return sign * scale(mant, suffixExp - decs);
    // Too many digits for an exact mantissa: let the engine round the digit string.
    let s = '';
    for (let k = i; k < end; k++) {
      const d = text.charCodeAt(k);
      if (d >= 48 && d <= 57) s += text[k];
    }
    return sign * Number(s) * Math.pow(10, suffixExp - decs);
  };

  if (ambiguous) {
    const asDecimal = compute(3);
    const asGrouped = compute(0);
    const comma = commas > 0;
    const fr = comma ? asDecimal : asGrouped;
    const en = comma ? asGrouped : asDecimal;
    if (locale === 'fr') return { status: NUM_OK, value: fr, convention: CONV_NONE, suffix, fr, en };
    if (locale === 'en') return { status: NUM_OK, value: en, convention: CONV_NONE, suffix, fr, en };
    return { status: NUM_AMBIGUOUS, value: NaN, convention: CONV_NONE, suffix, fr, en };
  }
  const value = compute(decimals);
  return { status: NUM_OK, value, convention, suffix, fr: value, en: value };
}

/** A number as a person would write it back in messages: up to 6 decimals, no grouping. */
export function showNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return String(Math.round(v * 1e6) / 1e6);
}
