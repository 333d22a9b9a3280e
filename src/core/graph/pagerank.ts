/**
 * Weighted PageRank by power iteration, with dangling nodes and an optional personalisation
 * (teleport) vector.
 *
 * Reference: L. Page, S. Brin, R. Motwani, T. Winograd, *The PageRank Citation Ranking: Bringing
 * Order to the Web*, Stanford InfoLab 1999-66; the iteration is the one of networkx's
 * `pagerank` (scipy version, networkx ≥ 3), so that the two agree to rounding at the same
 * settings (tested against networkx on ego-Twitter and congress-twitter):
 *
 *   x⁰ = start (default uniform 1/n),  p = personalisation (default uniform), both normalised;
 *   xᵗ⁺¹(v) = α · ( Σ_{u→v} xᵗ(u) · w(u,v) / s(u)  +  D(xᵗ) · p(v) )  +  (1 − α) · p(v)
 *
 * where s(u) = Σ_v w(u,v) is u's out-strength, a node with s(u) = 0 is dangling and
 * D(xᵗ) = Σ_{dangling u} xᵗ(u) is the mass it would lose: it is spread like the teleport, by p
 * (networkx's default when `dangling` is not given). Iteration stops when the L1 change
 * ‖xᵗ⁺¹ − xᵗ‖₁ < tolerance (networkx stops at < n·tol: pass tol = tolerance / n to it for the
 * same stopping rule), or after maxIterations; the result is normalised to sum 1 as networkx does.
 *
 * Layout: a pull iteration over the in-CSR, by blocks of PAGERANK_BLOCK_SIZE nodes. Each block
 * writes its own partial sums (L1 change, dangling mass, total), which are added in block order:
 * the result is bit-identical whether the blocks run on one thread or several (see the worker
 * pool in src/adapters/graph/parallel-pagerank.ts, which runs `pagerankBlock` over shared memory).
 * The state holds the scores in contribution form only: x(u)/s(u) for a node with out-edges
 * (what each of them carries), x(u) itself for a dangling node (never read through an edge of
 * positive weight); the score of a node with out-edges is taken back as c(u)·s(u) where needed
 * (the L1 change, the extrapolation, the result: within an ulp of x(u)). No separate score
 * vectors: 16n bytes less to stream per iteration and two fewer fresh vectors (whose first
 * touch costs ~30 µs per 4 KiB page here), ~8 % less time on ego-Twitter. Each edge costs one
 * index read and one contribution read (and no multiply); a
 * node's in-edges are summed in four interleaved partial sums (edges e ≡ 0, 1, 2, 3 mod 4 from
 * the row's start, added as (s₀ + s₁) + (s₂ + s₃)), which breaks the chain of dependent
 * additions that bounded the loop: the order is fixed per node, so the result does not depend
 * on the threads either.
 *
 * Acceleration (option `extrapolate`, on by default): power extrapolation, d = 2, considered
 * every 6 iterations, with the slow mode's rate estimated from the L1 changes (T. H. Haveliwala,
 * S. D. Kamvar, D. Klein, C. D. Manning, G. H. Golub, *Computing PageRank using Power
 * Extrapolation*, Stanford 2003; Kamvar et al., *Extrapolation methods for accelerating PageRank
 * computations*, WWW 2003; see ./power-extrapolation.ts). Between extrapolations the iteration is
 * the power iteration above, it stops by the same L1 rule, and its fixed point is the same
 * (ego-Twitter: 56 iterations to 1e-10 instead of 114, and closer to the fixed point: L1 1.5e-10
 * against 2.6e-10). `extrapolate: false` gives networkx's iteration step for step (to an ulp
 * per node in the L1 change, from the contribution form).
 *
 * Relabelled rows: when the graph was built with its in-rows relabelled by in-degree
 * (`pullRows`, ./pull-rows.ts), the iteration runs on those (positions instead of ids: rows of
 * equal length follow each other, ~25 % less time per iteration on ego-Twitter) and the scores
 * are mapped back to ids at the end. Each node's sum is the same, addition for addition; only
 * the sums over all nodes (dangling mass, total, L1 change) are added in another order.
 *
 * WebAssembly: when those rows were laid out in a kernel memory (./pull-kernel.ts, from 16,384
 * edges by default), the state's vectors go into the same memory and each block runs the same
 * loop compiled from ./pull-kernel.wat: the same operations in the same order, so the same
 * scores bit for bit (tested), in about half the time on ego-Twitter (no bounds check per load).
 */
