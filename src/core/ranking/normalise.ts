/**
 * Normalisation of a raw index signal to 0–100 and the recency weight of dated evidence.
 *
 * - log-cap: 100·ln(1+x)/ln(1+cap), at most 100: for counts and audiences, where each doubling
 *   matters about as much as the last (the usual treatment of heavy-tailed counts; cf. Klout's
 *   and Kred's log-scaled scores).
 * - linear-cap: 100·x/cap, at most 100: for quantities with a natural ceiling (years of
 *   experience, composite scores already in 0–100).
 * - percentile: the mid-rank percentile within the cohort, 100·(#below + ½·#equal)/n over the
 *   candidates whose signal is present (Hazen's plotting position); relative, so a score moves
 *   when the cohort changes.
 * Missing signals (NaN) stay NaN: missing is never scored as average.
 *
 * Recency: weight 0.5^(age/halfLife) (exponential decay with a stated half-life); half-life 0
 * means no decay. Evidence dated after the reference date is ignored by the scorers.
 */
import { NO_DAY } from '../dates.js';
import type { EvidenceTable } from '../evidence/table.js';
import type { Normalisation } from './config.js';

export function normaliseInto(raw: Float64Array, n: Normalisation, out: Float64Array): Float64Array {
  const len = raw.length;
  if (n.method === 'log-cap') {
    const denom = Math.log1p(n.cap);
    for (let i = 0; i < len; i++) {
      const x = raw[i];
      out[i] = x !== x ? NaN : x <= 0 ? 0 : Math.min(100, (100 * Math.log1p(x)) / denom);
    }
  } else if (n.method === 'linear-cap') {
    for (let i = 0; i < len; i++) {
      const x = raw[i];
      out[i] = x !== x ? NaN : x <= 0 ? 0 : Math.min(100, (100 * x) / n.cap);
    }
  } else {
    percentileInto(raw, out);
  }
  return out;
}

function percentileInto(raw: Float64Array, out: Float64Array): void {
  const present: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i] === raw[i]) present.push(raw[i]);
  const sorted = Float64Array.from(present).sort();
  const n = sorted.length;
  for (let i = 0; i < raw.length; i++) {
    const x = raw[i];
    if (x !== x) {
      out[i] = NaN;
      continue;
    }
    const below = lowerBound(sorted, x);
    const equal = upperBound(sorted, x) - below;
    out[i] = (100 * (below + 0.5 * equal)) / n;
  }
}

/** First index whose value is >= x in an ascending array. */
export function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x in an ascending array. */
export function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 0.5^(ageDays/halfLifeDays); 1 when the half-life is 0 (no decay) or the age is ≤ 0. */
export function recencyWeight(ageDays: number, halfLifeDays: number): number {
  if (halfLifeDays <= 0 || ageDays <= 0) return 1;
  return Math.pow(0.5, ageDays / halfLifeDays);
}

/** Ages covered by a recency lookup table at most (about 180 years; older items call recencyWeight). */
const MAX_LOOKUP_AGE = 65536;
const earliestDays = new WeakMap<EvidenceTable, number>();
const lookups = new WeakMap<EvidenceTable, Map<string, Float64Array>>();
/** The last answer (the table held weakly, so that a scored table can still be collected). */
const last: { table: WeakRef<EvidenceTable> | null; asOfDay: number; halfLifeDays: number; lookup: Float64Array } = { table: null, asOfDay: NaN, halfLifeDays: NaN, lookup: new Float64Array(1) };

/**
 * recencyWeight(age, halfLifeDays) for the integer ages 0 … asOfDay − (earliest dated day of
 * the table), as a table the hot loops index instead of calling Math.pow for every item
 * (`age < t.length ? t[age] : recencyWeight(age, h)`); each entry is computed by
 * recencyWeight itself, so the weights are the same to the bit. Cached per table.
 */
export function recencyLookup(table: EvidenceTable, asOfDay: number, halfLifeDays: number): Float64Array {
  // The scorers ask once per candidate with the same arguments: answer those from the last call.
  if (asOfDay === last.asOfDay && halfLifeDays === last.halfLifeDays && last.table?.deref() === table) return last.lookup;
  let byKey = lookups.get(table);
  if (!byKey) {
    byKey = new Map();
    lookups.set(table, byKey);
  }
  const id = `${asOfDay}:${halfLifeDays}`;
  let t = byKey.get(id);
  if (!t) {
    let earliest = earliestDays.get(table);
    if (earliest === undefined) {
      earliest = Infinity;
      const day = table.day;
      for (let r = 0; r < table.rows; r++) if (day[r] !== NO_DAY && day[r] < earliest) earliest = day[r];
      earliestDays.set(table, earliest);
    }
    const n = Math.max(1, Math.min(MAX_LOOKUP_AGE, earliest === Infinity ? 1 : asOfDay - earliest + 1));
    t = new Float64Array(n);
    for (let age = 0; age < n; age++) t[age] = recencyWeight(age, halfLifeDays);
    byKey.set(id, t);
  }
  last.table = new WeakRef(table);
  last.asOfDay = asOfDay;
  last.halfLifeDays = halfLifeDays;
  last.lookup = t;
  return t;
}

/** Describes a normalisation in words, for the methodology. */
export function describeNormalisation(n: Normalisation, unit: string, lang: 'fr' | 'en'): string {
  const cap = n.cap.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA');
  if (lang === 'fr') {
    if (n.method === 'log-cap') return `échelle logarithmique plafonnée : 100·ln(1+x)/ln(1+${cap}), au plus 100 (x = ${unit})`;
    if (n.method === 'linear-cap') return `échelle linéaire plafonnée : 100·x/${cap}, au plus 100 (x = ${unit})`;
    return `rang centile dans la cohorte (rang moyen des ex æquo) de x = ${unit}`;
  }
  if (n.method === 'log-cap') return `log scale with a cap: 100·ln(1+x)/ln(1+${cap}), at most 100 (x = ${unit})`;
  if (n.method === 'linear-cap') return `linear scale with a cap: 100·x/${cap}, at most 100 (x = ${unit})`;
  return `percentile within the cohort (mid-rank for ties) of x = ${unit}`;
}
