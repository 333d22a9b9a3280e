import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, type Graph } from './csr.js';
import { createPageRankState, pagerank, pagerankBlock, runPageRank } from './pagerank.js';
import { personalizedPagerank } from './ppr.js';
import { inDegreeOrder, pullRows } from './pull-rows.js';

const g = (n: number, edges: [number, number, number?][], pull: boolean): Graph =>
  buildGraph({ nodeCount: n, source: edges.map((e) => e[0]), target: edges.map((e) => e[1]), weight: edges[0]?.[2] === undefined ? null : edges.map((e) => e[2]!) }, { pullRows: pull });
const l1 = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return d;
};

function randomEdges(n: number, m: number, seed: number, weighted: boolean): [number, number, number?][] {
  const edges: [number, number, number?][] = [];
  let s = seed;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < m; i++) {
    const u = next() % n;
    if (u % 7 === 0) continue; // dangling nodes
    const v = Math.floor(n * (next() / 2 ** 32) ** 3); // hubs
    edges.push(weighted ? [u, v, 1 + (next() % 5)] : [u, v]);
  }
  return edges;
}

describe('inDegreeOrder', () => {
  it('orders by in-degree descending, then nodes with out-edges before dangling ones, then by id', () => {
    // in-degrees: 0 → 1, 1 → 3, 2 → 0, 3 → 1, 4 → 3, 5 → 1; dangling: 5
    const graph = g(6, [[0, 1], [2, 1], [3, 1], [0, 4], [1, 4], [2, 4], [4, 0], [2, 3], [2, 5]], false);
    assert.deepEqual([...inDegreeOrder(graph)], [1, 4, 0, 3, 5, 2]);
    // The same in-degrees; dangling: 3 (5 → 1 instead of 3 → 1), which goes after 5.
    const h = g(6, [[0, 1], [2, 1], [5, 1], [0, 4], [1, 4], [2, 4], [4, 0], [2, 3], [2, 5]], false);
    assert.deepEqual([...inDegreeOrder(h)], [1, 4, 0, 5, 3, 2]);
  });

  it('is a permutation on an empty graph and on isolated nodes', () => {
    assert.deepEqual([...inDegreeOrder(g(0, [], false))], []);
    assert.deepEqual([...inDegreeOrder(g(3, [], false))], [0, 1, 2]);
  });
});

describe('pullRows', () => {
  it('holds each node’s in-row at its position, sources as positions in the same order, weights and out-strengths alongside', () => {
    const graph = g(6, [[0, 1, 2], [2, 1, 1], [3, 1, 4], [5, 4, 1], [1, 4, 3], [2, 4, 1], [4, 0, 5], [2, 3, 2], [4, 4, 1]], false);
    const p = pullRows(graph);
    for (let i = 0; i < 6; i++) {
      const v = p.order[i];
      assert.equal(p.outStrength[i], graph.outStrength[v]);
      const row = [...p.inSources.subarray(p.inOffsets[i], p.inOffsets[i + 1])].map((q) => p.order[q]);
      assert.deepEqual(row, [...graph.inSources.subarray(graph.inOffsets[v], graph.inOffsets[v + 1])]);
      assert.deepEqual([...p.inWeights!.subarray(p.inOffsets[i], p.inOffsets[i + 1])], [...graph.inWeights!.subarray(graph.inOffsets[v], graph.inOffsets[v + 1])]);
    }
  });

  it('buildGraph’s rows (in its scratch array when duplicates were merged) are pullRows’ own, in plain arrays and in a kernel memory', () => {
    for (const [weighted, pullKernel] of [[false, 'js'], [true, 'js'], [false, 'wasm'], [true, 'wasm']] as const) {
      const edges = randomEdges(500, 4000, 3, weighted);
      edges.push(...edges.slice(0, 700)); // duplicates
      const a = buildGraph({ nodeCount: 500, source: edges.map((e) => e[0]), target: edges.map((e) => e[1]), weight: weighted ? edges.map((e) => e[2]!) : null }, { pullRows: true, pullKernel });
      assert.ok(a.mergedDuplicates > 0);
      const memory = a.pullRows!.memory;
      assert.equal(memory !== null, pullKernel === 'wasm');
      if (memory !== null) {
        // The relabelled sources took the place of the scratch array, laid out first in the memory.
        assert.equal(a.pullRows!.inSources.buffer, memory.memory.buffer);
        assert.equal(a.pullRows!.inSources.byteOffset, 16);
        for (const arr of [a.pullRows!.inOffsets, a.pullRows!.outStrength, a.pullRows!.inWeights ?? a.pullRows!.inOffsets]) assert.equal(arr.buffer, memory.memory.buffer);
      }
      const b = pullRows(g(500, edges, false));
      assert.deepEqual([...a.pullRows!.order], [...b.order]);
      assert.deepEqual([...a.pullRows!.inOffsets], [...b.inOffsets]);
      assert.deepEqual([...a.pullRows!.inSources], [...b.inSources]);
      assert.deepEqual(a.pullRows!.outStrength, b.outStrength);
      assert.deepEqual(a.pullRows!.inWeights && [...a.pullRows!.inWeights], b.inWeights && [...b.inWeights]);
    }
    const one = g(3, [[0, 1]], false);
    assert.throws(() => pullRows(one, { reuse: one.inSources }), /reuse/);
  });

  it('is built by buildGraph when asked, and only then', () => {
    assert.equal(g(3, [[0, 1]], false).pullRows, undefined);
    assert.ok(g(3, [[0, 1]], true).pullRows);
  });
});

