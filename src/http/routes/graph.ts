/**
 * The field's graph (issue 4), as `eclaireur discover` and `eclaireur graph communities` read it
 * — the imported interaction graph joined with the peer mentions, at a reference date, with the
 * candidates' authority as seen from the field (personalised PageRank):
 *   `GET …/graph/authority` every account by authority (paged), candidates named by their key;
 *   `GET …/graph/discover` who are we missing? accounts that are not candidates, by authority,
 *     with the candidates who point to them;
 *   `GET …/graph/communities` the communities (Louvain) by their share of the field's authority;
 *   `GET …/graph` what a page draws: the top accounts by authority, the edges among them, and
 *     each one's community numbered as `…/graph/communities` ranks them.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { discover, DISCOVER_DEFAULTS } from '../../core/graph/discover.js';
import { DRAWING_DEFAULTS, fieldDrawing } from '../../core/graph/drawing.js';
import { buildFieldGraph } from '../../core/graph/field-graph.js';
import { FIELD_COMMUNITIES_DEFAULTS, fieldCommunities } from '../../core/graph/field-communities.js';
import { LOUVAIN_DEFAULTS } from '../../core/graph/louvain.js';
import { resolveAsOf } from '../../core/ranking/score.js';
import { compareCodePoints } from '../../core/text.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { httpMessages } from '../messages.js';
import { pageOf, pageQuery } from '../pagination.js';
import { ProblemError, problemSchema } from '../problem.js';
import { configOf } from '../ranking-config.js';

const asOfQuery = z.object({ asOf: z.iso.date().optional().describe('reference date (YYYY-MM-DD); default: the latest evidence') });
const candidateRef = z.object({ key: z.string(), name: z.string() });

/** The field's graph at the reference date; a 422 problem when it has no edge. */
async function fieldGraphOf(app: FastifyInstance, req: FastifyRequest, fieldId: number, asOfParam: string | undefined) {
  const lang = app.eclaireur.langOf(req);
  const field = await requireField(app, req, fieldId);
  const config = configOf({ asOf: asOfParam }, lang, 'querystring');
  const input = await app.eclaireur.store.loadScoringInput(field.id);
  const { asOfDay, asOf } = resolveAsOf(input, config);
  const fg = buildFieldGraph(input, asOfDay, config.indices.peer_recognition.halfLifeDays);
  if (fg.graph.edgeCount === 0) throw new ProblemError('no-data', httpMessages(lang).noGraph);
  return { input, fg, asOf };
}

