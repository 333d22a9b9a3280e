import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleKernel } from '../../../scripts/build-kernel.js';
import { buildGraph, type Graph } from './csr.js';
import { createPageRankState, pagerank, releasePageRankState, runPageRank } from './pagerank.js';
import { seedVector } from './ppr.js';
import { KernelMemory, PULL_KERNEL_DEFAULTS, pullKernelAvailable } from './pull-kernel.js';
import { PULL_KERNEL_WASM } from './pull-kernel-wasm.js';
import { pageRankBlocksBound, type PullKernelChoice } from './pull-rows.js';

type Edge = [number, number, number?];

function randomEdges(n: number, m: number, seed: number, weighted: boolean): Edge[] {
  const edges: Edge[] = [];
  let s = seed;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < m; i++) {
    const u = next() % n;
    if (u % 7 === 0) continue; // dangling nodes
    const v = Math.floor(n * (next() / 2 ** 32) ** 3); // hubs, and self-loops now and then
    edges.push(weighted ? [u, v, (1 + (next() % 9)) / 3] : [u, v]);
  }
  return edges;
}

const build = (n: number, edges: Edge[], pullKernel: PullKernelChoice, weightType: 'float64' | 'float32' = 'float64'): Graph =>
  buildGraph(
    { nodeCount: n, source: edges.map((e) => e[0]), target: edges.map((e) => e[1]), weight: edges[0]?.[2] === undefined ? null : edges.map((e) => e[2]!) },
    { pullRows: true, pullKernel, weightType },
  );

