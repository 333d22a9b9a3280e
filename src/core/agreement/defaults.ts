/**
 * Defaults of the rank-aggregation methods, the agreement index and the name matching, in one
 * place. Each method reads its slice; a caller overrides any field by passing a partial options
 * object. `docs/methodology.md` ("Ranking agreement") explains each value.
 */
export const AGREEMENT_DEFAULTS = {
  /** Validation of the input lists (`rankings.ts`). */
  input: {
    /** Whether two entries of a list may share a position (ties, bands). 'forbid' makes any shared position an error. */
    ties: 'allow' as 'allow' | 'forbid',
  },
  /** Borda count (`borda.ts`). */
  borda: {
    /**
     * Points of an item at (mid-)position p in a list of size m, over a universe of n items:
     *  - 'list': m − p + 1 (the list's last gets 1), so longer lists weigh more;
     *  - 'universe': n − p + 1 (every list's top gets n);
     *  - 'normalised': 1 − (p − 1)/m (every list's top gets 1, its last 1/m).
     */
    points: 'list' as 'list' | 'universe' | 'normalised',
    /**
     * Points of an item a list does not rank: 'zero' (no points), or 'average': it shares the
     * positions m+1…n with the other unranked items, i.e. sits at their mid-position (m+1+n)/2.
     */
    unranked: 'zero' as 'zero' | 'average',
  },
  /** Markov chain MC4 (`mc4.ts`). */
  mc4: {
    /**
     * Which lists vote on a pair: 'both' = only the lists that rank both items (the paper);
     * 'bottom' = every list, an unranked item sitting below all ranked ones. 'bottom' by default:
     * being left out of a top-k list is an opinion (MAP 0.477 against 0.361 on LETOR MQ2008-agg).
     */
    unranked: 'bottom' as 'both' | 'bottom',
    /** Probability of a uniform jump at each step (makes the chain ergodic; 0 = the paper's chain). */
    damping: 0.05,
    /** Power iteration stops when the L1 change of the distribution is below this. */
    tolerance: 1e-12,
    maxIterations: 10_000,
  },
  /** Local Kemenization (`local-kemeny.ts`). */
  localKemeny: {
    /** Same meaning as for MC4 (MAP 0.480 with 'bottom', 0.466 with 'both' on LETOR MQ2008-agg). */
    unranked: 'bottom' as 'both' | 'bottom',
    /** The ranking it starts from (and keeps when the majority is indifferent). */
    start: 'borda' as 'borda' | 'mc4',
  },
  /** Exact Kemeny by dynamic programming over subsets (`kemeny.ts`). */
  kemeny: {
    unranked: 'bottom' as 'both' | 'bottom',
    /** Refuse larger instances (2^n · n² work). */
    maxItems: 16,
  },
  /** Robust Rank Aggregation (`rra.ts`). */
  rra: {
    /**
     * 'universe': a rank is divided by the number n of items and an unranked item has the
     * normalised rank 1 (RobustRankAggreg's default, full = FALSE); 'list': divided by the list's
     * size, and a list that does not rank the item is left out of its order statistics
     * (full = TRUE).
     */
    normaliseBy: 'universe' as 'universe' | 'list',
  },
  /** The agreement signal (`agreement-index.ts`). */
  index: {
    /** Aggregation method that gives the aggregated position. */
    method: 'borda' as 'borda' | 'mc4' | 'localKemeny' | 'rra',
    /** Weights of the three components (normalised by their sum). */
    weights: { coverage: 1, position: 1, unanimity: 1 },
  },
  /** Name matching (`names/`). */
  names: {
    /** Jaro–Winkler similarity of the normalised names at or above which two names match. */
    matchThreshold: 0.94,
    /** At or above this (and below matchThreshold) the pair goes to the review queue. */
    reviewThreshold: 0.86,
    /** Winkler's prefix scale (at most 0.25) and the longest common prefix it rewards. */
    prefixScale: 0.1,
    maxPrefix: 4,
  },
} as const;

export type AgreementDefaults = typeof AGREEMENT_DEFAULTS;
