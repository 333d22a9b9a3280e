/**
 * What the browser tests share: Debian's Chromium driven by playwright-core, headless, on the
 * real server (src/http) over a temporary SQLite store holding the demonstration workspace, on
 * a random port, serving the app built from web/ as it is now.
 *
 * The build (Vite) is done once for all the test files: it goes to a folder named by a digest
 * of the sources it reads (web/, src/core, src/adapters' types are not read), under
 * node_modules/.cache, and a later file (or run) over the same sources reuses it.
 *
 * Chromium comes from `apt-get install chromium` (or ECLAIREUR_CHROMIUM); when it is missing
 * or does not start, every test fails with the reason. ECLAIREUR_SKIP_BROWSER=1 skips them.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { type TestServer, testServer } from '../../src/http/test-support.js';

export const SKIP = process.env.ECLAIREUR_SKIP_BROWSER === '1';
const CHROMIUM = process.env.ECLAIREUR_CHROMIUM || '/usr/bin/chromium';
const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = join(webDir, '..');

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or point ECLAIREUR_CHROMIUM at it; ECLAIREUR_SKIP_BROWSER=1 skips the browser tests.`,
    );
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'], timeout: 30_000 });
  } catch (e) {
    throw new Error(`Chromium (${CHROMIUM}) did not start: ${(e as Error).message}\nECLAIREUR_SKIP_BROWSER=1 skips the browser tests.`);
  }
}

/** A digest of every file the app's build reads: web/ (not its tests) and src/. */
function sourceDigest(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (name === 'node_modules' || name === 'tests' || name === 'dist') continue;
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(webDir);
  walk(join(rootDir, 'src'));
  h.update(readFileSync(join(rootDir, 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** The app built from the sources as they are now (reused when they have not changed). */
export async function builtApp(): Promise<string> {
  const cache = join(rootDir, 'node_modules', '.cache', 'eclaireur-web-test');
  const out = join(cache, sourceDigest());
  if (existsSync(join(out, 'index.html'))) return out;
  mkdirSync(cache, { recursive: true });
  // Built beside, then renamed: a file running at the same time never sees half a build.
  const tmp = `${out}.${process.pid}`;
  await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'error', build: { outDir: tmp, emptyOutDir: true, sourcemap: false } });
  try {
    renameSync(tmp, out);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process got there first
  }
  return out;
}

export interface BrowserSuite {
  /** The server, over the demonstration workspace. */
  t: TestServer;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  browser: Browser;
  context: BrowserContext;
  /** The one page of the file (a new renderer per test costs seconds on a busy machine). */
  page: Page;
  /** Errors thrown in the page since the last test (none expected). */
  pageErrors: string[];
}

/**
 * Starts the browser and the server for a test file (call in `before`); `close` in `after`.
 * `page` is shared by the file's tests: `open` it at a path before each use.
 */
export async function startSuite(): Promise<BrowserSuite & { close(): Promise<void> }> {
  const out = await builtApp();
  const browser = await launch();
  const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  process.env.ECLAIREUR_WEB_ROOT = out;
  const t = await testServer();
  const origin = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  return {
    t,
    origin,
    browser,
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      await browser.close();
      await t.close();
      delete process.env.ECLAIREUR_WEB_ROOT;
    },
  };
}

/** GET `path` on the suite's server, expecting 200 and JSON. */
export async function api<T>(s: { origin: string }, path: string): Promise<T> {
  const r = await fetch(`${s.origin}${path}`);
  const text = await r.text();
  assert.equal(r.status, 200, `${path}: ${text}`);
  return JSON.parse(text) as T;
}

/**
 * The suite's page at `path`, with no stored language choice, on a laptop-sized window (or
 * `width`).
 */
export async function open(s: BrowserSuite, path: string, o: { width?: number; height?: number } = {}): Promise<{ page: Page }> {
  const { page } = s;
  if (page.url().startsWith(s.origin)) await page.evaluate(() => localStorage.clear());
  await page.setViewportSize({ width: o.width ?? 1366, height: o.height ?? 900 });
  await page.goto(`${s.origin}${path}`);
  return { page };
}

/** Retries `check` until it passes or `ms` have gone by (the page renders after a change). */
export async function eventually(check: () => Promise<void>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
