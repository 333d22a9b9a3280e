/**
 * The field-graph benchmark: `npm run bench:graph` (= node --import tsx --expose-gc bench/graph.bench.ts).
 *
 * Inputs: SNAP ego-Twitter (../shared/data/ego-twitter, 1.77 M edges) and R-MAT graphs with the
 * Graph500 parameters (bench/rmat.ts, seed 1): 10 M edges, and 100 M with --big. For each:
 *  - load: ego-Twitter from its .gz file (stream, parse, map names to ids, build the CSR); R-MAT
 *    10 M written as a TSV file in the temp folder and read the same way; R-MAT (any size) built
 *    from its edge arrays (the CSR build alone). Throughput in input edges per second.
 *  - our PageRank (damping 0.85, L1 tolerance 1e-10, uniform start): iterations, time and
 *    process CPU per iteration, total to convergence, as the plain power iteration on 1 thread
 *    (extrapolate: false), then with its default power extrapolation on 1 thread and on 2
 *    (worker_threads over SharedArrayBuffer; the pool's start-up timed apart), and the peak RSS
 *    of the process. graphology's time per iteration is divided by the plain run's count.
 *  - the same computation with graphology-metrics' pagerank (child Node process: the graph built
 *    as a graphology Graph first, not timed; its tolerance set to 1e-10/n so that it stops by the
 *    same L1 rule) and with python-igraph (child python3: only the `pagerank` call is timed, PRPACK
 *    its default, and ARPACK);
 *    the L1 distance of their scores to ours, and the ratios. igraph exposes no iteration count
 *    (PRPACK solves by Gauss–Seidel to 1e-10 and takes no options; ARPACK's options report its
 *    restarts, not its matrix-vector products), so it is compared on the total time; and with
 *    igraph's C library itself (bench/igraph-pagerank.c, compiled here when gcc and Debian's
 *    libigraph-dev are installed), whose ARPACK options report the products: igraph's time per
 *    iteration.
 *  - the memory-bandwidth floor of one iteration: bytes it must touch (12 m + 28 n with 32-bit
 *    ids and 64-bit contributions, m edges, n nodes; 12 m + 36 n before the state kept the
 *    scores in contribution form only) over this machine's measured read bandwidth.
 * Our PageRank's total includes creating its state (not before 2026-11-27 10:30); the CSR is
 * built with its in-rows relabelled by in-degree (core/graph/pull-rows.ts), whose cost is
 * reported as the build with them minus the build without, and counted in a second ratio.
 * Since 2026-11-27 12:00 the rows are in a kernel memory and the loop runs in WebAssembly
 * (core/graph/pull-kernel.ts); the same rows in plain arrays run the JavaScript loop once for the
 * ratio (not at 100 M edges), and the scores of both must be bit-identical.
 * Every scenario runs in a child process of its own, so that its peak memory is its own.
 *
 * Communities (ego-Twitter, read as undirected with weights summed): our Louvain, graphology-
 * communities-louvain and igraph's community_multilevel — time and the modularity of each
 * partition, all measured by core/graph/modularity.ts.
 *
 * Options: --big (add R-MAT 100 M: ours only, ~2.5 GB), --quick (R-MAT 1 M instead of 10 M),
 * --no-graphology, --no-igraph, --no-communities, --only=ego|rmat|big (big: R-MAT 100 M alone).
 */
import { fork, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../src/adapters/graph/edge-list.js';
import { PageRankPool } from '../src/adapters/graph/parallel-pagerank.js';
import { findPython } from '../src/adapters/graph/python.js';
import { buildGraph, type Graph } from '../src/core/graph/csr.js';
import { louvain } from '../src/core/graph/louvain.js';
import { modularity } from '../src/core/graph/modularity.js';
import { createPageRankState, PAGERANK_DEFAULTS, runPageRank } from '../src/core/graph/pagerank.js';
import { Random } from '../src/core/random.js';
import { rmat, rmatScale } from './rmat.js';

const here = dirname(fileURLToPath(import.meta.url));
const EGO = resolve(here, '../../shared/data/ego-twitter/edges.tsv.gz');
const TOL = PAGERANK_DEFAULTS.tolerance;
const SEED = 1;
const GB = 1e9;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

// ---------------------------------------------------------------------------------------------
// Memory bandwidth of this machine, as a JavaScript loop sees it.

function bandwidth(): { readGBs: number; triadGBs: number } {
  const n = 1 << 25; // 32 Mi doubles = 256 MiB per array
  const a = new Float64Array(n).fill(1);
  const b = new Float64Array(n).fill(2);
  const c = new Float64Array(n).fill(3);
  let bestRead = Infinity;
  let bestTriad = Infinity;
  let sink = 0;
  for (let r = 0; r < 4; r++) {
    let t = performance.now();
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i];
    bestRead = Math.min(bestRead, performance.now() - t);
    sink += s;
    t = performance.now();
    for (let i = 0; i < n; i++) a[i] = b[i] + 3 * c[i];
    bestTriad = Math.min(bestTriad, performance.now() - t);
  }
  if (sink === 42) console.log('');
  return { readGBs: (n * 8) / (bestRead / 1000) / GB, triadGBs: (n * 24) / (bestTriad / 1000) / GB };
}

