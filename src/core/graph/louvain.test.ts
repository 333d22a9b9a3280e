import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, type Graph } from './csr.js';
import { louvain } from './louvain.js';
import { modularity } from './modularity.js';

const close = (a: number, b: number, eps = 1e-12): void => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);
const graph = (n: number, edges: [number, number][], weights?: number[]): Graph =>
  buildGraph({ nodeCount: n, source: edges.map((e) => e[0]), target: edges.map((e) => e[1]), weight: weights ?? null });

/** k cliques of size s, clique c's last node linked to clique c+1's first (a ring). */
function ringOfCliques(k: number, s: number): Graph {
  const edges: [number, number][] = [];
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < s; i++) for (let j = i + 1; j < s; j++) edges.push([c * s + i, c * s + j]);
    edges.push([c * s + s - 1, ((c + 1) % k) * s]);
  }
  return graph(k * s, edges);
}

describe('modularity', () => {
  it('two triangles joined by an edge, split in two: Q = 5/14 (hand-computed)', () => {
    const g = graph(6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]);
    close(modularity(g, [0, 0, 0, 1, 1, 1]), 5 / 14);
    close(modularity(g, [0, 0, 0, 0, 0, 0]), 0);
  });
  it('a reciprocal pair weighs twice a one-way edge; a graph without edges has Q = 0', () => {
    const oneWay = graph(4, [[0, 1], [2, 3], [1, 2]]);
    const mutual = graph(4, [[0, 1], [1, 0], [2, 3], [3, 2], [1, 2]]);
    assert.ok(modularity(mutual, [0, 0, 1, 1]) > modularity(oneWay, [0, 0, 1, 1]));
    assert.equal(modularity(graph(3, []), [0, 1, 2]), 0);
  });
});

describe('louvain', () => {
  it('finds the two triangles', () => {
    const r = louvain(graph(6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]));
    assert.deepEqual(Array.from(r.community), [0, 0, 0, 1, 1, 1]);
    assert.equal(r.count, 2);
    close(r.modularity, 5 / 14);
  });

  it('finds each clique of a ring of cliques, whatever the seed', () => {
    const g = ringOfCliques(8, 5);
    for (const seed of [1, 2, 3, null]) {
      const r = louvain(g, { seed });
      assert.equal(r.count, 8, `seed ${seed}`);
      for (let c = 0; c < 8; c++) for (let i = 1; i < 5; i++) assert.equal(r.community[c * 5 + i], r.community[c * 5]);
      close(r.modularity, modularity(g, r.community));
    }
  });

  it('resolution: a large γ splits more, a small one merges', () => {
    const g = ringOfCliques(8, 5);
    assert.ok(louvain(g, { resolution: 0.05 }).count < 8);
    assert.ok(louvain(g, { resolution: 20 }).count > 8);
  });

  it('weights count: a heavy bridge pulls its ends together', () => {
    const edges: [number, number][] = [[0, 1], [1, 2], [2, 3]];
    const r = louvain(graph(4, edges, [1, 10, 1]));
    assert.equal(r.community[1], r.community[2]);
  });

  it('is deterministic for a seed; isolated nodes and the empty graph', () => {
    const g = ringOfCliques(6, 4);
    assert.deepEqual(louvain(g, { seed: 9 }), louvain(g, { seed: 9 }));
    const iso = louvain(graph(3, []));
    assert.deepEqual(Array.from(iso.community), [0, 1, 2]);
    assert.equal(iso.modularity, 0);
    const empty = louvain(graph(0, []));
    assert.equal(empty.count, 0);
    assert.throws(() => louvain(g, { resolution: 0 }), /resolution/);
  });
});
