/**
 * Imports: `POST /api/fields/:fieldId/imports` takes one or more evidence files (CSV, TSV,
 * XLSX or JSON; the formats of `eclaireur import`) as multipart/form-data "file" parts. Each
 * part is streamed to a temporary file as it arrives — never held whole in memory, so files of
 * hundreds of MB are fine — then the import runs as a job, the same two-thread import as
 * `eclaireur import` (adapters/pipeline/import-files.ts): one thread reads and checks while the
 * other writes, in one transaction. The job's progress is the bytes read of the total; if any
 * row of any file has a problem the job fails with a problem listing each one (file as
 * uploaded, line, column) and the store is left exactly as it was. The temporary files are
 * deleted when the job ends.
 *
 * `GET /api/templates/:lang/:format` downloads the import template (CSV or XLSX, column names
 * in French or English): what `eclaireur template` writes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { writeTemplates } from '../../adapters/import/index.js';
import { importFiles } from '../../adapters/pipeline/import-files.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { jobSchema } from '../jobs.js';
import { httpMessages } from '../messages.js';
import { importProblemItems, ProblemError, problemSchema } from '../problem.js';
import { hasExtension, receiveUploads } from '../uploads.js';

const EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.json']);

export const importJobResultSchema = z
  .object({
    files: z.array(z.object({ name: z.string(), bytes: z.number().int(), rows: z.number().int() })),
    rows: z.number().int().describe('data rows read'),
    added: z.object({ candidates: z.number().int(), identities: z.number().int(), evidence: z.number().int(), externalRanks: z.number().int() }).describe('what the import added (0 everywhere: it was there already)'),
  })
  .meta({ id: 'ImportJobResult' });

const routes: ApiRoutes = async (app) => {
  // The templates, written once per server and language into a temporary directory.
  const templates = new Map<string, Promise<string[]>>();
  const templateDirs: string[] = [];
  app.addHook('onClose', async () => {
    for (const d of templateDirs) await rm(d, { recursive: true, force: true });
  });

  app.post(
    '/api/fields/:fieldId/imports',
    {
      config: {
        openapiBody: {
          consumes: ['multipart/form-data'],
          schema: {
            type: 'object',
            properties: { file: { type: 'array', items: { type: 'string', format: 'binary' }, description: 'one or more evidence files: .csv, .tsv, .txt, .xlsx, .json' } },
            required: ['file'],
          },
        },
      },
      schema: {
        tags: ['imports'],
        summary: 'Upload evidence files (streamed to disk) and import them as a job; nothing is written if any row is invalid',
        params: fieldParams,
        querystring: z.object({ locale: z.enum(['fr', 'en', 'auto']).default('auto').describe('number and date convention where ambiguous') }),
        response: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 413: problemSchema, 415: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = app.eclaireur.langOf(req);
      const m = httpMessages(lang);
      const { dir, files } = await receiveUploads(app, req, { prefix: 'eclaireur-upload-', accepts: hasExtension(EXTENSIONS), badExtension: m.badExtension });
      const { locale } = req.query;
      const { jobs, openStore, store: shared } = app.eclaireur;
      const job = jobs.submit({
        kind: 'import',
        lang,
        lane: 'write',
        run: async (ctx) => {
          const total = files.reduce((s, f) => s + f.bytes, 0);
          ctx.progress('read', 0, total, 'bytes');
          // Its own connection, so that the rest of the API reads while the import holds its transaction.
          const store = openStore ? await openStore() : shared;
          const rows = new Map<string, number>();
          try {
            const r = await importFiles(
              store,
              field.id,
              files.map((f) => f.path),
              {
                locale,
                lang,
                names: files.map((f) => f.name),
                onProgress: (done) => ctx.progress('read', done, total, 'bytes'),
                onFile: (file, n) => rows.set(file, n),
              },
            );
            if (r.problems.length > 0) {
              throw new ProblemError('import-problems', m.importProblems(r.problems.length, new Set(r.problems.map((p) => p.file)).size), importProblemItems(r.problems));
            }
            ctx.progress('done', total, total, 'bytes');
            const n = r.counts!;
            return {
              files: files.map((f) => ({ name: f.name, bytes: f.bytes, rows: rows.get(f.name) ?? 0 })),
              rows: r.rows,
              added: { candidates: n.candidates, identities: n.identities, evidence: n.evidence, externalRanks: n.externalRanks },
            };
          } finally {
            if (store !== shared) await store.close();
          }
        },
        cleanup: () => rm(dir, { recursive: true, force: true }),
      });
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );

  app.get(
    '/api/templates/:lang/:format',
    {
      schema: {
        tags: ['imports'],
        summary: 'Download the import template (column names in French or English)',
        params: z.object({ lang: z.enum(['fr', 'en']), format: z.enum(['csv', 'xlsx']) }),
        response: { 200: z.unknown().describe('the template file'), 400: problemSchema },
      },
    },
    async (req, reply) => {
      const { lang, format } = req.params;
      let written = templates.get(lang);
      if (!written) {
        const dir = await mkdtemp(join(app.eclaireur.uploadDir, 'eclaireur-templates-'));
        written = writeTemplates(dir, lang);
        templates.set(lang, written);
        templateDirs.push(dir);
      }
      const path = (await written).find((p) => p.endsWith(`.${format}`))!;
      const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return reply
        .type(type)
        .header('content-disposition', `attachment; filename="${basename(path)}"`)
        .send(await readFile(path));
    },
  );
};

export default routes;