import { allocate, type Graph } from './csr.js';
import { extrapolationRho, POWER_EXTRAPOLATION, powerExtrapolateContributions } from './power-extrapolation.js';
import { aligned, blockKernel, type KernelRegion, pageRankStateBytes, pointer, type WasmMemory } from './pull-kernel.js';

export interface PageRankOptions {
  /** Probability α of following an edge (1 − α: teleport). */
  damping: number;
  /** Stop when the L1 change of the score vector between two iterations is below this. */
  tolerance: number;
  maxIterations: number;
  /** Teleport distribution (normalised here; ≥ 0, not all 0); null: uniform. Dangling mass follows it. */
  personalization: ArrayLike<number> | null;
  /** Starting vector (normalised here); null: uniform 1/n. */
  start: ArrayLike<number> | null;
  /**
   * Power extrapolation every few iterations when the iteration converges slowly
   * (./power-extrapolation.ts): fewer iterations, same fixed point and stopping rule. false: the
   * plain power iteration, networkx's step for step.
   */
  extrapolate: boolean;
}

export const PAGERANK_DEFAULTS: Readonly<PageRankOptions> = Object.freeze({
  damping: 0.85,
  tolerance: 1e-10,
  maxIterations: 1000,
  personalization: null,
  start: null,
  extrapolate: true,
});

export interface PageRankResult {
  /** Score of each node, summing to 1 (empty graph: empty). */
  scores: Float64Array;
  iterations: number;
  converged: boolean;
  /** L1 change of the last iteration. */
  delta: number;
}

/** What one pull iteration reads: a graph's own in-rows, or its relabelled ones (./pull-rows.ts). */
export type PullGraph = Pick<Graph, 'inOffsets' | 'inSources' | 'inWeights' | 'outStrength'>;

/** What PageRank iterates on for g: its relabelled in-rows when it has them, else g itself. */
export function iterationGraph(g: Graph): PullGraph {
  return g.pullRows ?? g;
}

/** Nodes per block: the unit of work of a thread and of the partial sums. */
export const PAGERANK_BLOCK_SIZE = 4096;

/**
 * On relabelled rows (in-degree descending), a block also ends once it holds this many in-edges:
 * the first 4,096 positions hold 41 % of ego-Twitter's edges, which would leave a second thread
 * idle for most of an iteration.
 */
export const PAGERANK_BLOCK_EDGES = 65536;

/** Block boundaries on relabelled rows: at most PAGERANK_BLOCK_SIZE positions and, past the first, PAGERANK_BLOCK_EDGES in-edges each. */
function blockStartsOf(off: Uint32Array, n: number, shared: boolean): Uint32Array {
  const starts: number[] = [0];
  let lo = 0;
  for (let i = 0; i < n; i++) {
    if (i - lo >= PAGERANK_BLOCK_SIZE || (i > lo && off[i + 1] - off[lo] > PAGERANK_BLOCK_EDGES)) {
      starts.push(i);
      lo = i;
    }
  }
  starts.push(n);
  const out = allocate(Uint32Array, starts.length, shared);
  for (let b = 0; b < starts.length; b++) out[b] = starts[b];
  return out;
}

/** Everything one iteration reads and writes; on SharedArrayBuffer when worker threads share it. */
export interface PageRankState {
  readonly n: number;
  readonly blockSize: number;
  readonly blocks: number;
  /** Block b covers positions blockStarts[b] .. blockStarts[b+1] (relabelled rows), or null: b·blockSize .. (b+1)·blockSize. */
  readonly blockStarts: Uint32Array | null;
  readonly damping: number;
  /**
   * order[i]: the node at position i when the iteration runs on relabelled rows (g.pullRows), and
   * every vector below is indexed by position; null: by node id.
   */
  readonly order: Uint32Array | null;
  /**
   * The score vector in contribution form: x(u)/s(u) for a node with out-strength s(u) > 0 (what
   * its out-edges carry), x(u) itself for a dangling node (which no edge of positive weight
   * carries). The iteration with parity k reads c[k] and writes c[1 − k]; no separate score
   * vectors (two fewer vectors of n to touch: 16n bytes less per iteration).
   */
  readonly c0: Float64Array;
  readonly c1: Float64Array;
  /** Normalised teleport vector, or null for uniform 1/n. */
  readonly teleport: Float64Array | null;
  /** Per-block partial sums of the iteration just run: L1 change, dangling mass and total of the new vector. */
  readonly errPart: Float64Array;
  readonly danglingPart: Float64Array;
  readonly sumPart: Float64Array;
  /**
   * The kernel memory when the iteration graph's rows and every vector above live in it: blocks
   * run in WebAssembly (./pull-kernel.ts), bit-identical to the JavaScript loop. null: JavaScript.
   */
  readonly kernel: WasmMemory | null;
  /** The region of the kernel memory the vectors take; given back (and set to null) when the run ends. */
  region: KernelRegion | null;
  /** Set by runPageRank: a state serves one run. */
  consumed: boolean;
}

