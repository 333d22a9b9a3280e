/**
 * The thresholds of the maturity stage rule (see assess.ts), in one place. Answers are on the
 * 0–4 scale of questionnaire.ts.
 */
export const MATURITY_DEFAULTS = {
  /** A stage's criteria are met when the mean of its answers is at least this ("mostly" = 3, "partly" = 2)… */
  stageMean: 2.5,
  /** …and none of its answers is below this: one statement barely true holds the stage back. */
  questionFloor: 2,
} as const;

export interface MaturityParams {
  stageMean: number;
  questionFloor: number;
}
