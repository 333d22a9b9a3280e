/**
 * Rankings:
 *   `POST …/rankings` runs a ranking as a job, on a worker thread (the options of `eclaireur rank`: reference date,
 *     weights, index parameters, rank intervals; a label; whether to save the run) and answers
 *     202 with the job and `Location: /api/jobs/ID`; the job's result names the saved run.
 *   `GET …/rankings/aggregate` is the consensus of the field's other published rankings by a
 *     rank-aggregation method (`eclaireur rankings aggregate`), paged.
 *   `GET …/rankings/review` is the queue of doubtful matches of published lists' entries, and
 *     `POST …/rankings/review/:id/accept|reject|new` a person's decision on one (`eclaireur
 *     match review`).
 */
import { z } from 'zod';
import { AGGREGATION_METHODS, aggregate } from '../../core/agreement/index.js';
import { rankingsFromTable } from '../../core/agreement/from-table.js';
import { AgreementInputError } from '../../core/agreement/rankings.js';
import { resolveAsOf } from '../../core/ranking/score.js';
import { rankInWorker } from '../../adapters/ranking/rank-in-worker.js';
import { rankingToJson } from '../../adapters/report/index.js';
import { decideQueuedMatch, ReviewError } from '../../adapters/storage/match-review.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { jobSchema } from '../jobs.js';
import { httpMessages } from '../messages.js';
import { pageOf, pageQuery, slicePage } from '../pagination.js';
import { ProblemError, problemSchema } from '../problem.js';
import { configOf, rankingOptionsSchema } from '../ranking-config.js';
import { rankingEntrySchema, runSummarySchema } from '../runs.js';

const rankBody = rankingOptionsSchema
  .extend({
    label: z.string().trim().min(1).max(200).optional().describe('name of the saved run (default: its reference date)'),
    save: z.boolean().default(true).describe('save the run in the store (false: the ranking is in the job’s result)'),
    lang: z.enum(['fr', 'en']).optional().describe('language of the explanations (default: the request’s)'),
  })
  .strict();

export const rankingJobResultSchema = z
  .object({
    run: runSummarySchema.nullable().describe('the saved run (null when save was false)'),
    fingerprint: z.string(),
    asOf: z.string().nullable(),
    candidates: z.number().int(),
    ranked: z.number().int(),
    evidence: z.number().int(),
    entries: z.array(rankingEntrySchema).optional().describe('the ranking, when it was not saved'),
  })
  .meta({ id: 'RankingJobResult' });

const queuedSchema = z
  .object({
    id: z.number().int(),
    list: z.string(),
    year: z.number().int().nullable(),
    size: z.number().int().nullable(),
    rank: z.number().int(),
    name: z.string(),
    identifiers: z.array(z.string()),
    proposed: z.object({ key: z.string(), name: z.string() }).nullable(),
    score: z.number(),
    alternatives: z.array(z.object({ key: z.string(), name: z.string() })),
    file: z.string().nullable(),
    line: z.number().int().nullable(),
  })
  .meta({ id: 'QueuedMatch' });

const reviewParams = fieldParams.extend({ id: z.coerce.number().int().min(1).describe('the queued entry’s id') });
const decisionSchema = z.object({
  decision: z.enum(['accepted', 'rejected', 'created']),
  id: z.number().int(),
  candidate: z.object({ key: z.string(), name: z.string() }).nullable().describe('the candidate the entry is (null: rejected)'),
});

