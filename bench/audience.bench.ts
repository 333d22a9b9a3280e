/**
 * The audience benchmark: `npm run bench:audience` (= node --import tsx --expose-gc
 * bench/audience.bench.ts). The goals of issue 3, "Performance", each measured beside a baseline
 * in the same run, on the Cresci et al. (2015) profiles (../shared/data/cresci-2015-fake-followers/
 * profiles.csv, 3,900 labelled profiles, read by `readProfileSample` as the CLI reads them; never
 * copied into the repository):
 *
 *  - Training: `trainModel` (our forest with `AUDIENCE_DEFAULTS`: 150 trees, 6 features searched
 *    per node, leaves grown to purity; it trains on the 3,900 rows plus their 3,900 copies with
 *    the Twitter-only features masked, and includes the out-of-bag isotonic calibration), median
 *    of 3 runs; goal < 30 s. Baseline: mljs's `ml-random-forest` 2.1.0 (RandomForestClassifier)
 *    on the same 3,900 × 20 feature matrix (it cannot take NaN; the bench checks there is none),
 *    bootstrap on, 6 features, trees grown to purity (minNumSamples 1, gainThreshold 0, maxDepth
 *    64), its out-of-bag predictions off (on, its default, it throws "input must not be empty"
 *    when a row falls in every tree's bag, and its collection of them copies arrays per row and
 *    tree). It draws its features once per *tree* (a
 *    random subspace), not per node: no setting of it searches 6 features per node. Its trees
 *    cost ~2 s each here (its CART sorts and rescans the rows for every candidate threshold), so
 *    by default it grows `--lib-trees` = 15 trees and its time for 150 is extrapolated linearly
 *    (each tree is grown independently on a bootstrap of the same size); the ratio at equal tree
 *    count (ours with 15 trees, measured) is printed too. `--lib-trees=150` measures it in full
 *    (~6 min).
 *  - Accuracy on the same folds (`stratifiedFolds`, 10 folds, seed 2015): ours from `evaluate`
 *    (150 trees, and 15 to match the library), the library with `--lib-trees` trees retrained on
 *    each fold (seed + fold, as `evaluate` does). Its probability is the share of its trees voting
 *    fake, read from `predictionValues`, because its `predictProbability` drops the first tree's
 *    vote (a `reduce` without an initial value). Accuracy, precision, recall, F1, MCC at 0.5, AUC.
 *  - Inference: profiles/s of `predictModel` (forest + calibration, one thread) on the 3,900
 *    rows replicated to 1,002,300, median of 3 runs; goal ≥ 100,000 profiles/s. Baselines: the
 *    paper's rule "followers ≥ 30" (PAPER_RULES[0], a floor: one comparison per row) on the same
 *    rows, and the library's `predictProbability` on 39,000 of them (as number[][]; the
 *    conversion is not timed), per row and per row × tree.
 *  - Audit of 1,000,000 followers: a CSV in the data set's columns (without `label` and
 *    `dataset`), made by resampling the 3,900 profiles with a seeded generator (seed 2015) and
 *    jittering each count by ±5 % (uniform, rounded), written to the temp folder and deleted
 *    after. A child process runs what `eclaireur audience audit FILE` runs: `readProfileSample`
 *    (stream, parse, featurize, SHA-256 of the file) + `readModelFile` (the shipped model) +
 *    `auditSample`, timed end to end, and reports `process.resourceUsage().maxRSS`; goals < 30 s
 *    and < 2 GB. The split of `auditSample` is in CPU time, by running its steps again on their
 *    own in the same child: classify (forest + calibration over all rows), interval
 *    (`estimatePrevalence`, 4,000 Monte Carlo draws), and the choice of the suspects (all flagged
 *    rows sorted by probability, the first 50 kept).
 *
 * Every figure is given in wall time and in CPU time (process.cpuUsage): on a machine shared with
 * other work the wall time includes waiting for a core; the verdicts are on wall time, with the
 * CPU-time verdict beside them.
 *
 * Options: --json (only the JSON document on standard output; the human report on standard
 * error), --quick (1 training run, 100,000 rows for inference and the audit, library with 5
 * trees), --lib-trees=N, --no-lib-cv (skip the library's cross-validation, ~4 min), --audit-rows=N,
 * --data FILE (default ../shared/data/cresci-2015-fake-followers/profiles.csv beside the repo).
 */
