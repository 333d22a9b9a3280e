/**
 * Fields of influence: `GET /api/fields` (paged), `GET /api/fields/:fieldId` (with what the
 * store holds for it), `POST /api/fields` (what `eclaireur init` does: a topic, a region, its
 * languages, in a workspace).
 */
import { z } from 'zod';
import type { ApiRoutes } from '../server.js';
import { fieldParams, fieldSchema, requireField } from '../field.js';
import { httpMessages } from '../messages.js';
import { pageOf, pageQuery, slicePage } from '../pagination.js';
import { ProblemError, problemSchema } from '../problem.js';

const countsSchema = z.object({
  candidates: z.number().int(),
  identities: z.number().int(),
  evidence: z.number().int(),
  externalRankings: z.number().int(),
  externalRankEntries: z.number().int(),
  runs: z.number().int(),
  imports: z.number().int(),
});

const newFieldSchema = z
  .object({
    topic: z.string().trim().min(1).max(200).describe('e.g. "Marketing B2B au Québec"'),
    region: z
      .string()
      .regex(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, 'expected an ISO 3166 code such as CA or CA-QC')
      .transform((s) => s.toUpperCase())
      .nullable()
      .default(null),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as fr')).min(1).default(['fr', 'en']),
    workspace: z.string().trim().min(1).default('default'),
  })
  .strict();

const routes: ApiRoutes = async (app) => {
  app.get('/api/fields', { schema: { tags: ['fields'], summary: 'The fields of influence', querystring: pageQuery, response: { 200: pageOf(fieldSchema) } } }, async (req) =>
    slicePage(await app.eclaireur.store.listFields(), req.query),
  );

  app.get(
    '/api/fields/:fieldId',
    {
      schema: {
        tags: ['fields'],
        summary: 'A field and the counts of what the store holds for it',
        params: fieldParams,
        response: { 200: fieldSchema.extend({ counts: countsSchema }), 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      return { ...field, counts: await app.eclaireur.store.counts(field.id) };
    },
  );

  app.post(
    '/api/fields',
    {
      schema: {
        tags: ['fields'],
        summary: 'Create a field (as `eclaireur init`)',
        body: newFieldSchema,
        response: { 201: fieldSchema, 400: problemSchema, 409: problemSchema },
      },
    },
    async (req, reply) => {
      const store = app.eclaireur.store;
      const b = req.body;
      if (await store.findField(b.topic)) {
        throw new ProblemError('conflict', httpMessages(app.eclaireur.langOf(req)).fieldExists(b.topic), [{ in: 'body', field: 'topic', pointer: '/topic', detail: 'already exists' }]);
      }
      const ws = await store.ensureWorkspace(b.workspace);
      const field = await store.createField({ workspaceId: ws.id, topic: b.topic, region: b.region, languages: b.languages });
      return reply.status(201).header('location', `/api/fields/${field.id}`).send(field);
    },
  );
};

export default routes;