const routes: ApiRoutes = async (app) => {
  app.get(
    '/api/fields/:fieldId/graph/authority',
    {
      schema: {
        tags: ['graph'],
        summary: 'Every account of the field’s graph by authority (personalised PageRank to the candidates), paged',
        params: fieldParams,
        querystring: pageQuery.extend(asOfQuery.shape),
        response: {
          200: z.object({
            asOf: z.string().nullable(),
            edges: z.number().int(),
            iterations: z.number().int(),
            converged: z.boolean(),
            nodes: pageOf(z.object({ rank: z.number().int(), name: z.string(), candidate: z.string().nullable().describe('the candidate’s key, null for other accounts'), authority: z.number() })),
          }),
          400: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const { input, fg, asOf } = await fieldGraphOf(app, req, req.params.fieldId, req.query.asOf);
      const n = fg.graph.nodeCount;
      // Ties by name, then node: the order of …/graph and …/graph/communities.
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => fg.authority[b] - fg.authority[a] || compareCodePoints(fg.names[a], fg.names[b]) || a - b);
      const { limit, offset } = req.query;
      return {
        asOf,
        edges: fg.graph.edgeCount,
        iterations: fg.iterations,
        converged: fg.converged,
        nodes: {
          items: order.slice(offset, offset + limit).map((v, i) => ({ rank: offset + i + 1, name: fg.names[v], candidate: v < fg.candidateCount ? input.candidates[v].key : null, authority: fg.authority[v] })),
          total: n,
          limit,
          offset,
        },
      };
    },
  );

  app.get(
    '/api/fields/:fieldId/graph/discover',
    {
      schema: {
        tags: ['graph'],
        summary: 'Who are we missing? Accounts that are not candidates, by authority, with the candidates who point to them',
        params: fieldParams,
        querystring: asOfQuery.extend({ top: z.coerce.number().int().min(1).max(10_000).default(DISCOVER_DEFAULTS.top) }),
        response: {
          200: z.object({
            asOf: z.string().nullable(),
            nodes: z.number().int(),
            edges: z.number().int(),
            accounts: z.array(
              z.object({
                name: z.string(),
                rank: z.number().int(),
                authority: z.number(),
                candidates: z.number().int().describe('distinct candidates pointing to it'),
                recognisers: z.number().int().describe('distinct accounts pointing to it'),
                pointedBy: z.array(candidateRef.extend({ weight: z.number() })),
              }),
            ),
          }),
          400: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const { input, fg, asOf } = await fieldGraphOf(app, req, req.params.fieldId, req.query.asOf);
      const cands = input.candidates;
      return {
        asOf,
        nodes: fg.graph.nodeCount,
        edges: fg.graph.edgeCount,
        accounts: discover(fg, { top: req.query.top }).map((d) => ({
          name: d.name,
          rank: d.rank,
          authority: d.authority,
          candidates: d.candidates,
          recognisers: d.recognisers,
          pointedBy: d.pointedBy.map((p) => ({ key: cands[p.candidate].key, name: cands[p.candidate].name, weight: p.weight })),
        })),
      };
    },
  );

  app.get(
    '/api/fields/:fieldId/graph/communities',
    {
      schema: {
        tags: ['graph'],
        summary: 'The communities of the field’s graph (Louvain), by their share of the field’s authority',
        params: fieldParams,
        querystring: asOfQuery.extend({
          top: z.coerce.number().int().min(1).max(10_000).default(FIELD_COMMUNITIES_DEFAULTS.top),
          resolution: z.coerce.number().positive().finite().default(LOUVAIN_DEFAULTS.resolution).describe('above 1: smaller communities'),
          seed: z.coerce.number().int().min(0).optional().describe(`seed of the visiting order (default ${String(LOUVAIN_DEFAULTS.seed)})`),
        }),
        response: {
          200: z.object({
            asOf: z.string().nullable(),
            modularity: z.number(),
            count: z.number().int(),
            communities: z.array(z.object({ rank: z.number().int(), size: z.number().int(), authority: z.number(), candidates: z.array(candidateRef), leaders: z.array(z.string()) })),
          }),
          400: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const { input, fg, asOf } = await fieldGraphOf(app, req, req.params.fieldId, req.query.asOf);
      const r = fieldCommunities(fg, { top: req.query.top, resolution: req.query.resolution, seed: req.query.seed ?? LOUVAIN_DEFAULTS.seed });
      const cands = input.candidates;
      return {
        asOf,
        modularity: r.modularity,
        count: r.count,
        communities: r.communities.map((c) => ({
          rank: c.rank,
          size: c.size,
          authority: c.authority,
          candidates: c.candidates.map((v) => ({ key: cands[v].key, name: cands[v].name })),
          leaders: c.leaders.map((v) => fg.names[v]),
        })),
      };
    },
  );

  app.get(
    '/api/fields/:fieldId/graph',
    {
      schema: {
        tags: ['graph'],
        summary: 'What a page draws: the top accounts by authority, the edges among them, each one’s community',
        params: fieldParams,
        querystring: asOfQuery.extend({
          top: z.coerce.number().int().min(1).max(20_000).default(DRAWING_DEFAULTS.top).describe('accounts drawn, by authority'),
          resolution: z.coerce.number().positive().finite().default(LOUVAIN_DEFAULTS.resolution),
          seed: z.coerce.number().int().min(0).optional(),
        }),
        response: {
          200: z.object({
            asOf: z.string().nullable(),
            totalNodes: z.number().int(),
            totalEdges: z.number().int(),
            communities: z.number().int(),
            modularity: z.number(),
            nodes: z.array(
              z.object({
                id: z.number().int().describe('the node’s number in this drawing (0: the most authority)'),
                name: z.string(),
                candidate: z.string().nullable().describe('the candidate’s key, null for other accounts'),
                authority: z.number(),
                community: z.number().int().describe('1: the community with the most authority (as …/graph/communities ranks them)'),
              }),
            ),
            edges: z.array(z.tuple([z.number().int(), z.number().int(), z.number()])).describe('[source id, target id, weight]'),
          }),
          400: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (req) => {
      const { input, fg, asOf } = await fieldGraphOf(app, req, req.params.fieldId, req.query.asOf);
      const d = fieldDrawing(fg, { top: req.query.top, resolution: req.query.resolution, seed: req.query.seed ?? LOUVAIN_DEFAULTS.seed });
      return {
        asOf,
        totalNodes: d.totalNodes,
        totalEdges: d.totalEdges,
        communities: d.communities,
        modularity: d.modularity,
        nodes: d.nodes.map((n) => ({ id: n.id, name: n.name, candidate: n.candidate >= 0 ? input.candidates[n.candidate].key : null, authority: n.authority, community: n.community })),
        edges: d.edges,
      };
    },
  );
};

export default routes;
