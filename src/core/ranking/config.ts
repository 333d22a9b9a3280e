/**
 * The ranking configuration: weights of the ten indices, the parameters of each index's
 * signal and normalisation, the reference date, and the rank-interval settings.
 *
 * All defaults live in `RANKING_DEFAULTS`. A user's configuration file is partial: what it
 * names overrides the defaults, what it leaves out keeps them. `resolveConfig` validates it
 * (zod) and returns the full configuration that a run records beside its result, so the run
 * can be reproduced from the output alone.
 */
import { z } from 'zod';
import { INDEX_KEYS, type IndexKey } from '../domain.js';

export type NormalisationMethod = 'log-cap' | 'linear-cap' | 'percentile';

export interface Normalisation {
  /**
   * log-cap: 100·ln(1+x)/ln(1+cap), capped at 100 (counts: each doubling adds about as much);
   * linear-cap: 100·x/cap, capped at 100; percentile: 100·(share of the cohort's present
   * signals strictly below x + half of those equal), the mid-rank percentile.
   */
  method: NormalisationMethod;
  cap: number;
}

export interface IndexParams {
  normalisation: Normalisation;
  /** Half-life in days of the recency weight 0.5^(age/halfLife) of dated evidence (0: no decay). */
  halfLifeDays: number;
  /** Other numeric parameters, named by each index module. */
  [param: string]: number | Normalisation;
}

export interface IntervalConfig {
  /** Number of Dirichlet weight draws (0 disables the intervals: every interval is [rank, rank]). */
  draws: number;
  /** Dirichlet concentration: α_i = concentration × w_i / Σw. Larger means smaller perturbations. */
  concentration: number;
  seed: number;
  /** Percentiles of the rank reported as [best, worst]. */
  lower: number;
  upper: number;
}

export interface RankingConfig {
  /** Reference date (ISO); evidence dated after it is ignored. Default: the latest evidence date. */
  asOf: string | null;
  weights: Record<IndexKey, number>;
  indices: Record<IndexKey, IndexParams>;
  intervals: IntervalConfig;
}

const logCap = (cap: number): Normalisation => ({ method: 'log-cap', cap });
const linearCap = (cap: number): Normalisation => ({ method: 'linear-cap', cap });

/** Every default of the ranking, in one place. Documented in docs/methodology.md. */
export const RANKING_DEFAULTS: RankingConfig = {
  asOf: null,
  weights: Object.fromEntries(INDEX_KEYS.map((k) => [k, 1])) as Record<IndexKey, number>,
  indices: {
    peer_recognition: { normalisation: logCap(100), halfLifeDays: 730 },
    digital_identity: {
      normalisation: linearCap(100),
      halfLifeDays: 0,
      websitePoints: 20,
      profilePoints: 30,
      profileCap: 5,
      unverifiedProfileWeight: 0.5,
      knowledgeBasePoints: 20,
      knowledgeBaseCap: 2,
      searchPoints: 30,
    },
    multi_platform_presence: {
      normalisation: linearCap(100),
      halfLifeDays: 0,
      activeWindowDays: 90,
      platformCap: 6,
      regularityWeeks: 52,
      platformShare: 0.5,
    },
    publishing: {
      normalisation: logCap(8),
      halfLifeDays: 365,
      blogPostWeight: 1,
      articleWeight: 2,
      whitePaperWeight: 4,
      bookWeight: 12,
    },
    community_contribution: {
      normalisation: logCap(12),
      halfLifeDays: 730,
      talkWeight: 1,
      courseWeight: 2,
      volunteerRoleWeight: 1,
    },
    media_presence: {
      normalisation: logCap(24),
      halfLifeDays: 365,
      mentionWeight: 1,
      quoteWeight: 2,
    },
    international_reach: {
      normalisation: linearCap(100),
      halfLifeDays: 730,
      countryCap: 12,
      languageCap: 4,
      countryShare: 0.5,
      foreignShare: 0.3,
      languageShare: 0.2,
    },
    experience: { normalisation: linearCap(20), halfLifeDays: 0 },
    qualified_audience: { normalisation: logCap(1_000_000), halfLifeDays: 0, unauditedFakeShare: 0.3 },
    ranking_agreement: { normalisation: linearCap(100), halfLifeDays: 0 },
  },
  intervals: { draws: 1000, concentration: 100, seed: 20181127, lower: 0.05, upper: 0.95 },
};

