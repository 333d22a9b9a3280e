/**
 * Scores a cohort: the ten raw signals, their normalisation to 0–100, the weighted total and
 * the order.
 *
 * total = Σ_i w_i·s_i / Σ_i w_i over the ten indices, where an index without evidence has
 * s_i = 0 (absence of evidence is not rewarded) and is flagged as missing. Index scores are
 * rounded to 4 decimals, contributions w_i·s_i/Σw to 6, and the total is the sum of the
 * rounded contributions rounded to 6, so the published contributions add up to the published
 * score exactly. Ties are broken, in order, by: more indices with evidence, then the
 * candidate key in code-point order — a deterministic rule that needs no locale. A candidate
 * with no evidence for any index (as of the reference date) is not ranked.
 */
import { NO_DAY, dayOf, isoOf } from '../dates.js';
import { INDEX_KEYS, type IndexKey, type ScoringInput } from '../domain.js';
import { INDEX_MODULES } from '../indices/registry.js';
import type { IndexContext } from '../indices/types.js';
import type { RankingConfig } from './config.js';
import { compareCodePoints } from '../text.js';
import { normaliseInto } from './normalise.js';
import { TotalOrder } from './order.js';

export const TIE_BREAK = {
  en: 'Equal scores are ordered by the number of indices with evidence (more first), then by candidate identifier in code-point order.',
  fr: 'Les scores égaux sont départagés par le nombre d’indices appuyés par des preuves (le plus grand d’abord), puis par l’identifiant du candidat en ordre des points de code.',
} as const;

export interface Cohort {
  /** Reference day and its ISO date (null when no evidence is dated). */
  asOfDay: number;
  asOf: string | null;
  /** Per index (INDEX_KEYS order), length C: score 0–100 rounded to 4 decimals, NaN when missing. */
  scores: Float64Array[];
  raw: Float64Array[];
  evidence: Int32Array[];
  /** Per index, length C: contribution rounded to 6 decimals. */
  contributions: Float64Array[];
  weights: Float64Array;
  /** Total score (sum of rounded contributions, rounded to 6 decimals). */
  total: Float64Array;
  /** Number of indices with a score. */
  present: Uint8Array;
  /** Indices of the ranked candidates (those with evidence for at least one index), in rank order. */
  order: Int32Array;
  /** 1-based rank of each candidate; 0 for a candidate with no evidence at all (not ranked). */
  rank: Int32Array;
}

export const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Home country of a field region (`CA-QC` → `CA`, `fr` → `FR`), null when worldwide. */
export function homeCountryOf(region: string | null): string | null {
  if (!region) return null;
  const m = /^([A-Za-z]{2})(?:$|-)/.exec(region.trim());
  return m ? m[1].toUpperCase() : null;
}

/** The reference day: the configured date, else the latest dated evidence. */
export function resolveAsOf(input: ScoringInput, config: RankingConfig): { asOfDay: number; asOf: string | null } {
  if (config.asOf) return { asOfDay: dayOf(config.asOf), asOf: config.asOf };
  let max = NO_DAY;
  const day = input.table.day;
  for (let r = 0; r < input.table.rows; r++) if (day[r] > max) max = day[r];
  return max === NO_DAY ? { asOfDay: 0, asOf: null } : { asOfDay: max, asOf: isoOf(max) };
}

/** The context an index module runs in. */
export function indexContext(input: ScoringInput, config: RankingConfig, key: IndexKey, asOfDay: number): IndexContext {
  return {
    table: input.table,
    candidates: input.candidates,
    graph: input.graph ?? null,
    aliases: input.aliases ?? null,
    asOfDay,
    homeCountry: homeCountryOf(input.field.region),
    params: config.indices[key],
  };
}

/** Rank of each candidate's key in code-point order (identity when already sorted). */
export function keyRanks(keys: readonly string[]): Int32Array {
  const n = keys.length;
  const out = new Int32Array(n);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (compareCodePoints(keys[i - 1], keys[i]) >= 0) sorted = false;
  if (sorted) {
    for (let i = 0; i < n; i++) out[i] = i;
    return out;
  }
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareCodePoints(keys[a], keys[b]));
  for (let i = 0; i < n; i++) out[idx[i]] = i;
  return out;
}

