/**
 * What the HTTP API's tests share: a temporary store (SQLite, or PostgreSQL) holding the
 * demonstration workspace (built once per test file, as `eclaireur demo` builds it: 150
 * candidates, the graph, two saved runs), and a server over it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreOptions } from '../adapters/storage/index.js';
import { buildDemo } from '../cli/commands/demo.js';
import { type ApiApp, buildServer, type ServerOptions } from './server.js';

export interface TestServer {
  app: ApiApp;
  store: Store;
  dir: string;
  db: string;
  fieldId: number;
  close(): Promise<void>;
}

/**
 * A server over a fresh store — a SQLite file in a temporary directory, or with `postgres` (a
 * URL) a fresh schema of that PostgreSQL database, dropped on close; `demo` fills it with the
 * demonstration workspace.
 */
export async function testServer(o: { demo?: boolean; postgres?: string } & Partial<Omit<ServerOptions, 'store'>> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'eclaireur-http-'));
  const db = join(dir, 'test.db');
  const schema = `h_${process.pid}_${randomBytes(6).toString('hex')}`;
  const options: StoreOptions = o.postgres ? { databaseUrl: o.postgres, pgSchema: schema } : { db };
  const store = await openStore(options);
  if (o.demo !== false) await buildDemo(store, { seed: 2018, lang: 'en', outDir: null, log: () => {}, location: db });
  const fields = await store.listFields();
  const app = await buildServer({ store, openStore: () => openStore(options), uploadDir: dir, ...o });
  return {
    app,
    store,
    dir,
    db,
    fieldId: fields[0]?.id ?? 0,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      if (o.postgres) {
        const admin = new pg.Pool({ connectionString: o.postgres, max: 1 });
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      }
    },
  };
}

/** Polls a job until it has finished; returns its last state. */
export async function waitForJob(app: ApiApp, id: string, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await app.inject({ method: 'GET', url: `/api/jobs/${id}` });
    const job = r.json() as Record<string, unknown>;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${String(job.status)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const BOUNDARY = '----eclaireur-test-boundary';

/** A multipart/form-data body of `parts` (file parts named "file" unless `field` is set). */
export function multipart(parts: { name: string; content: string | Buffer; field?: string }[]): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head = p.field ? `Content-Disposition: form-data; name="${p.field}"` : `Content-Disposition: form-data; name="file"; filename="${p.name}"\r\nContent-Type: application/octet-stream`;
    chunks.push(Buffer.from(`--${BOUNDARY}\r\n${head}\r\n\r\n`), Buffer.from(p.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

/** POSTs `parts` as multipart/form-data to `url` (extra headers after the multipart ones). */
export function postFiles(app: ApiApp, url: string, parts: Parameters<typeof multipart>[0], headers: Record<string, string> = {}) {
  const m = multipart(parts);
  return app.inject({ method: 'POST', url, payload: m.payload, headers: { ...m.headers, ...headers } });
}
