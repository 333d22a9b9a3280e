import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, GraphBuildError, graphEdges } from './csr.js';

const rows = (off: Uint32Array, idx: Uint32Array, u: number): number[] => Array.from(idx.subarray(off[u], off[u + 1]));

describe('buildGraph', () => {
  it('builds sorted out- and in-rows, strengths and counts', () => {
    const g = buildGraph({ nodeCount: 4, source: [2, 0, 0, 3, 1], target: [0, 3, 1, 0, 2] });
    assert.equal(g.nodeCount, 4);
    assert.equal(g.edgeCount, 5);
    assert.equal(g.weighted, false);
    assert.deepEqual(rows(g.outOffsets, g.outTargets, 0), [1, 3]);
    assert.deepEqual(rows(g.outOffsets, g.outTargets, 1), [2]);
    assert.deepEqual(rows(g.inOffsets, g.inSources, 0), [2, 3]);
    assert.deepEqual(rows(g.inOffsets, g.inSources, 3), [0]);
    assert.deepEqual(Array.from(g.outStrength), [2, 1, 1, 1]);
    assert.equal(g.outWeights, null);
    assert.equal(g.inWeights, null);
  });

  it('keeps one edge for unweighted duplicates, and sums the weights of weighted ones', () => {
    const u = buildGraph({ nodeCount: 3, source: [0, 0, 0, 1], target: [1, 1, 2, 0] });
    assert.equal(u.edgeCount, 3);
    assert.equal(u.mergedDuplicates, 1);
    assert.deepEqual(Array.from(u.outStrength), [2, 1, 0]);
    const w = buildGraph({ nodeCount: 3, source: [0, 0, 0, 1], target: [1, 2, 1, 0], weight: [0.5, 1, 2, 3] });
    assert.equal(w.edgeCount, 3);
    assert.deepEqual(Array.from(w.outWeights!), [2.5, 1, 3]);
    assert.deepEqual(Array.from(w.outStrength), [3.5, 3, 0]);
    // The in-rows carry the same merged weights: node 1's only in-edge is 0 → 1 with 2.5.
    assert.deepEqual(rows(w.inOffsets, w.inSources, 1), [0]);
    assert.equal(w.inWeights![w.inOffsets[1]], 2.5);
    const max = buildGraph({ nodeCount: 3, source: [0, 0, 0], target: [1, 2, 1], weight: [0.5, 1, 2] }, { duplicates: 'max' });
    assert.deepEqual(Array.from(max.outWeights!), [2, 1]);
    const last = buildGraph({ nodeCount: 3, source: [0, 0, 0], target: [1, 1, 1], weight: [0.5, 4, 2] }, { duplicates: 'last' });
    assert.deepEqual(Array.from(last.outWeights!), [2]);
  });

  it('keeps self-loops by default and drops them on request', () => {
    const keep = buildGraph({ nodeCount: 2, source: [0, 0, 1], target: [0, 1, 1] });
    assert.equal(keep.edgeCount, 3);
    assert.equal(keep.selfLoops, 2);
    assert.deepEqual(Array.from(keep.outStrength), [2, 1]);
    const drop = buildGraph({ nodeCount: 2, source: [0, 0, 1], target: [0, 1, 1] }, { selfLoops: 'drop' });
    assert.equal(drop.edgeCount, 1);
    assert.equal(drop.selfLoops, 0);
    assert.equal(drop.droppedSelfLoops, 2);
    assert.deepEqual(Array.from(drop.outStrength), [1, 0]);
  });

  it('handles the empty graph and nodes without edges', () => {
    const e = buildGraph({ nodeCount: 0, source: [], target: [] });
    assert.equal(e.edgeCount, 0);
    assert.deepEqual(Array.from(e.outOffsets), [0]);
    const isolated = buildGraph({ nodeCount: 3, source: [], target: [] });
    assert.deepEqual(Array.from(isolated.inOffsets), [0, 0, 0, 0]);
  });

  it('reads only `count` edges of larger buffers, stores Float32 weights and shared arrays on request', () => {
    const g = buildGraph({ nodeCount: 2, source: new Uint32Array([0, 1, 1]), target: new Uint32Array([1, 0, 0]), weight: new Float64Array([0.25, 2, 9]), count: 2 }, { weightType: 'float32', shared: true });
    assert.equal(g.edgeCount, 2);
    assert.ok(g.outWeights instanceof Float32Array);
    assert.ok(g.outTargets.buffer instanceof SharedArrayBuffer);
    assert.deepEqual(Array.from(g.outWeights), [0.25, 2]);
  });

  it('gives the edges back', () => {
    const g = buildGraph({ nodeCount: 3, source: [2, 0], target: [1, 2], weight: [3, 4] });
    const e = graphEdges(g);
    assert.deepEqual([Array.from(e.source), Array.from(e.target), Array.from(e.weight!)], [[0, 2], [2, 1], [4, 3]]);
  });

  it('refuses ids out of range, fractional ids and bad weights, naming the edge', () => {
    assert.throws(() => buildGraph({ nodeCount: 2, source: [0, 2], target: [1, 0] }), (e: Error) => e instanceof GraphBuildError && /edge 1: source 2/.test(e.message));
    assert.throws(() => buildGraph({ nodeCount: 2, source: [0], target: [-1] }), /edge 0: target -1/);
    assert.throws(() => buildGraph({ nodeCount: 2, source: [0.5], target: [1] }), /source 0.5/);
    assert.throws(() => buildGraph({ nodeCount: 2, source: [0, 1], target: [1, 0], weight: [1, -2] }), /edge 1 \(1 → 0\): weight -2/);
    assert.throws(() => buildGraph({ nodeCount: 2, source: [0], target: [1], weight: [NaN] }), /weight NaN/);
    assert.throws(() => buildGraph({ nodeCount: 2, source: [0, 1], target: [1] }), /at least 2 edges/);
  });
});
