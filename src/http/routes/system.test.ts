/**
 * The server as a whole: the automation contract (GET /api/health answers 200 when ready,
 * GET /api/openapi.json the OpenAPI description), the OpenAPI document (valid OpenAPI 3.1 by its
 * JSON schema, every route of the API in it with its parameters and answers, the shared schemas
 * present), the browsable page, problem details for unknown routes and jobs, in English and
 * French.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rmSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { testServer, type TestServer } from '../test-support.js';

let t: TestServer;
before(async () => {
  t = await testServer();
});
after(async () => t.close());

describe('health and the OpenAPI description', () => {
  it('GET /api/health answers 200 once ready', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { status: 'ok', dialect: 'sqlite', jobs: { running: 0, queued: 0 } });
  });

  it('GET /api/openapi.json is a valid OpenAPI 3.1 document with every route, its parameters and the shared schemas', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^application\/json/);
    const doc = JSON.parse(r.body) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown>; requestBody?: { content: Record<string, unknown> } }>>;
      components: { schemas: Record<string, unknown> };
    };
    assert.equal(doc.openapi, '3.1.0');
    const v = await new Validator().validate(doc as unknown as Record<string, unknown>);
    assert.equal(v.valid, true, JSON.stringify(v.errors, null, 1)?.slice(0, 2000));

    // Every route the server has is in the document, under its OpenAPI path.
    const routes = t.app.eclaireur.routes;
    assert.ok(routes.length >= 25, `only ${routes.length} routes`);
    for (const { method, url } of routes) {
      const path = url.replace(/:([A-Za-z]+)/g, '{$1}');
      const op = doc.paths[path]?.[method.toLowerCase()];
      assert.ok(op, `${method} ${url} is not in the OpenAPI document`);
      assert.ok(Object.keys(op.responses).length > 0, `${method} ${url} has no response`);
      for (const name of [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1])) {
        assert.ok(op.parameters?.some((p) => p.name === name && p.in === 'path'), `${method} ${url}: path parameter ${name} undocumented`);
      }
    }
    // Schemas generated from the routes' zod schemas.
    for (const name of ['Problem', 'ProblemItem', 'Job', 'Field', 'Candidate', 'CandidateListItem', 'RunSummary', 'Run', 'RankingEntry', 'QueuedMatch']) {
      assert.ok(doc.components.schemas[name], `schema ${name} missing`);
    }
    // Query parameters and bodies come from the same schemas the routes validate with.
    const list = doc.paths['/api/fields/{fieldId}/candidates'].get;
    assert.deepEqual(list.parameters!.filter((p) => p.in === 'query').map((p) => p.name).sort(), ['limit', 'offset', 'q']);
    const rank = doc.paths['/api/fields/{fieldId}/rankings'].post;
    assert.ok(rank.requestBody!.content['application/json']);
    assert.ok(rank.responses['202'] && rank.responses['400']);
    // Operation ids, unique, for client generators.
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((op) => (op as { operationId?: string }).operationId));
    assert.ok(ids.every((id) => typeof id === 'string' && /^[a-z]+[A-Za-z0-9]*$/.test(id)), JSON.stringify(ids));
    assert.equal(new Set(ids).size, ids.length);
    assert.equal((doc.paths['/api/fields/{fieldId}/runs/{run}/entries'].get as { operationId?: string }).operationId, 'getFieldsRunsEntries');
    const upload = doc.paths['/api/fields/{fieldId}/imports'].post;
    assert.ok(upload.requestBody!.content['multipart/form-data'], 'the upload is documented as multipart/form-data');
  });

  it('serves the browsable description at /api/docs', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/docs' });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /swagger-ui/i);
    const json = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(json.json().openapi, '3.1.0');
  });
});

describe('problem details', () => {
  it('an unknown route is a 404 problem', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/nowhere?x=1' });
    assert.equal(r.statusCode, 404);
    assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(r.json(), {
      type: 'urn:eclaireur:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'no route GET /api/nowhere; the routes are listed at /api/docs',
      instance: '/api/nowhere',
    });
  });

  it('speaks French to a French browser', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/fields/999', headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
    assert.equal(r.statusCode, 404);
    const p = r.json();
    assert.equal(p.title, 'Introuvable');
    assert.equal(p.detail, 'aucun milieu d’identifiant 999 (GET /api/fields les énumère)');
    assert.deepEqual(p.errors, [{ in: 'params', field: 'fieldId', pointer: '/fieldId', detail: 'unknown field' }]);
  });

  it('a malformed JSON body is a 400 problem', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/fields', headers: { 'content-type': 'application/json' }, payload: '{"topic": ' });
    assert.equal(r.statusCode, 400);
    const p = r.json();
    assert.equal(p.type, 'urn:eclaireur:problem:bad-request');
    assert.equal(p.instance, '/api/fields');
    assert.equal(typeof p.detail, 'string');
  });

  it('an unknown job is a 404 problem naming the parameter; a malformed id a 400', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/jobs/00000000-0000-4000-8000-000000000000' });
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().errors[0].field, 'id');
    const bad = await t.app.inject({ method: 'GET', url: '/api/jobs/42' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad.json().errors.map((e: { in: string; field: string }) => [e.in, e.field]),
      [['params', 'id']],
    );
  });

  it('lists the jobs, newest first, paged', async () => {
    const a = await t.app.inject({ method: 'POST', url: `/api/fields/${t.fieldId}/rankings`, payload: { intervals: { draws: 0 }, save: false } });
    const b = await t.app.inject({ method: 'POST', url: `/api/fields/${t.fieldId}/rankings`, payload: { intervals: { draws: 0 }, save: false } });
    await t.app.eclaireur.jobs.idle();
    const r = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=1' });
    assert.equal(r.statusCode, 200);
    const page = r.json();
    assert.equal(page.total, 2);
    assert.equal(page.items.length, 1);
    assert.equal(page.items[0].id, b.json().id);
    const next = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=1&offset=1' });
    assert.equal(next.json().items[0].id, a.json().id);
  });
});

describe('validation problems in French', () => {
  it('gives zod’s French message for each wrong field', async () => {
    const r = await t.app.inject({ method: 'POST', url: `/api/fields/${t.fieldId}/rankings`, headers: { 'accept-language': 'fr' }, payload: { weights: { publishing: -1 }, colour: 'bleu' } });
    assert.equal(r.statusCode, 400);
    const p = r.json();
    assert.equal(p.title, 'La requête n’est pas valide');
    assert.equal(p.detail, '2 problème(s) dans le corps de la requête');
    const byField = Object.fromEntries(p.errors.map((e: { field: string; detail: string }) => [e.field, e.detail]));
    assert.equal(byField['weights.publishing'], 'Trop petit : nombre doit être >=0');
    assert.equal(byField.colour, 'Clé non reconnue : "colour"');
  });
});

describe('every route refuses a bad request with a problem', () => {
  it('answers 4xx problem details naming the wrong field, for each route of the API', async () => {
    const { problemSchema } = await import('../problem.js');
    // A bad request for each route: a path parameter that cannot be, else a bad query or body.
    const bad = (method: string, url: string): { url: string; payload?: object; field: string } | null => {
      if (url.includes(':fieldId')) return { url: url.replace(':fieldId', 'x').replace(/:(\w+)/g, '1'), field: 'fieldId' };
      if (url.includes(':id')) return { url: url.replace(':id', 'not-a-uuid'), field: 'id' };
      if (url.includes(':lang')) return { url: url.replace(':lang', 'de').replace(':format', 'csv'), field: 'lang' };
      if (method === 'POST') return { url, payload: { topic: 3 }, field: 'topic' };
      if (url === '/api/health' || url === '/api/openapi.json') return null;
      return { url: `${url}?limit=many`, field: 'limit' };
    };
    let checked = 0;
    for (const { method, url } of t.app.eclaireur.routes) {
      const b = bad(method, url);
      if (!b) continue;
      const r = await t.app.inject({ method: method as 'GET', url: b.url, ...(b.payload ? { payload: b.payload } : method === 'POST' ? { payload: {} } : {}) });
      assert.equal(r.statusCode, 400, `${method} ${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/, `${method} ${url}`);
      const p = problemSchema.parse(r.json());
      assert.equal(p.type, 'urn:eclaireur:problem:validation');
      assert.equal(p.instance, b.url.split('?')[0]);
      assert.ok(p.errors?.some((e) => e.field === b.field), `${method} ${url}: ${JSON.stringify(p.errors)}`);
      checked++;
    }
    assert.equal(checked, t.app.eclaireur.routes.length - 2);
  });
});

describe('unexpected failures', () => {
  it('answer a 500 problem that does not leak the error, and report it where the server logs', async () => {
    const logged: string[] = [];
    const s = await testServer({ demo: false, logError: (e, where) => void logged.push(`${where}: ${(e as Error).message}`) });
    await s.store.close(); // the database goes away under the server
    try {
      const r = await s.app.inject({ method: 'GET', url: '/api/fields', headers: { 'accept-language': 'fr' } });
      assert.equal(r.statusCode, 500);
      assert.deepEqual(r.json(), { type: 'urn:eclaireur:problem:internal', title: 'Erreur interne', status: 500, detail: 'le serveur a échoué ; voir son journal', instance: '/api/fields' });
      assert.equal(logged.length, 1);
      assert.match(logged[0], /^GET \/api\/fields: /);
    } finally {
      await s.app.close();
      rmSync(s.dir, { recursive: true, force: true });
    }
  });
});
