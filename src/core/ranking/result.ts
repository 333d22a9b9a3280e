/**
 * The shape of a ranking run's result: what `eclaireur rank` writes as JSON and what the report
 * writers, the comparison and the storage read. Field names are part of the automation
 * contract (issue 2): keep them stable.
 */
import type { IndexKey } from '../domain.js';
import type { RankingConfig } from './config.js';

export interface IndexResult {
  key: IndexKey;
  /** 0–100, or null when the candidate has no evidence for this index. */
  score: number | null;
  weight: number;
  /** weight × score / Σ weights (0 when the score is missing); the contributions add up to the entry's score. */
  contribution: number;
  /** Number of evidence items the index read for this candidate. */
  evidence: number;
  /** The signal before normalisation (its unit depends on the index), null when missing. */
  raw: number | null;
  /** One sentence saying how the score follows from the evidence, in the run's language. */
  explanation: string;
}

export interface RankingEntry {
  rank: number;
  candidateId: string;
  name: string;
  /** Σ contributions, 0–100. */
  score: number;
  /** [best, worst] rank: the 5th and 95th percentiles of the rank under perturbed weights. */
  rankInterval: [number, number];
  /** Keys of the indices with no evidence (they contribute 0). */
  missing: IndexKey[];
  indices: IndexResult[];
}

export interface RankingResult {
  /** The configuration actually used, with every default filled in. */
  config: RankingConfig;
  /** SHA-256 (hex) of the canonical inputs (candidates, evidence) and the configuration. */
  fingerprint: string;
  field: { topic: string; region: string | null; languages: string[] };
  /** Candidates in the input; those with no evidence for any index are not ranked. */
  candidates: number;
  evidence: number;
  entries: RankingEntry[];
}
