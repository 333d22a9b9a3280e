/**
 * Saved ranking runs: `GET …/runs` (paged, oldest first), `GET …/runs/:run` (label or id: the
 * run's summary, full configuration and counts), `GET …/runs/:run/entries` (its ranking, paged,
 * in rank order, with every index's score, contribution and explanation),
 * `GET …/runs/:run/result` (the result JSON exactly as `eclaireur rank` wrote and the store
 * saved it: what a page re-ranks in the browser) and `GET …/compare?a=&b=` (who rose, fell,
 * entered, left between two runs, and which indices moved them: `eclaireur compare`).
 */
import { z } from 'zod';
import { INDEX_KEYS } from '../../core/domain.js';
import { compareRuns } from '../../core/ranking/compare.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { pageOf, pageQuery, slicePage } from '../pagination.js';
import { problemSchema } from '../problem.js';
import { rankingEntrySchema, requireRun, runSummarySchema, summaryOf } from '../runs.js';

const runParams = fieldParams.extend({ run: z.string().min(1).describe('the run’s label or id') });

const runSchema = runSummarySchema
  .extend({
    config: z.record(z.string(), z.unknown()).describe('the full ranking configuration the run used (every default filled in)'),
    field: z.object({ topic: z.string(), region: z.string().nullable(), languages: z.array(z.string()) }),
    candidates: z.number().int().describe('candidates in the input'),
    ranked: z.number().int().describe('entries of the ranking'),
    evidence: z.number().int(),
  })
  .meta({ id: 'Run' });

const MOVE_STATUSES = ['rose', 'fell', 'entered', 'left', 'unchanged'] as const;
const placeSchema = z.object({ rank: z.number().int(), score: z.number() }).nullable();
const comparedRunSchema = z.object({ label: z.string(), fingerprint: z.string(), asOf: z.string().nullable(), candidates: z.number().int() });
const moveSchema = z
  .object({
    candidateId: z.string(),
    name: z.string(),
    status: z.enum(MOVE_STATUSES),
    before: placeSchema,
    after: placeSchema,
    rankChange: z.number().int().nullable(),
    scoreChange: z.number().nullable(),
    drivers: z.array(z.object({ key: z.enum(INDEX_KEYS), change: z.number() })),
  })
  .meta({ id: 'ComparisonMove' });

const routes: ApiRoutes = async (app) => {
  app.get(
    '/api/fields/:fieldId/runs',
    { schema: { tags: ['runs'], summary: 'The saved ranking runs, oldest first', params: fieldParams, querystring: pageQuery, response: { 200: pageOf(runSummarySchema), 404: problemSchema } } },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      return slicePage(await app.eclaireur.store.listRuns(field.id), req.query);
    },
  );

  app.get(
    '/api/fields/:fieldId/runs/:run',
    { schema: { tags: ['runs'], summary: 'A saved run: summary, configuration, counts', params: runParams, response: { 200: runSchema, 404: problemSchema } } },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { record, result } = await requireRun(app, req, field.id, req.params.run, 'run', 'params');
      return { ...summaryOf(record), config: result.config as unknown as Record<string, unknown>, field: result.field, candidates: result.candidates, ranked: result.entries.length, evidence: result.evidence };
    },
  );

  app.get(
    '/api/fields/:fieldId/runs/:run/entries',
    {
      schema: {
        tags: ['runs'],
        summary: 'A run’s ranking, in rank order, paged',
        params: runParams,
        querystring: pageQuery.extend({ q: z.string().max(200).optional().describe('part of the candidate’s key or name, any case') }),
        response: { 200: pageOf(rankingEntrySchema), 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { result } = await requireRun(app, req, field.id, req.params.run, 'run', 'params');
      const q = req.query.q?.trim().toLowerCase();
      const entries = q ? result.entries.filter((e) => e.candidateId.toLowerCase().includes(q) || e.name.toLowerCase().includes(q)) : result.entries;
      return slicePage(entries, req.query);
    },
  );

  app.get(
    '/api/fields/:fieldId/runs/:run/result',
    {
      schema: {
        tags: ['runs'],
        summary: 'A run’s result JSON, byte for byte as saved (config, fingerprint, field, entries)',
        params: runParams,
        response: { 200: z.unknown().describe('the RankingResult JSON written by `eclaireur rank`'), 404: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const record = await app.eclaireur.store.getRun(field.id, req.params.run);
      if (!record) await requireRun(app, req, field.id, req.params.run, 'run', 'params');
      // The saved text itself, not re-serialised: the same bytes as the file `rank` wrote.
      return reply.type('application/json').serializer((x) => x as string).send(record!.result);
    },
  );

  app.get(
    '/api/fields/:fieldId/compare',
    {
      schema: {
        tags: ['runs'],
        summary: 'Compare two runs: who rose, fell, entered, left, and which indices moved them (moves paged)',
        params: fieldParams,
        querystring: pageQuery.extend({
          a: z.string().min(1).describe('the earlier run (label or id)'),
          b: z.string().min(1).describe('the later run (label or id)'),
          top: z.coerce.number().int().min(1).optional().describe('compare the top-N lists'),
          status: z.enum(MOVE_STATUSES).optional().describe('only the moves of this status'),
        }),
        response: {
          200: z.object({
            a: comparedRunSchema,
            b: comparedRunSchema,
            counts: z.object(Object.fromEntries(MOVE_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof MOVE_STATUSES)[number], z.ZodNumber>),
            moves: pageOf(moveSchema),
          }),
          404: problemSchema,
        },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const a = await requireRun(app, req, field.id, req.query.a, 'a', 'querystring');
      const b = await requireRun(app, req, field.id, req.query.b, 'b', 'querystring');
      const c = compareRuns(a.result, b.result, a.record.label, b.record.label, req.query.top ?? Infinity);
      const moves = req.query.status ? c.moves.filter((m) => m.status === req.query.status) : c.moves;
      return { a: c.a, b: c.b, counts: c.counts, moves: slicePage(moves, req.query) };
    },
  );
};

export default routes;