import { fork } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RandomForestClassifier } from 'ml-random-forest';
import Papa from 'papaparse';
import { DEFAULT_MODEL_FILE, readModelFile } from '../src/adapters/audience/model-file.js';
import { readProfileSample } from '../src/adapters/audience/read-sample.js';
import { AUDIT_DEFAULTS, auditSample } from '../src/core/audience/audit.js';
import { AUDIENCE_DEFAULTS } from '../src/core/audience/defaults.js';
import { type EvaluationRow, evaluate } from '../src/core/audience/evaluate.js';
import { stratifiedFolds } from '../src/core/audience/folds.js';
import { predictForest } from '../src/core/audience/forest.js';
import { predictModel, trainModel } from '../src/core/audience/forest-model.js';
import { calibrate } from '../src/core/audience/isotonic.js';
import { auc, brier, confusion, scores } from '../src/core/audience/metrics.js';
import { PAPER_ROWS } from '../src/core/audience/paper.js';
import { estimatePrevalence } from '../src/core/audience/prevalence.js';
import { FEATURE_COUNT } from '../src/core/audience/profile.js';
import { PAPER_RULES } from '../src/core/audience/rules.js';
import { Random } from '../src/core/random.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const has = (flag: string): boolean => args.includes(flag);
const argOf = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dataAt = args.indexOf('--data');
const DATA = dataAt >= 0 ? resolve(args[dataAt + 1]) : resolve(here, '../../shared/data/cresci-2015-fake-followers/profiles.csv');
const JSON_OUT = has('--json');
const QUICK = has('--quick');
const LIB_TREES = Number(argOf('lib-trees') ?? (QUICK ? 5 : 15));
const AUDIT_ROWS = Number(argOf('audit-rows') ?? (QUICK ? 100_000 : 1_000_000));
const INFER_REPLICAS = QUICK ? 26 : 257; // × 3,900 rows: 101,400 or 1,002,300
const LIB_INFER_REPLICAS = QUICK ? 2 : 10;
const RUNS = QUICK ? 1 : 3;
const SEED = AUDIENCE_DEFAULTS.seed;
const P = FEATURE_COUNT;
const GB = 1e9;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const say = (s = ''): void => {
  (JSON_OUT ? process.stderr : process.stdout).write(`${s}\n`);
};
const f = (x: number, d = 2): string => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const progress = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

/** Wall and CPU time of fn (CPU > wall × 1 means other threads; CPU < wall means waiting for a core). */
function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Data.

interface Labelled {
  X: Float64Array;
  y: Uint8Array;
  n: number;
  missing: number;
}

async function readLabelled(): Promise<Labelled> {
  const s = await readProfileSample(DATA, { observedDay: null, lang: 'en' });
  if (s.problemCount > 0) throw new Error(`${DATA}: ${s.problemCount} rows left out (first: line ${s.problems[0].line}: ${s.problems[0].message})`);
  const n = s.usable;
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (s.labels[i] < 0) throw new Error(`${DATA}: row at line ${s.lines[i]} has no label`);
    y[i] = s.labels[i];
  }
  let missing = 0;
  for (let i = 0; i < s.X.length; i++) if (s.X[i] !== s.X[i]) missing++;
  return { X: s.X, y, n, missing };
}

const toRows = (X: Float64Array, rows: number): number[][] => Array.from({ length: rows }, (_, i) => Array.from(X.subarray(i * P, i * P + P)));

// ---------------------------------------------------------------------------------------------
// The library (mljs ml-random-forest 2.1.0).

function libForest(trees: number, seed: number): RandomForestClassifier {
  return new RandomForestClassifier({
    nEstimators: trees,
    maxFeatures: AUDIENCE_DEFAULTS.forest.mtry,
    replacement: false,
    seed,
    useSampleBagging: true,
    noOOB: true,
    treeOptions: { minNumSamples: 1, gainThreshold: 0, maxDepth: AUDIENCE_DEFAULTS.forest.maxDepth },
  });
}

