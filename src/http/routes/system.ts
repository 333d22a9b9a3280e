/**
 * The server itself: `GET /api/health` (200 once the server is ready: the automation contract
 * of issue 7), `GET /api/openapi.json` (the OpenAPI 3.1 description, generated from the routes'
 * schemas), and the jobs: `GET /api/jobs` and `GET /api/jobs/:id` (status, progress, result or
 * problem).
 */
import { z } from 'zod';
import type { ApiRoutes } from '../server.js';
import { jobSchema } from '../jobs.js';
import { httpMessages } from '../messages.js';
import { ProblemError, problemSchema } from '../problem.js';
import { pageOf, pageQuery, slicePage } from '../pagination.js';

const routes: ApiRoutes = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Ready?',
        response: { 200: z.object({ status: z.literal('ok'), dialect: z.enum(['sqlite', 'postgres']), jobs: z.object({ running: z.number().int(), queued: z.number().int() }) }) },
      },
    },
    async () => {
      const jobs = app.eclaireur.jobs.list();
      return {
        status: 'ok' as const,
        dialect: app.eclaireur.store.dialect,
        jobs: { running: jobs.filter((j) => j.status === 'running').length, queued: jobs.filter((j) => j.status === 'queued').length },
      };
    },
  );

  app.get('/api/openapi.json', { schema: { tags: ['system'], summary: 'The OpenAPI 3.1 description of this API' } }, async (_req, reply) => {
    return reply.type('application/json').send(JSON.stringify(app.swagger()));
  });

  app.get(
    '/api/jobs',
    { schema: { tags: ['jobs'], summary: 'The jobs kept in memory, newest first', querystring: pageQuery, response: { 200: pageOf(jobSchema) } } },
    async (req) => slicePage(app.eclaireur.jobs.list(), req.query),
  );

  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'A job: status, progress, and its result or problem',
        params: z.object({ id: z.uuid() }),
        response: { 200: jobSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const job = app.eclaireur.jobs.get(req.params.id);
      if (!job) throw new ProblemError('not-found', httpMessages(app.eclaireur.langOf(req)).noJob(req.params.id), [{ in: 'params', field: 'id', pointer: '/id', detail: 'unknown job' }]);
      return job;
    },
  );
};

export default routes;