const routes: ApiRoutes = async (app) => {
  app.post(
    '/api/fields/:fieldId/rankings',
    {
      schema: {
        tags: ['rankings'],
        summary: 'Run a ranking (as `eclaireur rank`), as a job',
        params: fieldParams,
        body: rankBody,
        response: { 202: jobSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = req.body.lang ?? app.eclaireur.langOf(req);
      const config = configOf(req.body, app.eclaireur.langOf(req));
      const { store, jobs } = app.eclaireur;
      const { label, save } = req.body;
      const job = jobs.submit({
        kind: 'ranking',
        lang: app.eclaireur.langOf(req),
        lane: 'write',
        run: async (ctx) => {
          ctx.progress('load', 0, null, 'steps');
          const input = await store.loadScoringInput(field.id);
          // On a worker thread: the server keeps answering (this job's status too) while it ranks.
          const result = await rankInWorker(input, config, { lang, onProgress: (step, done, total) => ctx.progress(step, done, total, step === 'intervals' ? 'draws' : step === 'score' ? 'indices' : 'entries') });
          const json = rankingToJson(result);
          let run = null;
          if (save) {
            ctx.progress('save', 0, 1, 'steps');
            run = await store.saveRun(field.id, label ?? result.config.asOf ?? 'latest', result, json);
            ctx.progress('save', 1, 1, 'steps');
          }
          const out: z.infer<typeof rankingJobResultSchema> = {
            run,
            fingerprint: result.fingerprint,
            asOf: result.config.asOf,
            candidates: result.candidates,
            ranked: result.entries.length,
            evidence: result.evidence,
            ...(save ? {} : { entries: result.entries }),
          };
          return out;
        },
      });
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );

  app.get(
    '/api/fields/:fieldId/rankings/aggregate',
    {
      schema: {
        tags: ['rankings'],
        summary: 'The consensus of the field’s other published rankings (as `eclaireur rankings aggregate`), paged',
        params: fieldParams,
        querystring: pageQuery.extend({
          method: z.enum(AGGREGATION_METHODS as readonly ['borda', 'mc4', 'localKemeny', 'kemeny', 'rra']).default('borda'),
          asOf: z.iso.date().optional().describe('reference date: lists of later years are left out'),
        }),
        response: {
          200: z.object({
            asOf: z.string().nullable(),
            method: z.string(),
            scoreMeaning: z.string(),
            lists: z.array(z.object({ name: z.string(), size: z.number().int().optional().describe("the published list’s size, when known"), entries: z.number().int() })),
            consensus: pageOf(
              z.object({ position: z.number().int(), rank: z.number().int(), key: z.string(), name: z.string(), score: z.number(), lists: z.number().int(), pValue: z.number().optional() }),
            ),
          }),
          400: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const m = httpMessages(app.eclaireur.langOf(req));
      const config = configOf({ asOf: req.query.asOf }, app.eclaireur.langOf(req), 'querystring');
      const input = await app.eclaireur.store.loadScoringInput(field.id);
      const { asOfDay, asOf } = resolveAsOf(input, config);
      const keys = input.candidates.map((c) => c.key);
      const lists = rankingsFromTable(input.table, asOfDay, (c) => keys[c]);
      if (lists.length === 0) throw new ProblemError('no-data', m.noLists);
      let consensus;
      try {
        consensus = aggregate(lists, req.query.method);
      } catch (e) {
        if (e instanceof AgreementInputError || e instanceof RangeError) throw new ProblemError('no-data', e.message, [{ in: 'querystring', field: 'method', pointer: '/method', detail: e.message }]);
        throw e;
      }
      const name = new Map(input.candidates.map((c) => [c.key, c.name]));
      const inLists = new Map<string, number>();
      for (const l of lists) for (const e of l.entries) inLists.set(e.item, (inLists.get(e.item) ?? 0) + 1);
      const entries = consensus.entries.map((e) => ({
        position: e.position,
        rank: e.rank,
        key: e.item,
        name: name.get(e.item) ?? e.item,
        score: e.score,
        lists: inLists.get(e.item) ?? 0,
        ...(e.pValue !== undefined && { pValue: e.pValue }),
      }));
      return {
        asOf,
        method: consensus.method,
        scoreMeaning: consensus.scoreMeaning,
        lists: lists.map((l) => ({ name: l.name, size: l.size, entries: l.entries.length })),
        consensus: slicePage(entries, req.query),
      };
    },
  );

  app.get(
    '/api/fields/:fieldId/rankings/review',
    {
      schema: {
        tags: ['rankings'],
        summary: 'The doubtful matches of published lists’ entries waiting for a person, oldest first',
        params: fieldParams,
        querystring: pageQuery,
        response: { 200: pageOf(queuedSchema), 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { store } = app.eclaireur;
      const queue = await store.matchQueue(field.id);
      const page = slicePage(queue, req.query);
      // Names of the proposed candidates (one small query, not the field's whole input).
      const keys = [...new Set(page.items.flatMap((q) => [q.proposed, ...q.alternatives]).filter((k): k is string => k !== null))];
      const names = new Map<string, string>();
      if (keys.length > 0) for (const r of await store.db.selectFrom('candidates').select(['key', 'name']).where('field_id', '=', field.id).where('key', 'in', keys).execute()) names.set(r.key, r.name);
      const who = (k: string) => ({ key: k, name: names.get(k) ?? k });
      return {
        ...page,
        items: page.items.map((q) => ({
          id: q.id,
          list: q.list,
          year: q.year,
          size: q.size,
          rank: q.rank,
          name: q.name,
          identifiers: q.identifiers,
          proposed: q.proposed === null ? null : who(q.proposed),
          score: q.score,
          alternatives: q.alternatives.map(who),
          file: q.file,
          line: q.line,
        })),
      };
    },
  );

  const decide = (action: 'accept' | 'reject' | 'new') =>
    app.post(
      `/api/fields/:fieldId/rankings/review/:id/${action}`,
      {
        schema: {
          tags: ['rankings'],
          summary:
            action === 'accept'
              ? 'The entry is the proposed candidate (or the one given): its rank is stored and the decision kept'
              : action === 'reject'
                ? 'The entry is none of the field’s candidates: the decision is kept'
                : 'The entry becomes a new candidate, with its rank',
          params: reviewParams,
          ...(action === 'accept' ? { body: z.object({ candidate: z.string().min(1).optional().describe('the candidate’s key (default: the proposed one)') }).strict().nullish() } : {}),
          response: { 200: decisionSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (req) => {
        const field = await requireField(app, req, req.params.fieldId);
        const m = httpMessages(app.eclaireur.langOf(req));
        const id = req.params.id;
        const body = (req.body ?? {}) as { candidate?: string };
        try {
          const r = await decideQueuedMatch(app.eclaireur.store, field.id, id, action === 'accept' ? { kind: 'accept', candidate: body.candidate } : { kind: action === 'reject' ? 'reject' : 'new' });
          if (r.kind === 'rejected') return { decision: 'rejected' as const, id, candidate: null };
          if (r.kind === 'created') return { decision: 'created' as const, id, candidate: { key: r.key, name: r.entry.name || r.key } };
          return { decision: 'accepted' as const, id, candidate: { key: r.key, name: r.name } };
        } catch (e) {
          if (!(e instanceof ReviewError)) throw e;
          if (e.reason === 'no-entry') throw new ProblemError('not-found', m.noQueued(id), [{ in: 'params', field: 'id', pointer: '/id', detail: 'not in the review queue' }]);
          if (e.reason === 'no-proposal') throw new ProblemError('validation', m.noProposal(id), [{ in: 'body', field: 'candidate', pointer: '/candidate', detail: 'required: the entry has no proposed candidate' }]);
          throw new ProblemError('validation', m.noCandidate(e.value), [{ in: 'body', field: 'candidate', pointer: '/candidate', detail: 'unknown candidate' }]);
        }
      },
    );
  decide('accept');
  decide('reject');
  decide('new');
};

export default routes;
