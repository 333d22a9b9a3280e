/**
 * A run's ranking as a table, column by column: what a page needs to show a saved ranking and
 * re-rank it with other weights (reweight.ts), without the explanations, raw values and
 * contributions that make up most of a result (a 10,000-candidate result is about 32 MB of
 * JSON, its table under 2 MB). Each column lists the entries in rank order, so entry `c` of
 * every column is the result's `entries[c]`.
 *
 * The index scores are kept exactly as the result rounds them, so the table re-ranks to the
 * same ranks and totals as the result it came from (`scoresOfTable` = `scoresOfResult`).
 * Pure.
 */
import { INDEX_KEYS, type IndexKey } from '../domain.js';
import type { RankingConfig } from './config.js';
import type { RankingResult } from './result.js';
import type { ResultScores } from './reweight.js';
import { keyRanks } from './score.js';

export interface RankingTable {
  config: RankingConfig;
  fingerprint: string;
  field: RankingResult['field'];
  candidates: number;
  evidence: number;
  /** The order of `indexScores`: INDEX_KEYS. */
  indexKeys: IndexKey[];
  keys: string[];
  names: string[];
  ranks: number[];
  scores: number[];
  /** Best and worst rank of entry c at 2c and 2c + 1. */
  intervals: number[];
  /** Indices with evidence, per entry (INDEX_KEYS.length − missing). */
  present: number[];
  /** Per index (indexKeys order), per entry: the index's score, null when it has no evidence. */
  indexScores: (number | null)[][];
}

export function tableOfResult(r: RankingResult): RankingTable {
  const C = r.entries.length;
  const K = INDEX_KEYS.length;
  const keys: string[] = new Array(C);
  const names: string[] = new Array(C);
  const ranks: number[] = new Array(C);
  const scores: number[] = new Array(C);
  const intervals: number[] = new Array(2 * C);
  const present: number[] = new Array(C);
  const indexScores = INDEX_KEYS.map(() => new Array<number | null>(C));
  r.entries.forEach((e, c) => {
    keys[c] = e.candidateId;
    names[c] = e.name;
    ranks[c] = e.rank;
    scores[c] = e.score;
    intervals[2 * c] = e.rankInterval[0];
    intervals[2 * c + 1] = e.rankInterval[1];
    present[c] = K - e.missing.length;
    for (let i = 0; i < K; i++) {
      const x = e.indices[i]?.key === INDEX_KEYS[i] ? e.indices[i] : e.indices.find((y) => y.key === INDEX_KEYS[i]);
      indexScores[i][c] = x?.score ?? null;
    }
  });
  return { config: r.config, fingerprint: r.fingerprint, field: r.field, candidates: r.candidates, evidence: r.evidence, indexKeys: [...INDEX_KEYS], keys, names, ranks, scores, intervals, present, indexScores };
}

/** The table's index scores as weighScores reads them (as scoresOfResult reads a result's). */
export function scoresOfTable(t: RankingTable): ResultScores {
  const C = t.keys.length;
  const scores = INDEX_KEYS.map((k) => {
    const col = t.indexScores[t.indexKeys.indexOf(k)];
    const out = new Float64Array(C);
    for (let c = 0; c < C; c++) out[c] = col ? (col[c] ?? NaN) : NaN;
    return out;
  });
  const keys = t.keys.slice();
  return { scores, keys, keyRanks: keyRanks(keys) };
}
