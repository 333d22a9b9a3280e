/**
 * PageRank on several threads: worker_threads over SharedArrayBuffer, running the core's own
 * `pagerankBlock` (src/core/graph/pagerank.ts) on blocks of nodes handed out by an atomic
 * counter (dynamic scheduling: R-MAT and follower graphs have hubs, so equal node ranges are not
 * equal work). The calling thread works too, then waits for the others on a futex
 * (Atomics.wait), once per iteration. Partial sums are kept per block and added in block order,
 * so the scores are bit-identical to the one-thread run, whatever the thread count.
 *
 * The graph should be built with `shared: true` (core/graph/csr.ts); otherwise it is copied once
 * into shared memory here. Workers are started per call and ended after it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { allocate, type Graph } from '../../core/graph/csr.js';
import {
  createPageRankState,
  iterationGraph,
  type PageRankExecutor,
  type PageRankOptions,
  type PageRankResult,
  type PageRankState,
  pagerank,
  pagerankBlock,
  type PullGraph,
  releasePageRankState,
  runPageRank,
} from '../../core/graph/pagerank.js';

/** Slots of the control array shared with the workers. */
export const CONTROL = { generation: 0, next: 1, done: 2, parity: 3, stop: 4, length: 8 } as const;

const isShared = (a: ArrayBufferView): boolean => typeof SharedArrayBuffer !== 'undefined' && a.buffer instanceof SharedArrayBuffer;

function toShared<T extends Uint32Array | Float64Array | Float32Array>(a: T): T {
  if (isShared(a)) return a;
  const ctor = a.constructor as unknown as { new (b: ArrayBufferLike): T; new (n: number): T; readonly BYTES_PER_ELEMENT: number };
  const s = allocate(ctor, a.length, true);
  s.set(a as never);
  return s;
}

/** The same graph with every array on shared memory (no copy for arrays that already are). */
export function sharedGraph(g: Graph): Graph {
  return {
    ...g,
    outOffsets: toShared(g.outOffsets),
    outTargets: toShared(g.outTargets),
    outWeights: g.outWeights ? toShared(g.outWeights) : null,
    inOffsets: toShared(g.inOffsets),
    inSources: toShared(g.inSources),
    inWeights: g.inWeights ? toShared(g.inWeights) : null,
    outStrength: toShared(g.outStrength),
    // Rows in a kernel memory are shared already (a shared WebAssembly memory).
    pullRows:
      g.pullRows && g.pullRows.memory === null
        ? {
            order: toShared(g.pullRows.order),
            inOffsets: toShared(g.pullRows.inOffsets),
            inSources: toShared(g.pullRows.inSources),
            inWeights: g.pullRows.inWeights ? toShared(g.pullRows.inWeights) : null,
            outStrength: toShared(g.pullRows.outStrength),
            memory: null,
          }
        : g.pullRows && { ...g.pullRows, order: toShared(g.pullRows.order) },
  };
}