// ---------------------------------------------------------------------------------------------
// Child: ours.

interface PrRun {
  threads: number;
  extrapolate: boolean;
  /** CPU time of the process (all threads) during the run. */
  cpuMs: number;
  startMs: number;
  /** Creating the iteration's state (vectors, start, contributions), counted in totalMs. */
  stateMs: number;
  iterations: number;
  totalMs: number;
  perIterationMs: number;
}

interface OursResult {
  input: string;
  nodes: number;
  inputEdges: number;
  edges: number;
  genMs: number | null;
  fileLoad: { ms: number; edgesPerS: number; bytes: number | null } | null;
  build: { ms: number; edgesPerS: number };
  /** The build's cost of the in-rows relabelled by in-degree (core/graph/pull-rows.ts): build with them − build without; null when not measured. */
  pullRowsMs: number | null;
  /** The default run on the same rows in plain arrays (the JavaScript loop). */
  jsRun: PrRun | null;
  /** Whether the rows were in a kernel memory (the WebAssembly loop, core/graph/pull-kernel.ts). */
  kernel: boolean;
  runs: PrRun[];
  identical: boolean;
  bytesPerIteration: number;
  maxRss: number;
  rssAfterBuild: number;
}

async function writeTsv(path: string, src: Uint32Array, dst: Uint32Array, m: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const chunk = 1 << 16;
  for (let i = 0; i < m; i += chunk) {
    let s = '';
    for (let j = i; j < Math.min(m, i + chunk); j++) s += `${src[j]}\t${dst[j]}\n`;
    bytes += s.length;
    if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, f) => out.end((e?: Error | null) => (e ? f(e) : r())));
  return bytes;
}

function pagerankRun(g: Graph, threads: number, extrapolate = true): Promise<{ run: PrRun; scores: Float64Array }> {
  return (async () => {
    const options = { tolerance: TOL, extrapolate };
    gc();
    // The state's creation is counted in the total (it was not before 2026-11-27 11:00).
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const st = createPageRankState(g, options, threads > 1);
    const stateMs = performance.now() - t0;
    const stateCpu = process.cpuUsage(c0);
    let startMs = 0;
    let pool: PageRankPool | null = null;
    if (threads > 1) {
      const t1 = performance.now();
      pool = await PageRankPool.start(g, st, threads);
      startMs = performance.now() - t1;
    }
    const t = performance.now();
    const c = process.cpuUsage();
    const r = runPageRank(g, st, options, pool?.executor());
    const runMs = performance.now() - t;
    const cpu = process.cpuUsage(c);
    await pool?.close();
    if (!r.converged) throw new Error(`PageRank did not converge (${r.iterations} iterations)`);
    const cpuMs = (cpu.user + cpu.system + stateCpu.user + stateCpu.system) / 1000;
    return { run: { threads, extrapolate, startMs, stateMs, iterations: r.iterations, totalMs: stateMs + runMs, cpuMs, perIterationMs: runMs / r.iterations }, scores: r.scores };
  })();
}

