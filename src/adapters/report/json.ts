/**
 * Writes a ranking result and a comparison as canonical JSON: every object rebuilt explicitly
 * with its keys in the order of the types (result.ts, config.ts, comparison.ts), 2-space
 * indent, trailing newline. The input's own key order, and any extra key it carries, play no
 * part, so the same result gives the same bytes.
 */
import { INDEX_KEYS, type IndexKey } from '../../core/domain.js';
import type { Comparison, ComparisonMove, RunSummary } from '../../core/ranking/comparison.js';
import { RANKING_DEFAULTS, type IndexParams, type RankingConfig } from '../../core/ranking/config.js';
import type { IndexResult, RankingEntry, RankingResult } from '../../core/ranking/result.js';

/** A number JSON can hold: non-finite values (which the types exclude) become null, −0 becomes 0. */
function n(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return Object.is(x, -0) ? 0 : x;
}

function nOrNull(x: number | null): number | null {
  return x === null ? null : n(x);
}

function indexParams(key: IndexKey, p: IndexParams): Record<string, unknown> {
  const out: Record<string, unknown> = {
    normalisation: { method: p.normalisation.method, cap: n(p.normalisation.cap) },
    halfLifeDays: n(p.halfLifeDays),
  };
  // The index's own parameters: those the defaults name, in their order, then any other in
  // code-point order (a canonical order that does not depend on the input's).
  const known = Object.keys(RANKING_DEFAULTS.indices[key] ?? {}).filter((k) => k !== 'normalisation' && k !== 'halfLifeDays');
  const extra = Object.keys(p)
    .filter((k) => k !== 'normalisation' && k !== 'halfLifeDays' && !known.includes(k))
    .sort(codePointCompare);
  for (const name of [...known, ...extra]) {
    const v: unknown = p[name];
    if (typeof v === 'number') out[name] = n(v);
    else if (v && typeof v === 'object' && 'method' in v && 'cap' in v) {
      const norm = v as { method: string; cap: number };
      out[name] = { method: norm.method, cap: n(norm.cap) };
    }
    // Anything else is not a parameter (the configuration schema admits numbers only).
  }
  return out;
}

export function codePointCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The configuration as a plain object in canonical key order. */
export function canonicalConfig(c: RankingConfig): Record<string, unknown> {
  return {
    asOf: c.asOf,
    weights: Object.fromEntries(INDEX_KEYS.map((k) => [k, nOrNull(c.weights[k] ?? null)])),
    indices: Object.fromEntries(INDEX_KEYS.filter((k) => c.indices[k]).map((k) => [k, indexParams(k, c.indices[k])])),
    intervals: {
      draws: n(c.intervals.draws),
      concentration: n(c.intervals.concentration),
      seed: n(c.intervals.seed),
      lower: n(c.intervals.lower),
      upper: n(c.intervals.upper),
    },
  };
}

function indexResult(r: IndexResult): Record<string, unknown> {
  return {
    key: r.key,
    score: nOrNull(r.score),
    weight: n(r.weight),
    contribution: n(r.contribution),
    evidence: n(r.evidence),
    raw: nOrNull(r.raw),
    explanation: r.explanation,
  };
}

function entry(e: RankingEntry): Record<string, unknown> {
  return {
    rank: n(e.rank),
    candidateId: e.candidateId,
    name: e.name,
    score: n(e.score),
    rankInterval: [n(e.rankInterval[0]), n(e.rankInterval[1])],
    missing: [...e.missing],
    indices: e.indices.map(indexResult),
  };
}

/** The ranking result as canonical JSON (see the file comment). */
export function rankingToJson(result: RankingResult): string {
  const doc = {
    config: canonicalConfig(result.config),
    fingerprint: result.fingerprint,
    field: { topic: result.field.topic, region: result.field.region, languages: [...result.field.languages] },
    candidates: n(result.candidates),
    evidence: n(result.evidence),
    entries: result.entries.map(entry),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function run(r: RunSummary): Record<string, unknown> {
  return { label: r.label, fingerprint: r.fingerprint, asOf: r.asOf, candidates: n(r.candidates) };
}

function move(m: ComparisonMove): Record<string, unknown> {
  return {
    candidateId: m.candidateId,
    name: m.name,
    status: m.status,
    before: m.before ? { rank: n(m.before.rank), score: n(m.before.score) } : null,
    after: m.after ? { rank: n(m.after.rank), score: n(m.after.score) } : null,
    rankChange: nOrNull(m.rankChange),
    scoreChange: nOrNull(m.scoreChange),
    drivers: m.drivers.map((d) => ({ key: d.key, change: n(d.change) })),
  };
}

/** The comparison as canonical JSON, keys in the order of comparison.ts. */
export function comparisonToJson(c: Comparison): string {
  const doc = {
    a: run(c.a),
    b: run(c.b),
    counts: {
      rose: n(c.counts.rose),
      fell: n(c.counts.fell),
      entered: n(c.counts.entered),
      left: n(c.counts.left),
      unchanged: n(c.counts.unchanged),
    },
    moves: c.moves.map(move),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
