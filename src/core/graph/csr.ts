/**
 * The field's graph as compressed sparse rows (CSR), for out- and in-edges, on typed arrays:
 * 32-bit node ids 0..n−1, 32-bit edge offsets (up to 4,294,967,295 edges), optional weights
 * (Float64 by default, Float32 on request to halve their memory).
 *
 * Representation (the usual CSR of sparse-matrix codes, e.g. Saad, *Iterative Methods for
 * Sparse Linear Systems*, 2nd ed., §3.4): the out-neighbours of u are
 * `outTargets[outOffsets[u] .. outOffsets[u+1])`, sorted by id ascending; the in-neighbours of v
 * are `inSources[inOffsets[v] .. inOffsets[v+1])`, sorted ascending; weights, when present, sit
 * at the same positions in `outWeights` / `inWeights`.
 *
 * Built from edge arrays by two stable counting sorts (by target, then by source: rows come out
 * sorted without a comparison sort), then duplicates are merged and the in-rows derived from the
 * out-rows. O(n + m) time; peak memory beyond the input arrays: 2 × 4m bytes of ids (+ weights).
 *
 * Rules for the edges the input may repeat (documented in docs/methodology.md, "Field graph"):
 * - **Duplicate edges** (same source and target) become one edge. Unweighted graph: the edge is
 *   simply kept once — a follow or a mention stated twice is the same fact, as networkx's
 *   `DiGraph` and igraph's `simplify()` read it. Weighted graph: the weights are **summed** by
 *   default (`duplicates: 'sum'`: two mentions of weight 1 weigh 2), which is what networkx's
 *   PageRank does on a `MultiDiGraph` (its sparse adjacency sums parallel edges) and igraph's
 *   PageRank on a multigraph; `'max'` and `'last'` (networkx's `DiGraph` reading a weighted edge
 *   list keeps the last weight) are available.
 * - **Self-loops** are kept by default (`selfLoops: 'keep'`), as networkx and igraph keep them:
 *   a self-loop is an ordinary out-edge in PageRank (the node keeps part of its own score).
 *   `'drop'` removes them (someone mentioning themselves is no recognition by a peer).
 * - Weights must be finite and ≥ 0; a node whose out-weights sum to 0 is dangling.
 */

import { type PullKernelChoice, type PullRows, pullRows, pullRowsMemory } from './pull-rows.js';

export type WeightArray = Float64Array | Float32Array;

export interface Graph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Whether edges carry weights; when false every edge weighs 1 and the weight arrays are null. */
  readonly weighted: boolean;
  readonly outOffsets: Uint32Array;
  readonly outTargets: Uint32Array;
  readonly outWeights: WeightArray | null;
  readonly inOffsets: Uint32Array;
  readonly inSources: Uint32Array;
  readonly inWeights: WeightArray | null;
  /** Sum of each node's out-weights (its out-degree when unweighted); 0 for a dangling node. */
  readonly outStrength: Float64Array;
  /** Self-loops in the graph (after the rules above). */
  readonly selfLoops: number;
  /** Input edges merged into another one (duplicates) and self-loops dropped while building. */
  readonly mergedDuplicates: number;
  readonly droppedSelfLoops: number;
  /**
   * The in-rows relabelled by in-degree for PageRank's pull iteration (./pull-rows.ts), when
   * built with `pullRows: true`; PageRank uses them and maps its results back to ids.
   */
  readonly pullRows?: PullRows | null;
}

export type DuplicateRule = 'sum' | 'max' | 'last';

export interface GraphBuildOptions {
  /** How the weights of duplicate edges combine (weighted graphs; unweighted ones keep one edge). */
  duplicates: DuplicateRule;
  selfLoops: 'keep' | 'drop';
  /** Storage of the weights. */
  weightType: 'float64' | 'float32';
  /**
   * Allocate the arrays on SharedArrayBuffer, so that worker threads (adapters) can read the
   * graph without a copy. Needs a runtime that has SharedArrayBuffer.
   */
  shared: boolean;
  /**
   * Also build the in-rows relabelled by in-degree (./pull-rows.ts: 4m + 16n bytes more, one
   * pass), which PageRank iterates on faster. Off by default; the edge-list loader
   * (adapters/graph/edge-list.ts) turns it on.
   */
  pullRows: boolean;
  /** Where those rows go: a kernel memory for the WebAssembly loop, or plain arrays (./pull-rows.ts, PullKernelChoice). */
  pullKernel: PullKernelChoice;
}