async function oursChild(input: string, dir: string, writeBaselineInputs: boolean): Promise<OursResult> {
  let genMs: number | null = null;
  let fileLoad: OursResult['fileLoad'] = null;
  let src: Uint32Array;
  let dst: Uint32Array;
  let n: number;
  let inputEdges: number;
  if (input === 'ego') {
    const t = performance.now();
    const loaded = await loadGraph(EGO, {}, { shared: true });
    const ms = performance.now() - t;
    fileLoad = { ms, edgesPerS: loaded.edgeList.count / (ms / 1000), bytes: null };
    src = loaded.edgeList.source;
    dst = loaded.edgeList.target;
    n = loaded.graph.nodeCount;
    inputEdges = loaded.edgeList.count;
  } else {
    const m = Number(input.slice('rmat'.length));
    const t = performance.now();
    const r = rmat(m, SEED);
    genMs = performance.now() - t;
    src = r.source;
    dst = r.target;
    n = r.nodeCount;
    inputEdges = m;
    if (m <= 20_000_000) {
      const file = join(dir, `rmat-${m}.tsv`);
      const bytes = await writeTsv(file, src, dst, m);
      gc();
      const t1 = performance.now();
      const loaded = await loadGraph(file);
      const ms = performance.now() - t1;
      fileLoad = { ms, edgesPerS: m / (ms / 1000), bytes };
      if (loaded.graph.nodeCount !== n) throw new Error(`file load: ${loaded.graph.nodeCount} nodes, arrays: ${n}`);
      rmSync(file);
    }
  }
  // The relabelled rows' cost: the build with them minus the build without (not for 100 M edges).
  let buildWithoutMs: number | null = null;
  if (input !== 'rmat100000000') {
    gc();
    const t0 = performance.now();
    buildGraph({ nodeCount: n, source: src, target: dst }, { shared: true });
    buildWithoutMs = performance.now() - t0;
  }
  gc();
  const t = performance.now();
  const g = buildGraph({ nodeCount: n, source: src, target: dst }, { shared: true, pullRows: true });
  const buildMs = performance.now() - t;
  const pullRowsMs = buildWithoutMs === null ? null : Math.max(0, buildMs - buildWithoutMs);
  if (writeBaselineInputs) {
    // The deduplicated graph for the baselines: binary (graphology) and text (igraph's C reader).
    const s = new Uint32Array(g.edgeCount);
    for (let u = 0; u < n; u++) s.fill(u, g.outOffsets[u], g.outOffsets[u + 1]);
    const pairs = new Uint32Array(2 * g.edgeCount);
    for (let i = 0; i < g.edgeCount; i++) {
      pairs[2 * i] = s[i];
      pairs[2 * i + 1] = g.outTargets[i];
    }
    writeFileSync(join(dir, 'edges.u32'), pairs);
    await writeTsv(join(dir, 'edges.txt'), s, g.outTargets, g.edgeCount);
  }
  // The same rows in plain arrays, for the JavaScript loop (not for 100 M edges: memory).
  let gJs: Graph | null = input === 'rmat100000000' ? null : buildGraph({ nodeCount: n, source: src, target: dst }, { shared: true, pullRows: true, pullKernel: 'js' });
  src = new Uint32Array(0);
  dst = new Uint32Array(0);
  gc();
  const rssAfterBuild = process.memoryUsage.rss();
  const js = gJs === null ? null : await pagerankRun(gJs, 1);
  gJs = null;
  gc();
  const plain = await pagerankRun(g, 1, false);
  const one = await pagerankRun(g, 1);
  const two = await pagerankRun(g, 2);
  const identical = one.scores.every((x, i) => x === two.scores[i]) && (js === null || one.scores.every((x, i) => x === js.scores[i]));
  writeFileSync(join(dir, 'ours.f64'), one.scores);
  return {
    input,
    nodes: n,
    inputEdges,
    edges: g.edgeCount,
    genMs,
    fileLoad,
    build: { ms: buildMs, edgesPerS: inputEdges / (buildMs / 1000) },
    pullRowsMs,
    runs: [one.run, two.run, plain.run],
    jsRun: js?.run ?? null,
    kernel: g.pullRows?.memory != null,
    identical,
    bytesPerIteration: 12 * g.edgeCount + 28 * n,
    maxRss: maxRss(),
    rssAfterBuild,
  };
}

// ---------------------------------------------------------------------------------------------
// Child: graphology.

interface GraphologyResult {
  buildGraphMs: number;
  indexMs: number;
  pagerankMs: number;
  maxRss: number;
}

