/**
 * What the strategy report is written from: the strategy (one cycle of it), the checker's
 * findings, the latest maturity assessment, what the field's ranking says of the plan's
 * influencers, and the date the report speaks as of. Plain data: the writers never read a
 * clock or a store, so the same input gives the same bytes.
 */
import type { Lang } from '../../../core/domain.js';
import type { MaturityAssessment } from '../../../core/maturity/index.js';
import type { CyclePhase, Finding, InfluencerStanding, Strategy } from '../../../core/strategy/model.js';

export interface StrategyReportInput {
  lang: Lang;
  strategy: Strategy;
  /** The field the strategy belongs to, or null. */
  field: { topic: string; region: string | null } | null;
  cycle: { number: number; phase: CyclePhase; startedOn: string } | null;
  findings: readonly Finding[];
  maturity: { date: string; assessment: MaturityAssessment } | null;
  /** Candidate key → standing in the field's latest ranking (absent: unknown). */
  influencers: ReadonlyMap<string, InfluencerStanding>;
  /** ISO date the report speaks as of. */
  asOf: string;
  /** Document title (default: from the strategy's name). */
  title?: string;
}

/** The section a finding's `where` path belongs to (`plan.items[3].owner` → `plan`). */
export function findingSection(where: string): string {
  return /^[A-Za-z]+/.exec(where)?.[0] ?? '';
}
