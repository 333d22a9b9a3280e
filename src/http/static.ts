/**
 * The web app (web/, built by Vite into dist/web/) served by the API's server: its files at
 * their paths, and `index.html` for every other path that is not the API's (the app routes in
 * the browser: /fields/1/rankings, /fields/1/candidates/KEY… load the same page). Under /api,
 * an unknown path stays a 404 problem.
 *
 * Built assets have a content hash in their names (dist/web/assets/): cached for a year;
 * index.html is revalidated every time, so a rebuilt app is picked up on reload. When the app
 * has not been built (no dist/web/index.html), `/` says how to build it.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** ECLAIREUR_WEB_ROOT (another build of the app, e.g. the browser tests'), else dist/web from src/http (run by tsx) or dist/http (built). */
export function webRoot(): string | null {
  const env = process.env.ECLAIREUR_WEB_ROOT;
  if (env) return existsSync(join(env, 'index.html')) ? env : null;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, '..', '..', 'dist', 'web'), join(here, '..', 'web')]) if (existsSync(join(dir, 'index.html'))) return dir;
  return null;
}

export async function registerWebApp(app: FastifyInstance, root: string | null = webRoot()): Promise<void> {
  if (!root) {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build` (it builds dist/web/), then restart. The API is at /api (/api/docs).\n'),
    );
    return;
  }
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true });
  const file = (url: string): string | null => {
    let path: string;
    try {
      path = decodeURIComponent(url.split('?')[0]);
    } catch {
      return null;
    }
    const rel = normalize(path).replace(/^[/\\]+/, '');
    if (rel === '' || rel.startsWith('..') || rel.includes(`${sep}..`)) return null;
    const abs = join(root, rel);
    try {
      return statSync(abs).isFile() ? rel : null;
    } catch {
      return null;
    }
  };
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    schema: { hide: true },
    handler: async (req, reply) => {
      if (req.url === '/api' || req.url.startsWith('/api/') || req.url.startsWith('/api?')) return reply.callNotFound();
      const rel = file(req.url);
      if (rel) {
        const immutable = rel.startsWith(`assets${sep}`);
        return reply.sendFile(rel, { maxAge: immutable ? '365d' : 0, immutable, cacheControl: true });
      }
      // Paths of the app fall back to it; a missing built asset stays a 404.
      if (req.url.startsWith('/assets/')) return reply.callNotFound();
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', { maxAge: 0, cacheControl: false });
    },
  });
}