async function graphologyChild(dir: string, n: number): Promise<GraphologyResult> {
  interface GraphologyGraph {
    addNode(key: string): void;
    addEdge(a: string, b: string): void;
  }
  const Graph = (await import('graphology')).default as unknown as new (o: object) => GraphologyGraph;
  const pagerank = (await import('graphology-metrics/centrality/pagerank.js')).default as unknown as (g: GraphologyGraph, o: object) => Record<string, number>;
  const { WeightedNeighborhoodIndex } = (await import('graphology-indices/neighborhood.js')) as unknown as { WeightedNeighborhoodIndex: new (g: GraphologyGraph, w: string) => unknown };
  const buf = readFileSync(join(dir, 'edges.u32'));
  const pairs = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  let t = performance.now();
  const g = new Graph({ type: 'directed', multi: false, allowSelfLoops: true });
  for (let v = 0; v < n; v++) g.addNode(String(v));
  for (let i = 0; i < pairs.length; i += 2) g.addEdge(String(pairs[i]), String(pairs[i + 1]));
  const buildGraphMs = performance.now() - t;
  gc();
  t = performance.now();
  new WeightedNeighborhoodIndex(g, 'weight');
  const indexMs = performance.now() - t;
  gc();
  t = performance.now();
  // graphology stops at error < n·tolerance: pass 1e-10/n for the same L1 rule as ours.
  const pr = pagerank(g, { alpha: 0.85, tolerance: TOL / n, maxIterations: 10_000, getEdgeWeight: null });
  const pagerankMs = performance.now() - t;
  const scores = new Float64Array(n);
  for (let v = 0; v < n; v++) scores[v] = pr[String(v)];
  writeFileSync(join(dir, 'graphology.f64'), scores);
  return { buildGraphMs, indexMs, pagerankMs, maxRss: maxRss() };
}

// ---------------------------------------------------------------------------------------------
// Child: igraph (python3).

const IGRAPH_SCRIPT = `
import sys, time, json, resource
import numpy as np
import igraph as ig
d, n = sys.argv[1], int(sys.argv[2])
t = time.time(); g = ig.Graph.Read_Edgelist(d + "/edges.txt", directed=True); load = time.time() - t
assert g.vcount() == n, (g.vcount(), n)
t = time.time(); pr = g.pagerank(damping=0.85, directed=True, implementation="prpack"); prpack = time.time() - t
np.asarray(pr, dtype=np.float64).tofile(d + "/igraph.f64")
o = ig.ARPACKOptions()
t = time.time(); g.pagerank(damping=0.85, directed=True, implementation="arpack", arpack_options=o); arpack = time.time() - t
# After the call python-igraph fills in ARPACK's restart count (o.iter), not its number of
# matrix-vector products (o.numop stays 0): no per-iteration time can be derived from either.
print(json.dumps({"version": ig.__version__, "loadS": load, "prpackS": prpack, "arpackS": arpack, "arpackRestarts": o.iter, "arpackNumop": o.numop, "maxRss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
`;

interface IgraphResult {
  version: string;
  loadS: number;
  prpackS: number;
  arpackS: number;
  arpackRestarts: number;
  arpackNumop: number;
  maxRss: number;
}