const normalisationSchema = z
  .object({
    method: z.enum(['log-cap', 'linear-cap', 'percentile']),
    cap: z.number().positive().finite(),
  })
  .strict()
  .partial();

/** Parameters whose range is narrower than "a finite number ≥ 0". */
const PARAM_SCHEMAS: Record<string, z.ZodType> = {
  regularityWeeks: z.number().int().min(1).max(520),
  activeWindowDays: z.number().positive().finite(),
  platformCap: z.number().positive().finite(),
  profileCap: z.number().positive().finite(),
  knowledgeBaseCap: z.number().positive().finite(),
  countryCap: z.number().gt(1).finite(),
  languageCap: z.number().gt(1).finite(),
  platformShare: z.number().min(0).max(1),
  unverifiedProfileWeight: z.number().min(0).max(1),
  unauditedFakeShare: z.number().min(0).max(1),
};

function indexParamsSchema(key: IndexKey) {
  const defaults = RANKING_DEFAULTS.indices[key];
  const shape: Record<string, z.ZodType> = {};
  for (const [name, value] of Object.entries(defaults)) {
    shape[name] = name === 'normalisation' ? normalisationSchema : typeof value === 'number' ? (PARAM_SCHEMAS[name] ?? z.number().nonnegative().finite()) : z.never();
  }
  return z.object(shape).strict().partial();
}

const userConfigSchema = z
  .object({
    asOf: z.iso.date().nullable(),
    weights: z.object(Object.fromEntries(INDEX_KEYS.map((k) => [k, z.number().nonnegative().finite()]))).strict().partial(),
    indices: z.object(Object.fromEntries(INDEX_KEYS.map((k) => [k, indexParamsSchema(k)]))).strict().partial(),
    intervals: z
      .object({
        draws: z.number().int().min(0).max(100_000),
        concentration: z.number().positive().finite(),
        seed: z.number().int().min(0).max(4294967295),
        lower: z.number().min(0).max(1),
        upper: z.number().min(0).max(1),
      })
      .strict()
      .partial(),
  })
  .strict()
  .partial();

export type UserConfig = z.infer<typeof userConfigSchema>;

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: invalid ranking configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates a user configuration (parsed JSON) and merges it over the defaults.
 * `source` names where it came from, for the error messages.
 */
export function resolveConfig(user: unknown, source = 'configuration'): RankingConfig {
  const parsed = userConfigSchema.safeParse(user ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const path = i.path.length ? i.path.join('.') : '(top level)';
      return `${path}: ${i.message}`;
    });
    throw new ConfigError(source, problems);
  }
  const u = parsed.data;
  const cfg: RankingConfig = structuredClone(RANKING_DEFAULTS);
  if (u.asOf !== undefined) cfg.asOf = u.asOf;
  for (const [k, w] of Object.entries(u.weights ?? {})) cfg.weights[k as IndexKey] = w as number;
  for (const [k, params] of Object.entries(u.indices ?? {})) {
    const target = cfg.indices[k as IndexKey];
    for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
      if (name === 'normalisation') target.normalisation = { ...target.normalisation, ...(value as Partial<Normalisation>) };
      else target[name] = value as number;
    }
  }
  Object.assign(cfg.intervals, u.intervals ?? {});
  const problems: string[] = [];
  if (INDEX_KEYS.every((k) => cfg.weights[k] === 0)) problems.push('weights: at least one weight must be greater than 0');
  if (cfg.intervals.lower > cfg.intervals.upper) problems.push(`intervals: lower (${cfg.intervals.lower}) is above upper (${cfg.intervals.upper})`);
  if (problems.length) throw new ConfigError(source, problems);
  return cfg;
}
