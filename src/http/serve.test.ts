/**
 * `eclaireur serve`, the entry point of the HTTP API: on an empty store it builds the
 * demonstration workspace, then serves on the port it was given (here 0: any free one) until
 * stopped; a second start on the same store builds nothing; the store is chosen by --db, then
 * ECLAIREUR_DB, then DATABASE_URL (the automation contract: `PORT=N ECLAIREUR_DB=PATH npm
 * start`); a bad port is bad usage (exit code 2).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../adapters/storage/index.js';
import { serveStoreOptions, stopServe } from '../cli/commands/serve.js';
import { main } from '../cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `eclaireur serve ARGS`, waits until it listens; returns its URL, its output and a stop function. */
async function serve(...args: string[]): Promise<{ url: string; err: () => string; stop: () => Promise<number> }> {
  const err: string[] = [];
  const saved = { url: process.env.DATABASE_URL, port: process.env.PORT, db: process.env.ECLAIREUR_DB };
  delete process.env.DATABASE_URL;
  delete process.env.PORT;
  delete process.env.ECLAIREUR_DB;
  const done = main(['serve', '--port', '0', '--lang', 'en', ...args], { out: () => {}, err: (s) => void err.push(s) });
  const restore = () => {
    for (const [k, v] of [['DATABASE_URL', saved.url], ['PORT', saved.port], ['ECLAIREUR_DB', saved.db]] as const) if (v !== undefined) process.env[k] = v;
  };
  for (let i = 0; i < 1200; i++) {
    const m = /serving on (http:\/\/[^\s]+) /.exec(err.join(''));
    if (m) {
      restore();
      return {
        url: m[1],
        err: () => err.join(''),
        stop: async () => {
          stopServe();
          return done;
        },
      };
    }
    const early = await Promise.race([done, new Promise<null>((r) => setTimeout(() => r(null), 50))]);
    if (early !== null) {
      restore();
      throw new Error(`serve ended with ${early}: ${err.join('')}`);
    }
  }
  restore();
  throw new Error(`serve did not start: ${err.join('')}`);
}

describe('eclaireur serve', () => {
  const db = join(dir, 'served.db');

  it('builds the demonstration workspace on an empty store and serves the API until stopped', async () => {
    const s = await serve('--db', db);
    try {
      assert.match(s.err(), /the store is empty: building the demonstration workspace/);
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${s.url}/api/health`);
      assert.equal(health.status, 200);
      const doc = (await (await fetch(`${s.url}/api/openapi.json`)).json()) as { openapi: string };
      assert.equal(doc.openapi, '3.1.0');
      const fields = (await (await fetch(`${s.url}/api/fields`)).json()) as { items: { id: number; topic: string }[] };
      assert.deepEqual(fields.items.map((f) => f.topic), ['Marketing B2B au Québec']);
      const runs = (await (await fetch(`${s.url}/api/fields/${fields.items[0].id}/runs`)).json()) as { items: { label: string }[] };
      assert.deepEqual(runs.items.map((r) => r.label), ['2025-11-27', '2026-11-27']);
    } finally {
      assert.equal(await s.stop(), 0);
    }
    // Stopped: the port is closed and the store is free.
    const store = await openStore({ db });
    assert.equal((await store.listFields()).length, 1);
    await store.close();
  });

  it('does not build anything again on a store that has a field', async () => {
    const store = await openStore({ db });
    const before = await store.snapshot();
    await store.close();
    const s = await serve('--db', db, '--host', '127.0.0.1');
    try {
      assert.doesNotMatch(s.err(), /empty/);
      assert.equal((await fetch(`${s.url}/api/health`)).status, 200);
    } finally {
      await s.stop();
    }
    const after = await openStore({ db });
    assert.deepEqual(await after.snapshot(), before);
    await after.close();
  });

  it('refuses a bad port (exit code 2)', async () => {
    const err: string[] = [];
    const code = await main(['serve', '--port', 'http', '--db', db], { out: () => {}, err: (s) => void err.push(s) });
    assert.equal(code, 2);
    assert.match(err.join(''), /--port: expected a port number/);
  });

  it('chooses the store by --db, then ECLAIREUR_DB, then DATABASE_URL, then ./eclaireur.db', () => {
    const url = 'postgres://eclaireur:secret@db.example:5432/eclaireur';
    assert.deepEqual(serveStoreOptions('a.db', { ECLAIREUR_DB: 'b.db', DATABASE_URL: url }).options, { db: 'a.db' });
    assert.deepEqual(serveStoreOptions(undefined, { ECLAIREUR_DB: 'b.db', DATABASE_URL: url }).options, { db: 'b.db' });
    const pg = serveStoreOptions(undefined, { DATABASE_URL: url });
    assert.deepEqual(pg.options, { databaseUrl: url });
    assert.equal(pg.location, 'postgres://eclaireur:***@db.example:5432/eclaireur');
    assert.deepEqual(serveStoreOptions(undefined, {}).options, { db: './eclaireur.db' });
  });
});
