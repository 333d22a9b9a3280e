/**
 * The drawing of the field's graph: the top accounts by authority with the edges among them
 * (checked against the edges of the whole graph), communities numbered as field-communities
 * ranks them, and deterministic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph } from './csr.js';
import { fieldDrawing } from './drawing.js';
import type { FieldGraph } from './field-graph.js';
import { fieldCommunities } from './field-communities.js';

/** Two triangles joined by one edge, plus an isolated account; candidates 0 and 3. */
function twoGroups(): FieldGraph {
  const src = [0, 1, 2, 1, 3, 4, 5, 4, 2];
  const dst = [1, 2, 0, 0, 4, 5, 3, 3, 3];
  const graph = buildGraph({ nodeCount: 7, source: src, target: dst, weight: src.map((_, i) => 1 + (i % 3)) });
  const authority = Float64Array.from([0.3, 0.1, 0.12, 0.25, 0.08, 0.1, 0.05]);
  return { graph, candidateCount: 4, names: ['Ana', 'bea', 'cid', 'Dan', 'eve', 'fay', 'gus'], authority, evidence: new Int32Array(4), iterations: 1, converged: true };
}

describe('fieldDrawing', () => {
  it('keeps the top accounts by authority and exactly the edges among them', () => {
    const fg = twoGroups();
    const d = fieldDrawing(fg, { top: 4 });
    assert.deepEqual(d.nodes.map((x) => x.name), ['Ana', 'Dan', 'cid', 'bea']);
    assert.deepEqual(d.nodes.map((x) => x.candidate), [0, 3, 2, 1].map((v) => (v < 4 ? v : -1)));
    const name = (i: number) => d.nodes[i].name;
    // Whole-graph edges whose ends are both drawn: 0→1, 1→2, 2→0, 1→0, 2→3.
    assert.deepEqual(d.edges.map(([s, t]) => `${name(s)}→${name(t)}`).sort(), ['Ana→bea', 'bea→Ana', 'bea→cid', 'cid→Ana', 'cid→Dan'].sort());
    assert.deepEqual(d.edges, [...d.edges].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    assert.equal(d.totalNodes, 7);
    assert.equal(d.totalEdges, fg.graph.edgeCount);
  });

  it('numbers communities as field-communities ranks them, the same every time', () => {
    const fg = twoGroups();
    const d = fieldDrawing(fg, { top: 7 });
    const c = fieldCommunities(fg, { top: 10 });
    assert.equal(d.communities, c.count);
    assert.equal(d.modularity, c.modularity);
    for (const community of c.communities) {
      for (const v of community.candidates) assert.equal(d.nodes.find((x) => x.candidate === v)!.community, community.rank);
    }
    // The triangles are two communities; the isolated account a third.
    assert.equal(new Set(d.nodes.map((x) => x.community)).size, 3);
    assert.deepEqual(fieldDrawing(fg, { top: 7 }), d);
  });
});
