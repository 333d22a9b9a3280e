/**
 * Helpers shared by the index modules: masks of evidence kinds, number formatting for the
 * explanations, and the parameter accessors.
 */
import type { EvidenceKindName, Lang } from '../domain.js';
import { KIND_COUNT, kindCode } from '../evidence/kinds.js';
import type { IndexParams } from '../ranking/config.js';

/** A lookup table kind code → weight (0 for kinds the index does not read). */
export function kindWeights(weights: Partial<Record<EvidenceKindName, number>>): Float64Array {
  const m = new Float64Array(KIND_COUNT);
  for (const [name, w] of Object.entries(weights)) m[kindCode(name as EvidenceKindName)] = w as number;
  return m;
}

export function param(params: IndexParams, name: string): number {
  const v = params[name];
  if (typeof v !== 'number') throw new Error(`index parameter "${name}" is missing or not a number`);
  return v;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number for a sentence, in the language's format (fr-CA: "1 234,5"; en-CA: "1,234.5"). */
export function num(x: number, lang: Lang, digits = 1): string {
  const id = `${lang}:${digits}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formatters.set(id, f);
  }
  return f.format(x);
}

export function pct(x: number, lang: Lang): string {
  return lang === 'fr' ? `${num(100 * x, lang, 0)} %` : `${num(100 * x, lang, 0)}%`;
}

export function t(lang: Lang, fr: string, en: string): string {
  return lang === 'fr' ? fr : en;
}

export function newSignal(n: number): { raw: Float64Array; evidence: Int32Array } {
  return { raw: new Float64Array(n).fill(NaN), evidence: new Int32Array(n) };
}

/**
 * Scratch arrays reused across candidates and calls, one set per table and purpose. Each use
 * takes a fresh `mark` (stamp arrays compare against it), so no reset is needed between
 * candidates and a second explanation of the same candidate starts clean.
 */
export interface Marked {
  epoch: number;
}

const scratchCache = new WeakMap<object, Map<string, unknown>>();

export function scratchFor<T extends Marked>(table: object, name: string, make: () => T): T {
  let m = scratchCache.get(table);
  if (!m) {
    m = new Map();
    scratchCache.set(table, m);
  }
  let s = m.get(name) as T | undefined;
  if (!s) {
    s = make();
    m.set(name, s);
  }
  return s;
}

/** A new mark for a scratch set (stamp arrays start at 0, so marks start at 1). */
export function nextMark(s: Marked, step = 1): number {
  s.epoch += step;
  return s.epoch;
}