describe('the WebAssembly pull kernel', () => {
  it('is the assembled pull-kernel.wat, byte for byte (npm run build:kernel after editing it)', async () => {
    const bytes = await assembleKernel();
    assert.equal(Buffer.from(bytes).toString('base64'), PULL_KERNEL_WASM);
  });

  it('runs here (Node has WebAssembly with shared memory)', () => {
    assert.ok(pullKernelAvailable());
  });

  it('gives the JavaScript loop’s scores bit for bit: unweighted, float64 and float32 weights, teleport, dangling nodes, self-loops', () => {
    const cases: [string, number, Edge[], 'float64' | 'float32'][] = [
      ['unweighted', 3000, randomEdges(3000, 40_000, 1, false), 'float64'],
      ['float64 weights', 3000, randomEdges(3000, 40_000, 2, true), 'float64'],
      ['float32 weights', 3000, randomEdges(3000, 40_000, 3, true), 'float32'],
      ['star into 0, and a dangling hub', 7, [[1, 0], [2, 0], [3, 0], [4, 0], [5, 0], [0, 6]], 'float64'],
      ['cycle with a self-loop', 4, [[0, 1], [1, 2], [2, 3], [3, 0], [2, 2]], 'float64'],
      ['rows of 1 to 6 in-edges (the 4-way loop and its tail)', 8, [[1, 0], [2, 1], [3, 1], [4, 2], [5, 2], [6, 2], [0, 3], [1, 3], [2, 3], [4, 3], [0, 4], [1, 4], [2, 4], [3, 4], [5, 4], [0, 5], [1, 5], [2, 5], [3, 5], [4, 5], [6, 5], [7, 6]], 'float64'],
    ];
    for (const [name, n, edges, weightType] of cases) {
      const js = build(n, edges, 'js', weightType);
      const wasm = build(n, edges, 'wasm', weightType);
      assert.equal(js.pullRows!.memory, null, name);
      assert.ok(wasm.pullRows!.memory, name);
      assert.ok(createPageRankState(wasm).kernel, `${name}: the state is in the kernel memory`);
      const seeds = seedVector(n, [0, 1, n - 1]);
      for (const options of [{}, { extrapolate: false }, { personalization: seeds }, { damping: 0.5, tolerance: 1e-6 }]) {
        const a = pagerank(js, options);
        const b = pagerank(wasm, options);
        assert.equal(b.iterations, a.iterations, `${name} ${JSON.stringify(options)}`);
        assert.equal(b.delta, a.delta, `${name} ${JSON.stringify(options)}`);
        assert.deepEqual(b.scores, a.scores, `${name} ${JSON.stringify(options)}`);
      }
    }
  });

  it('auto: a kernel memory from PULL_KERNEL_DEFAULTS.minEdges edges, plain arrays below', () => {
    const small = randomEdges(2000, 1000, 4, false);
    assert.equal(build(2000, small, 'auto').pullRows!.memory, null);
    const big = randomEdges(20_000, PULL_KERNEL_DEFAULTS.minEdges * 2, 5, false);
    assert.ok(build(20_000, big, 'auto').pullRows!.memory);
  });

  it('reuses the region of a finished run, and two states alive at once get two regions', () => {
    const g = build(3000, randomEdges(3000, 40_000, 6, false), 'wasm');
    const memory = g.pullRows!.memory!.memory;
    const first = pagerank(g);
    const size = memory.buffer.byteLength;
    const again = pagerank(g);
    assert.deepEqual(again.scores, first.scores);
    assert.equal(memory.buffer.byteLength, size, 'no growth for a second run');
    const a = createPageRankState(g);
    const b = createPageRankState(g, { personalization: seedVector(3000, [1]) });
    assert.notEqual(a.c0.byteOffset, b.c0.byteOffset);
    const ra = runPageRank(g, a);
    const rb = runPageRank(g, b);
    assert.deepEqual(ra.scores, first.scores);
    assert.deepEqual(rb.scores, pagerank(build(3000, randomEdges(3000, 40_000, 6, false), 'js'), { personalization: seedVector(3000, [1]) }).scores);
  });

  it('lays out every vector inside its state’s region: odd sizes, a teleport, two states alive at once (reviewer’s case)', () => {
    // n odd and an odd number of blocks: each vector is 8n or 8·blocks bytes, not a multiple of 16.
    const n = 3001;
    const edges = randomEdges(n, 40_000, 11, false);
    const g = build(n, edges, 'wasm');
    const js = build(n, edges, 'js');
    const seeds = seedVector(n, [1, 5, 9]);
    const a = createPageRankState(g, { personalization: seeds });
    const b = createPageRankState(g);
    assert.ok(a.blocks % 2 === 1);
    const end = (x: Float64Array): number => x.byteOffset + x.byteLength;
    const aEnd = Math.max(end(a.c0), end(a.c1), end(a.teleport!), end(a.errPart), end(a.danglingPart), end(a.sumPart));
    assert.ok(aEnd <= a.region!.offset + a.region!.bytes, `A ends at ${aEnd}, its region at ${a.region!.offset + a.region!.bytes}`);
    assert.ok(aEnd <= b.c0.byteOffset);
    assert.deepEqual(runPageRank(g, a, { personalization: seeds }).scores, pagerank(js, { personalization: seeds }).scores);
    assert.deepEqual(runPageRank(g, b).scores, pagerank(js).scores);
  });

  it('gives the region back however the run ends, once, and refuses a second run on a state', () => {
    const g = build(3000, randomEdges(3000, 40_000, 12, false), 'wasm');
    const first = createPageRankState(g);
    const offset = first.c0.byteOffset;
    assert.throws(() => runPageRank(g, first, { damping: 2 }), /damping/);
    assert.equal(first.region, null);
    assert.throws(() => runPageRank(g, first), /served a run already/);
    const again = createPageRankState(g);
    assert.equal(again.c0.byteOffset, offset, 'the region of the failed run serves the next');
    releasePageRankState(g, again);
    releasePageRankState(g, again); // once only: a second call does nothing
    const x = createPageRankState(g);
    const y = createPageRankState(g);
    assert.notEqual(x.c0.byteOffset, y.c0.byteOffset);
    // An empty graph's runs do not grow its memory either.
    const empty = build(0, [], 'wasm');
    const size = empty.pullRows!.memory!.memory.buffer.byteLength;
    for (let i = 0; i < 200; i++) pagerank(empty);
    assert.equal(empty.pullRows!.memory!.memory.buffer.byteLength, size);
  });

  it('the memory made with the rows holds a state whatever the blocks (rows cut by their edges)', () => {
    // 20 hubs of 33,000 in-edges: every hub row ends a block (two would pass 65,536 edges).
    const n = 50_000;
    const edges: Edge[] = [];
    for (let h = 0; h < 20; h++) for (let u = 0; u < 33_000; u++) edges.push([(u * 7 + h) % n, n - 1 - h]);
    const g = build(n, edges, 'auto');
    const size = g.pullRows!.memory!.memory.buffer.byteLength;
    const st = createPageRankState(g, { personalization: seedVector(n, [0]) });
    assert.ok(st.blocks > Math.ceil(n / 4096) + Math.ceil(g.edgeCount / 65536) + 2, `${st.blocks} blocks`);
    assert.ok(st.blocks <= pageRankBlocksBound(n, g.edgeCount), `${st.blocks} blocks, bound ${pageRankBlocksBound(n, g.edgeCount)}`);
    assert.ok(st.kernel);
    assert.equal(g.pullRows!.memory!.memory.buffer.byteLength, size, 'no growth');
  });

  it('refuses an unknown pullKernel choice', () => {
    assert.throws(() => build(3, [[0, 1]], 'gpu' as PullKernelChoice), /pullKernel must be 'auto', 'wasm' or 'js', got gpu/);
  });

  it('an empty graph and a graph of isolated nodes', () => {
    assert.deepEqual(pagerank(build(0, [], 'wasm')).scores, new Float64Array(0));
    assert.deepEqual([...pagerank(build(4, [], 'wasm')).scores], [0.25, 0.25, 0.25, 0.25]);
  });
});

describe('KernelMemory', () => {
  it('hands out 16-byte aligned regions, none at offset 0 (the kernel’s "none"), and grows for more', () => {
    const k = KernelMemory.create(100)!;
    const a = k.region(10)!;
    const b = k.region(70_000)!;
    assert.ok(a.offset > 0 && a.offset % 16 === 0 && b.offset % 16 === 0);
    assert.ok(b.offset >= a.offset + a.bytes);
    assert.ok(k.memory.buffer.byteLength >= b.offset + b.bytes);
    k.release(a);
    assert.equal(k.region(10)!.offset, a.offset);
  });

  it('refuses past wasm32’s 4 GiB instead of failing later', () => {
    assert.equal(KernelMemory.create(2 ** 32 + 1), null);
    const k = KernelMemory.create(100)!;
    assert.equal(k.region(2 ** 32), null);
  });
});