export const GRAPH_BUILD_DEFAULTS: Readonly<GraphBuildOptions> = Object.freeze({
  duplicates: 'sum',
  selfLoops: 'keep',
  weightType: 'float64',
  shared: false,
  pullRows: false,
  pullKernel: 'auto',
});

/** Edges as parallel arrays: edge i goes from `source[i]` to `target[i]` (dense ids < nodeCount). */
export interface EdgeArrays {
  nodeCount: number;
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  /** Weights; absent or null for an unweighted graph. */
  weight?: ArrayLike<number> | null;
  /** Number of edges to read (default: source.length), for growable buffers larger than their content. */
  count?: number;
}

export class GraphBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphBuildError';
  }
}

/** Allocates a typed array, on a SharedArrayBuffer when asked. */
export function allocate<T extends Uint32Array | Float64Array | Float32Array>(
  ctor: { new (buffer: ArrayBufferLike): T; new (length: number): T; readonly BYTES_PER_ELEMENT: number },
  length: number,
  shared: boolean,
): T {
  if (!shared) return new ctor(length);
  return new ctor(new SharedArrayBuffer(Math.max(1, length) * ctor.BYTES_PER_ELEMENT)).subarray(0, length) as T;
}

function weightArray(length: number, o: GraphBuildOptions): WeightArray {
  return o.weightType === 'float32' ? allocate(Float32Array, length, o.shared) : allocate(Float64Array, length, o.shared);
}

const MAX_EDGES = 0xffffffff;