export function scoreCohort(input: ScoringInput, config: RankingConfig, onIndex?: (key: IndexKey, done: number) => void): Cohort {
  const C = input.candidates.length;
  if (input.table.candidateCount !== C) throw new Error(`evidence table has ${input.table.candidateCount} candidates, input lists ${C}`);
  const { asOfDay, asOf } = resolveAsOf(input, config);
  const weights = Float64Array.from(INDEX_KEYS.map((k) => config.weights[k]));
  const scores: Float64Array[] = [];
  const raw: Float64Array[] = [];
  const evidence: Int32Array[] = [];
  INDEX_KEYS.forEach((key, i) => {
    const ctx = indexContext(input, config, key, asOfDay);
    const sig = INDEX_MODULES[key].signal(ctx);
    const s = normaliseInto(sig.raw, ctx.params.normalisation, new Float64Array(C));
    for (let c = 0; c < C; c++) {
      const x = s[c];
      if (x === x) s[c] = Math.round(x * 1e4) / 1e4;
    }
    scores.push(s);
    raw.push(sig.raw);
    evidence.push(sig.evidence);
    onIndex?.(key, i + 1);
  });
  const w = weighScores(scores, weights, input.candidates.map((x) => x.key));
  return { asOfDay, asOf, scores, raw, evidence, weights, ...w };
}

/** What the weights make of the index scores: contributions, totals, the order and the ranks. */
export interface Weighed {
  contributions: Float64Array[];
  total: Float64Array;
  present: Uint8Array;
  order: Int32Array;
  rank: Int32Array;
}

/**
 * The weighing step of scoreCohort, on its own so that the web app re-ranks a saved run with
 * other weights by the same arithmetic: `scores` per index (INDEX_KEYS order), each of length
 * C, rounded to 4 decimals and NaN when missing (a result's `indices[i].score`, null → NaN);
 * `weights` per index (their sum must be positive); `keys` the candidates' keys, for the
 * tie-break. Contributions are rounded to 6 decimals and the total is the sum of the rounded
 * contributions rounded to 6, as the module's header says.
 */
export function weighScores(scores: readonly Float64Array[], weights: Float64Array, keys: readonly string[], kr: Int32Array = keyRanks(keys)): Weighed {
  const C = keys.length;
  const K = scores.length;
  let W = 0;
  for (let i = 0; i < K; i++) W += weights[i];
  const contributions: Float64Array[] = [];
  const total = new Float64Array(C);
  const present = new Uint8Array(C);
  for (let i = 0; i < K; i++) {
    const s = scores[i];
    const contrib = new Float64Array(C);
    const f = weights[i] / W;
    for (let c = 0; c < C; c++) {
      const r = s[c];
      if (r === r) {
        present[c]++;
        const v = Math.round(f * r * 1e6) / 1e6;
        contrib[c] = v;
        total[c] += v;
      }
    }
    contributions.push(contrib);
  }
  for (let c = 0; c < C; c++) total[c] = Math.round(total[c] * 1e6) / 1e6;
  let ranked = 0;
  for (let c = 0; c < C; c++) if (present[c] > 0) ranked++;
  const order = orderCohort(total, present, kr, ranked);
  const rank = new Int32Array(C);
  for (let p = 0; p < ranked; p++) rank[order[p]] = p + 1;
  return { contributions, total, present, order, rank };
}

/**
 * The ranked candidates (present > 0) in the order of the comparator
 * `total[b] - total[a] || present[b] - present[a] || kr[a] - kr[b]`, without calling it: the
 * candidates in key order, stably grouped by present indices (more first), then stably sorted
 * by total descending (TotalOrder, a radix sort). Stable passes from the last key to the first
 * give the same lexicographic order as the comparator.
 */
function orderCohort(total: Float64Array, present: Uint8Array, kr: Int32Array, ranked: number): Int32Array {
  const C = total.length;
  const byKey = new Int32Array(C);
  for (let c = 0; c < C; c++) byKey[kr[c]] = c;
  // Counting sort by present, descending (present is 1..number of indices for ranked candidates).
  let maxPresent = 0;
  for (let c = 0; c < C; c++) if (present[c] > maxPresent) maxPresent = present[c];
  const start = new Int32Array(maxPresent + 2);
  for (let c = 0; c < C; c++) if (present[c] > 0) start[maxPresent - present[c] + 1]++;
  for (let k = 1; k <= maxPresent; k++) start[k] += start[k - 1];
  const grouped = new Int32Array(ranked);
  for (let i = 0; i < C; i++) {
    const c = byKey[i];
    if (present[c] > 0) grouped[start[maxPresent - present[c]]++] = c;
  }
  const t = new Float64Array(ranked);
  for (let i = 0; i < ranked; i++) t[i] = total[grouped[i]];
  const perm = new TotalOrder(ranked).order(t);
  const order = new Int32Array(ranked);
  for (let i = 0; i < ranked; i++) order[i] = grouped[perm[i]];
  return order;
}
