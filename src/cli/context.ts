/**
 * What every command shares: the global options (--db, --lang), the store they designate
 * (SQLite file by default, PostgreSQL when DATABASE_URL is set), and reading small JSON files
 * with errors that name the file, line and column.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Lang } from '../core/domain.js';
import { openStore, type Store } from '../adapters/storage/index.js';
import { UsageError } from './errors.js';
import { cliMessages } from './messages.js';

export interface GlobalOptions {
  db?: string;
  lang: Lang;
}

export const DEFAULT_DB = './eclaireur.db';

export function defaultLang(): Lang {
  const env = process.env.ECLAIREUR_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return env.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function globals(cmd: Command): GlobalOptions {
  const o = cmd.optsWithGlobals() as { db?: string; lang?: string };
  const lang = o.lang ?? defaultLang();
  if (lang !== 'fr' && lang !== 'en') throw new UsageError(`--lang: expected "fr" or "en", got "${lang}"`);
  return { db: o.db, lang };
}

/** Where the store is, for messages: the PostgreSQL URL without its password, or the file. */
export function storeLocation(g: GlobalOptions): string {
  const url = process.env.DATABASE_URL;
  if (url && !g.db) return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  return g.db ?? DEFAULT_DB;
}

/** Opens the store: --db (a SQLite file) wins, then DATABASE_URL (PostgreSQL), then ./eclaireur.db. */
export async function withStore<T>(g: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  const store = await openStore(url && !g.db ? { databaseUrl: url } : { db: g.db ?? DEFAULT_DB });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Reads and parses a JSON file; a syntax error names the file, line and column. */
export function readJsonFile(path: string, lang: Lang): unknown {
  const m = cliMessages(lang);
  if (!existsSync(path)) throw new UsageError(m.fileMissing(path));
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = Number(pos[1]) - before.lastIndexOf('\n');
      throw new UsageError(m.badJson(`${path}:${line}:${col}`, msg));
    }
    throw new UsageError(m.badJson(path, msg));
  }
}