export class PageRankError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageRankError';
  }
}

export function resolvePageRankOptions(options: Partial<PageRankOptions>): PageRankOptions {
  const o: PageRankOptions = { ...PAGERANK_DEFAULTS, ...options };
  if (!(o.damping >= 0 && o.damping < 1)) throw new PageRankError(`damping must be in [0, 1), got ${o.damping}`);
  if (!(o.tolerance > 0)) throw new PageRankError(`tolerance must be > 0, got ${o.tolerance}`);
  if (!(Number.isInteger(o.maxIterations) && o.maxIterations >= 1)) throw new PageRankError(`maxIterations must be a whole number ≥ 1, got ${o.maxIterations}`);
  return o;
}

/** A normalised copy of a non-negative vector of length n; `what` names it in errors. */
export function normalisedVector(v: ArrayLike<number>, n: number, what: string, shared = false): Float64Array {
  if (v.length !== n) throw new PageRankError(`${what} has ${v.length} values for ${n} nodes`);
  const out = allocate(Float64Array, n, shared);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!(x >= 0 && x < Infinity)) throw new PageRankError(`${what}[${i}] = ${x}: expected a finite number ≥ 0`);
    s += x;
  }
  if (!(s > 0)) throw new PageRankError(`${what} sums to 0: at least one node needs a positive value`);
  for (let i = 0; i < n; i++) out[i] = v[i] / s;
  return out;
}

/** null when every entry of p is the same (a uniform teleport: the same iteration, bit for bit, as without one). */
function nonUniform(p: Float64Array): Float64Array | null {
  for (let i = 1; i < p.length; i++) if (p[i] !== p[0]) return p;
  return null;
}

/** v (one value per node id) in positions: v[order[i]] at i; v itself when order is null. */
function inPositions(v: ArrayLike<number>, order: Uint32Array | null, what: string): ArrayLike<number> {
  if (order === null) return v;
  if (v.length !== order.length) throw new PageRankError(`${what} has ${v.length} values for ${order.length} nodes`);
  const out = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = v[order[i]];
  return out;
}

/** Allocates the iteration's state and sets c0 to the starting vector in contribution form. */
export function createPageRankState(g: Graph, options: Partial<PageRankOptions> = {}, shared = false): PageRankState {
  const o = resolvePageRankOptions(options);
  const n = g.nodeCount;
  const blockSize = PAGERANK_BLOCK_SIZE;
  const ig = iterationGraph(g);
  const order = g.pullRows?.order ?? null;
  const blockStarts = order === null ? null : blockStartsOf(ig.inOffsets, n, shared);
  const blocks = blockStarts === null ? Math.ceil(n / blockSize) : blockStarts.length - 1;
  const x0 = o.start ? normalisedVector(inPositions(o.start, order, 'start'), n, 'start', false) : null;
  const tele = o.personalization ? nonUniform(normalisedVector(inPositions(o.personalization, order, 'personalization'), n, 'personalization', false)) : null;
  // The vectors go into the rows' kernel memory when they have one (a region released by the
  // previous run on the graph if there is one: its pages are already touched), else plain arrays.
  const memory = g.pullRows?.memory ?? null;
  const region = memory?.region(pageRankStateBytes(n, blocks)) ?? null;
  let at = region?.offset ?? 0;
  const vector = (length: number): Float64Array => {
    if (region === null) return allocate(Float64Array, length, shared);
    const v = memory!.view(Float64Array, at, length);
    at += aligned(8 * length); // as pageRankStateBytes counts
    return v;
  };
  const c0 = vector(n);
  const c1 = vector(n);
  let teleport: Float64Array | null = null;
  if (tele !== null) {
    teleport = vector(n);
    teleport.set(tele);
  }
  const s = ig.outStrength;
  const uniform = n > 0 ? 1 / n : 0;
  for (let u = 0; u < n; u++) {
    const xu = x0 === null ? uniform : x0[u];
    c0[u] = s[u] > 0 ? xu / s[u] : xu;
  }
  return {
    n,
    blockSize,
    blocks,
    blockStarts,
    damping: o.damping,
    order,
    c0,
    c1,
    teleport,
    errPart: vector(blocks),
    danglingPart: vector(blocks),
    sumPart: vector(blocks),
    kernel: region === null ? null : memory!.memory,
    region,
    consumed: false,
  };
}

