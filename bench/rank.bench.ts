/**
 * The ranking benchmark: `npm run bench:rank` (= node --import tsx --expose-gc bench/rank.bench.ts).
 *
 * Measures, against the goals of the issue (2-core machine):
 *  - scoreCohort (ten signals, normalisation, rounding, totals, order) for 100,000 candidates
 *    (median of 3 runs) < 2 s, and for 1,000,000 candidates (1 run) < 10 s under 4 GB;
 *  - the same scores by one SQL statement in SQLite (bench/sql-baseline.ts), checked equal to
 *    the core's, and the ratio SQL time / core time;
 *  - rank intervals with 1,000 Dirichlet draws for 10,000 candidates < 5 s, and the full
 *    rank() (intervals, fingerprint, every explanation) for the same cohort;
 *  - the import of 2,000,000 evidence rows from a CSV file (readImportFile + applyImport into a
 *    fresh SQLite store) at ≥ 200,000 rows/s.
 * Each scenario runs in its own child process (same Node flags), so that its peak RSS is its
 * own. Cohorts come from bench/generate.ts (deterministic); generation is not timed.
 *
 * Options: --quick (small sizes, a smoke test), --no-sql-1m (skip SQLite at 1M),
 * --only=score|intervals|import.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync, unlinkSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { INDEX_KEYS } from '../src/core/domain.js';
import { resolveConfig } from '../src/core/ranking/config.js';
import type { Hasher } from '../src/core/ranking/fingerprint.js';
import { rankIntervals } from '../src/core/ranking/intervals.js';
import { rank } from '../src/core/ranking/rank.js';
import { type Cohort, scoreCohort } from '../src/core/ranking/score.js';
import { BENCH_AS_OF, BENCH_FIELD, generateCohort, rowStats, writeImportCsv } from './generate.js';
import { loadSqlite, scoreSql } from './sql-baseline.js';

const GB = 1e9;

// ---------------------------------------------------------------------------------------------
// Helpers.

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Samples the process's RSS every 5 ms from a worker thread (the main thread is busy). */
class RssSampler {
  private readonly worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const tick = () => { const r = process.memoryUsage.rss(); if (r > peak) peak = r; };
     const timer = setInterval(tick, 5);
     parentPort.on('message', (m) => {
       tick();
       if (m === 'reset') { peak = 0; tick(); parentPort.postMessage(peak); }
       else if (m === 'peak') parentPort.postMessage(peak);
       else { clearInterval(timer); parentPort.close(); }
     });`,
    { eval: true, execArgv: [] },
  );

  private ask(m: string): Promise<number> {
    return new Promise((resolve) => {
      this.worker.once('message', resolve);
      this.worker.postMessage(m);
    });
  }

  reset(): Promise<number> {
    return this.ask('reset');
  }

  peak(): Promise<number> {
    return this.ask('peak');
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.worker.terminate();
  }
}

function nodeSha256(): Hasher {
  const h = createHash('sha256');
  return { update: (d) => void h.update(d), digestHex: () => h.digest('hex') };
}

const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

/** Runs fn, returning its wall time and the process's CPU time (user + system) in ms. */
function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Scenarios (each runs in a child process and returns a JSON-able result).

interface ScoreResult {
  kind: 'score';
  n: number;
  rows: number;
  stats: ReturnType<typeof rowStats>;
  genMs: number;
  runsMs: number[];
  runsCpuMs: number[];
  coreMs: number;
  coreCpuMs: number;
  rssAfterGen: number;
  peakScoring: number;
  maxRss: number;
  sql: null | { skipped: string } | { loadMs: number; queryMs: number; queryCpuMs: number; maxRss: number; ranked: number; equalScores: number; cells: number; maxScoreDiff: number; maxTotalDiff: number; sameOrder: boolean; rawBitsDiffer: number; maxRawRel: number };
}

async function scoreScenario(n: number, withSql: boolean): Promise<ScoreResult> {
  let t = performance.now();
  const gen = generateCohort(n);
  const genMs = performance.now() - t;
  const stats = rowStats(gen.input.table);
  gc();
  const rssAfterGen = process.memoryUsage.rss();
  const config = resolveConfig({ asOf: gen.asOf });
  const sampler = new RssSampler();
  const runs = n <= 200_000 ? 3 : 1;
  const runsMs: number[] = [];
  const runsCpuMs: number[] = [];
  let peakScoring = 0;
  let cohort: Cohort | null = null;
  for (let i = 0; i < runs; i++) {
    cohort = null;
    gc();
    await sampler.reset();
    const r = timed(() => scoreCohort(gen.input, config));
    cohort = r.value;
    runsMs.push(r.ms);
    runsCpuMs.push(r.cpuMs);
    peakScoring = Math.max(peakScoring, await sampler.peak());
  }
  await sampler.stop();
  const result: ScoreResult = {
    kind: 'score',
    n,
    rows: gen.rows,
    stats,
    genMs,
    runsMs,
    runsCpuMs,
    coreMs: median(runsMs),
    coreCpuMs: median(runsCpuMs),
    rssAfterGen,
    peakScoring,
    maxRss: maxRss(),
    sql: null,
  };
  if (!withSql) {
    result.sql = { skipped: 'skipped (--no-sql-1m)' };
    return result;
  }
  const core = cohort!;
  gc();
  t = performance.now();
  const db = loadSqlite(gen.input);
  const loadMs = performance.now() - t;
  const q = timed(() => scoreSql(db, gen.input, config));
  const sql = q.value;
  db.close();
  let equalScores = 0;
  let cells = 0;
  let maxScoreDiff = 0;
  let rawBitsDiffer = 0;
  let maxRawRel = 0;
  INDEX_KEYS.forEach((_, i) => {
    for (let c = 0; c < n; c++) {
      const a = core.scores[i][c];
      const b = sql.scores[i][c];
      cells++;
      if (a === b || (a !== a && b !== b)) equalScores++;
      else maxScoreDiff = Math.max(maxScoreDiff, a !== a || b !== b ? Infinity : Math.abs(a - b));
      const x = core.raw[i][c];
      const y = sql.raw[i][c];
      if (x === x && x !== y) {
        rawBitsDiffer++;
        maxRawRel = Math.max(maxRawRel, Math.abs(x - y) / Math.max(1, Math.abs(x)));
      }
    }
  });
  let maxTotalDiff = 0;
  for (let c = 0; c < n; c++) maxTotalDiff = Math.max(maxTotalDiff, Math.abs(core.total[c] - sql.total[c]));
  let sameOrder = sql.order.length === core.order.length;
  for (let p = 0; sameOrder && p < core.order.length; p++) if (sql.order[p] !== core.order[p]) sameOrder = false;
  // The statement plus the core's PageRank it reads (index 1; see sql-baseline.ts).
  result.sql = { loadMs, queryMs: sql.ms + sql.graphMs, queryCpuMs: q.cpuMs, maxRss: maxRss(), ranked: sql.order.length, equalScores, cells, maxScoreDiff, maxTotalDiff, sameOrder, rawBitsDiffer, maxRawRel };
  return result;
}

interface IntervalsResult {
  kind: 'intervals';
  n: number;
  rows: number;
  draws: number;
  intervalsMs: number[];
  intervalsCpuMs: number[];
  rankMs: number[];
  rankCpuMs: number[];
  explanations: number;
  maxRss: number;
}

async function intervalsScenario(n: number): Promise<IntervalsResult> {
  const gen = generateCohort(n);
  const config = resolveConfig({ asOf: gen.asOf, intervals: { draws: 1000 } });
  const cohort = scoreCohort(gen.input, config);
  const intervalsMs: number[] = [];
  const intervalsCpuMs: number[] = [];
  let draws = 0;
  for (let i = 0; i < 3; i++) {
    gc();
    const r = timed(() => rankIntervals(cohort, config.intervals));
    draws = r.value.draws;
    intervalsMs.push(r.ms);
    intervalsCpuMs.push(r.cpuMs);
  }
  const rankMs: number[] = [];
  const rankCpuMs: number[] = [];
  let explanations = 0;
  for (let i = 0; i < 3; i++) {
    gc();
    const r = timed(() => rank(gen.input, config, { lang: 'fr', hasher: nodeSha256 }));
    rankMs.push(r.ms);
    rankCpuMs.push(r.cpuMs);
    explanations = r.value.entries.reduce((s, e) => s + e.indices.filter((x) => x.explanation !== '').length, 0);
  }
  return { kind: 'intervals', n, rows: gen.rows, draws, intervalsMs, intervalsCpuMs, rankMs, rankCpuMs, explanations, maxRss: maxRss() };
}

interface ImportResult {
  kind: 'import';
  rows: number;
  candidates: number;
  bytes: number;
  writeMs: number;
  readMs: number;
  readCpuMs: number;
  applyMs: number;
  applyCpuMs: number;
  /** The two-thread import (importFiles: what `eclaireur import` runs) into another fresh file. */
  pipeMs: number;
  pipeCpuMs: number;
  pipeStored: Record<string, number>;
  pipePeak: number;
  problems: string[];
  stored: Record<string, number>;
  dbBytes: number;
  peak: number;
  maxRss: number;
}

async function importScenario(rows: number): Promise<ImportResult> {
  // Loaded here, so that the scoring scenarios do not depend on the adapters.
  const { formatProblem, readImportFile } = await import('../src/adapters/import/index.js');
  const { openStore } = await import('../src/adapters/storage/index.js');
  // The two-thread import as `eclaireur import` runs it: the compiled modules (npm run build,
  // which `npm run bench:rank` runs first), so that the reading thread does not pay tsx's
  // start-up, which the installed command does not either.
  const dist = (m: string): string => new URL(`../dist/${m}`, import.meta.url).href;
  const { importFiles } = (await import(dist('adapters/pipeline/import-files.js'))) as typeof import('../src/adapters/pipeline/import-files.js');
  const { openStore: openDistStore } = (await import(dist('adapters/storage/index.js'))) as typeof import('../src/adapters/storage/index.js');
  const base = join(tmpdir(), `eclaireur-bench-${process.pid}`);
  const csv = `${base}.csv`;
  const dbFile = `${base}.db`;
  const pipeFile = `${base}-pipe.db`;
  const cleanup = (): void => {
    for (const d of [dbFile, pipeFile]) for (const f of [d, `${d}-wal`, `${d}-shm`, `${d}-journal`]) if (existsSync(f)) unlinkSync(f);
    if (existsSync(csv)) unlinkSync(csv);
  };
  try {
    let t = performance.now();
    const w = writeImportCsv(csv, rows);
    const writeMs = performance.now() - t;
    gc();
    const sampler = new RssSampler();
    await sampler.reset();
    let c0 = process.cpuUsage();
    t = performance.now();
    const r = await readImportFile(csv);
    const readMs = performance.now() - t;
    const readCpu = process.cpuUsage(c0);
    const problems = r.problems.slice(0, 5).map(formatProblem);
    let applyMs = NaN;
    let applyCpuMs = NaN;
    let stored: Record<string, number> = {};
    if (r.problems.length === 0) {
      c0 = process.cpuUsage();
      t = performance.now();
      const store = await openStore({ db: dbFile });
      try {
        const ws = await store.ensureWorkspace('bench');
        const field = await store.createField({ workspaceId: ws.id, topic: BENCH_FIELD.topic, region: BENCH_FIELD.region, languages: BENCH_FIELD.languages });
        stored = { ...(await store.applyImport(field.id, r.batch, csv)) };
      } finally {
        await store.close();
      }
      applyMs = performance.now() - t;
      const c = process.cpuUsage(c0);
      applyCpuMs = (c.user + c.system) / 1000;
    }
    const peak = await sampler.peak();
    const dbBytes = existsSync(dbFile) ? statSync(dbFile).size : 0;
    // The same import through the pipeline, in the same process, after the one-thread one's
    // memory is released (r goes out of use here).
    r.batch.evidence.length = 0;
    gc();
    await sampler.reset();
    c0 = process.cpuUsage();
    t = performance.now();
    let pipeStored: Record<string, number> = {};
    const store = await openDistStore({ db: pipeFile });
    try {
      const ws = await store.ensureWorkspace('bench');
      const field = await store.createField({ workspaceId: ws.id, topic: BENCH_FIELD.topic, region: BENCH_FIELD.region, languages: BENCH_FIELD.languages });
      const p = await importFiles(store, field.id, [csv]);
      if (p.problems.length > 0) problems.push(...p.problems.slice(0, 5).map(formatProblem));
      pipeStored = { ...(p.counts ?? {}) };
    } finally {
      await store.close();
    }
    const pipeMs = performance.now() - t;
    const pc = process.cpuUsage(c0);
    const pipePeak = await sampler.peak();
    await sampler.stop();
    return {
      kind: 'import',
      rows: w.rows,
      candidates: w.candidates,
      bytes: w.bytes,
      writeMs,
      readMs,
      readCpuMs: (readCpu.user + readCpu.system) / 1000,
      applyMs,
      applyCpuMs,
      pipeMs,
      pipeCpuMs: (pc.user + pc.system) / 1000,
      pipeStored,
      pipePeak,
      problems,
      stored,
      dbBytes,
      peak,
      maxRss: maxRss(),
    };
  } finally {
    cleanup();
  }
}

type Result = ScoreResult | IntervalsResult | ImportResult;

// ---------------------------------------------------------------------------------------------
// Parent: runs the scenarios in children and prints the table.

function runChild(args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', ...args], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: Result | null = null;
    child.on('message', (m) => (result = m as Result));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`scenario ${args.join(' ')} exited with code ${code} and no result`))));
  });
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const sc = (ms: number, cpuMs: number): string => `${s(ms)} (CPU ${s(cpuMs)})`;
const list = (xs: number[]): string => xs.map((x) => (x / 1000).toFixed(2)).join(', ');
const gb = (b: number): string => `${(b / GB).toFixed(2)} GB`;
const int = (x: number): string => x.toLocaleString('en-US');
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const sql1m = !argv.includes('--no-sql-1m');
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7) ?? null;
  const sizes = quick ? { small: 20_000, large: 100_000, intervals: 2_000, importRows: 100_000 } : { small: 100_000, large: 1_000_000, intervals: 10_000, importRows: 2_000_000 };
  const cpu = cpus();
  const sqliteVersion = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  const out: string[] = [];
  const say = (line: string): void => {
    out.push(line);
    process.stdout.write(`${line}\n`);
  };
  say(`# Éclaireur ranking benchmark${quick ? ' (--quick: reduced sizes, goals not applicable)' : ''}`);
  say('');
  say(`Command: npm run bench:rank${argv.length ? ` -- ${argv.join(' ')}` : ''}`);
  say(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}; Node ${process.version} (V8 ${process.versions.v8}); SQLite ${sqliteVersion} (better-sqlite3)`);
  say(`Load average at start: ${loadavg().map((x) => x.toFixed(2)).join(', ')}; date ${new Date().toISOString().slice(0, 10)}; cohort asOf ${BENCH_AS_OF}`);
  say('');
  const rows: string[][] = [];
  const row = (...cells: string[]): void => void rows.push(cells);
  const flush = (): void => {
    say('| Measure | Size | Figure | Goal | Result |');
    say('|---|---|---|---|---|');
    for (const r of rows) say(`| ${r.join(' | ')} |`);
    rows.length = 0;
    say('');
  };

  if (!only || only === 'score') {
    for (const n of [sizes.small, sizes.large]) {
      process.stderr.write(`scoring ${int(n)} candidates…\n`);
      const r = (await runChild(['score', String(n), n === sizes.large && !sql1m ? 'nosql' : 'sql'])) as ScoreResult;
      const size = `${int(n)} candidates`;
      const goalMs = n === 1_000_000 ? 10_000 : n === 100_000 ? 2_000 : NaN;
      row('Generation (not timed in the goals)', `${size}, ${int(r.rows)} rows (per candidate: mean ${r.stats.mean.toFixed(1)}, median ${r.stats.median}, p99 ${r.stats.p99}, max ${r.stats.max})`, s(r.genMs), '—', '');
      row(
        `scoreCohort + order (${r.runsMs.length === 1 ? '1 run' : `median of ${r.runsMs.length}: ${list(r.runsMs)} s`})`,
        size,
        sc(r.coreMs, r.coreCpuMs),
        Number.isNaN(goalMs) ? '—' : `< ${goalMs / 1000} s`,
        Number.isNaN(goalMs) || quick ? '' : verdict(r.coreMs < goalMs),
      );
      const memGoal = n === 1_000_000 && !quick;
      row('Peak RSS while scoring (sampled every 5 ms)', size, `${gb(r.peakScoring)} (table resident before: ${gb(r.rssAfterGen)})`, memGoal ? '< 4 GB' : '—', memGoal ? verdict(r.peakScoring < 4 * GB) : '');
      row('Peak RSS of the process (resourceUsage().maxRSS, generation included, before SQL)', size, gb(r.maxRss), memGoal ? '< 4 GB' : '—', memGoal ? verdict(r.maxRss < 4 * GB) : '');
      if (r.sql && 'skipped' in r.sql) row('SQLite: one-statement query', size, r.sql.skipped, '—', '');
      else if (r.sql) {
        const q = r.sql;
        row('SQLite: load ev + index, in memory (not timed in the ratio)', size, `${s(q.loadMs)}; process peak RSS with the database ${gb(q.maxRss)}`, '—', '');
        row('SQLite: one-statement query (same scores; + the core\'s field-graph PageRank it reads)', size, sc(q.queryMs, q.queryCpuMs), '—', `SQL/core = ${(q.queryMs / r.coreMs).toFixed(1)}× (CPU ${(q.queryCpuMs / r.coreCpuMs).toFixed(1)}×)`);
        const same = q.equalScores === q.cells && q.maxTotalDiff === 0 && q.sameOrder;
        row(
          'SQLite = core?',
          size,
          `${int(q.equalScores)} of ${int(q.cells)} index scores identical${q.maxScoreDiff > 0 ? ` (max diff ${q.maxScoreDiff})` : ''}; totals max diff ${q.maxTotalDiff}; order ${q.sameOrder ? 'identical' : 'DIFFERENT'} (${int(q.ranked)} ranked); raw signals differing in the last bits: ${int(q.rawBitsDiffer)} (max rel. ${q.maxRawRel.toExponential(1)})`,
          'equal',
          same ? 'PASS' : 'MISS',
        );
      }
    }
    flush();
  }

  if (!only || only === 'intervals') {
    process.stderr.write(`rank intervals and rank() for ${int(sizes.intervals)} candidates…\n`);
    const r = (await runChild(['intervals', String(sizes.intervals)])) as IntervalsResult;
    const size = `${int(r.n)} candidates, ${int(r.rows)} rows`;
    const iv = median(r.intervalsMs);
    row(`rankIntervals, ${int(r.draws)} draws (median of 3: ${list(r.intervalsMs)} s)`, size, sc(iv, median(r.intervalsCpuMs)), r.n === 10_000 && r.draws === 1000 ? '< 5 s' : '—', r.n === 10_000 && !quick ? verdict(iv < 5000) : '');
    row(`rank(): score + intervals + fingerprint (node:crypto) + ${int(r.explanations)} explanations, lang fr (median of 3: ${list(r.rankMs)} s)`, size, sc(median(r.rankMs), median(r.rankCpuMs)), '—', '');
    row('Peak RSS of the process', size, gb(r.maxRss), '—', '');
    flush();
  }

  if (!only || only === 'import') {
    process.stderr.write(`import of ${int(sizes.importRows)} rows…\n`);
    let r: ImportResult;
    try {
      r = (await runChild(['import', String(sizes.importRows)])) as ImportResult;
    } catch (e) {
      row('Import', `${int(sizes.importRows)} rows`, `failed: ${(e as Error).message} (see the error above)`, '≥ 200,000 rows/s', 'MISS');
      flush();
      say(`Load average at end: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
      return;
    }
    const size = `${int(r.rows)} rows, ${int(r.candidates)} candidates, ${(r.bytes / 1e6).toFixed(0)} MB CSV`;
    row('Write the CSV (not timed)', size, s(r.writeMs), '—', '');
    if (r.problems.length) row('readImportFile', size, `${s(r.readMs)}; PROBLEMS: ${r.problems.join(' / ')}`, '', 'MISS');
    else {
      const total = r.readMs + r.applyMs;
      const rate = r.rows / (total / 1000);
      const pipeRate = r.rows / (r.pipeMs / 1000);
      const stored = (x: Record<string, number>): string => Object.entries(x).map(([k, v]) => `${k} ${int(v)}`).join(', ');
      const same = JSON.stringify(r.stored) === JSON.stringify(r.pipeStored);
      row('Baseline, one thread: readImportFile (parse, validate)', size, `${sc(r.readMs, r.readCpuMs)} (${int(Math.round(r.rows / (r.readMs / 1000)))} rows/s)`, '—', '');
      row('Baseline, one thread: openStore + createField + applyImport (fresh SQLite file)', size, `${sc(r.applyMs, r.applyCpuMs)} (${int(Math.round(r.rows / (r.applyMs / 1000)))} rows/s); stored ${stored(r.stored)}; file ${(r.dbBytes / 1e6).toFixed(0)} MB`, '—', '');
      row('Baseline, one thread: read then apply, end to end', size, `${s(total)} = ${int(Math.round(rate))} rows/s; peak RSS ${gb(r.peak)}`, '—', '');
      row(
        'Import, end to end: openStore + createField + importFiles (two threads; `eclaireur import`)',
        size,
        `${sc(r.pipeMs, r.pipeCpuMs)} = ${int(Math.round(pipeRate))} rows/s, ${(total / r.pipeMs).toFixed(2)}× the one-thread baseline; stored ${same ? 'the same' : `DIFFERENT: ${stored(r.pipeStored)}`}; peak RSS ${gb(r.pipePeak)}`,
        '≥ 200,000 rows/s',
        quick ? '' : verdict(pipeRate >= 200_000 && same),
      );
      row('Process max RSS', size, gb(r.maxRss), '—', '');
    }
    flush();
  }
  say(`Load average at end: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
}

async function child(args: string[]): Promise<void> {
  const [kind, n, opt] = args;
  const result: Result = kind === 'score' ? await scoreScenario(Number(n), opt !== 'nosql') : kind === 'intervals' ? await intervalsScenario(Number(n)) : await importScenario(Number(n));
  await new Promise<void>((resolve) => process.send!(result, () => resolve()));
  process.exit(0);
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else await main();