/** Builds the out- and in-CSR of a directed graph from edge arrays, with the rules above. */
export function buildGraph(edges: EdgeArrays, options: Partial<GraphBuildOptions> = {}): Graph {
  const o: GraphBuildOptions = { ...GRAPH_BUILD_DEFAULTS, ...options };
  const n = edges.nodeCount;
  const m0 = edges.count ?? edges.source.length;
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new GraphBuildError(`nodeCount must be a whole number in [0, 2^32−1], got ${n}`);
  if (!Number.isInteger(m0) || m0 < 0 || m0 > MAX_EDGES) throw new GraphBuildError(`edge count must be a whole number in [0, 2^32−1], got ${m0}`);
  if (edges.source.length < m0 || edges.target.length < m0) throw new GraphBuildError(`source and target must hold at least ${m0} edges (have ${edges.source.length} and ${edges.target.length})`);
  const w = edges.weight ?? null;
  if (w && w.length < m0) throw new GraphBuildError(`weight must hold at least ${m0} values (has ${w.length})`);
  const src = edges.source;
  const dst = edges.target;
  const dropLoops = o.selfLoops === 'drop';

  // Pass 1: validate, count in-degrees (the first counting sort is by target).
  const count = new Uint32Array(n + 1);
  let kept = 0;
  for (let i = 0; i < m0; i++) {
    const u = src[i];
    const v = dst[i];
    if (!(u < n && u >= 0 && u === Math.floor(u))) throw new GraphBuildError(`edge ${i}: source ${u} is not a node id in [0, ${n})`);
    if (!(v < n && v >= 0 && v === Math.floor(v))) throw new GraphBuildError(`edge ${i}: target ${v} is not a node id in [0, ${n})`);
    if (w) {
      const x = w[i];
      if (!(x >= 0 && x < Infinity)) throw new GraphBuildError(`edge ${i} (${u} → ${v}): weight ${x} is not a finite number ≥ 0`);
    }
    if (dropLoops && u === v) continue;
    count[v + 1]++;
    kept++;
  }
  const droppedSelfLoops = m0 - kept;
  for (let v = 0; v < n; v++) count[v + 1] += count[v];

  // Pass 2: stable placement by target → (tmpSrc, tmpW) grouped by target, in input order.
  // With pull rows in a kernel memory (./pull-rows.ts), the scratch array goes first in that
  // memory: the relabelled sources can then take its place (touched pages, no second copy).
  const memory = o.pullRows ? pullRowsMemory(o.pullKernel, n, kept, w === null ? 0 : o.weightType === 'float32' ? 4 : 8, true) : null;
  const tmpSrc = memory?.array(Uint32Array, kept) ?? allocate(Uint32Array, kept, o.shared);
  const tmpW = w ? new Float64Array(kept) : null;
  {
    const pos = count.slice(0, n);
    for (let i = 0; i < m0; i++) {
      const u = src[i];
      const v = dst[i];
      if (dropLoops && u === v) continue;
      const p = pos[v]++;
      tmpSrc[p] = u;
      if (tmpW) tmpW[p] = w![i];
    }
  }

  // Pass 3: stable placement by source, walking targets in ascending order: out-rows sorted by
  // target, duplicates adjacent and still in input order.
  const outOffsets = allocate(Uint32Array, n + 1, o.shared);
  for (let v = 0; v < n; v++) {
    for (let p = count[v]; p < count[v + 1]; p++) outOffsets[tmpSrc[p] + 1]++;
  }
  for (let u = 0; u < n; u++) outOffsets[u + 1] += outOffsets[u];
  let outTargets = allocate(Uint32Array, kept, o.shared);
  let outW: Float64Array | null = tmpW ? new Float64Array(kept) : null;
  {
    const pos = outOffsets.slice(0, n);
    for (let v = 0; v < n; v++) {
      for (let p = count[v]; p < count[v + 1]; p++) {
        const q = pos[tmpSrc[p]]++;
        outTargets[q] = v;
        if (outW) outW[q] = tmpW![p];
      }
    }
  }

  // Pass 4: merge adjacent duplicates in each out-row, compacting in place.
  let m = 0;
  {
    let start = 0;
    for (let u = 0; u < n; u++) {
      const end = outOffsets[u + 1];
      outOffsets[u] = m;
      let last = -1;
      for (let p = start; p < end; p++) {
        const v = outTargets[p];
        if (v === last) {
          if (outW) {
            const x = outW[p];
            if (o.duplicates === 'sum') outW[m - 1] += x;
            else if (o.duplicates === 'max') outW[m - 1] = Math.max(outW[m - 1], x);
            else outW[m - 1] = x;
          }
          continue;
        }
        outTargets[m] = v;
        if (outW) outW[m] = outW[p];
        m++;
        last = v;
      }
      start = end;
    }
    outOffsets[n] = m;
  }
  const mergedDuplicates = kept - m;
  if (m < kept) {
    const t = allocate(Uint32Array, m, o.shared);
    t.set(outTargets.subarray(0, m));
    outTargets = t;
    if (outW) outW = outW.slice(0, m);
  }
  const outWeights = outW ? weightArray(m, o) : null;
  if (outWeights) outWeights.set(outW!);

  // Pass 5: in-CSR from the out-CSR (walking sources in ascending order: in-rows sorted).
  const inOffsets = allocate(Uint32Array, n + 1, o.shared);
  for (let p = 0; p < m; p++) inOffsets[outTargets[p] + 1]++;
  for (let v = 0; v < n; v++) inOffsets[v + 1] += inOffsets[v];
  const inSources = m === kept ? tmpSrc : allocate(Uint32Array, m, o.shared);
  const inWeights = outWeights ? weightArray(m, o) : null;
  const outStrength = allocate(Float64Array, n, o.shared);
  let selfLoops = 0;
  {
    const pos = inOffsets.slice(0, n);
    for (let u = 0; u < n; u++) {
      let s = 0;
      for (let p = outOffsets[u]; p < outOffsets[u + 1]; p++) {
        const v = outTargets[p];
        if (v === u) selfLoops++;
        const q = pos[v]++;
        inSources[q] = u;
        if (inWeights) {
          const x = outWeights![p];
          inWeights[q] = x;
          s += x;
        } else s += 1;
      }
      outStrength[u] = s;
    }
  }
  const g: Graph = {
    nodeCount: n,
    edgeCount: m,
    weighted: outWeights !== null,
    outOffsets,
    outTargets,
    outWeights,
    inOffsets,
    inSources,
    inWeights,
    outStrength,
    selfLoops,
    mergedDuplicates,
    droppedSelfLoops,
  };
  // The relabelled sources go into the scratch array of pass 2 when merging duplicates left it
  // free (its pages are already touched: ~30 µs per fresh 4 KiB page on the project's machine).
  return o.pullRows ? { ...g, pullRows: pullRows(g, { shared: o.shared, reuse: inSources === tmpSrc ? null : tmpSrc, kernel: o.pullKernel, memory }) } : g;
}

/** The edges of a graph back as arrays, in out-CSR order (source ascending, then target). */
export function graphEdges(g: Graph): { source: Uint32Array; target: Uint32Array; weight: Float64Array | null } {
  const source = new Uint32Array(g.edgeCount);
  for (let u = 0; u < g.nodeCount; u++) source.fill(u, g.outOffsets[u], g.outOffsets[u + 1]);
  return { source, target: g.outTargets.slice(), weight: g.outWeights ? Float64Array.from(g.outWeights) : null };
}
