/**
 * The ranking options of the HTTP API — the same as `eclaireur rank`'s configuration file and
 * `--as-of`: reference date, weights, index parameters, rank intervals — as a zod schema (so the
 * OpenAPI document shows them), checked and merged over the defaults by the core's
 * `resolveConfig`, whose problems become problem items naming the field.
 */
import { z } from 'zod';
import { INDEX_KEYS, type Lang } from '../core/domain.js';
import { ConfigError, type RankingConfig, resolveConfig } from '../core/ranking/config.js';
import { httpMessages } from './messages.js';
import { ProblemError } from './problem.js';

export const rankingOptionsSchema = z.object({
  asOf: z.iso.date().nullable().optional().describe('reference date (YYYY-MM-DD); evidence dated after it is ignored; default: the latest evidence'),
  weights: z
    .object(Object.fromEntries(INDEX_KEYS.map((k) => [k, z.number().nonnegative().optional()])) as Record<(typeof INDEX_KEYS)[number], z.ZodOptional<z.ZodNumber>>)
    .strict()
    .optional()
    .describe('weight of each index (default 1 each)'),
  indices: z.partialRecord(z.enum(INDEX_KEYS), z.record(z.string(), z.unknown())).optional().describe('parameters of each index (normalisation, half-life…), as in the configuration file'),
  intervals: z
    .object({
      draws: z.number().int().min(0).max(100_000).optional(),
      concentration: z.number().positive().optional(),
      seed: z.number().int().min(0).optional(),
      lower: z.number().min(0).max(1).optional(),
      upper: z.number().min(0).max(1).optional(),
    })
    .strict()
    .optional()
    .describe('rank intervals: Dirichlet weight draws (0: none), concentration, seed, percentiles'),
});

export type RankingOptions = z.infer<typeof rankingOptionsSchema>;

/** The full configuration, or a validation problem naming each wrong field of the body. */
export function configOf(o: RankingOptions, lang: Lang, where: 'body' | 'querystring' = 'body'): RankingConfig {
  const user: Record<string, unknown> = {};
  for (const k of ['asOf', 'weights', 'indices', 'intervals'] as const) if (o[k] !== undefined) user[k] = o[k];
  try {
    return resolveConfig(user, where);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const errors = e.problems.map((p) => {
      const at = /^([^:\s]+): (.*)$/s.exec(p);
      const field = at && at[1] !== '(top level)' ? at[1] : '(whole)';
      return { in: where, field, pointer: field === '(whole)' ? '' : `/${field.split('.').join('/')}`, detail: at ? at[2] : p };
    });
    throw new ProblemError('validation', httpMessages(lang).badConfig(errors.length), errors);
  }
}
