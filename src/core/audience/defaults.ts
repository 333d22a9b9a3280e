/**
 * Defaults of the audience-quality detector and audit, in one place. The forest's settings
 * were chosen by a small sweep on the Cresci et al. (2015) set under 10-fold cross-validation
 * (docs/methodology.md, "Audience quality", gives the sweep): 150 trees, 6 of the 20 features
 * searched per node, leaves grown to purity.
 */
export const AUDIENCE_DEFAULTS = {
  forest: { trees: 150, mtry: 6, minLeaf: 1, maxDepth: 64 },
  /** Seed of training, of the folds and of the audit's Monte Carlo interval. */
  seed: 2015,
  folds: 10,
  /** A follower is classified fake when its calibrated probability is at least this. */
  threshold: 0.5,
  /** Confidence level of the fake-share interval. */
  level: 0.95,
  /** Monte Carlo draws of the fake-share interval. */
  draws: 4000,
  /** Margin (± share) for which the audit says how large a sample is needed. */
  margin: 0.05,
  /** Followers listed as looking fake, with their reasons, in an audit. */
  suspects: 50,
  /** Reasons given per suspect follower. */
  reasons: 3,
} as const;
