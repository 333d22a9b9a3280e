import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph } from '../../core/graph/csr.js';
import { pagerank } from '../../core/graph/pagerank.js';
import { seedVector } from '../../core/graph/ppr.js';
import { Random } from '../../core/random.js';
import { AUTO_THREADS_MIN_EDGES, autoThreads, pagerankThreads } from './parallel-pagerank.js';

function randomGraph(n: number, m: number, weighted: boolean, shared: boolean, pullKernel: 'wasm' | null = null) {
  const r = new Random(7);
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  const w = weighted ? new Float64Array(m) : null;
  for (let i = 0; i < m; i++) {
    // Skewed targets (hubs) and a tenth of the nodes without out-edges (dangling).
    src[i] = Math.floor(r.next() * n * 0.9);
    dst[i] = Math.floor(n * r.next() ** 3);
    if (w) w[i] = 1 + Math.floor(r.next() * 5);
  }
  return buildGraph({ nodeCount: n, source: src, target: dst, weight: w }, pullKernel === null ? { shared } : { shared, pullRows: true, pullKernel });
}

describe('PageRank on worker threads', () => {
  it('gives bit-identical scores and iterations with 2 and 3 threads as with one', async () => {
    for (const weighted of [false, true]) {
      const g = randomGraph(50_000, 400_000, weighted, true);
      const one = pagerank(g);
      for (const threads of [2, 3]) {
        const many = await pagerankThreads(g, {}, threads, 0);
        assert.equal(many.iterations, one.iterations);
        assert.deepEqual(many.scores, one.scores);
      }
    }
  });

  it('runs the WebAssembly kernel on every thread when the rows are in a kernel memory: bit-identical', async () => {
    for (const weighted of [false, true]) {
      const g = randomGraph(50_000, 400_000, weighted, false, 'wasm');
      assert.ok(g.pullRows?.memory);
      const one = pagerank(g);
      const p = seedVector(g.nodeCount, [1, 2, 3]);
      for (const threads of [2, 3]) {
        const many = await pagerankThreads(g, {}, threads, 0);
        assert.equal(many.iterations, one.iterations);
        assert.deepEqual(many.scores, one.scores);
        assert.deepEqual((await pagerankThreads(g, { personalization: p }, threads, 0)).scores, pagerank(g, { personalization: p }).scores);
      }
    }
  });

  it('copies a graph not built on shared memory, and runs personalised PageRank too', async () => {
    const g = randomGraph(20_000, 100_000, false, false);
    const p = seedVector(g.nodeCount, [1, 2, 3]);
    const one = pagerank(g, { personalization: p });
    const two = await pagerankThreads(g, { personalization: p }, 2, 0);
    assert.deepEqual(two.scores, one.scores);
  });

  it('auto: one thread below AUTO_THREADS_MIN_EDGES, two from it (on a machine that has them)', () => {
    assert.equal(autoThreads(randomGraph(1000, 5000, false, false)), 1);
    const big = { ...randomGraph(10, 10, false, false), edgeCount: AUTO_THREADS_MIN_EDGES };
    assert.ok(autoThreads(big) >= 1 && autoThreads(big) <= 2);
  });

  it('refuses a bad thread count', async () => {
    await assert.rejects(pagerankThreads(randomGraph(10, 10, false, false), {}, 0), /threads/);
  });
});
