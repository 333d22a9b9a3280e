/**
 * The recency-weighted rate of dated items, shared by the publishing, community-contribution
 * and media-presence indices.
 *
 * rate = (ln 2 / h) × Σ_items w_kind × 0.5^(age/h), with h the half-life expressed in the
 * rate's unit (months or years). Exponential decay turns a history into a current rate: for
 * someone who has produced r weighted items per unit of time steadily for long, the sum tends
 * to r·h/ln 2, so the rate tends to r. Recent items count fully, an item one half-life old
 * half, and a silent period lowers the rate smoothly instead of dropping off a window's edge.
 * Reference: exponentially weighted moving averages (Roberts 1959; Hunter 1986) with a
 * half-life parameter, as in citation-recency indicators.
 */
import { NO_DAY } from '../dates.js';
import type { Lang } from '../domain.js';
import type { IndexContext, IndexSignal } from './types.js';
import { newSignal } from './common.js';
import { recencyLookup } from '../ranking/normalise.js';

export interface RateTally {
  items: number;
  /** Items per kind code. */
  byKind: Map<number, number>;
  rate: number;
}

export const UNIT_DAYS = { month: 365.2425 / 12, year: 365.2425 } as const;
export type RateUnit = keyof typeof UNIT_DAYS;

export function rateOf(ctx: IndexContext, c: number, weights: Float64Array, unit: RateUnit, byKind?: Map<number, number>): { items: number; rate: number } {
  const { table, asOfDay, params } = ctx;
  const h = params.halfLifeDays;
  // 0.5^(age/h) by table lookup (the same numbers as Math.pow below; ages are ≥ 0 here).
  const lut = h > 0 ? recencyLookup(table, asOfDay, h) : null;
  let items = 0;
  let sum = 0;
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    const k = table.kind[r];
    const w = weights[k];
    if (w === 0) continue;
    const d = table.day[r];
    if (d === NO_DAY || d > asOfDay) continue;
    items++;
    if (byKind) byKind.set(k, (byKind.get(k) ?? 0) + 1);
    const age = asOfDay - d;
    sum += lut === null ? w : w * (age < lut.length ? lut[age] : Math.pow(0.5, age / h));
  }
  // With no decay the "rate" is the weighted count over the unit-less history.
  const rate = h > 0 ? (sum * Math.LN2 * UNIT_DAYS[unit]) / h : sum;
  return { items, rate };
}

export function rateSignal(ctx: IndexContext, weights: Float64Array, unit: RateUnit): IndexSignal {
  const C = ctx.table.candidateCount;
  const out = newSignal(C);
  for (let c = 0; c < C; c++) {
    const r = rateOf(ctx, c, weights, unit);
    out.evidence[c] = r.items;
    if (r.items > 0) out.raw[c] = r.rate;
  }
  return out;
}

export function unitWord(unit: RateUnit, lang: Lang): string {
  if (lang === 'fr') return unit === 'month' ? 'par mois' : 'par an';
  return unit === 'month' ? 'per month' : 'per year';
}
