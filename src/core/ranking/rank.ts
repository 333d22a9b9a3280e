/**
 * A ranking run from end to end: resolve the reference date, fingerprint the inputs, score
 * the cohort, compute the rank intervals, and assemble the explained result (every index of
 * every entry with its score, weight, contribution, evidence count and one sentence saying
 * how the evidence gives the score). Pure: the same input and configuration give a result
 * that serialises to the same bytes.
 */
import { INDEX_KEYS, type IndexKey, type Lang, type ScoringInput } from '../domain.js';
import { INDEX_MODULES } from '../indices/registry.js';
import type { RankingConfig } from './config.js';
import { type Hasher, fingerprint, nobleSha256 } from './fingerprint.js';
import { rankIntervals } from './intervals.js';
import type { IndexResult, RankingEntry, RankingResult } from './result.js';
import { type Cohort, indexContext, round, scoreCohort } from './score.js';

export interface RankOptions {
  lang: Lang;
  hasher?: () => Hasher;
  /** Progress of the long steps, for a progress bar. */
  onProgress?: (step: 'score' | 'intervals' | 'explain', done: number, total: number) => void;
  /** Explain at most the first N entries (all by default). */
  explainTop?: number;
}

export function rank(input: ScoringInput, config: RankingConfig, opts: RankOptions): RankingResult {
  const cohort = scoreCohort(input, config, (_k, done) => opts.onProgress?.('score', done, INDEX_KEYS.length));
  const resolved: RankingConfig = { ...structuredClone(config), asOf: cohort.asOf };
  const iv = rankIntervals(cohort, resolved.intervals, (d, t) => opts.onProgress?.('intervals', d, t));
  resolved.intervals.draws = iv.draws;
  const fp = fingerprint(input, resolved, (opts.hasher ?? nobleSha256)());
  const entries = buildEntries(input, resolved, cohort, iv, opts);
  return {
    config: resolved,
    fingerprint: fp,
    field: { topic: input.field.topic, region: input.field.region, languages: [...input.field.languages] },
    candidates: input.candidates.length,
    evidence: input.table.rows,
    entries,
  };
}

function buildEntries(input: ScoringInput, config: RankingConfig, cohort: Cohort, iv: { lower: Int32Array; upper: Int32Array }, opts: RankOptions): RankingEntry[] {
  const C = cohort.order.length;
  const explainTop = Math.min(C, opts.explainTop ?? C);
  const contexts = INDEX_KEYS.map((k) => indexContext(input, config, k, cohort.asOfDay));
  const entries: RankingEntry[] = new Array(C);
  const step = Math.max(1, Math.floor(C / 100));
  for (let p = 0; p < C; p++) {
    const c = cohort.order[p];
    const missing: IndexKey[] = [];
    const indices: IndexResult[] = INDEX_KEYS.map((key, i) => {
      const s = cohort.scores[i][c];
      const present = s === s;
      if (!present) missing.push(key);
      const raw = cohort.raw[i][c];
      return {
        key,
        score: present ? s : null,
        weight: cohort.weights[i],
        contribution: cohort.contributions[i][c],
        evidence: cohort.evidence[i][c],
        raw: raw === raw ? round(raw, 6) : null,
        explanation: p < explainTop ? INDEX_MODULES[key].explain(contexts[i], c, opts.lang) : '',
      };
    });
    entries[p] = {
      rank: p + 1,
      candidateId: input.candidates[c].key,
      name: input.candidates[c].name,
      score: cohort.total[c],
      rankInterval: [iv.lower[c], iv.upper[c]],
      missing,
      indices,
    };
    if (opts.onProgress && (p + 1) % step === 0) opts.onProgress('explain', p + 1, C);
  }
  return entries;
}
