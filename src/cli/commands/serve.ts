/**
 * `eclaireur serve [--port 4321] [--host 127.0.0.1]`: the HTTP API (src/http/) over the store —
 * the SQLite file of `--db`, else `ECLAIREUR_DB`, else PostgreSQL when `DATABASE_URL` is set,
 * else ./eclaireur.db. The port is `--port`, else `PORT`, else 4321. On the first start, when
 * the store has no field, it builds the demonstration workspace (as `eclaireur demo` does,
 * without writing the report files). Runs until SIGINT or SIGTERM, then finishes the running
 * jobs and closes the store.
 */
import type { Command } from 'commander';
import type { Lang } from '../../core/domain.js';
import { openStore, type StoreOptions } from '../../adapters/storage/index.js';
import { SERVER_DEFAULTS } from '../../http/defaults.js';
import { DEFAULT_DB, globals } from '../context.js';
import { UsageError, io } from '../errors.js';
import { buildDemo } from './demo.js';

const MESSAGES = {
  en: {
    badPort: (v: string) => `--port: expected a port number (0–65535), got "${v}"`,
    empty: 'the store is empty: building the demonstration workspace…',
    listening: (url: string) => `Éclaireur is serving on ${url} (API description: ${url}/api/docs); Ctrl+C stops it`,
    stopping: 'stopping: finishing the running jobs…',
  },
  fr: {
    badPort: (v: string) => `--port : un numéro de port (0–65535) est attendu, reçu « ${v} »`,
    empty: 'la base est vide : création de l’espace de démonstration…',
    listening: (url: string) => `Éclaireur est servi sur ${url} (description de l’API : ${url}/api/docs) ; Ctrl+C l’arrête`,
    stopping: 'arrêt : fin des tâches en cours…',
  },
} satisfies Record<Lang, unknown>;

/** Stops the running `serve` as SIGINT would (for tests and embedding). */
let stopCurrent: (() => void) | null = null;
export function stopServe(): void {
  stopCurrent?.();
}

/** Where the server's store is: --db, then ECLAIREUR_DB, then DATABASE_URL, then ./eclaireur.db. */
export function serveStoreOptions(db: string | undefined, env: NodeJS.ProcessEnv): { options: StoreOptions; location: string } {
  const file = db ?? env.ECLAIREUR_DB;
  if (file) return { options: { db: file }, location: file };
  if (env.DATABASE_URL) return { options: { databaseUrl: env.DATABASE_URL }, location: env.DATABASE_URL.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@') };
  return { options: { db: DEFAULT_DB }, location: DEFAULT_DB };
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web app over the store; builds the demonstration workspace when the store is empty')
    .option('--port <n>', `port to listen on (default: PORT, else ${SERVER_DEFAULTS.port})`)
    .option('--host <address>', 'address to listen on', SERVER_DEFAULTS.host)
    .action(async (o: { port?: string; host: string }, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      const rawPort = o.port ?? process.env.PORT ?? String(SERVER_DEFAULTS.port);
      const port = Number(rawPort);
      if (!/^\d+$/.test(rawPort.trim()) || port > 65535) throw new UsageError(m.badPort(rawPort));
      const { options, location } = serveStoreOptions(g.db, process.env);
      const store = await openStore(options);
      let app: import('fastify').FastifyInstance | undefined;
      try {
        if ((await store.listFields()).length === 0) {
          io.err(`${m.empty}\n`);
          await buildDemo(store, { seed: 2018, lang: g.lang, outDir: null, log: (s) => io.err(`${s}\n`), location });
        }
        const separate = options.databaseUrl !== undefined || (options.db !== ':memory:' && !options.db?.startsWith('file:'));
        // Loaded here: the other commands do not pay for Fastify.
        const { buildServer } = await import('../../http/server.js');
        app = await buildServer({ store, openStore: separate ? () => openStore(options) : undefined, storeOptions: options, lang: g.lang });
        const address = await app.listen({ port, host: o.host });
        io.err(`${m.listening(address)}\n`);
      } catch (e) {
        await app?.close();
        await store.close();
        throw e;
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          stopCurrent = null;
          io.err(`${m.stopping}\n`);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        stopCurrent = stop;
      });
      await app!.close();
      await store.close();
    });
}
