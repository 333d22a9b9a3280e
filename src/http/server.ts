/**
 * The HTTP API (Fastify): JSON over the same store, adapters and core as the CLI. Each route
 * validates its request with a zod schema (fastify-type-provider-zod), and the OpenAPI 3.1
 * description is generated from those same schemas (@fastify/swagger), served at
 * `/api/openapi.json` and browsable at `/api/docs` (@fastify/swagger-ui). Failures answer
 * problem details (RFC 9457, problem.ts); long work runs as jobs (jobs.ts).
 *
 * Routes are discovered: every module of `routes/` (not its tests) exports a Fastify plugin as
 * its default export, registered in file-name order. Adding a resource is adding one file.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  type FastifyPluginAsyncZod,
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Lang } from '../core/domain.js';
import type { Store, StoreOptions } from '../adapters/storage/index.js';
import { SERVER_DEFAULTS } from './defaults.js';
import { JobRunner, type JobOptions } from './jobs.js';
import { httpMessages, langOf } from './messages.js';
import { makeProblem, pointerOf, type Problem, ProblemError, type ProblemItem } from './problem.js';
import { registerWebApp } from './static.js';

export { SERVER_DEFAULTS };

export interface ServerOptions {
  store: Store;
  /**
   * Opens another connection to the same store, for imports: an import holds its transaction
   * for as long as it reads, and on SQLite a second connection lets the other requests read
   * meanwhile (WAL). Without it, imports use `store`.
   */
  openStore?: () => Promise<Store>;
  /** Where the store is, for /api/health. */
  storeOptions?: StoreOptions;
  /** Language of answers when the request has no Accept-Language. */
  lang?: Lang;
  jobs?: Partial<JobOptions>;
  /** Directory for uploaded files while they are imported (default: the system's). */
  uploadDir?: string;
  maxUploadBytes?: number;
  maxUploadFiles?: number;
  logger?: boolean;
  /** Where failures the API did not expect (500s, crashed jobs) are reported; default: stderr. */
  logError?: (error: unknown, where: string) => void;
}

/** What the routes share, as `app.eclaireur`. */
export interface ApiContext {
  store: Store;
  openStore: (() => Promise<Store>) | null;
  jobs: JobRunner;
  lang: Lang;
  uploadDir: string;
  maxUploadBytes: number;
  maxUploadFiles: number;
  /** The language of a request's answers. */
  langOf(req: FastifyRequest): Lang;
  /** The API's routes as registered (method and URL; HEAD and the documentation's own left out). */
  routes: { method: string; url: string }[];
}

declare module 'fastify' {
  interface FastifyInstance {
    eclaireur: ApiContext;
  }
  interface FastifyContextConfig {
    /** A request body the schema cannot validate (a multipart upload), for the OpenAPI document only. */
    openapiBody?: { consumes: string[]; schema: Record<string, unknown> };
  }
}

export type ApiApp = FastifyInstance;
export type ApiRoutes = FastifyPluginAsyncZod;

/** The route modules: every `routes/*.ts` (or `.js` once built) but tests. */
async function routeModules(): Promise<{ name: string; plugin: ApiRoutes }[]> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'routes');
  const names = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !/\.test\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const out: { name: string; plugin: ApiRoutes }[] = [];
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(dir, name)).href)) as { default?: ApiRoutes };
    if (typeof mod.default !== 'function') throw new Error(`src/http/routes/${name}: expected a Fastify plugin as default export`);
    out.push({ name, plugin: mod.default });
  }
  return out;
}

const zodFrench = z.locales.fr();

/** A zod issue's message in French (zod's own French locale), from what the validation error kept of it. */
function frenchIssue(code: string, params: Record<string, unknown>, path: string[]): string | null {
  const out = zodFrench.localeError({ ...params, code, path } as unknown as Parameters<typeof zodFrench.localeError>[0]);
  return typeof out === 'string' ? out : (out?.message ?? null);
}

/**
 * A stable operation id for client generators, from the method and the path's words, and the
 * last parameter when the path ends with one: GET /api/fields/:fieldId/runs → getFieldsRuns,
 * GET /api/fields/:fieldId/runs/:run → getFieldsRunsByRun.
 */
export function operationId(method: string, url: string): string {
  const parts = url.split('/').filter((w) => w !== '' && w !== 'api');
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const words = parts.filter((w) => !w.startsWith(':')).flatMap((w) => w.split(/[^A-Za-z0-9]+/)).filter(Boolean);
  const last = parts.at(-1);
  const by = last?.startsWith(':') ? `By${cap(last.slice(1))}` : '';
  return method.toLowerCase() + words.map(cap).join('') + by;
}