/**
 * One iteration on block b: reads c[k]; writes c[1−k] for the block's nodes and the block's
 * partial sums. `dangling` is D(x[k]). Pure apart from writing into `st`.
 */
export function pagerankBlock(g: PullGraph, st: PageRankState, b: number, k: number, dangling: number): void {
  const bs = st.blockStarts;
  const lo = bs === null ? b * st.blockSize : bs[b];
  const hi = bs === null ? Math.min(st.n, lo + st.blockSize) : bs[b + 1];
  const c = k === 0 ? st.c0 : st.c1;
  const cy = k === 0 ? st.c1 : st.c0;
  const alpha = st.damping;
  if (st.kernel !== null) {
    // The same loop in WebAssembly (./pull-kernel.wat), on the same memory.
    const base = 1 - alpha + alpha * dangling;
    const w = g.inWeights;
    blockKernel(st.kernel)(
      lo,
      hi,
      g.inOffsets.byteOffset,
      g.inSources.byteOffset,
      pointer(w),
      w === null ? 0 : w instanceof Float32Array ? 1 : 2,
      c.byteOffset,
      cy.byteOffset,
      g.outStrength.byteOffset,
      pointer(st.teleport),
      alpha,
      base,
      st.n > 0 ? base / st.n : 0,
      st.errPart.byteOffset + 8 * b,
      st.danglingPart.byteOffset + 8 * b,
      st.sumPart.byteOffset + 8 * b,
    );
    return;
  }
  const off = g.inOffsets;
  const srcs = g.inSources;
  const strength = g.outStrength;
  const tele = st.teleport;
  // Teleport plus redistributed dangling mass, per unit of p(v).
  const base = 1 - alpha + alpha * dangling;
  const uniformBase = st.n > 0 ? base / st.n : 0;
  let err = 0;
  let dang = 0;
  let sum = 0;
  const w = g.inWeights;
  let e = off[lo];
  for (let v = lo; v < hi; v++) {
    const end = off[v + 1];
    // Four partial sums, added pairwise: four independent chains of additions instead of one
    // (the loop was bound by the latency of a single chain), in a fixed order for each node.
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    const end4 = end - 3;
    if (w === null) {
      for (; e < end4; e += 4) {
        a0 += c[srcs[e]];
        a1 += c[srcs[e + 1]];
        a2 += c[srcs[e + 2]];
        a3 += c[srcs[e + 3]];
      }
      for (; e < end; e++) a0 += c[srcs[e]];
    } else {
      for (; e < end4; e += 4) {
        a0 += w[e] * c[srcs[e]];
        a1 += w[e + 1] * c[srcs[e + 1]];
        a2 += w[e + 2] * c[srcs[e + 2]];
        a3 += w[e + 3] * c[srcs[e + 3]];
      }
      for (; e < end; e++) a0 += w[e] * c[srcs[e]];
    }
    const acc = a0 + a1 + (a2 + a3);
    const yv = alpha * acc + (tele === null ? uniformBase : base * tele[v]);
    sum += yv;
    const s = strength[v];
    if (s > 0) {
      err += Math.abs(yv - c[v] * s);
      cy[v] = yv / s;
    } else {
      err += Math.abs(yv - c[v]);
      cy[v] = yv;
      dang += yv;
    }
  }
  st.errPart[b] = err;
  st.danglingPart[b] = dang;
  st.sumPart[b] = sum;
}

/** The scores of a vector in contribution form (see PageRankState) into `out`. */
function scoresOf(c: Float64Array, s: Float64Array, out: Float64Array, n: number): void {
  for (let v = 0; v < n; v++) out[v] = s[v] > 0 ? c[v] * s[v] : c[v];
}

/** Runs `pagerankBlock` for every block of an iteration of parity k (in order, or on threads). */
export interface PageRankExecutor {
  step(k: number, dangling: number): void;
}

/** Runs every block on the calling thread, in order. */
export function sequentialExecutor(g: PullGraph, st: PageRankState): PageRankExecutor {
  return {
    step(k, dangling) {
      for (let b = 0; b < st.blocks; b++) pagerankBlock(g, st, b, k, dangling);
    },
  };
}

