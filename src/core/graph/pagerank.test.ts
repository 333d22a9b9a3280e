import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, type Graph } from './csr.js';
import { createPageRankState, PAGERANK_DEFAULTS, pagerank, pagerankBlock, PageRankError, runPageRank } from './pagerank.js';

const close = (a: number, b: number, eps = 1e-12): void => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);
// Hand-solved values are fixed points: iterate until the change is at rounding level.
const tight = { tolerance: 1e-15 };
const sum = (x: Float64Array): number => x.reduce((s, v) => s + v, 0);
const g = (n: number, edges: [number, number, number?][], opts = {}): Graph =>
  buildGraph({ nodeCount: n, source: edges.map((e) => e[0]), target: edges.map((e) => e[1]), weight: edges[0]?.[2] === undefined ? null : edges.map((e) => e[2]!) }, opts);

describe('pagerank', () => {
  it('has its defaults in one object', () => {
    assert.equal(PAGERANK_DEFAULTS.damping, 0.85);
    assert.ok(PAGERANK_DEFAULTS.tolerance <= 1e-9);
  });

  it('star: four leaves pointing to a dangling centre (hand-solved: leaf 1/(n+αk))', () => {
    const r = pagerank(g(5, [[1, 0], [2, 0], [3, 0], [4, 0]]), tight);
    assert.ok(r.converged);
    // x_leaf = 1/(5 + 0.85·4) = 1/8.4; x_centre = 4.4/8.4.
    close(r.scores[0], 4.4 / 8.4);
    for (let v = 1; v < 5; v++) close(r.scores[v], 1 / 8.4);
    close(sum(r.scores), 1);
  });

  it('cycle: every node 1/n, reached at once from the uniform start', () => {
    const r = pagerank(g(4, [[0, 1], [1, 2], [2, 3], [3, 0]]));
    for (const s of r.scores) close(s, 0.25);
    assert.equal(r.iterations, 1);
  });

  it('dangling node: its mass is spread uniformly (0 → 1: x0 = 1/(2+α))', () => {
    const r = pagerank(g(2, [[0, 1]]), tight);
    close(r.scores[0], 1 / 2.85);
    close(r.scores[1], 1.85 / 2.85);
  });

  it('self-loop: an ordinary out-edge (0 → 0, 0 → 1, 1 → 0: x1 = 1/(2+α)); dropped, a plain 2-cycle', () => {
    const edges: [number, number][] = [[0, 0], [0, 1], [1, 0]];
    const r = pagerank(g(2, edges), tight);
    close(r.scores[1], 1 / 2.85);
    close(r.scores[0], 1.85 / 2.85);
    const d = pagerank(g(2, edges, { selfLoops: 'drop' }));
    close(d.scores[0], 0.5);
  });

  it('duplicate edges: counted once when unweighted, weights summed when weighted', () => {
    const once = pagerank(g(3, [[0, 1], [0, 1], [0, 2]]));
    close(once.scores[1], once.scores[2]);
    const summed = pagerank(g(3, [[0, 1, 1], [0, 1, 1], [0, 2, 1]]));
    const single = pagerank(g(3, [[0, 1, 2], [0, 2, 1]]));
    assert.ok(summed.scores[1] > summed.scores[2]);
    assert.deepEqual(summed.scores, single.scores);
  });

  it('weights: 0 → 1 (3), 0 → 2 (1), both dangling; hand-solved', () => {
    // x0 = α·D/3 + (1−α)/3 with D = x1 + x2 = 1 − x0 → x0 = 1/(3 + α); x1, x2 = α·x0·(3/4, 1/4) + the same base.
    const r = pagerank(g(3, [[0, 1, 3], [0, 2, 1]]), tight);
    const a = 0.85;
    const x0 = 1 / (3 + a);
    close(r.scores[0], x0);
    const base = (a * (1 - x0) + 1 - a) / 3;
    close(r.scores[1], a * x0 * 0.75 + base);
    close(r.scores[2], a * x0 * 0.25 + base);
  });

  it('empty graph and graph without edges', () => {
    const e = pagerank(g(0, []));
    assert.equal(e.scores.length, 0);
    assert.ok(e.converged);
    const iso = pagerank(g(3, []));
    for (const s of iso.scores) close(s, 1 / 3);
  });

  it('stops at maxIterations and says it did not converge', () => {
    const r = pagerank(g(5, [[1, 0], [2, 0], [3, 0], [4, 0]]), { maxIterations: 2 });
    assert.equal(r.iterations, 2);
    assert.equal(r.converged, false);
    assert.ok(r.delta > 1e-10);
    close(sum(r.scores), 1);
  });

  it('a larger damping moves score to the sink; damping 0 gives the teleport vector', () => {
    const edges: [number, number][] = [[1, 0], [2, 0], [3, 0]];
    assert.ok(pagerank(g(4, edges), { damping: 0.95 }).scores[0] > pagerank(g(4, edges), { damping: 0.5 }).scores[0]);
    for (const s of pagerank(g(4, edges), { damping: 0 }).scores) close(s, 0.25);
  });

  it('is the same, bit for bit, whatever order the blocks run in (what the worker threads rely on)', () => {
    // Three blocks' worth of nodes, a pseudo-random graph with dangling nodes.
    const n = 10_000;
    const src: number[] = [];
    const dst: number[] = [];
    let s = 12345;
    for (let i = 0; i < 60_000; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const u = s % n;
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      if (u % 7 === 0) continue;
      src.push(u);
      dst.push((s >>> 3) % n);
    }
    const graph = buildGraph({ nodeCount: n, source: src, target: dst });
    const a = pagerank(graph);
    const st = createPageRankState(graph);
    assert.ok(st.blocks >= 3);
    const reversed = { step: (k: number, d: number) => { for (let b = st.blocks - 1; b >= 0; b--) pagerankBlock(graph, st, b, k, d); } };
    const b = runPageRank(graph, st, {}, reversed);
    assert.equal(a.iterations, b.iterations);
    assert.deepEqual(a.scores, b.scores);
    close(sum(a.scores), 1, 1e-12);
  });

  it('power extrapolation: fewer iterations on a slowly mixing graph, the same fixed point', () => {
    // Many small closed parts (2-cycles, a slow ±α mode each) fed by a chain of dangling-free
    // nodes, from a skewed start: the plain iteration needs many steps.
    const edges: [number, number][] = [];
    const n = 400;
    for (let i = 0; i < 200; i += 2) edges.push([i, i + 1], [i + 1, i]);
    for (let i = 200; i < n; i++) edges.push([i, (i * 7) % 200], [i, i - 1]);
    const graph = g(n, edges);
    const start = Array.from({ length: n }, (_, i) => (i % 3) + (i < 50 ? 10 : 0));
    const plain = pagerank(graph, { start, tolerance: 1e-13, extrapolate: false });
    const fast = pagerank(graph, { start, tolerance: 1e-13 });
    assert.ok(plain.converged && fast.converged);
    assert.ok(fast.iterations < plain.iterations, `${fast.iterations} ≥ ${plain.iterations}`);
    let d = 0;
    for (let v = 0; v < n; v++) d += Math.abs(fast.scores[v] - plain.scores[v]);
    assert.ok(d < 1e-11, `L1 ${d}`);
    close(sum(fast.scores), 1);
  });

  it('power extrapolation that does not pay (a 3-cycle: slow modes not at ±α) is stopped, and the run converges', () => {
    const graph = g(4, [[0, 1, 1], [1, 2, 2], [2, 0, 1], [3, 0, 3], [3, 2, 1]]);
    const plain = pagerank(graph, { extrapolate: false });
    const fast = pagerank(graph);
    assert.ok(fast.converged);
    assert.ok(fast.iterations <= plain.iterations + 15, `${fast.iterations} vs ${plain.iterations}`);
    for (let v = 0; v < 4; v++) close(fast.scores[v], plain.scores[v], 1e-9);
  });

  it('refuses bad settings', () => {
    const graph = g(2, [[0, 1]]);
    assert.throws(() => pagerank(graph, { damping: 1 }), PageRankError);
    assert.throws(() => pagerank(graph, { tolerance: 0 }), /tolerance/);
    assert.throws(() => pagerank(graph, { maxIterations: 0 }), /maxIterations/);
    assert.throws(() => pagerank(graph, { personalization: [0, 0] }), /sums to 0/);
    assert.throws(() => pagerank(graph, { personalization: [1] }), /1 values for 2 nodes/);
  });
});
