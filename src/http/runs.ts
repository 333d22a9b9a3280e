/**
 * Saved ranking runs as the routes read them: found by label or id in a field (else a 404
 * problem naming the parameter), their result parsed once and kept for the next requests (the
 * last few runs read; a run saved again under the same label has a new `createdAt`, so it is
 * parsed again; requests arriving together wait for the same parse). Also the schemas of a run's summary and of a ranking entry.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { INDEX_KEYS } from '../core/domain.js';
import type { RankingResult } from '../core/ranking/result.js';
import type { RunSummary } from '../adapters/storage/index.js';
import { httpMessages } from './messages.js';
import { ProblemError } from './problem.js';

export const RUN_CACHE_SIZE = 4;

export const runSummarySchema = z
  .object({
    id: z.number().int(),
    label: z.string(),
    fingerprint: z.string().describe('SHA-256 of the inputs and the configuration'),
    asOf: z.string().nullable().describe('the reference date'),
    createdAt: z.string(),
  })
  .meta({ id: 'RunSummary' });

export const indexResultSchema = z
  .object({
    key: z.enum(INDEX_KEYS),
    score: z.number().nullable(),
    weight: z.number(),
    contribution: z.number(),
    evidence: z.number().int(),
    raw: z.number().nullable(),
    explanation: z.string(),
  })
  .meta({ id: 'IndexResult' });

export const rankingEntrySchema = z
  .object({
    rank: z.number().int(),
    candidateId: z.string().describe('the candidate’s key'),
    name: z.string(),
    score: z.number(),
    rankInterval: z.tuple([z.number(), z.number()]).describe('[best, worst] rank under perturbed weights'),
    missing: z.array(z.enum(INDEX_KEYS)),
    indices: z.array(indexResultSchema),
  })
  .meta({ id: 'RankingEntry' });

/** Per store: the parsed results of the last runs read (a promise, so that requests arriving together share one parse). */
const caches = new WeakMap<object, Map<string, Promise<RankingResult>>>();

export interface LoadedRun {
  record: RunSummary;
  result: RankingResult;
}

/**
 * The run `ref` (label or id) of the field, parsed; a 404 problem naming `param` (in the path
 * or the query) when there is none. The result's text is read from the store and parsed only
 * when it is not cached: a request for a page of a 10,000-candidate run reads one row's summary.
 */
export async function requireRun(app: FastifyInstance, req: FastifyRequest, fieldId: number, ref: string, param: string, where: 'params' | 'querystring'): Promise<LoadedRun> {
  const run = await loadRun(app, fieldId, ref);
  if (!run) throw new ProblemError('not-found', httpMessages(app.eclaireur.langOf(req)).noRun(ref), [{ in: where, field: param, pointer: `/${param}`, detail: 'unknown run' }]);
  return run;
}

/** The run `ref` (label or id) of the field, parsed (cached as requireRun says); null when there is none. */
export async function loadRun(app: FastifyInstance, fieldId: number, ref: string | number): Promise<LoadedRun | null> {
  const store = app.eclaireur.store;
  const record = await store.findRun(fieldId, ref);
  if (!record) return null;
  const key = `${fieldId}:${record.id}:${record.createdAt}:${record.fingerprint}`;
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  let result = cache.get(key);
  if (!result) {
    result = store.getRun(fieldId, record.id).then((r) => {
      if (!r) throw new Error(`run ${record.id} of field ${fieldId} disappeared while it was read`);
      return JSON.parse(r.result) as RankingResult;
    });
    cache.set(key, result);
    // A failure is not kept: the next request tries again.
    result.catch(() => cache.get(key) === result && cache.delete(key));
    while (cache.size > RUN_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return { record, result: await result };
}

export function summaryOf(r: RunSummary): z.infer<typeof runSummarySchema> {
  return { id: r.id, label: r.label, fingerprint: r.fingerprint, asOf: r.asOf, createdAt: r.createdAt };
}

/** A field's runs' entries as influencerStandings reads them, through the cache of parsed runs. */
export function cachedEntries(app: FastifyInstance, fieldId: number): (runId: number) => Promise<Pick<RankingResult, 'entries'> | null> {
  return async (id) => (await loadRun(app, fieldId, id))?.result ?? null;
}