function sumInOrder(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/**
 * Gives the state's region of the kernel memory back to g's rows (once; nothing for a state on
 * plain arrays). runPageRank does it when it ends, however it ends; call it for a state that
 * will not be run.
 */
export function releasePageRankState(g: Graph, st: PageRankState): void {
  if (st.region === null) return;
  g.pullRows?.memory?.release(st.region);
  st.region = null;
}

/**
 * Iterates from the state's x0 until the L1 change is below the tolerance or maxIterations is
 * reached; `executor` runs the blocks (default: this thread) on iterationGraph(g). The state
 * must have been created for g; the run consumes it (the scores may be one of its vectors, and
 * a kernel memory's region goes back to the graph), and a second run on it is refused.
 */
export function runPageRank(g: Graph, st: PageRankState, options: Partial<PageRankOptions> = {}, executor?: PageRankExecutor): PageRankResult {
  if (st.n !== g.nodeCount || st.order !== (g.pullRows?.order ?? null)) throw new PageRankError('the PageRank state was created for another graph');
  if (st.consumed) throw new PageRankError('this PageRank state has served a run already: create another');
  st.consumed = true;
  try {
    return iterate(g, st, resolvePageRankOptions(options), executor);
  } finally {
    releasePageRankState(g, st);
  }
}

function iterate(g: Graph, st: PageRankState, o: PageRankOptions, executor: PageRankExecutor | undefined): PageRankResult {
  const n = st.n;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true, delta: 0 };
  const ig = iterationGraph(g);
  const ex = executor ?? sequentialExecutor(ig, st);
  // Dangling mass of the starting vector.
  let dangling = 0;
  for (let u = 0; u < n; u++) if (!(ig.outStrength[u] > 0)) dangling += st.c0[u];
  let k = 0;
  let iterations = 0;
  let delta = Infinity;
  let total = 1;
  // Power extrapolation (./power-extrapolation.ts): `earlier` holds x⁽ʲ⁾ taken d steps before a
  // candidate iteration; `deltas` the L1 changes, to judge whether extrapolating pays.
  const px = POWER_EXTRAPOLATION;
  const deltas: number[] = [];
  let earlier: Float64Array | null = null;
  let lastExtrapolation = 0;
  let lastExtrapolated = false;
  let extrapolate = o.extrapolate;
  while (iterations < o.maxIterations) {
    ex.step(k, dangling);
    iterations++;
    k = 1 - k;
    delta = sumInOrder(st.errPart);
    dangling = sumInOrder(st.danglingPart);
    total = sumInOrder(st.sumPart);
    deltas.push(delta);
    if (delta < o.tolerance) break;
    if (!extrapolate) continue;
    const since = iterations - lastExtrapolation;
    // An extrapolation after which d iterations did not bring the change below the one it had
    // before: it does not pay on this graph, no more.
    if (since === px.distance && lastExtrapolated && delta > deltas[iterations - 1 - px.distance]) extrapolate = false;
    if (!extrapolate) continue;
    if (since === px.every - px.distance) {
      earlier ??= new Float64Array(n);
      scoresOf(k === 0 ? st.c0 : st.c1, ig.outStrength, earlier, n);
    } else if (since === px.every && earlier !== null) {
      lastExtrapolation = iterations;
      const rho = extrapolationRho(delta, deltas[iterations - 1 - px.distance], px);
      lastExtrapolated = rho !== null;
      if (rho !== null) {
        // In contribution form: the contributions and the dangling mass of the new iterate.
        dangling = powerExtrapolateContributions(k === 0 ? st.c0 : st.c1, earlier, n, rho, ig.outStrength);
      }
    }
  }
  // Normalised and mapped back to ids. Without a kernel memory, into one of the state's vectors
  // rather than a new one (the first touch of fresh memory costs ~30 µs per 4 KiB page on the
  // project's machine): the run has consumed the state.
  const c = k === 0 ? st.c0 : st.c1;
  const s = ig.outStrength;
  const order = st.order;
  // With one, into a new array: the region goes back for the next run on the graph.
  const scores = st.region !== null ? new Float64Array(n) : order === null ? c : k === 0 ? st.c1 : st.c0;
  if (order === null) for (let v = 0; v < n; v++) scores[v] = (s[v] > 0 ? c[v] * s[v] : c[v]) / total;
  else for (let i = 0; i < n; i++) scores[order[i]] = (s[i] > 0 ? c[i] * s[i] : c[i]) / total;
  return { scores, iterations, converged: delta < o.tolerance, delta };
}

/** PageRank of every node of g (one thread). */
export function pagerank(g: Graph, options: Partial<PageRankOptions> = {}): PageRankResult {
  const st = createPageRankState(g, options);
  return runPageRank(g, st, options);
}