function runIgraph(python: string, dir: string, n: number): Promise<IgraphResult> {
  return new Promise((ok, fail) => {
    const p = spawn(python, ['-c', IGRAPH_SCRIPT, dir, String(n)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    p.on('close', (code) => (code === 0 ? ok(JSON.parse(Buffer.concat(out).toString())) : fail(new Error(`igraph: ${Buffer.concat(err).toString()}`))));
  });
}

interface IgraphCResult {
  version: string;
  prpackS: number;
  arpackS: number;
  /** Matrix–vector products ARPACK took (igraph_arpack_options_t.numop). */
  arpackNumop: number;
}

/**
 * bench/igraph-pagerank.c compiled into `dir` (gcc and Debian's libigraph-dev), or the reason it
 * could not be.
 */
function compileIgraphC(dir: string): { exe: string } | { skipped: string } {
  const flags = spawnSync('pkg-config', ['--cflags', '--libs', 'igraph'], { encoding: 'utf8' });
  if (flags.status !== 0) return { skipped: 'no igraph C library (apt-get install gcc libigraph-dev)' };
  const exe = join(dir, 'igraph-pagerank');
  const cc = spawnSync('gcc', ['-O2', '-o', exe, join(here, 'igraph-pagerank.c'), ...flags.stdout.trim().split(/\s+/)], { encoding: 'utf8' });
  return cc.status === 0 ? { exe } : { skipped: `gcc failed: ${cc.stderr || cc.error?.message}` };
}

function runIgraphC(exe: string, dir: string, n: number): IgraphCResult {
  const r = spawnSync(exe, [dir, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`igraph (C): ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as IgraphCResult;
}

// ---------------------------------------------------------------------------------------------
// Communities (ego-Twitter): our Louvain, graphology-communities-louvain, igraph's multilevel.

function readPairs(dir: string): { n: number; g: Graph } {
  const buf = readFileSync(join(dir, 'edges.u32'));
  const pairs = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const m = pairs.length / 2;
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  let n = 0;
  for (let i = 0; i < m; i++) {
    src[i] = pairs[2 * i];
    dst[i] = pairs[2 * i + 1];
    n = Math.max(n, src[i] + 1, dst[i] + 1);
  }
  return { n, g: buildGraph({ nodeCount: n, source: src, target: dst }) };
}

interface CommunityRun {
  ms: number;
  count: number;
  maxRss: number;
  buildMs?: number;
}

function louvainOursChild(dir: string): CommunityRun {
  const { g } = readPairs(dir);
  gc();
  const t = performance.now();
  const r = louvain(g);
  const ms = performance.now() - t;
  writeFileSync(join(dir, 'ours.comm'), r.community);
  return { ms, count: r.count, maxRss: maxRss() };
}

async function louvainGraphologyChild(dir: string): Promise<CommunityRun> {
  interface UGraph {
    addNode(key: string): void;
    updateEdge(a: string, b: string, f: (attr: { weight?: number }) => { weight: number }): void;
  }
  const Graph = (await import('graphology')).default as unknown as new (o: object) => UGraph;
  const lv = (await import('graphology-communities-louvain')).default as unknown as { detailed(g: UGraph, o: object): { communities: Record<string, number>; count: number; modularity: number } };
  const { n } = readPairs(dir);
  const buf = readFileSync(join(dir, 'edges.u32'));
  const pairs = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  let t = performance.now();
  // The same undirected view as ours: weight = number of directed edges between the two.
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: true });
  for (let v = 0; v < n; v++) g.addNode(String(v));
  for (let i = 0; i < pairs.length; i += 2) g.updateEdge(String(pairs[i]), String(pairs[i + 1]), (a) => ({ weight: (a.weight ?? 0) + 1 }));
  const buildMs = performance.now() - t;
  gc();
  const rng = new Random(1);
  t = performance.now();
  const r = lv.detailed(g, { getEdgeWeight: 'weight', rng: () => rng.next() });
  const ms = performance.now() - t;
  const comm = new Uint32Array(n);
  for (let v = 0; v < n; v++) comm[v] = r.communities[String(v)];
  writeFileSync(join(dir, 'graphology.comm'), comm);
  return { ms, count: r.count, maxRss: maxRss(), buildMs };
}

const IGRAPH_LOUVAIN = `
import sys, time, json
import numpy as np
import igraph as ig
d = sys.argv[1]
g = ig.Graph.Read_Edgelist(d + "/edges.txt", directed=True)
g.es["weight"] = 1.0
u = g.as_undirected(mode="collapse", combine_edges="sum")
t = time.time(); c = u.community_multilevel(weights="weight"); s = time.time() - t
np.asarray(c.membership, dtype=np.uint32).tofile(d + "/igraph.comm")
print(json.dumps({"ms": s * 1000, "count": len(c), "maxRss": 0}))
`;

function runPython<T>(python: string, script: string, args: string[]): Promise<T> {
  return new Promise((ok, fail) => {
    const p = spawn(python, ['-c', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    p.on('close', (code) => (code === 0 ? ok(JSON.parse(Buffer.concat(out).toString())) : fail(new Error(Buffer.concat(err).toString()))));
  });
}

async function communityRows(dir: string, python: string | null, withGraphology: boolean): Promise<string[]> {
  const rows: string[] = [];
  const runs: [string, CommunityRun, string][] = [];
  runs.push(['ours (core/graph/louvain.ts, seed 1)', await child<CommunityRun>(['--child=louvain-ours', `--dir=${dir}`]), 'ours.comm']);
  if (withGraphology) {
    try {
      runs.push(['graphology-communities-louvain 2.0.2 (same undirected weights)', await child<CommunityRun>(['--child=louvain-graphology', `--dir=${dir}`], ['--max-old-space-size=8000']), 'graphology.comm']);
    } catch (e) {
      rows.push(`| ego-Twitter | graphology-communities-louvain | failed: ${(e as Error).message} | |`);
    }
  }
  if (python) {
    try {
      runs.push(['igraph community_multilevel (undirected, weights summed)', await runPython<CommunityRun>(python, IGRAPH_LOUVAIN, [dir]), 'igraph.comm']);
    } catch (e) {
      rows.push(`| ego-Twitter | igraph community_multilevel | failed: ${(e as Error).message} | |`);
    }
  }
  const { g } = readPairs(dir);
  const ours = runs[0][1].ms;
  for (const [name, r, file] of runs) {
    const b = readFileSync(join(dir, file));
    const q = modularity(g, new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4));
    rows.push(`| ego-Twitter | Louvain: ${name}${r.buildMs ? ` (graph built first: ${f(r.buildMs / 1000)} s)` : ''} | ${f(r.ms / 1000)} s, ${int(r.count)} communities, modularity ${q.toFixed(4)} | ${r === runs[0][1] ? '' : `ours ×${f(r.ms / ours, 1)} faster`} |`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Orchestration.

function child<T>(args: string[], execArgv: string[] = []): Promise<T> {
  return new Promise((ok, fail) => {
    const p = fork(fileURLToPath(import.meta.url), args, { execArgv: [...process.execArgv, ...execArgv] });
    p.on('message', (m) => ok(m as T));
    p.on('exit', (code) => (code === 0 ? undefined : fail(new Error(`child ${args.join(' ')} exited with ${code}`))));
  });
}

function l1File(dir: string, a: string, b: string): number | null {
  if (!existsSync(join(dir, a)) || !existsSync(join(dir, b))) return null;
  const x = new Float64Array(readFileSync(join(dir, a)).buffer.slice(0));
  const y = new Float64Array(readFileSync(join(dir, b)).buffer.slice(0));
  if (x.length !== y.length) return Infinity;
  let d = 0;
  for (let i = 0; i < x.length; i++) d += Math.abs(x[i] - y[i]);
  return d;
}

const f = (x: number, d = 2): string => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const rate = (x: number): string => `${f(x / 1e6, 2)} M edges/s`;

async function mainBench(): Promise<void> {
  const args = process.argv.slice(2);
  const has = (flag: string): boolean => args.includes(flag);
  const only = args.find((a) => a.startsWith('--only='))?.slice(7);
  const inputs: string[] = [];
  if (!only || only === 'ego') inputs.push('ego');
  if (!only || only === 'rmat') inputs.push(has('--quick') ? 'rmat1000000' : 'rmat10000000');
  if ((has('--big') && (!only || only === 'rmat')) || only === 'big') inputs.push('rmat100000000');
  const python = has('--no-igraph') ? null : findPython(['igraph', 'numpy']);
  const rows: string[] = [];
  const notes: string[] = [];
  const la0 = loadavg()[0];
  process.stderr.write('memory bandwidth…\n');
  const bw = bandwidth();
  gc();
  for (const input of inputs) {
    const big = input === 'rmat100000000';
    const dir = mkdtempSync(join(tmpdir(), 'eclaireur-graph-bench-'));
    try {
      process.stderr.write(`[${input}] ours…\n`);
      const o = await child<OursResult>(['--child=ours', `--input=${input}`, `--dir=${dir}`, big ? '--no-baseline-inputs' : ''].filter(Boolean), big ? ['--max-old-space-size=4096'] : []);
      const label = input === 'ego' ? 'ego-Twitter' : `R-MAT scale ${rmatScale(o.inputEdges)}, ${int(o.inputEdges)} edges (seed ${SEED})`;
      const [r1, r2, r0] = o.runs;
      const floorMs = (o.bytesPerIteration / (bw.readGBs * GB)) * 1000;
      rows.push(`| ${label} | nodes / distinct edges | ${int(o.nodes)} / ${int(o.edges)} | |`);
      if (o.genMs !== null) rows.push(`| ${label} | R-MAT generation (not counted) | ${f(o.genMs / 1000)} s | |`);
      if (o.fileLoad) rows.push(`| ${label} | load from file (${input === 'ego' ? '.tsv.gz' : `TSV, ${f((o.fileLoad.bytes ?? 0) / 1e6, 0)} MB`}): stream, parse, map names, build CSR | ${f(o.fileLoad.ms / 1000)} s = **${rate(o.fileLoad.edgesPerS)}** | |`);
      rows.push(`| ${label} | CSR build from edge arrays (dedupe, out + in rows, in-rows relabelled by in-degree) | ${f(o.build.ms / 1000)} s = ${rate(o.build.edgesPerS)} | ${o.pullRowsMs === null ? '' : `without the relabelled rows ${f((o.build.ms - o.pullRowsMs) / 1000)} s: they cost ${f(o.pullRowsMs)} ms`} |`);
      rows.push(`| ${label} | PageRank, 1 thread, plain power iteration (extrapolate: false${o.kernel ? '; WebAssembly loop' : ''}): ${r0.iterations} iterations | ${f(r0.perIterationMs)} ms/iteration, total ${f(r0.totalMs / 1000, 3)} s with the state (${f(r0.stateMs)} ms) (CPU ${f(r0.cpuMs / 1000, 3)} s) | |`);
      rows.push(`| ${label} | PageRank, 1 thread (default: power extrapolation when it pays): ${r1.iterations} iterations | ${f(r1.perIterationMs)} ms/iteration, total ${f(r1.totalMs / 1000, 3)} s with the state (${f(r1.stateMs)} ms) (CPU ${f(r1.cpuMs / 1000, 3)} s) | |`);
      if (o.jsRun) rows.push(`| ${label} | PageRank, 1 thread, default, the JavaScript loop (rows in plain arrays, pullKernel: 'js'): ${o.jsRun.iterations} iterations | ${f(o.jsRun.perIterationMs)} ms/iteration, total ${f(o.jsRun.totalMs / 1000, 3)} s with the state (CPU ${f(o.jsRun.cpuMs / 1000, 3)} s) | ${o.kernel ? `the WebAssembly loop ×${f(o.jsRun.perIterationMs / r1.perIterationMs)} per iteration, ×${f(o.jsRun.totalMs / r1.totalMs)} in total` : 'the WebAssembly loop did not run (no kernel memory)'} |`);
      rows.push(`| ${label} | PageRank, 2 threads (pool start ${f(r2.startMs)} ms, not counted): ${r2.iterations} iterations | ${f(r2.perIterationMs)} ms/iteration, total ${f(r2.totalMs / 1000, 3)} s with the state (${f(r2.stateMs)} ms) (CPU ${f(r2.cpuMs / 1000, 3)} s) | speed-up ×${f(r1.perIterationMs / r2.perIterationMs)}; scores ${o.identical ? 'bit-identical (1 and 2 threads, WebAssembly and JavaScript loops)' : 'DIFFERENT'} |`);
      rows.push(`| ${label} | bandwidth floor of one iteration: ${f(o.bytesPerIteration / 1e6, 0)} MB / ${f(bw.readGBs, 1)} GB/s read (triad ${f(bw.triadGBs, 1)} GB/s) | ${f(floorMs)} ms | best measured ${f(Math.min(r0.perIterationMs, r1.perIterationMs, r2.perIterationMs) / floorMs, 1)}× the floor |`);
      rows.push(`| ${label} | peak RSS of the process (after build: ${f(o.rssAfterBuild / GB)} GB${o.jsRun ? '; with a second copy of the rows in plain arrays, for the JavaScript loop' : ''}) | ${f(o.maxRss / GB)} GB | ${big ? (o.maxRss < 3 * GB ? 'PASS (< 3 GB)' : 'MISS (≥ 3 GB)') : ''} |`);
      const best = Math.min(r1.totalMs, r2.totalMs);
      const bestIt = Math.min(r0.perIterationMs, r1.perIterationMs, r2.perIterationMs);
      if (!big && !has('--no-graphology')) {
        process.stderr.write(`[${input}] graphology…\n`);
        try {
          const gr = await child<GraphologyResult>(['--child=graphology', `--dir=${dir}`, `--n=${o.nodes}`], ['--max-old-space-size=20000']);
          const d = l1File(dir, 'ours.f64', 'graphology.f64');
          const perIt = (gr.pagerankMs - gr.indexMs) / r0.iterations; // graphology's power iteration: as many as our plain one
          rows.push(`| ${label} | graphology-metrics pagerank (graph built first: ${f(gr.buildGraphMs / 1000)} s, not counted; peak ${f(gr.maxRss / GB)} GB) | ${f(gr.pagerankMs / 1000)} s, of which its index ${f(gr.indexMs / 1000)} s; ≈ ${f(perIt)} ms/iteration | ours ×${f(gr.pagerankMs / best, 1)} faster in total (×${f(gr.pagerankMs / (best + (o.pullRowsMs ?? 0)), 1)} counting the relabelled rows too), ×${f(perIt / bestIt, 1)} per iteration; L1(ours, graphology) = ${d === null ? 'n/a' : d.toExponential(1)} |`);
        } catch (e) {
          notes.push(`graphology on ${label}: ${(e as Error).message}`);
        }
      }
      if (!big && python) {
        process.stderr.write(`[${input}] igraph…\n`);
        try {
          const ig = await runIgraph(python, dir, o.nodes);
          const d = l1File(dir, 'ours.f64', 'igraph.f64');
          rows.push(`| ${label} | igraph ${ig.version} pagerank, PRPACK (its default; Gauss–Seidel, iteration count not exposed) | ${f(ig.prpackS, 3)} s | ours ×${f((ig.prpackS * 1000) / best, 2)} faster to convergence; L1(ours, igraph) = ${d === null ? 'n/a' : d.toExponential(1)} |`);
          rows.push(`| ${label} | igraph pagerank, ARPACK (after the call: restarts ${ig.arpackRestarts}, matrix-vector products reported ${ig.arpackNumop}) | ${f(ig.arpackS, 3)} s | ours ×${f((ig.arpackS * 1000) / best, 2)} faster |`);
        } catch (e) {
          notes.push(`igraph on ${label}: ${(e as Error).message}`);
        }
      }
      if (!big && !has('--no-igraph')) {
        process.stderr.write(`[${input}] igraph, C library…\n`);
        const c = compileIgraphC(dir);
        if ('skipped' in c) notes.push(`igraph's C library on ${label}: skipped, ${c.skipped}`);
        else {
          try {
            const ic = runIgraphC(c.exe, dir, o.nodes);
            // One thread against one thread: igraph's loops are sequential.
            const oursIt = Math.min(r0.perIterationMs, r1.perIterationMs);
            const perOp = (ic.arpackS * 1000) / ic.arpackNumop;
            rows.push(`| ${label} | igraph ${ic.version} C library (bench/igraph-pagerank.c), PRPACK | ${f(ic.prpackS, 3)} s | ours ×${f((ic.prpackS * 1000) / best, 2)} faster to convergence |`);
            rows.push(`| ${label} | igraph C library, ARPACK (tolerance: machine precision): ${ic.arpackNumop} matrix–vector products | ${f(ic.arpackS, 3)} s = **${f(perOp)} ms per product** (ARPACK's own work per product included) | ours, 1 thread, ×${f(perOp / oursIt)} faster per iteration (${f(oursIt)} ms) |`);
          } catch (e) {
            notes.push(`igraph's C library on ${label}: ${(e as Error).message}`);
          }
        }
      }
      if (input === 'ego' && !has('--no-communities')) {
        process.stderr.write('[ego] communities…\n');
        rows.push(...(await communityRows(dir, python, !has('--no-graphology'))));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const c = cpus();
  console.log(`Machine: ${c.length} × ${c[0]?.model ?? '?'}, ${f(totalmem() / 2 ** 30, 1)} GiB, Linux ${release()}, Node ${process.version}; load average ${f(la0)} at the start, ${f(loadavg()[0])} at the end.\n`);
  console.log('| input | measure | figure | comparison |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(r);
  if (!python && !has('--no-igraph')) notes.push('igraph: no python3 with python-igraph and numpy found (apt-get install python3-igraph)');
  for (const n of notes) console.log(`\nNote: ${n}`);
}

// ---------------------------------------------------------------------------------------------

const argOf = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const role = argOf('child');
if (role === 'ours') {
  const r = await oursChild(argOf('input')!, argOf('dir')!, !process.argv.includes('--no-baseline-inputs'));
  process.send!(r, () => process.exit(0));
} else if (role === 'louvain-ours') {
  const r = louvainOursChild(argOf('dir')!);
  process.send!(r, () => process.exit(0));
} else if (role === 'louvain-graphology') {
  const r = await louvainGraphologyChild(argOf('dir')!);
  process.send!(r, () => process.exit(0));
} else if (role === 'graphology') {
  const r = await graphologyChild(argOf('dir')!, Number(argOf('n')));
  process.send!(r, () => process.exit(0));
} else {
  await mainBench();
}
