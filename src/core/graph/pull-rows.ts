/**
 * Degree-sorted relabelling of the in-rows, for PageRank's pull iteration (./pagerank.ts): the
 * nodes get positions by in-degree descending (ties: dangling nodes last, then by id), and the in-CSR, the
 * out-strengths and the sources inside the rows are rewritten in positions. The graph itself
 * (ids, out- and in-CSR) is unchanged: these rows are an extra index built with it
 * (`GraphBuildOptions.pullRows`, ./csr.ts), and PageRank maps its results back to ids.
 *
 * Why: the pull loop sums each node's in-row; the row's length decides when its inner loop ends,
 * and on a follower graph consecutive ids have unrelated in-degrees, so the processor mispredicts
 * that exit once or twice per node. With the rows in in-degree order, rows of equal length
 * follow each other and the exits are predicted: on ego-Twitter (81,306 nodes, 1.77 M edges) an
 * iteration takes about 25 % less time (docs/benchmarks.md, "Field graph"). Measured too: the
 * same visiting order without relabelling (scattered reads and writes of the node vectors) was
 * slower than id order; ordering by out-degree or by BFS / reverse Cuthill–McKee gave 0–10 %.
 *
 * Inside a row the sources keep their order (ascending old id), so each node's sum in PageRank
 * adds the same numbers in the same order as on the graph's own in-CSR: only the sums over all
 * nodes (dangling mass, total, L1 change) are added in another order.
 *
 * "Degree sorting" of the graph-reordering literature (V. Balaji, B. Lucia, *When is Graph
 * Reordering an Optimization? Studying the Effect of Lightweight Graph Reordering Across
 * Applications and Input Graphs*, IISWC 2018), by in-degree for a pull traversal. Built by a
 * stable counting sort on the in-degree and one pass over the in-rows: O(n + m + max in-degree)
 * time; 4m + 16n bytes (4m + 24n with Float64 weights: + 8m).
 *
 * Where the WebAssembly pull kernel can run (./pull-kernel.ts), the rows are laid out in a
 * kernel memory, with room for one iteration's vectors, and PageRank runs the kernel on them.
 */
import { allocate, type Graph, type WeightArray } from './csr.js';
import { KernelMemory, PULL_KERNEL_DEFAULTS, pageRankStateBytes } from './pull-kernel.js';

/** The in-rows of a graph in positions (see above); `order[i]` is the node at position i. */
export interface PullRows {
  readonly order: Uint32Array;
  readonly inOffsets: Uint32Array;
  /** Positions of the sources. */
  readonly inSources: Uint32Array;
  readonly inWeights: WeightArray | null;
  /** outStrength of the node at each position. */
  readonly outStrength: Float64Array;
  /** The kernel memory holding inOffsets, inSources, inWeights and outStrength (./pull-kernel.ts), or null: plain arrays, the JavaScript loop. */
  readonly memory: KernelMemory | null;
}

/**
 * Where the rows go: `'auto'` a kernel memory from PULL_KERNEL_DEFAULTS.minEdges edges when the
 * runtime can run the kernel (buildGraph counts the input's edges, before merging duplicates:
 * it lays its scratch array in the memory before it knows how many remain), `'wasm'` a kernel
 * memory whatever the size (when it can), `'js'` plain arrays.
 */
export type PullKernelChoice = 'auto' | 'wasm' | 'js';

export interface PullRowsOptions {
  /** Plain arrays on SharedArrayBuffer (a kernel memory is shared anyway). */
  shared: boolean;
  /** Positions of the nodes (default: inDegreeOrder). */
  order: Uint32Array | null;
  /**
   * A buffer of at least m entries, no longer needed by anyone, to hold the relabelled sources
   * in plain arrays (buildGraph passes its scratch array when duplicates made it longer than the
   * graph's edges: memory already touched, whose first touch is not paid twice).
   */
  reuse: Uint32Array | null;
  kernel: PullKernelChoice;
  /**
   * A kernel memory made for these rows by `pullRowsMemory` (buildGraph makes it first, to lay
   * its scratch array in it and pass that as `reuse`); null: made here if `kernel` says so.
   */
  memory: KernelMemory | null;
}

export const PULL_ROWS_DEFAULTS: Readonly<PullRowsOptions> = Object.freeze({ shared: false, order: null, reuse: null, kernel: 'auto', memory: null });

/**
 * A kernel memory for the pull rows of n nodes and up to m edges (weights of `weightBytes` each,
 * 0 for none), with room for one PageRank state and, with `scratch`, for an array of m sources
 * laid out first; null when `choice` says plain arrays or the kernel cannot run. Memory past
 * what is written is only reserved (pages are committed when first touched).
 */
export function pullRowsMemory(choice: PullKernelChoice, n: number, m: number, weightBytes: number, scratch = false): KernelMemory | null {
  if (choice !== 'auto' && choice !== 'wasm' && choice !== 'js') throw new RangeError(`pullKernel must be 'auto', 'wasm' or 'js', got ${String(choice)}`);
  if (choice === 'js' || (choice === 'auto' && m < PULL_KERNEL_DEFAULTS.minEdges)) return null;
  return KernelMemory.create((scratch ? 4 * m + 16 : 0) + 4 * (n + 1) + 4 * m + weightBytes * m + 8 * n + 64 + pageRankStateBytes(n, pageRankBlocksBound(n, m)));
}