function startWorker(workerData: unknown): Worker {
  if (import.meta.url.endsWith('.ts')) {
    // Under tsx (tests, benchmarks) this module is TypeScript source, and tsx's loader is not
    // inherited by worker threads: the worker registers it before importing its entry.
    const url = new URL('./pagerank-worker.ts', import.meta.url).href;
    return new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url)}); });`, { eval: true, workerData });
  }
  return new Worker(new URL('./pagerank-worker.js', import.meta.url), { workerData });
}

/** A pool of threads − 1 workers bound to one graph (its iterationGraph: relabelled rows if it has them) and one iteration state. */
export class PageRankPool {
  private readonly control = new Int32Array(new SharedArrayBuffer(CONTROL.length * 4));
  private readonly params = new Float64Array(new SharedArrayBuffer(8));
  private readonly workers: Worker[] = [];

  private constructor(
    private readonly g: PullGraph,
    private readonly st: PageRankState,
  ) {}

  static async start(graph: Graph, st: PageRankState, threads: number): Promise<PageRankPool> {
    const g = iterationGraph(graph);
    const pool = new PageRankPool(g, st);
    const ready: Promise<void>[] = [];
    for (let i = 1; i < threads; i++) {
      // Only what the loop reads (not the rows' kernel memory object: the state carries the memory).
      const graph: PullGraph = { inOffsets: g.inOffsets, inSources: g.inSources, inWeights: g.inWeights, outStrength: g.outStrength };
      const w = startWorker({ graph, state: st, control: pool.control, params: pool.params });
      pool.workers.push(w);
      ready.push(
        new Promise((ok, fail) => {
          w.once('message', () => ok());
          w.once('error', fail);
        }),
      );
    }
    try {
      await Promise.all(ready);
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  executor(): PageRankExecutor {
    const { control, params, g, st } = this;
    const helpers = this.workers.length;
    return {
      step(k, dangling) {
        params[0] = dangling;
        control[CONTROL.parity] = k;
        Atomics.store(control, CONTROL.next, 0);
        Atomics.store(control, CONTROL.done, 0);
        Atomics.add(control, CONTROL.generation, 1);
        Atomics.notify(control, CONTROL.generation);
        for (;;) {
          const b = Atomics.add(control, CONTROL.next, 1);
          if (b >= st.blocks) break;
          pagerankBlock(g, st, b, k, dangling);
        }
        for (;;) {
          const done = Atomics.load(control, CONTROL.done);
          if (done >= helpers) break;
          Atomics.wait(control, CONTROL.done, done);
        }
      },
    };
  }

  async close(): Promise<void> {
    Atomics.store(this.control, CONTROL.stop, 1);
    Atomics.add(this.control, CONTROL.generation, 1);
    Atomics.notify(this.control, CONTROL.generation);
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}

/** Graphs smaller than this many edges run on one thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_EDGES = 2_000_000;

/**
 * From this many edges, `autoThreads` uses two threads. Measured on the project's machine
 * (2 vCPU, 2026-11-27, docs/benchmarks.md): per iteration, two threads ran ego-Twitter (1.8 M
 * edges) ×1.04, R-MAT 10 M ×1.58, 20 M ×1.53, 40 M ×1.92 (×0.66–0.76 when other processes kept
 * the second core busy); starting the pool costs 0.4–0.5 s, and PageRank converges on such graphs
 * in about 13 iterations, so the saving pays for the start from about 30 M edges. With the
 * WebAssembly loop (core/graph/pull-kernel.ts) both sides got faster and the crossover stayed:
 * R-MAT 10 M 9.4 → 4.9 ms per iteration (0.06 s saved in 13 iterations, less than a 0.3 s start),
 * 100 M 324 → 166 ms (2.2 s saved in 14).
 */
export const AUTO_THREADS_MIN_EDGES = 30_000_000;

/** Threads worth using for PageRank on g: 2 (if the machine has them) from AUTO_THREADS_MIN_EDGES, else 1. */
export function autoThreads(g: Graph): number {
  return g.edgeCount >= AUTO_THREADS_MIN_EDGES ? Math.min(2, Math.max(1, availableParallelism())) : 1;
}

/**
 * PageRank with `threads` threads (1: the core's `pagerank` on this thread). Same options and
 * same result, bit for bit, as `pagerank` (core/graph/pagerank.ts).
 */
export async function pagerankThreads(g: Graph, options: Partial<PageRankOptions> = {}, threads = 1, minEdges = PARALLEL_MIN_EDGES): Promise<PageRankResult> {
  if (!(Number.isInteger(threads) && threads >= 1)) throw new RangeError(`threads must be a whole number ≥ 1, got ${threads}`);
  if (threads === 1 || g.edgeCount < minEdges || g.nodeCount === 0) return pagerank(g, options);
  const sg = sharedGraph(g);
  const st = createPageRankState(sg, options, true);
  let pool: PageRankPool;
  try {
    pool = await PageRankPool.start(sg, st, Math.min(threads, st.blocks));
  } catch (e) {
    releasePageRankState(sg, st);
    throw e;
  }
  try {
    return runPageRank(sg, st, options, pool.executor());
  } finally {
    await pool.close();
  }
}
