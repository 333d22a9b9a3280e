/**
 * A field's candidates: `GET /api/fields/:fieldId/candidates` (paged, in key order, with a
 * search in key and name) and `GET /api/fields/:fieldId/candidates/:key`, the candidate with
 * every stored fact — evidence items (each with the index it feeds), identities, external
 * ranks, each with its origin (file and line) — and, with `?run=LABEL|ID`, their entry in that
 * ranking run: the score and contribution of each index with its explanation.
 */
import { z } from 'zod';
import { INDEX_KEYS } from '../../core/domain.js';
import { KIND_BY_NAME } from '../../core/evidence/kinds.js';
import { listCandidates } from '../../adapters/storage/candidate-list.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { httpMessages } from '../messages.js';
import { pageOf, pageQuery } from '../pagination.js';
import { ProblemError, problemSchema } from '../problem.js';
import { rankingEntrySchema, requireRun, runSummarySchema, summaryOf } from '../runs.js';

const originSchema = z.object({ file: z.string(), line: z.number().int() }).nullable();

const candidateItemSchema = z
  .object({ key: z.string(), name: z.string(), evidence: z.number().int(), identities: z.number().int(), externalRanks: z.number().int() })
  .meta({ id: 'CandidateListItem' });

const evidenceSchema = z.object({
  kind: z.string(),
  index: z.enum(INDEX_KEYS).describe('the index this kind of fact feeds'),
  date: z.string().nullable(),
  value: z.number().nullable(),
  platform: z.string().nullable(),
  peer: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable(),
  fakeShare: z.number().nullable(),
  sourceUrl: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
  origin: originSchema,
});

const candidateSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    evidence: z.array(evidenceSchema),
    identities: z.array(z.object({ platform: z.string(), handle: z.string().nullable(), url: z.string().nullable(), verified: z.boolean(), origin: originSchema })),
    externalRanks: z.array(
      z.object({ list: z.string(), year: z.number().int().nullable(), rank: z.number().int(), listSize: z.number().int().nullable(), name: z.string(), sourceUrl: z.string().nullable(), origin: originSchema }),
    ),
    run: runSummarySchema.optional().describe('the run asked for with ?run='),
    ranking: rankingEntrySchema.nullable().optional().describe('the candidate’s entry in that run (null: not ranked)'),
  })
  .meta({ id: 'Candidate' });

const routes: ApiRoutes = async (app) => {
  app.get(
    '/api/fields/:fieldId/candidates',
    {
      schema: {
        tags: ['candidates'],
        summary: 'The field’s candidates, in key order, paged',
        params: fieldParams,
        querystring: pageQuery.extend({ q: z.string().max(200).optional().describe('part of the key or name, any case') }),
        response: { 200: pageOf(candidateItemSchema), 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { store } = app.eclaireur;
      const r = await listCandidates(store.db, store.dialect, field.id, { limit: req.query.limit, offset: req.query.offset, search: req.query.q });
      return { items: r.items, total: r.total, limit: req.query.limit, offset: req.query.offset };
    },
  );

  app.get(
    '/api/fields/:fieldId/candidates/:key',
    {
      schema: {
        tags: ['candidates'],
        summary: 'A candidate with every stored fact, and optionally their entry in a ranking run',
        params: fieldParams.extend({ key: z.string().min(1) }),
        querystring: z.object({ run: z.string().min(1).optional().describe('a saved run’s label or id') }),
        response: { 200: candidateSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const ev = await app.eclaireur.store.evidenceOf(field.id, req.params.key);
      if (!ev.candidate) {
        throw new ProblemError('not-found', httpMessages(app.eclaireur.langOf(req)).noCandidate(req.params.key), [{ in: 'params', field: 'key', pointer: '/key', detail: 'unknown candidate' }]);
      }
      const run = req.query.run === undefined ? null : await requireRun(app, req, field.id, req.query.run, 'run', 'querystring');
      return {
        key: ev.candidate.key,
        name: ev.candidate.name,
        evidence: ev.evidence.map((e) => ({
          kind: e.kind,
          index: KIND_BY_NAME.get(e.kind)!.index,
          date: e.date,
          value: e.value,
          platform: e.platform,
          peer: e.peer,
          country: e.country,
          language: e.language,
          fakeShare: e.fakeShare,
          sourceUrl: e.sourceUrl,
          attributes: e.attributes,
          origin: e.origin,
        })),
        identities: ev.identities.map((i) => ({ platform: i.platform, handle: i.handle, url: i.url, verified: i.verified, origin: i.origin })),
        externalRanks: ev.externalRanks.map((r) => ({ list: r.list, year: r.year, rank: r.rank, listSize: r.listSize, name: r.name, sourceUrl: r.sourceUrl, origin: r.origin })),
        ...(run ? { run: summaryOf(run.record), ranking: run.result.entries.find((e) => e.candidateId === ev.candidate!.key) ?? null } : {}),
      };
    },
  );
};

export default routes;
