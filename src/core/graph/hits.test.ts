import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph } from './csr.js';
import { hits } from './hits.js';

const close = (a: number, b: number, eps = 1e-9): void => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);

describe('HITS', () => {
  it('out-star: the centre is the only hub, the leaves share the authority', () => {
    const r = hits(buildGraph({ nodeCount: 4, source: [0, 0, 0], target: [1, 2, 3] }));
    assert.ok(r.converged);
    close(r.hubs[0], 1);
    for (let v = 1; v < 4; v++) {
      close(r.authorities[v], 1 / 3);
      close(r.hubs[v], 0);
    }
    close(r.authorities[0], 0);
  });

  it('0 → 2, 0 → 3, 1 → 3: authorities (1/φ², 1/φ), hubs (1/φ, 1/φ²) — the golden ratio of AᵀA', () => {
    const phi = (1 + Math.sqrt(5)) / 2;
    const r = hits(buildGraph({ nodeCount: 4, source: [0, 0, 1], target: [2, 3, 3] }));
    close(r.authorities[2], 1 / phi ** 2);
    close(r.authorities[3], 1 / phi);
    close(r.hubs[0], 1 / phi);
    close(r.hubs[1], 1 / phi ** 2);
  });

  it('weights count: a heavier edge makes a stronger authority', () => {
    const r = hits(buildGraph({ nodeCount: 3, source: [0, 0], target: [1, 2], weight: [3, 1] }));
    close(r.authorities[1], 0.75);
    close(r.authorities[2], 0.25);
  });

  it('empty graph and graph without edges: all zero', () => {
    assert.equal(hits(buildGraph({ nodeCount: 0, source: [], target: [] })).hubs.length, 0);
    const r = hits(buildGraph({ nodeCount: 2, source: [], target: [] }));
    assert.deepEqual(Array.from(r.authorities), [0, 0]);
    assert.equal(r.iterations, 0);
  });
});
