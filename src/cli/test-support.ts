/**
 * What the command-line tests share: running the CLI in-process on captured output, with
 * DATABASE_URL set aside so that `--db` files are used, and a store's snapshot.
 */
import { openStore } from '../adapters/storage/index.js';
import { main } from './main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing what it writes. */
export async function cli(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  try {
    const code = await main(args, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
  }
}

/** Every table's rows of the SQLite store `db` (to check that nothing changed). */
export async function snapshot(db: string): Promise<unknown> {
  const store = await openStore({ db });
  try {
    return await store.snapshot();
  } finally {
    await store.close();
  }
}
