/**
 * Saved ranking runs: `GET …/runs` (paged, oldest first), `GET …/runs/:run` (label or id: the
 * run's summary, full configuration and counts), `GET …/runs/:run/entries` (its ranking, paged,
 * in rank order, with every index's score, contribution and explanation),
 * `GET …/runs/:run/result` (the result JSON exactly as `eclaireur rank` wrote and the store
 * saved it), `GET …/runs/:run/report` (its report file: HTML, XLSX, CSV or JSON, as `eclaireur
 * rank --out` writes it), `GET …/runs/:run/table` (its ranking column by column, without explanations:
 * what the rankings page loads and re-ranks in the browser) and `GET …/compare?a=&b=` (who rose, fell,
 * entered, left between two runs, and which indices moved them: `eclaireur compare`).
 */
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { z } from 'zod';
import { INDEX_KEYS } from '../../core/domain.js';
import { compareRuns } from '../../core/ranking/compare.js';
import type { RankingEntry, RankingResult } from '../../core/ranking/result.js';
import { tableOfResult } from '../../core/ranking/table.js';
import { RANKING_FILE_TYPES, RANKING_FORMATS, rankingFile } from '../../adapters/report/ranking-file.js';
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

const tableSchema = z
  .object({
    config: z.record(z.string(), z.unknown()).describe('the full ranking configuration the run used'),
    fingerprint: z.string(),
    field: z.object({ topic: z.string(), region: z.string().nullable(), languages: z.array(z.string()) }),
    candidates: z.number().int(),
    evidence: z.number().int(),
    indexKeys: z.array(z.enum(INDEX_KEYS)).describe('the order of indexScores'),
    keys: z.array(z.string()).describe('candidate keys, in rank order; entry c of every column is the same candidate'),
    names: z.array(z.string()),
    ranks: z.array(z.number().int()),
    scores: z.array(z.number()),
    intervals: z.array(z.number().int()).describe('best and worst rank of entry c at 2c and 2c + 1'),
    present: z.array(z.number().int()).describe('indices with evidence'),
    indexScores: z.array(z.array(z.number().nullable())).describe('per index, per entry: the score, null without evidence'),
  })
  .meta({ id: 'RankingTable' });

/**
 * The table of each parsed result (cached by requireRun), serialised once, and compressed once
 * per encoding asked for: compressing a 10,000-candidate table (1.2 MB) on every request would
 * cost more than everything else the route does.
 */
const tables = new WeakMap<RankingResult, { text: string; br?: Buffer; gzip?: Buffer }>();
const TABLE_BROTLI = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6, [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT } };

/** The encoding of the answer: brotli, else gzip, when the request accepts it (not refused with q=0). */
function tableEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  const ok = new Set(
    (accept ?? '')
      .split(',')
      .map((x) => x.trim().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim().toLowerCase()),
  );
  return ok.has('br') ? 'br' : ok.has('gzip') ? 'gzip' : null;
}

/** Per parsed result: each entry's JSON, made when first asked for. */
const entryTexts = new WeakMap<RankingResult, Map<RankingEntry, string>>();

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
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { result } = await requireRun(app, req, field.id, req.params.run, 'run', 'params');
      const q = req.query.q?.trim().toLowerCase();
      const entries = q ? result.entries.filter((e) => e.candidateId.toLowerCase().includes(q) || e.name.toLowerCase().includes(q)) : result.entries;
      const page = slicePage(entries, req.query);
      // The entries as saved, each serialised once and kept (the schema above documents them):
      // validating and serialising 50 entries of ten explained indices on every request cost
      // more than the rest of the route.
      let texts = entryTexts.get(result);
      if (!texts) entryTexts.set(result, (texts = new Map()));
      const items = page.items.map((e) => {
        let text = texts.get(e);
        if (text === undefined) texts.set(e, (text = JSON.stringify(e)));
        return text;
      });
      const body = `{"items":[${items.join(',')}],"total":${page.total},"limit":${page.limit},"offset":${page.offset}}`;
      return reply.type('application/json').serializer((x) => x as string).send(body as never);
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
    '/api/fields/:fieldId/runs/:run/table',
    {
      schema: {
        tags: ['runs'],
        summary: 'A run’s ranking column by column (keys, names, ranks, scores, intervals, index scores), without explanations: what a page shows and re-ranks',
        params: runParams,
        response: { 200: tableSchema, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { result } = await requireRun(app, req, field.id, req.params.run, 'run', 'params');
      let t = tables.get(result);
      if (t === undefined) tables.set(result, (t = { text: JSON.stringify(tableOfResult(result)) }));
      reply.type('application/json').header('vary', 'accept-encoding');
      const encoding = tableEncoding(req.headers['accept-encoding']);
      // Already serialised (the schema above documents it) and compressed: sent as it is.
      if (encoding === 'br') return reply.header('content-encoding', 'br').send((t.br ??= brotliCompressSync(t.text, TABLE_BROTLI)) as never);
      if (encoding === 'gzip') return reply.header('content-encoding', 'gzip').send((t.gzip ??= gzipSync(t.text)) as never);
      return reply.serializer((x) => x as string).send(t.text as never);
    },
  );

  app.get(
    '/api/fields/:fieldId/runs/:run/report',
    {
      schema: {
        tags: ['runs'],
        summary: 'A run’s report file, as `eclaireur rank --out` writes it: html (with the evidence of the first `details` candidates and, with `compareWith`, the changes since that run), xlsx, csv, json',
        params: runParams,
        querystring: z.object({
          format: z.enum(RANKING_FORMATS).default('html'),
          lang: z.enum(['fr', 'en']).optional().describe('the report’s language (default: Accept-Language); the explanations stay in the run’s language'),
          details: z.coerce.number().int().min(0).max(100_000).default(200).describe('html: candidates whose evidence is listed'),
          compareWith: z.string().min(1).optional().describe('html: an earlier run (label or id) whose changes the report shows'),
        }),
        response: { 200: z.unknown().describe('the file'), 404: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { record, result } = await requireRun(app, req, field.id, req.params.run, 'run', 'params');
      const q = req.query;
      const comparison = q.compareWith ? await (async () => {
        const a = await requireRun(app, req, field.id, q.compareWith!, 'compareWith', 'querystring');
        return compareRuns(a.result, result, a.record.label, record.label);
      })() : undefined;
      const lang = q.lang ?? app.eclaireur.langOf(req);
      // The JSON is the text as saved (read only for this format).
      const json = q.format === 'json' ? (await app.eclaireur.store.getRun(field.id, record.id))?.result : undefined;
      const body = await rankingFile(app.eclaireur.store, field.id, result, q.format, { lang, details: q.details, comparison, json });
      const name = `ranking-${record.label.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.${q.format}`;
      const disposition = q.format === 'html' ? 'inline' : 'attachment';
      return reply
        .type(RANKING_FILE_TYPES[q.format])
        .header('content-disposition', `${disposition}; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .serializer((x) => x as string)
        .send(body as never);
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
