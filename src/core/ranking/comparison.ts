/**
 * The comparison of two ranking runs (`eclaireur compare RUN_A RUN_B`): who rose, who fell, who
 * entered, who left, and which indices moved them. Types only; computed by compare.ts.
 */
import type { IndexKey } from '../domain.js';

export type MoveStatus = 'rose' | 'fell' | 'entered' | 'left' | 'unchanged';

export interface IndexDriver {
  key: IndexKey;
  /** Change of the index's contribution to the total score, B minus A (points out of 100). */
  change: number;
}

export interface ComparisonMove {
  candidateId: string;
  name: string;
  /** With a top N, "entered" and "left" refer to the top N; otherwise to being ranked at all. */
  status: MoveStatus;
  /** Null when the candidate is not ranked in A (likewise `after` in B). */
  before: { rank: number; score: number } | null;
  after: { rank: number; score: number } | null;
  /** before.rank − after.rank: positive when the candidate rose; null when not ranked in one of the runs. */
  rankChange: number | null;
  /** after.score − before.score; null when not ranked in one of the runs. */
  scoreChange: number | null;
  /** Indices whose contribution changed, largest absolute change first (zero changes left out). */
  drivers: IndexDriver[];
}

export interface RunSummary {
  label: string;
  fingerprint: string;
  asOf: string | null;
  candidates: number;
}

export interface Comparison {
  a: RunSummary;
  b: RunSummary;
  counts: Record<MoveStatus, number>;
  /** Ordered: by rank in B (entered and moved), then those who left by their rank in A. */
  moves: ComparisonMove[];
}
