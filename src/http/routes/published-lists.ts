/**
 * `POST /api/fields/:fieldId/rankings/match`: a published list's file (CSV, TSV, XLSX or JSON:
 * rank or band or score, name, handle, URL; the formats of `eclaireur rankings match`) uploaded
 * as one multipart/form-data "file" part, streamed to disk, then matched to the field's
 * candidates **as a job** — identifier, then name, then Jaro–Winkler with a review band, a
 * person's earlier decisions reused. The job's result is what `rankings match --json` prints,
 * with the warnings. With `apply`, the matched ranks are stored (one transaction), the doubtful
 * entries queued for review (`GET …/rankings/review`), and with `create` the unmatched entries
 * become candidates. A file with a bad row fails the job with every problem by line, and
 * nothing is stored.
 */
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { matchPublishedList, PublishedListError, readPublishedList } from '../../adapters/rankings/published-list.js';
import type { Lang } from '../../core/domain.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { jobSchema } from '../jobs.js';
import { ProblemError, problemSchema } from '../problem.js';
import { hasExtension, receiveUploads } from '../uploads.js';

const EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.json']);

const M: Record<Lang, { badExtension(name: string): string; oneFile: string; problems(n: number): string }> = {
  en: {
    badExtension: (name) => `${name}: unsupported file type; expected a published list: .csv, .tsv, .txt, .xlsx or .json`,
    oneFile: 'send one list per request',
    problems: (n) => `${n} problem(s) in the list; nothing was stored`,
  },
  fr: {
    badExtension: (name) => `${name} : type de fichier non pris en charge ; attendu un palmarès : .csv, .tsv, .txt, .xlsx ou .json`,
    oneFile: 'envoyez une liste par requête',
    problems: (n) => `${n} problème(s) dans la liste ; rien n’a été conservé`,
  },
};

const flag = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

export const matchListQuery = z.object({
  list: z.string().trim().min(1).max(200).describe('the list’s name, e.g. "Top 50 marketing B2B"'),
  year: z.coerce.number().int().min(1900).max(2200).optional().describe('the list’s year'),
  size: z.coerce.number().int().min(1).optional().describe('how many entries the list publishes (default: its largest rank)'),
  source: z.url().max(2000).optional().describe('where the list was published'),
  ties: z.enum(['true', 'false']).default('true').transform((v) => v === 'true').describe('false: a rank given twice is an error'),
  apply: flag.describe('store the matched ranks (one transaction) and queue the doubtful entries for review'),
  create: flag.describe('with apply: unmatched entries become new candidates'),
});

const routes: ApiRoutes = async (app) => {
  app.post(
    '/api/fields/:fieldId/rankings/match',
    {
      config: {
        openapiBody: {
          consumes: ['multipart/form-data'],
          schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'the published list: .csv, .tsv, .txt, .xlsx or .json' } }, required: ['file'] },
        },
      },
      schema: {
        tags: ['rankings'],
        summary: 'Match a published list’s file to the field’s candidates as a job (`rankings match`); with apply, store the matched ranks and queue the doubtful entries',
        params: fieldParams,
        querystring: matchListQuery,
        response: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 413: problemSchema, 415: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = app.eclaireur.langOf(req);
      const q = req.query;
      const { dir, files } = await receiveUploads(app, req, { prefix: 'eclaireur-list-', accepts: hasExtension(EXTENSIONS), badExtension: M[lang].badExtension, oneFile: M[lang].oneFile });
      const [upload] = files;
      const { jobs, store } = app.eclaireur;
      const job = jobs.submit({
        kind: 'list-match',
        lang,
        ...(q.apply ? { lane: 'write' } : {}),
        run: async (ctx) => {
          ctx.progress('read', 0, 1, 'files');
          let entries;
          try {
            entries = await readPublishedList(upload.path, upload.name, lang, q.ties);
          } catch (e) {
            if (!(e instanceof PublishedListError)) throw e;
            throw new ProblemError(
              'import-problems',
              M[lang].problems(e.problems.length),
              e.problems.map((p) => ({ in: 'file' as const, file: upload.name, ...(p.line !== null ? { line: p.line } : {}), detail: p.message })),
            );
          }
          ctx.progress('match', 1, 1, 'files');
          const { out, warnings } = await matchPublishedList(
            store,
            field.id,
            entries,
            { list: q.list, year: q.year ?? null, size: q.size ?? null, source: q.source ?? null, file: upload.name, apply: q.apply, create: q.create },
            lang,
          );
          return { ...out, warnings };
        },
        cleanup: () => rm(dir, { recursive: true, force: true }),
      });
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );
};

export default routes;
