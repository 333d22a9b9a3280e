/**
 * The web app served by the API's server (static.ts): its files, index.html for the app's own
 * paths (SPA fallback), a 404 problem for unknown API paths and missing built assets, nothing
 * outside the app's folder, and a plain page saying how to build it when it is not built.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWebApp } from './static.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-static-'));
const root = join(dir, 'web');
let app: FastifyInstance;

before(async () => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  app = Fastify();
  app.get('/api/health', async () => ({ status: 'ok' }));
  await registerWebApp(app, root);
  await app.ready();
});
after(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web app at /', () => {
  it('serves index.html at / and at the app’s paths, revalidated each time', async () => {
    for (const url of ['/', '/fields/1/rankings', '/fields/1/candidates/jean.tremblay?run=2026', '/fields/1/imports/']) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 200, url);
      assert.match(r.headers['content-type'] as string, /text\/html/);
      assert.equal(r.body, '<!doctype html><title>app</title>');
      assert.equal(r.headers['cache-control'], 'no-cache');
    }
  });

  it('serves built assets, cached for good (their names change with their content)', async () => {
    const r = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(r.statusCode, 200);
    assert.equal(r.body, 'console.log(1)');
    assert.match(r.headers['cache-control'] as string, /immutable/);
  });

  it('answers 404 for unknown API paths and missing assets, and serves nothing outside its folder', async () => {
    assert.equal((await app.inject({ url: '/api/health' })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/nothing' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/assets/gone.js' })).statusCode, 404);
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await app.inject({ url });
      assert.notEqual(r.body, 'secret', url);
    }
  });

  it('says how to build the app when it is not built', async () => {
    const bare = Fastify();
    await registerWebApp(bare, null);
    const r = await bare.inject({ url: '/' });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /npm run build/);
    await bare.close();
  });
});