/**
 * Upper bound of the blocks of a PageRank run on these rows (./pagerank.ts, blockStartsOf): a
 * block ends at 4,096 positions (PAGERANK_BLOCK_SIZE) or once the next row would take it past
 * 65,536 in-edges (PAGERANK_BLOCK_EDGES), so any two consecutive blocks of the second kind hold
 * more than 65,536 edges between them.
 */
export function pageRankBlocksBound(n: number, m: number): number {
  return Math.ceil(n / 4096) + 2 * Math.ceil(m / 65536) + 2;
}

/**
 * The nodes of g by in-degree descending; among equal in-degrees the nodes with out-edges first,
 * then the dangling ones (out-strength 0: PageRank's other branch per node, predicted better so,
 * ~5 % on ego-Twitter); then by id ascending. `order[i]` is the node at position i.
 */
export function inDegreeOrder(g: Pick<Graph, 'nodeCount' | 'inOffsets' | 'outStrength'>, shared = false): Uint32Array {
  const n = g.nodeCount;
  const off = g.inOffsets;
  const s = g.outStrength;
  let max = 0;
  for (let v = 0; v < n; v++) {
    const d = off[v + 1] - off[v];
    if (d > max) max = d;
  }
  // Key 2·(max − d) + (dangling ? 1 : 0); start[key]: the first position of the nodes with that key.
  const start = new Uint32Array(2 * max + 3);
  for (let v = 0; v < n; v++) start[2 * (max - (off[v + 1] - off[v])) + (s[v] > 0 ? 0 : 1) + 1]++;
  for (let i = 1; i < start.length; i++) start[i] += start[i - 1];
  const order = allocate(Uint32Array, n, shared);
  for (let v = 0; v < n; v++) order[start[2 * (max - (off[v + 1] - off[v])) + (s[v] > 0 ? 0 : 1)]++] = v;
  return order;
}

/** g's in-rows relabelled by `order` (default: inDegreeOrder); see PullRowsOptions. */
export function pullRows(
  g: Pick<Graph, 'nodeCount' | 'edgeCount' | 'inOffsets' | 'inSources' | 'inWeights' | 'outStrength'>,
  options: Partial<PullRowsOptions> = {},
): PullRows {
  const o = { ...PULL_ROWS_DEFAULTS, ...options };
  const n = g.nodeCount;
  const m = g.edgeCount;
  const order = o.order ?? inDegreeOrder(g, o.shared);
  if (order.length !== n) throw new RangeError(`order has ${order.length} entries for ${n} nodes`);
  if (o.reuse !== null && (o.reuse.length < m || o.reuse.buffer === g.inSources.buffer)) throw new RangeError('reuse must be a free buffer of at least edgeCount entries');
  const position = new Uint32Array(n);
  for (let i = 0; i < n; i++) position[order[i]] = i;
  const off = g.inOffsets;
  const src = g.inSources;
  const w = g.inWeights;
  let memory = o.memory ?? pullRowsMemory(o.kernel, n, m, w === null ? 0 : w.BYTES_PER_ELEMENT);
  // `reuse` serves only where the other arrays go: in the kernel memory if there is one.
  const inKernel = (a: Uint32Array): boolean => memory !== null && a.buffer === memory.memory.buffer;
  const plainReuse = (a: Uint32Array): boolean => !(a.buffer instanceof SharedArrayBuffer) || o.shared;
  // In the kernel memory (sized for them: no growing), else plain arrays; all or none.
  let rows: Pick<PullRows, 'inOffsets' | 'inSources' | 'inWeights' | 'outStrength'> | null = null;
  if (memory !== null) {
    const inOffsets = memory.array(Uint32Array, n + 1);
    const inSources = o.reuse !== null && inKernel(o.reuse) ? o.reuse.subarray(0, m) : memory.array(Uint32Array, m);
    const inWeights = w === null ? null : w instanceof Float32Array ? memory.array(Float32Array, m) : memory.array(Float64Array, m);
    const outStrength = memory.array(Float64Array, n);
    if (inOffsets !== null && inSources !== null && (w === null || inWeights !== null) && outStrength !== null) rows = { inOffsets, inSources, inWeights, outStrength };
    else memory = null; // it could not hold them (past 4 GiB): plain arrays
  }
  const { inOffsets, inSources, inWeights, outStrength } = rows ?? {
    inOffsets: allocate(Uint32Array, n + 1, o.shared),
    inSources: o.reuse !== null && plainReuse(o.reuse) ? o.reuse.subarray(0, m) : allocate(Uint32Array, m, o.shared),
    inWeights: w === null ? null : w instanceof Float32Array ? allocate(Float32Array, m, o.shared) : allocate(Float64Array, m, o.shared),
    outStrength: allocate(Float64Array, n, o.shared),
  };
  let e = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i];
    outStrength[i] = g.outStrength[v];
    const lo = off[v];
    const hi = off[v + 1];
    if (inWeights !== null) inWeights.set(w!.subarray(lo, hi), e);
    for (let f = lo; f < hi; f++) inSources[e++] = position[src[f]];
    inOffsets[i + 1] = e;
  }
  return { order, inOffsets, inSources, inWeights, outStrength, memory };
}
