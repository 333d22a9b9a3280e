import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeInput } from '../test-support.js';
import { buildFieldGraph } from './field-graph.js';

/** In-edges of each candidate of a graph with one edge x → `to`, the candidates in the order given. */
function inEdges(keys: string[], to: string): number[] {
  const input = makeInput(keys, {});
  // makeInput sorts candidates by key; give them back in the order asked, with the table's rows.
  const order = keys.map((k) => input.candidates.findIndex((c) => c.key === k));
  const candidates = order.map((i) => input.candidates[i]);
  const fg = buildFieldGraph({ candidates, table: input.table, graph: { nodes: ['x', to], source: Int32Array.of(0), target: Int32Array.of(1), weight: Float64Array.of(1) } }, 20_000, 365);
  return candidates.map((_, c) => fg.graph.inOffsets[c + 1] - fg.graph.inOffsets[c]);
}

describe('buildFieldGraph: accounts recognised as candidates by their keys', () => {
  it('gives a name two keys normalise to to the first candidate, whether or not the keys are sorted', () => {
    // "ana.com/" normalises to "ana.com", another candidate's exact key.
    assert.deepEqual(inEdges(['ana.com', 'ana.com/'], 'ana.com'), [1, 0]);
    assert.deepEqual(inEdges(['ana.com', 'ana.com/', 'a'], 'ana.com'), [1, 0, 0]);
    assert.deepEqual(inEdges(['Ana', 'ana'], 'ANA'), [1, 0]);
    assert.deepEqual(inEdges(['ana', 'Ana', 'b'], '@ana'), [1, 0, 0]);
  });
  it('recognises a plain key by search and a handle of an identity first', () => {
    const input = makeInput(['ana', 'ben'], {});
    const g = { nodes: ['ana', 'x'], source: Int32Array.of(1), target: Int32Array.of(0), weight: Float64Array.of(1) };
    const plain = buildFieldGraph({ ...input, graph: g }, 20_000, 365);
    assert.equal(plain.graph.inOffsets[1] - plain.graph.inOffsets[0], 1, 'x → ana reaches candidate ana');
    const aliased = buildFieldGraph({ ...input, graph: g, aliases: new Map([['ana', 1]]) }, 20_000, 365);
    assert.equal(aliased.graph.inOffsets[2] - aliased.graph.inOffsets[1], 1, 'an identity handle wins over a key');
  });
});