/** Share of the library's trees voting fake (1) for each row. */
function libVoteShare(rf: RandomForestClassifier, rows: number[][]): Float64Array {
  const v = rf.predictionValues(rows);
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = v.getRow(i);
    let s = 0;
    for (const x of r) s += x === 1 ? 1 : 0;
    out[i] = s / r.length;
  }
  return out;
}

function scoreRow(model: string, p: Float64Array, y: Uint8Array): EvaluationRow {
  const c = confusion(p, y, AUDIENCE_DEFAULTS.threshold);
  return { model, ...scores(c), auc: auc(p, y), brier: brier(p, y), confusion: c };
}

function libCrossValidation(d: Labelled, trees: number): EvaluationRow {
  const fold = stratifiedFolds(d.y, AUDIENCE_DEFAULTS.folds, SEED);
  const p = new Float64Array(d.n);
  for (let k = 0; k < AUDIENCE_DEFAULTS.folds; k++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < d.n; i++) (fold[i] === k ? test : train).push(i);
    const rowsOf = (idx: number[]): number[][] => idx.map((r) => Array.from(d.X.subarray(r * P, r * P + P)));
    const rf = libForest(trees, SEED + k);
    rf.train(rowsOf(train), train.map((r) => d.y[r]));
    const s = libVoteShare(rf, rowsOf(test));
    test.forEach((r, i) => (p[r] = s[i]));
    progress(`  ml-random-forest fold ${k + 1}/${AUDIENCE_DEFAULTS.folds}`);
  }
  return scoreRow(`ml-random-forest (${trees} trees)`, p, d.y);
}

// ---------------------------------------------------------------------------------------------
// The 1,000,000-follower sample.

const COUNT_COLUMNS = new Set(['statuses_count', 'followers_count', 'friends_count', 'favourites_count', 'listed_count']);
const DROPPED = new Set(['label', 'dataset']);