describe('PageRank on relabelled rows', () => {
  it('gives the same scores and iterations as on the graph’s own rows (hand-made graphs)', () => {
    const cases: [number, [number, number, number?][]][] = [
      [5, [[1, 0], [2, 0], [3, 0], [4, 0]]], // star, dangling centre
      [4, [[0, 1], [1, 2], [2, 3], [3, 0]]], // cycle
      [3, [[0, 0], [0, 1], [1, 0]]], // self-loop, dangling 2
      [4, [[0, 1, 1], [1, 2, 2], [2, 0, 1], [3, 0, 3], [3, 2, 1]]], // weighted 3-cycle
    ];
    for (const [n, edges] of cases) {
      for (const extrapolate of [true, false]) {
        const a = pagerank(g(n, edges, false), { extrapolate });
        const b = pagerank(g(n, edges, true), { extrapolate });
        assert.equal(b.iterations, a.iterations);
        assert.ok(l1(a.scores, b.scores) < 1e-15, `L1 ${l1(a.scores, b.scores)}`);
      }
    }
  });

  it('the same on a random graph with hubs and dangling nodes, weighted or not, with a start and a personalisation', () => {
    for (const weighted of [false, true]) {
      const n = 20_000;
      const edges = randomEdges(n, 120_000, 99, weighted);
      const a = g(n, edges, false);
      const b = g(n, edges, true);
      const start = Array.from({ length: n }, (_, i) => 1 + (i % 5));
      const personalization = Array.from({ length: n }, (_, i) => (i % 11 === 0 ? 1 + (i % 3) : 0));
      for (const o of [{}, { extrapolate: false }, { start, personalization }]) {
        const x = pagerank(a, o);
        const y = pagerank(b, o);
        assert.ok(x.converged && y.converged);
        assert.ok(Math.abs(x.iterations - y.iterations) <= 1, `${x.iterations} vs ${y.iterations}`);
        assert.ok(l1(x.scores, y.scores) < 1e-12, `L1 ${l1(x.scores, y.scores)}`);
      }
      const seeds = [1, 2, 3, 500];
      assert.ok(l1(personalizedPagerank(a, seeds).scores, personalizedPagerank(b, seeds).scores) < 1e-12);
    }
  });

  it('is the same, bit for bit, whatever order the blocks run in; blocks are cut by edges too', () => {
    const n = 30_000;
    const graph = g(n, randomEdges(n, 400_000, 5, false), true);
    const a = pagerank(graph);
    const st = createPageRankState(graph);
    assert.ok(st.blockStarts !== null && st.blocks >= 8);
    const reversed = { step: (k: number, d: number) => { for (let b = st.blocks - 1; b >= 0; b--) pagerankBlock(graph.pullRows!, st, b, k, d); } };
    const b = runPageRank(graph, st, {}, reversed);
    assert.equal(a.iterations, b.iterations);
    assert.deepEqual(a.scores, b.scores);
  });

  it('refuses a state created for another graph', () => {
    const edges: [number, number][] = [[0, 1], [1, 2]];
    assert.throws(() => runPageRank(g(3, edges, true), createPageRankState(g(3, edges, false))), /another graph/);
  });

});
