/**
 * What the storage tests share: the two stores every storage test runs on — a fresh SQLite
 * file, and a fresh PostgreSQL schema when TEST_DATABASE_URL is set (skipped otherwise) — and
 * their clean-up after the test file.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { openStore, type Store } from './index.js';

export type StoreTarget = [name: string, open: () => Promise<{ store: Store; drop: () => Promise<void> }>, skip: boolean];

/** SQLite and PostgreSQL targets; `prefix` names the files and schemas (a letter or a word). */
export function storeTargets(prefix: string): StoreTarget[] {
  const PG_URL = process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), `eclaireur-${prefix}-store-`));
  let admin: pg.Pool | null = null;
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await admin?.end();
  });
  return [
    ['SQLite', async () => ({ store: await openStore({ db: join(dir, `${prefix}-${randomBytes(4).toString('hex')}.db`) }), drop: async () => {} }), false],
    [
      'PostgreSQL',
      async () => {
        const schema = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
        return {
          store: await openStore({ databaseUrl: PG_URL!, pgSchema: schema }),
          drop: async () => {
            admin ??= new pg.Pool({ connectionString: PG_URL, max: 2 });
            await admin.query(`drop schema if exists ${schema} cascade`);
          },
        };
      },
      !PG_URL,
    ],
  ];
}