/** Writes `rows` profiles resampled from the data set (counts jittered ±5 %); returns the true fake share and the bytes. */
async function writeSample(path: string, rows: number): Promise<{ fakeShare: number; bytes: number }> {
  const parsed = Papa.parse<string[]>(readFileSync(DATA, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...body] = parsed.data;
  const keep = header.map((h, j) => (DROPPED.has(h) ? -1 : j)).filter((j) => j >= 0);
  const isCount = header.map((h) => COUNT_COLUMNS.has(h));
  const account = header.indexOf('account');
  const label = header.indexOf('label');
  const rng = new Random(SEED);
  const out = createWriteStream(path);
  const write = (s: string): Promise<void> => new Promise((ok) => (out.write(s) ? ok() : out.once('drain', ok)));
  await write(`${keep.map((j) => header[j]).join(',')}\n`);
  let fake = 0;
  let chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    const src = body[Math.floor(rng.next() * body.length)];
    if (src[label] === 'fake') fake++;
    const cells = keep.map((j) => {
      if (j === account) return `f${String(i + 1).padStart(7, '0')}`;
      if (isCount[j] && src[j] !== '') return String(Math.round(Number(src[j]) * (0.95 + 0.1 * rng.next())));
      return src[j];
    });
    chunk.push(cells.join(','));
    if (chunk.length === 10_000) {
      await write(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) await write(`${chunk.join('\n')}\n`);
  await new Promise<void>((ok, fail) => out.end((e?: Error | null) => (e ? fail(e) : ok())));
  return { fakeShare: fake / rows, bytes: statSync(path).size };
}

interface AuditChildResult {
  readMs: number;
  readCpuMs: number;
  modelMs: number;
  auditMs: number;
  auditCpuMs: number;
  totalMs: number;
  totalCpuMs: number;
  classifyMs: number;
  classifyCpuMs: number;
  sortCpuMs: number;
  intervalMs: number;
  rows: number;
  usable: number;
  flagged: number;
  fakeShare: number;
  interval: [number, number];
  apparentShare: number;
  maxRss: number;
  rssAfterRead: number;
}

/** Child: what `eclaireur audience audit FILE` runs, timed, then its two main steps alone. */
async function auditChild(file: string): Promise<AuditChildResult> {
  const cpuMs = (): number => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const c0 = cpuMs();
  const t0 = performance.now();
  const sample = await readProfileSample(file, { observedDay: Math.floor(Date.now() / 86_400_000), lang: 'en' });
  const t1 = performance.now();
  const c1 = cpuMs();
  const rssAfterRead = process.memoryUsage().rss;
  const model = readModelFile(DEFAULT_MODEL_FILE);
  const t2 = performance.now();
  const c2 = cpuMs();
  const r = auditSample(model, sample.X, sample.usable, sample.lines, sample.rows, AUDIT_DEFAULTS);
  const t3 = performance.now();
  const c3 = cpuMs();
  // The split of auditSample: its classification and its interval, run again on their own.
  const prob = new Float64Array(sample.usable);
  const tc = performance.now();
  const cc = cpuMs();
  predictForest(model.forest, sample.X, prob);
  let flagged = 0;
  for (let i = 0; i < sample.usable; i++) {
    prob[i] = calibrate(model.calibration, prob[i]);
    if (prob[i] >= model.threshold) flagged++;
  }
  const classifyMs = performance.now() - tc;
  const classifyCpuMs = cpuMs() - cc;
  // The choice of the suspects as auditSample makes it: all flagged rows sorted, the first kept.
  const cs = cpuMs();
  const flaggedRows = new Int32Array(flagged);
  for (let i = 0, k = 0; i < sample.usable; i++) if (prob[i] >= model.threshold) flaggedRows[k++] = i;
  const lines = sample.lines;
  const top = Array.from(flaggedRows)
    .sort((x, y) => prob[y] - prob[x] || lines[x] - lines[y])
    .slice(0, AUDIT_DEFAULTS.suspects);
  const sortCpuMs = cpuMs() - cs;
  if (top.length > 0 && lines[top[0]] !== r.suspects[0].line) throw new Error('split check: not the same first suspect');
  const ti = performance.now();
  estimatePrevalence(flagged, sample.usable, model.errors, AUDIT_DEFAULTS);
  const intervalMs = performance.now() - ti;
  if (flagged !== r.flagged) throw new Error(`split check: ${flagged} flagged, auditSample said ${r.flagged}`);
  return {
    readMs: t1 - t0,
    readCpuMs: c1 - c0,
    modelMs: t2 - t1,
    auditMs: t3 - t2,
    auditCpuMs: c3 - c2,
    totalMs: t3 - t0,
    totalCpuMs: c3 - c0,
    classifyMs,
    classifyCpuMs,
    sortCpuMs,
    intervalMs,
    rows: r.sampleSize,
    usable: r.usable,
    flagged: r.flagged,
    fakeShare: r.fakeShare,
    interval: r.interval,
    apparentShare: r.apparentShare,
    maxRss: process.resourceUsage().maxRSS * 1024,
    rssAfterRead,
  };
}

function child<T>(childArgs: string[]): Promise<T> {
  return new Promise((ok, fail) => {
    const p = fork(fileURLToPath(import.meta.url), childArgs, { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    p.on('message', (m) => ok(m as T));
    p.on('exit', (code) => (code === 0 ? undefined : fail(new Error(`child ${childArgs.join(' ')} exited with ${code}`))));
  });
}

// ---------------------------------------------------------------------------------------------
// Main.

async function main(): Promise<void> {
  const la0 = loadavg()[0];
  const rows: string[][] = [];
  const row = (...cells: string[]): void => {
    rows.push(cells);
  };
  const json: Record<string, unknown> = {};

  progress('reading the data set…');
  const d = await readLabelled();
  const pos = d.y.reduce((s, v) => s + v, 0);
  say(`Data: ${DATA.replace(`${resolve(here, '../..')}/`, '')}: ${int(d.n)} profiles (${int(pos)} fake), ${P} features, ${d.missing} missing values in the feature matrix.`);
  if (d.missing > 0) throw new Error('ml-random-forest cannot take NaN: the feature matrix has missing values');
  const params = { ...AUDIENCE_DEFAULTS.forest, seed: SEED };
  const rowsArr = toRows(d.X, d.n);
  const yArr = Array.from(d.y);

  // Training.
  progress('training: ours…');
  const ours = Array.from({ length: RUNS }, () => timed(() => trainModel(d.X, d.y, params)));
  const model = ours[0].value;
  const oursMs = median(ours.map((r) => r.ms));
  const oursCpuMs = median(ours.map((r) => r.cpuMs));
  const oursSmall = timed(() => trainModel(d.X, d.y, { ...params, trees: LIB_TREES }));
  progress(`training: ml-random-forest, ${LIB_TREES} trees…`);
  const lib = timed(() => {
    const rf = libForest(LIB_TREES, SEED);
    rf.train(rowsArr, yArr);
    return rf;
  });
  const libPerTree = lib.ms / LIB_TREES;
  const libFull = libPerTree * params.trees;
  const libFullCpu = (lib.cpuMs / LIB_TREES) * params.trees;
  const trainOk = oursMs < 30_000;
  row(
    `Training, ours: \`trainModel\`, ${params.trees} trees, mtry ${params.mtry}, on ${int(2 * d.n)} rows (the 3,900 + masked copies), OOB calibration (median of ${RUNS}: ${ours.map((r) => f(r.ms / 1000)).join(', ')} s)`,
    `**${f(oursMs / 1000)} s** (CPU ${f(oursCpuMs / 1000)} s); ${int(model.forest.value.length)} nodes`,
    '< 30 s',
    verdict(trainOk),
  );
  row(
    `Training, ml-random-forest 2.1.0: ${LIB_TREES} trees, 6 features per tree, on the ${int(d.n)} rows, no OOB`,
    `${f(lib.ms / 1000)} s (CPU ${f(lib.cpuMs / 1000)} s) = ${f(libPerTree / 1000)} s/tree${LIB_TREES < params.trees ? ` → ${f(libFull / 1000, 0)} s for ${params.trees} trees (extrapolated)` : ''}`,
    '—',
    `ours ×${f(libFull / oursMs, 0)} faster at ${params.trees} trees${LIB_TREES < params.trees ? ' (extrapolated)' : ''}; on CPU time ×${f(libFullCpu / oursCpuMs, 0)}`,
  );
  if (LIB_TREES !== params.trees) row(`Training at equal tree count: ours with ${LIB_TREES} trees`, `${f(oursSmall.ms / 1000)} s (CPU ${f(oursSmall.cpuMs / 1000)} s)`, '—', `ours ×${f(lib.ms / oursSmall.ms, 0)} faster (measured); on CPU time ×${f(lib.cpuMs / oursSmall.cpuMs, 0)}`);
  json.training = { oursMs, oursCpuMs, oursRunsMs: ours.map((r) => r.ms), oursNodes: model.forest.value.length, trees: params.trees, mtry: params.mtry, lib: { trees: LIB_TREES, ms: lib.ms, cpuMs: lib.cpuMs, perTreeMs: libPerTree, extrapolatedMs: libFull, extrapolatedCpuMs: libFullCpu }, oursAtLibTreesMs: oursSmall.ms, oursAtLibTreesCpuMs: oursSmall.cpuMs, goalMs: 30_000, pass: trainOk };

  // Cross-validation.
  const cv: EvaluationRow[] = [];
  progress('cross-validation: ours…');
  const ev = evaluate(d.X, d.y, [], params, { folds: AUDIENCE_DEFAULTS.folds, seed: SEED, threshold: AUDIENCE_DEFAULTS.threshold });
  cv.push({ ...ev.results.find((r) => r.model === 'random-forest')!, model: `ours, random forest (${params.trees} trees)` });
  const evSmall = evaluate(d.X, d.y, [], { ...params, trees: LIB_TREES }, { folds: AUDIENCE_DEFAULTS.folds, seed: SEED, threshold: AUDIENCE_DEFAULTS.threshold });
  cv.push({ ...evSmall.results.find((r) => r.model === 'random-forest')!, model: `ours, random forest (${LIB_TREES} trees)` });
  if (!has('--no-lib-cv')) {
    progress(`cross-validation: ml-random-forest, ${LIB_TREES} trees per fold…`);
    cv.push(libCrossValidation(d, LIB_TREES));
  }
  json.crossValidation = cv.map((r) => ({ model: r.model, accuracy: r.accuracy, precision: r.precision, recall: r.recall, f1: r.f1, mcc: r.mcc, auc: r.auc, brier: r.brier }));

  // Inference.
  progress('inference…');
  const nInfer = d.n * INFER_REPLICAS;
  const XB = new Float64Array(nInfer * P);
  for (let k = 0; k < INFER_REPLICAS; k++) XB.set(d.X, k * d.n * P);
  const out = new Float64Array(nInfer);
  const inf = Array.from({ length: RUNS }, () => timed(() => predictModel(model, XB, nInfer, out)));
  const infMs = median(inf.map((r) => r.ms));
  const infRate = nInfer / (infMs / 1000);
  const infCpuRate = nInfer / (median(inf.map((r) => r.cpuMs)) / 1000);
  const rule = PAPER_RULES[0];
  const ruleRuns = Array.from({ length: RUNS }, () => timed(() => rule.predict(XB, nInfer, out)));
  const ruleMs = median(ruleRuns.map((r) => r.ms));
  const ruleRate = nInfer / (ruleMs / 1000);
  const ruleCpuRate = nInfer / (median(ruleRuns.map((r) => r.cpuMs)) / 1000);
  const nLib = d.n * LIB_INFER_REPLICAS;
  const libRows: number[][] = [];
  for (let k = 0; k < LIB_INFER_REPLICAS; k++) libRows.push(...rowsArr);
  const libInf = timed(() => lib.value.predictProbability(libRows, 1));
  const libRate = nLib / (libInf.ms / 1000);
  const libCpuRate = nLib / (libInf.cpuMs / 1000);
  const T = model.forest.roots.length;
  const inferOk = infRate >= 100_000;
  row(
    `Inference, ours: \`predictModel\` (${T} trees + calibration), one thread, ${int(nInfer)} rows (median of ${RUNS}: ${inf.map((r) => f(r.ms / 1000, 3)).join(', ')} s)`,
    `**${int(infRate)} profiles/s** (${f((infMs * 1e6) / nInfer / T, 1)} ns per row × tree); on CPU time ${int(infCpuRate)}/s`,
    '≥ 100,000/s',
    `${verdict(inferOk)} (on CPU time: ${verdict(infCpuRate >= 100_000)})`,
  );
  row(`Inference, rule "followers ≥ 30" (PAPER_RULES[0]), same rows`, `${int(ruleRate)} profiles/s`, '—', `the floor: ours ×${f(ruleRate / infRate, 0)} slower; on CPU time ×${f(ruleCpuRate / infCpuRate, 0)}`);
  row(
    `Inference, ml-random-forest \`predictProbability\` (${LIB_TREES} trees), ${int(nLib)} rows as number[][]`,
    `${int(libRate)} profiles/s (${f((libInf.ms * 1e6) / nLib / LIB_TREES, 1)} ns per row × tree); on CPU time ${int(libCpuRate)}/s`,
    '—',
    `ours ×${f(infRate / libRate, 1)} per row with ${T / LIB_TREES}× its trees, ×${f((infRate * T) / (libRate * LIB_TREES), 0)} per row × tree; on CPU time ×${f(infCpuRate / libCpuRate, 1)} and ×${f((infCpuRate * T) / (libCpuRate * LIB_TREES), 0)}`,
  );
  json.inference = { rows: nInfer, oursMs: infMs, oursRunsMs: inf.map((r) => r.ms), oursPerS: infRate, oursCpuPerS: infCpuRate, trees: T, ruleMs, rulePerS: ruleRate, lib: { rows: nLib, trees: LIB_TREES, ms: libInf.ms, perS: libRate, cpuPerS: libCpuRate }, goalPerS: 100_000, pass: inferOk };

  // Audit.
  const dir = mkdtempSync(join(tmpdir(), 'eclaireur-audience-bench-'));
  try {
    const file = join(dir, 'followers.csv');
    progress(`audit: writing ${int(AUDIT_ROWS)} followers…`);
    const tg = performance.now();
    const gen = await writeSample(file, AUDIT_ROWS);
    const genMs = performance.now() - tg;
    progress('audit: child process…');
    const a = await child<AuditChildResult>([`--child=audit`, `--file=${file}`]);
    const timeOk = a.totalMs < 30_000;
    const memOk = a.maxRss < 2 * GB;
    const full = AUDIT_ROWS === 1_000_000;
    row(`Audit sample: ${int(AUDIT_ROWS)} followers resampled (seed ${SEED}, counts ±5 %), CSV ${f(gen.bytes / 1e6, 0)} MB (not timed: ${f(genMs / 1000, 1)} s)`, `true fake share ${f(100 * gen.fakeShare, 2)} %`, '—', '');
    row(
      `Audit, end to end: \`readProfileSample\` + \`readModelFile\` + \`auditSample\` (child process)`,
      `**${f(a.totalMs / 1000)} s** (CPU ${f(a.totalCpuMs / 1000)} s) = read ${f(a.readMs / 1000)} s (CPU ${f(a.readCpuMs / 1000)}) + model ${f(a.modelMs / 1000)} s + audit ${f(a.auditMs / 1000)} s (CPU ${f(a.auditCpuMs / 1000)}) [CPU, each step rerun alone: classify ${f(a.classifyCpuMs / 1000)} s, interval ${f(a.intervalMs / 1000, 3)} s, sorting the ${int(a.flagged)} flagged rows for the suspects ${f(a.sortCpuMs / 1000)} s]`,
      full ? '< 30 s' : '—',
      full ? `${verdict(timeOk)} (on CPU time: ${verdict(a.totalCpuMs < 30_000)})` : '',
    );
    row(`Audit, peak RSS of the child (RSS after reading: ${f(a.rssAfterRead / GB)} GB)`, `**${f(a.maxRss / GB)} GB**`, full ? '< 2 GB' : '—', full ? verdict(memOk) : '');
    row(`Audit result: ${int(a.usable)} of ${int(a.rows)} rows usable`, `fake share ${f(100 * a.fakeShare, 1)} % [${f(100 * a.interval[0], 1)}, ${f(100 * a.interval[1], 1)}] (apparent ${f(100 * a.apparentShare, 1)} %)`, '—', `true share ${f(100 * gen.fakeShare, 1)} %`);
    json.audit = { generatedRows: AUDIT_ROWS, fileBytes: gen.bytes, trueFakeShare: gen.fakeShare, ...a, goalMs: 30_000, goalBytes: 2 * GB, pass: full ? timeOk && memOk : null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Report.
  const c = cpus();
  const machine = `${c.length} × ${c[0]?.model ?? '?'}, ${f(totalmem() / 2 ** 30, 1)} GiB, Linux ${release()}, Node ${process.version}`;
  const la1 = loadavg()[0];
  say(`Machine: ${machine}; load average ${f(la0)} at the start, ${f(la1)} at the end.`);
  say('');
  say('| measure | figure | goal | verdict / ratio |');
  say('|---|---|---|---|');
  for (const r of rows) say(`| ${r.join(' | ')} |`);
  say('');
  say(`Cross-validation, ${AUDIENCE_DEFAULTS.folds} stratified folds (seed ${SEED}), fake = positive, threshold ${AUDIENCE_DEFAULTS.threshold}:`);
  say('');
  say('| model | accuracy | precision | recall | F1 | MCC | AUC |');
  say('|---|---|---|---|---|---|---|');
  const f3 = (x: number | null): string => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(3));
  for (const r of cv) say(`| ${r.model} | ${f3(r.accuracy)} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} | ${f3(r.mcc)} | ${f3(r.auc)} |`);
  const paper = PAPER_ROWS.find((r) => r.model === 'random-forest')!;
  say(`| Cresci et al. 2015, Table 16 (class A), Random Forest | ${f3(paper.accuracy)} | ${f3(paper.precision)} | ${f3(paper.recall)} | ${f3(paper.f1)} | ${f3(paper.mcc)} | ${f3(paper.auc)} |`);
  if (has('--no-lib-cv')) say('\n(ml-random-forest cross-validation skipped: --no-lib-cv)');
  json.machine = { description: machine, loadAverage: [la0, la1] };
  if (JSON_OUT) process.stdout.write(`${JSON.stringify(json)}\n`);
}

const role = argOf('child');
if (role === 'audit') {
  const r = await auditChild(argOf('file')!);
  process.send!(r, () => process.exit(0));
} else {
  await main();
}