/** A Fastify or zod failure as a problem. */
function toProblem(err: FastifyError & { validationContext?: string }, req: FastifyRequest, lang: Lang): Problem {
  const m = httpMessages(lang);
  const instance = req.url.split('?')[0];
  if (err instanceof ProblemError) return err.toProblem(lang, instance);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const errors: ProblemItem[] = err.validation.map((v) => {
      const path = v.instancePath.split('/').slice(1).filter((s) => s !== '');
      const extra = v.params as { keys?: string[] };
      // An unknown key is named by the key itself.
      const keys = v.keyword === 'unrecognized_keys' && extra.keys?.length ? extra.keys : null;
      const field = keys ? [...path, keys[0]].join('.') : path.join('.');
      return {
        in: where as ProblemItem['in'],
        field: field || '(whole)',
        pointer: pointerOf(keys ? [...path, keys[0]] : path),
        code: v.keyword,
        detail: (lang === 'fr' ? frenchIssue(v.keyword, v.params as Record<string, unknown>, path) : null) ?? v.message ?? v.keyword,
      };
    });
    return makeProblem('validation', lang, m.validation(errors.length, m.where[where] ?? where), instance, errors);
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status === 413) return makeProblem('payload-too-large', lang, err.message, instance);
  if (status === 415) return makeProblem('bad-request', lang, err.message, instance, undefined, 415);
  if (status === 404) return makeProblem('not-found', lang, err.message, instance);
  if (status >= 400 && status < 500) return makeProblem('bad-request', lang, err.message, instance, undefined, status);
  return makeProblem('internal', lang, m.internal, instance);
}

export async function buildServer(o: ServerOptions): Promise<ApiApp> {
  // Closing ends every connection (after the running jobs): a half-sent upload does not hold the server open.
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: SERVER_DEFAULTS.bodyLimit, routerOptions: { ignoreTrailingSlash: true }, forceCloseConnections: true });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const lang = o.lang ?? 'en';
  const logError = o.logError ?? ((e: unknown, where: string) => void process.stderr.write(`eclaireur serve: ${where}: ${(e as Error)?.stack ?? String(e)}\n`));
  const ctx: ApiContext = {
    store: o.store,
    openStore: o.openStore ?? null,
    jobs: new JobRunner(o.jobs, (e, job) => logError(e, `job ${job.kind} ${job.id}`)),
    lang,
    uploadDir: o.uploadDir ?? tmpdir(),
    maxUploadBytes: o.maxUploadBytes ?? SERVER_DEFAULTS.maxUploadBytes,
    maxUploadFiles: o.maxUploadFiles ?? SERVER_DEFAULTS.maxUploadFiles,
    langOf: (req) => langOf(req.headers['accept-language'], lang),
    routes: [],
  };
  app.addHook('onRoute', (r) => {
    const hidden = (r.schema as { hide?: boolean } | undefined)?.hide === true;
    for (const method of [r.method].flat()) if (method !== 'HEAD' && !hidden && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs')) ctx.routes.push({ method, url: r.url });
  });
  app.decorate('eclaireur', ctx);
  // Jobs finish before the store closes.
  app.addHook('onClose', async () => {
    await ctx.jobs.idle();
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const l = ctx.langOf(req);
    const p = toProblem(err, req, l);
    if (p.status >= 500 && p.status !== 501) logError(err, `${req.method} ${req.url}`);
    void reply.status(p.status).type('application/problem+json').send(JSON.stringify(p));
  });
  app.setNotFoundHandler((req, reply) => {
    const l = ctx.langOf(req);
    const p = makeProblem('not-found', l, httpMessages(l).noRoute(req.method, req.url.split('?')[0]), req.url.split('?')[0]);
    void reply.status(404).type('application/problem+json').send(JSON.stringify(p));
  });

  // Answers of 1 KB and more compressed (brotli, else gzip) when the client accepts it: a
  // 10,000-candidate run's table goes from about 2 MB to about 0.5 MB.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(multipart, { limits: { fileSize: ctx.maxUploadBytes, files: ctx.maxUploadFiles, fields: 20, parts: ctx.maxUploadFiles + 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Éclaireur API',
        version: '0.1.0',
        description:
          'Thought-leadership workbench: fields, candidates and their evidence, rankings (as jobs), runs, imports (streamed uploads, as jobs), the field’s graph, published rankings, audience audits (as jobs), the strategy and its calendar, the maturity diagnostic. Errors are RFC 9457 problem details; long lists are paged with limit and offset.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      tags: [],
    },
    transform: (doc) => {
      const out = jsonSchemaTransform(doc);
      const schema = out.schema as Record<string, unknown> | undefined;
      const extra = doc.route.config?.openapiBody;
      if (extra && schema) Object.assign(schema, { body: extra.schema, consumes: extra.consumes });
      if (schema && !schema.hide && !schema.operationId) schema.operationId = operationId(String(doc.route.method), doc.url);
      return out;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const api = app.withTypeProvider<ZodTypeProvider>();
  for (const { plugin } of await routeModules()) await api.register(plugin);
  await registerWebApp(app); // the web app (dist/web) at /, static.ts
  await app.ready();
  return app;
}
