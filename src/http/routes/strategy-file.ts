/**
 * The strategy as a file, as the command line reads and writes it (adapters/strategy/file.ts):
 *   `GET …/strategy/file?format=yaml|json&cycle=N` downloads it (`eclaireur strategy export`);
 *   `POST …/strategy/file` takes one YAML or JSON file (multipart/form-data "file") and, **as a
 *     job**, replaces the current cycle's strategy with it (`eclaireur strategy import`): every
 *     problem with its line and column (in the request's language) and nothing written when the
 *     file does not validate.
 */
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { Lang } from '../../core/domain.js';
import { strategyStore } from '../../adapters/storage/strategy-store.js';
import { formatOf, formatProblem, parseStrategy, StrategyFileError, stringifyStrategy } from '../../adapters/strategy/file.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { jobSchema } from '../jobs.js';
import { ProblemError, problemSchema } from '../problem.js';
import { receiveUploads } from '../uploads.js';
import { cycleNumber, cycleOf } from './strategy.js';

const M: Record<Lang, { badExtension(name: string): string; oneFile: string; problems(n: number): string }> = {
  en: {
    badExtension: (name) => `${name}: unsupported file type; expected a strategy file: .yaml, .yml or .json`,
    oneFile: 'send one strategy file per request',
    problems: (n) => `${n} problem(s) in the strategy file; nothing was written`,
  },
  fr: {
    badExtension: (name) => `${name} : type de fichier non pris en charge ; attendu un fichier de stratégie : .yaml, .yml ou .json`,
    oneFile: 'envoyez un fichier de stratégie par requête',
    problems: (n) => `${n} problème(s) dans le fichier de stratégie ; rien n’a été écrit`,
  },
};

const routes: ApiRoutes = async (app) => {
  app.get(
    '/api/fields/:fieldId/strategy/file',
    {
      schema: {
        tags: ['strategy'],
        summary: 'The strategy as a file, YAML or JSON (`eclaireur strategy export`): the current cycle’s, or ?cycle=N',
        params: fieldParams,
        querystring: z.object({ format: z.enum(['yaml', 'json']).default('yaml'), cycle: cycleNumber.optional() }),
        response: { 200: z.unknown().describe('the strategy file'), 400: problemSchema, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const c = await cycleOf(app, req, field, req.query.cycle);
      const { format } = req.query;
      return reply
        .type(format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="strategy-${c.number}.${format}"`)
        .serializer((x) => x as string)
        .send(stringifyStrategy(c.strategy, format) as never);
    },
  );

  app.post(
    '/api/fields/:fieldId/strategy/file',
    {
      config: {
        openapiBody: {
          consumes: ['multipart/form-data'],
          schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'the strategy file: .yaml, .yml or .json' } }, required: ['file'] },
        },
      },
      schema: {
        tags: ['strategy'],
        summary: 'Replace the current cycle’s strategy with a YAML or JSON file, as a job (`eclaireur strategy import`); problems with line and column, nothing written',
        params: fieldParams,
        response: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 413: problemSchema, 415: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = app.eclaireur.langOf(req);
      const { dir, files } = await receiveUploads(app, req, { prefix: 'eclaireur-strategy-', accepts: (name) => formatOf(name) !== null, badExtension: M[lang].badExtension, oneFile: M[lang].oneFile });
      const [upload] = files;
      const job = app.eclaireur.jobs.submit({
        kind: 'strategy-import',
        lang,
        lane: 'write',
        run: async () => {
          let strategy;
          try {
            strategy = parseStrategy(await readFile(upload.path, 'utf8'), upload.name, formatOf(upload.name)!, lang);
          } catch (e) {
            if (!(e instanceof StrategyFileError)) throw e;
            throw new ProblemError(
              'import-problems',
              M[lang].problems(e.problems.length),
              e.problems.map((p) => ({ in: 'file' as const, file: upload.name, ...(p.line > 0 ? { line: p.line, column: String(p.column) } : {}), ...(p.path ? { field: p.path } : {}), detail: formatProblem(p) })),
            );
          }
          const saved = await strategyStore(app.eclaireur.store.db).saveStrategy(field.id, strategy, { startedOn: new Date().toISOString().slice(0, 10) });
          return { file: upload.name, ...saved };
        },
        cleanup: () => rm(dir, { recursive: true, force: true }),
      });
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );
};

export default routes;
