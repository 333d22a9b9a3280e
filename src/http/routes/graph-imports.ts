/**
 * `POST /api/fields/:fieldId/graph/imports`: edge lists (who follows, mentions, reposts, replies
 * to or cites whom; the formats of `eclaireur graph import`: CSV, TSV or space-separated, with
 * or without a header, optionally gzip-compressed) uploaded as multipart/form-data "file"
 * parts, streamed to disk, then imported into the field's graph **as a job**. Every file is
 * read and checked first; if any has a problem, the job fails with every problem (file as
 * uploaded, line, what is wrong) and nothing is written. Then each file is stored as the
 * command stores it (one transaction per file: accounts matched to candidates by their
 * identities, unknown accounts kept as nodes). The column options are those of the command.
 */
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { type EdgeList, EdgeListError } from '../../adapters/graph/edge-list-parser.js';
import { EdgeListFileError, readEdgeList } from '../../adapters/graph/edge-list.js';
import type { Lang } from '../../core/domain.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { jobSchema } from '../jobs.js';
import { ProblemError, problemSchema } from '../problem.js';
import { hasExtension, receiveUploads } from '../uploads.js';

const EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.edges', '.gz']);

const M: Record<Lang, { badExtension(name: string): string; problems(n: number, files: number): string; more(n: number): string }> = {
  en: {
    badExtension: (name) => `${name}: unsupported file type; expected an edge list: .csv, .tsv, .txt, .edges, or one of them gzip-compressed (.gz)`,
    problems: (n, files) => `${n} problem(s) in ${files} file(s); the graph is unchanged`,
    more: (n) => `… and ${n} more problem(s) in this file`,
  },
  fr: {
    badExtension: (name) => `${name} : type de fichier non pris en charge ; attendu une liste de liens : .csv, .tsv, .txt, .edges, ou l’un d’eux compressé (.gz)`,
    problems: (n, files) => `${n} problème(s) dans ${files} fichier(s) ; le graphe est inchangé`,
    more: (n) => `… et ${n} autre(s) problème(s) dans ce fichier`,
  },
};

/** A column: a header name, or a number from 1. */
const column = z
  .string()
  .min(1)
  .max(200)
  .refine((v) => !/^\d+$/.test(v) || Number(v) >= 1, 'column numbers start at 1');
const columnOf = (v: string | undefined): string | number | null => (v === undefined ? null : /^\d+$/.test(v) ? Number(v) : v);

export const graphImportQuery = z
  .object({
    delimiter: z
      .union([z.enum(['auto', 'whitespace']), z.string().regex(/^[\x00-\x7f]$/, 'one ASCII character')])
      .default('auto')
      .describe("one ASCII character, 'whitespace' or 'auto' (detected)"),
    header: z.enum(['auto', 'yes', 'no']).default('auto').describe('whether the first line is a header'),
    source: column.optional().describe('source column: header name or number from 1'),
    target: column.optional().describe('target column: header name or number from 1'),
    weight: column.optional().describe("weight column: header name or number from 1; 'none' ignores any weight"),
    kind: column.optional().describe('edge-kind column: header name or number from 1'),
    kinds: z.string().max(2000).optional().describe('keep only edges of these kinds (comma-separated)'),
  })
  .refine((q) => q.source === undefined || q.source !== q.target, { message: 'source and target are the same column', path: ['target'] });

export const graphImportResultSchema = z
  .object({
    files: z.array(
      z.object({
        name: z.string(),
        bytes: z.number().int(),
        lines: z.number().int().describe('data lines read'),
        nodes: z.number().int().describe('accounts added to the field’s graph'),
        edges: z.number().int().describe('edges added'),
        updated: z.number().int().describe('stored edges whose weight the file changed'),
      }),
    ),
  })
  .meta({ id: 'GraphImportJobResult' });

const routes: ApiRoutes = async (app) => {
  app.post(
    '/api/fields/:fieldId/graph/imports',
    {
      config: {
        openapiBody: {
          consumes: ['multipart/form-data'],
          schema: {
            type: 'object',
            properties: { file: { type: 'array', items: { type: 'string', format: 'binary' }, description: 'one or more edge lists: .csv, .tsv, .txt, .edges, optionally .gz' } },
            required: ['file'],
          },
        },
      },
      schema: {
        tags: ['graph'],
        summary: 'Upload edge lists (streamed to disk) and import them into the field’s graph as a job; nothing is written if any line is invalid',
        params: fieldParams,
        querystring: graphImportQuery,
        response: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 413: problemSchema, 415: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = app.eclaireur.langOf(req);
      const q = req.query;
      // The options checked (by the query's schema) before anything is received.
      const options = {
        delimiter: q.delimiter,
        header: q.header === 'auto' ? ('auto' as const) : q.header === 'yes',
        source: columnOf(q.source),
        target: columnOf(q.target),
        weight: q.weight === 'none' ? (false as const) : columnOf(q.weight),
        kind: columnOf(q.kind),
        kinds: q.kinds ? q.kinds.split(',').map((s) => s.trim()).filter(Boolean) : null,
      };
      const { dir, files } = await receiveUploads(app, req, { prefix: 'eclaireur-edges-', accepts: hasExtension(EXTENSIONS), badExtension: M[lang].badExtension });
      const { jobs, openStore, store: shared } = app.eclaireur;
      const job = jobs.submit({
        kind: 'graph-import',
        lang,
        lane: 'write',
        run: async (ctx) => {
          const total = files.reduce((s, f) => s + f.bytes, 0);
          // Every file read and checked before anything is written.
          const lists: EdgeList[] = [];
          const problems: { in: 'file'; file: string; line?: number; detail: string }[] = [];
          let done = 0;
          let totalProblems = 0;
          for (const f of files) {
            ctx.progress('read', done, total, 'bytes');
            try {
              lists.push(await readEdgeList(f.path, options));
            } catch (e) {
              if (e instanceof EdgeListError) {
                totalProblems += e.total;
                for (const p of e.problems) problems.push({ in: 'file', file: f.name, line: p.line, detail: p.message });
                if (e.total > e.problems.length) problems.push({ in: 'file', file: f.name, detail: M[lang].more(e.total - e.problems.length) });
              }
              else if (e instanceof EdgeListFileError || e instanceof RangeError) {
                totalProblems++;
                problems.push({ in: 'file', file: f.name, detail: e.message.replaceAll(f.path, f.name) });
              } else throw e;
            }
            done += f.bytes;
          }
          if (problems.length > 0) throw new ProblemError('import-problems', M[lang].problems(totalProblems, new Set(problems.map((p) => p.file)).size), problems);
          const store = openStore ? await openStore() : shared;
          try {
            const out = [];
            for (const [i, f] of files.entries()) {
              ctx.progress('write', i, files.length, 'files');
              const n = await store.importGraph(field.id, lists[i], f.name);
              out.push({ name: f.name, bytes: f.bytes, lines: lists[i].dataLines, nodes: n.nodes, edges: n.edges, updated: n.updated });
            }
            ctx.progress('done', files.length, files.length, 'files');
            return { files: out };
          } finally {
            if (store !== shared) await store.close();
          }
        },
        cleanup: () => rm(dir, { recursive: true, force: true }),
      });
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );
};

export default routes;
