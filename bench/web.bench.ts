/**
 * The web app's benchmark: `npm run bench:web` (= node --import tsx bench/web.bench.ts).
 *
 * With 10,000 candidates in the store (bench/generate.ts's cohort imported into a fresh SQLite
 * file and ranked with rank intervals, as `eclaireur import` and `eclaireur rank` do; not
 * timed), the real server (src/http) runs in a child process and this process measures:
 *
 *  - the ranking endpoint's latency at 50 concurrent connections (autocannon): p50, p99 and
 *    requests/s of `GET …/runs/:run/entries` (a page of the ranking: one entry, then 50 — the
 *    first page and one in the middle — each entry about 2.2 KB with its ten explained indices), of `GET …/runs/:run/table` (what the rankings page loads: every candidate,
 *    compressed), beside `GET /api/health`, a minimal route of the same server in the same run:
 *    the ratio is our overhead;
 *  - the JavaScript of the first page (the entry script and what it preloads, as index.html
 *    names them), gzip and brotli, against the 300 KB budget; the pages loaded later listed apart;
 *  - in Chromium (Debian's, through playwright-core), on the rankings page of the 10,000: the
 *    time from opening the page to the first rows, and the re-ranking after a slider move —
 *    the weighing alone (the core's reweight, `eclaireur:reweight` measures) and from the
 *    slider's input event to the new order painted (median and worst of 20 moves) — beside a
 *    plain baseline in the same page: a weighted sum and Array.prototype.sort of the 10,000.
 *
 * Options: --duration=S (autocannon seconds per route, default 10), --candidates=N (default
 * 10,000), --no-browser.
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { resolveConfig } from '../src/core/ranking/config.js';
import { readImportFile } from '../src/adapters/import/index.js';
import { openStore } from '../src/adapters/storage/index.js';
import { runRanking } from '../src/cli/commands/rank.js';
import { buildServer } from '../src/http/server.js';
import { BENCH_AS_OF, BENCH_FIELD, writeImportCsv } from './generate.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const CHROMIUM = process.env.ECLAIREUR_CHROMIUM || '/usr/bin/chromium';
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const f = (x: number, d = 0) => x.toLocaleString('en-CA', { minimumFractionDigits: d, maximumFractionDigits: d });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---------------------------------------------------------------------------------------------
// The server's child process: the store's server on a free port, the port sent back.

if (args[0] === '--serve') {
  const db = args[1];
  const store = await openStore({ db });
  const app = await buildServer({ store, openStore: () => openStore({ db }), storeOptions: { db } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ address });
  process.on('disconnect', () => void app.close().then(() => store.close()));
} else {
  await main();
}

/** A store with `candidates` candidates (at least), ranked with intervals and saved as run "bench". */
async function makeStore(dir: string, candidates: number): Promise<{ db: string; fieldId: number; candidates: number; evidence: number }> {
  const csv = join(dir, 'evidence.csv');
  // About 23.3 rows per candidate; more rows until the cohort is big enough.
  let rows = Math.ceil(candidates * 23.4);
  for (;;) {
    const w = writeImportCsv(csv, rows);
    if (w.candidates >= candidates) break;
    rows = Math.ceil((rows * candidates) / w.candidates) + 100;
  }
  const db = join(dir, 'bench.db');
  const store = await openStore({ db });
  try {
    const ws = await store.ensureWorkspace('bench');
    const field = await store.createField({ workspaceId: ws.id, topic: BENCH_FIELD.topic, region: BENCH_FIELD.region, languages: BENCH_FIELD.languages });
    const r = await readImportFile(csv);
    if (r.problems.length) throw new Error(`the generated file has problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
    await store.applyImport(field.id, r.batch, csv);
    const result = await runRanking(store, field.id, { config: resolveConfig({ asOf: BENCH_AS_OF }), lang: 'en', label: 'bench', save: true, out: [], details: 0 }, () => {});
    return { db, fieldId: field.id, candidates: result.entries.length, evidence: result.evidence };
  } finally {
    await store.close();
  }
}

async function cannon(url: string, duration: number, headers: Record<string, string> = {}): Promise<autocannon.Result> {
  // A short warm-up (JIT, caches), then the measure.
  await autocannon({ url, connections: 50, duration: 2, headers });
  return autocannon({ url, connections: 50, duration, headers });
}

/** The first page's scripts: index.html's module script and modulepreloads; the others apart. */
function bundleSizes(out: string) {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const first = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const css = [...html.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
  const size = (rel: string) => {
    const b = readFileSync(join(out, rel));
    return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, br: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  };
  const sum = (files: string[]) => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br }), { raw: 0, gzip: 0, br: 0 });
  const all = readdirSync(join(out, 'assets')).filter((n) => n.endsWith('.js'));
  const later = all.map((n) => `assets/${n}`).filter((n) => !first.has(n));
  return { first: sum([...first]), css: sum(css), firstFiles: [...first], later: later.map((n) => ({ name: n, ...size(n) })).sort((a, b) => b.raw - a.raw) };
}

async function main(): Promise<void> {
  const N = Number(opt('candidates', '10000'));
  const duration = Number(opt('duration', '10'));
  const la0 = loadavg()[0];
  const dir = mkdtempSync(join(tmpdir(), 'eclaireur-bench-web-'));
  const lines: string[] = [];
  const out = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  try {
    process.stderr.write(`building a store of ${f(N)} candidates and the app…\n`);
    const t0 = performance.now();
    const s = await makeStore(dir, N);
    const web = join(dir, 'web');
    await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir: web, emptyOutDir: true, sourcemap: false } });
    process.stderr.write(`ready in ${f((performance.now() - t0) / 1000, 1)} s\n`);

    const child = fork(fileURLToPath(import.meta.url), ['--serve', s.db], { execArgv: ['--import', 'tsx'], env: { ...process.env, ECLAIREUR_WEB_ROOT: web }, stdio: 'inherit' });
    const origin = await new Promise<string>((resolve, reject) => {
      child.once('message', (m) => resolve((m as { address: string }).address.replace('localhost', '127.0.0.1')));
      child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    try {
      const base = `${origin}/api/fields/${s.fieldId}/runs/bench`;
      out(`# bench:web — ${f(s.candidates)} candidates, ${f(s.evidence)} evidence items, run "bench" with rank intervals`);
      out('');
      out(`## The API at 50 concurrent connections (autocannon, ${duration} s per route after 2 s of warm-up; server in its own process)`);
      out('');
      out('| route | p50 ms | p99 ms | requests/s | p50 / health | p99 / health | bytes per answer |');
      out('|---|---|---|---|---|---|---|');
      const routes: [string, string, Record<string, string>][] = [
        ['GET /api/health (minimal route)', `${origin}/api/health`, {}],
        ['GET …/entries?limit=1', `${base}/entries?limit=1`, {}],
        ['GET …/entries?limit=50 (first page)', `${base}/entries?limit=50`, {}],
        ['GET …/entries?limit=50&offset=5000', `${base}/entries?limit=50&offset=5000`, {}],
        ['GET …/entries?limit=50, gzip', `${base}/entries?limit=50`, { 'accept-encoding': 'gzip' }],
        ['GET …/table, brotli (the page’s load)', `${base}/table`, { 'accept-encoding': 'br' }],
      ];
      let health: autocannon.Result | null = null;
      for (const [name, url, headers] of routes) {
        const r = await cannon(url, duration, headers);
        if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
        health ??= r;
        out(`| ${name} | ${f(r.latency.p50, 1)} | ${f(r.latency.p99, 1)} | ${f(r.requests.average)} | ×${f(r.latency.p50 / health.latency.p50, 1)} | ×${f(r.latency.p99 / health.latency.p99, 1)} | ${f(r.throughput.total / r.requests.total)} |`);
      }
      const sizeOf = async (url: string, enc?: string) => (await fetch(url, { headers: enc ? { 'accept-encoding': enc } : {} })).arrayBuffer().then((b) => b.byteLength);
      const [resultRaw, tableRaw] = [await sizeOf(`${base}/result`, 'identity'), await sizeOf(`${base}/table`, 'identity')];
      out('');
      out(`Sizes: the run's result ${f(resultRaw / 1e6, 1)} MB; its table ${f(tableRaw / 1e6, 2)} MB (×${f(resultRaw / tableRaw, 0)} smaller), sent compressed (brotli, as above: bytes per answer).`);

      const b = bundleSizes(web);
      out('');
      out('## The first page’s JavaScript (vite build; gzip -9, brotli 11)');
      out('');
      out(`- entry and preloaded scripts (${b.firstFiles.length}): ${f(b.first.raw / 1024, 1)} KB, gzip ${f(b.first.gzip / 1024, 1)} KB, brotli ${f(b.first.br / 1024, 1)} KB — ${f((100 * b.first.gzip) / (300 * 1024), 0)} % of the 300 KB budget (gzip); CSS ${f(b.css.gzip / 1024, 1)} KB gzip`);
      out(`- loaded when their page opens: ${b.later.map((x) => `${x.name.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${f(x.gzip / 1024, 1)} KB`).join(', ')} (gzip)`);

      if (!args.includes('--no-browser')) await browserPart(origin, s.fieldId, s.candidates, out);
    } finally {
      child.disconnect();
      await new Promise((r) => child.once('exit', r));
    }
    const c = cpus();
    out('');
    out(`Machine: ${c.length} × ${c[0]?.model ?? '?'}, ${f(totalmem() / 2 ** 30, 1)} GiB, Linux ${release()}, Node ${process.version}; load average ${f(la0, 2)} at the start, ${f(loadavg()[0], 2)} at the end.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function browserPart(origin: string, fieldId: number, candidates: number, out: (s?: string) => void): Promise<void> {
  try {
    statSync(CHROMIUM);
  } catch {
    out(`\n(Chromium not found at ${CHROMIUM}: the browser measures are left out; ECLAIREUR_CHROMIUM points at another.)`);
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-CA' });
    // tsx keeps functions' names with a helper the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const firstRows: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.goto(`${origin}/fields/${fieldId}/rankings`);
      await page.locator('[data-testid=ranking] tbody tr[data-key]').first().waitFor({ timeout: 60_000 });
      firstRows.push(Date.now() - t0);
    }
    // The same page's load of the whole result (what it loaded before the table), for comparison.
    const resultLoad = await page.evaluate(async (url) => {
      const t0 = performance.now();
      const r = await fetch(url);
      const j = (await r.json()) as { entries: unknown[] };
      return { ms: performance.now() - t0, n: j.entries.length };
    }, `${origin}/api/fields/${fieldId}/runs/bench/result`);
    const tableLoad = await page.evaluate(async (url) => {
      const t0 = performance.now();
      const r = await fetch(url);
      const j = (await r.json()) as { keys: unknown[] };
      return { ms: performance.now() - t0, n: j.keys.length };
    }, `${origin}/api/fields/${fieldId}/runs/bench/table`);

    // 20 slider moves: the weighing alone (performance measures) and input → new order painted.
    const moves = await page.evaluate(async (n) => {
      const sliders = [...document.querySelectorAll<HTMLInputElement>('form.weights input[type=range]')];
      const body = document.querySelector('[data-testid=ranking] tbody')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const total: number[] = [];
      performance.clearMeasures('eclaireur:reweight');
      for (let i = 0; i < n; i++) {
        const el = sliders[i % sliders.length];
        const before = body.querySelector('tr[data-key]')?.getAttribute('data-key') + '|' + body.textContent;
        const changed = new Promise<void>((resolve) => {
          const mo = new MutationObserver(() => {
            if (body.querySelector('tr[data-key]')?.getAttribute('data-key') + '|' + body.textContent !== before) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(body, { childList: true, subtree: true, characterData: true });
        });
        const t0 = performance.now();
        setValue.call(el, String(Number(el.value) >= 4 ? 0.5 : Number(el.value) + 2.5));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        await frame();
        total.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 50));
      }
      const weigh = performance.getEntriesByName('eclaireur:reweight').map((e) => e.duration);
      // The baseline: the same weighted sum over the rows' ten scores and a comparator sort.
      const C = document.querySelectorAll('tr').length; // touch the DOM so the page is settled
      void C;
      return { total, weigh };
    }, 20);
    const baseline = await page.evaluate(async ({ url, n }) => {
      const t = (await (await fetch(url)).json()) as { keys: string[]; indexScores: (number | null)[][] };
      const C = t.keys.length;
      const times: number[] = [];
      for (let k = 0; k < n; k++) {
        const w = t.indexScores.map((_, i) => (i === k % 10 ? 3 : 1));
        const t0 = performance.now();
        const rows = t.keys.map((key, c) => ({ key, total: t.indexScores.reduce((s, col, i) => s + (col[c] ?? 0) * w[i], 0) / w.reduce((a, b) => a + b, 0) }));
        rows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
        times.push(performance.now() - t0);
        if (rows.length !== C) throw new Error('baseline');
      }
      return times;
    }, { url: `${origin}/api/fields/${fieldId}/runs/bench/table`, n: 20 });
    out('');
    out(`## In Chromium (headless, software rendering), the rankings page of ${f(candidates)} candidates`);
    out('');
    out(`- opening the page → first rows: median ${f(median(firstRows))} ms of 3 (the run’s table: ${f(tableLoad.ms)} ms to fetch and parse; the whole result, as loaded before: ${f(resultLoad.ms)} ms, ×${f(resultLoad.ms / tableLoad.ms, 1)})`);
    out(`- a slider moved → the new order painted: median ${f(median(moves.total), 1)} ms, worst ${f(Math.max(...moves.total), 1)} ms of ${moves.total.length} (goal < 50 ms)`);
    out(`- of which the weighing (the core’s reweight, 10 indices × ${f(candidates)}): median ${f(median(moves.weigh), 2)} ms; baseline in the same page (weighted sum + Array.prototype.sort): median ${f(median(baseline), 2)} ms — ours ×${f(median(baseline) / median(moves.weigh), 1)} faster`);
  } finally {
    await browser.close();
  }
}
