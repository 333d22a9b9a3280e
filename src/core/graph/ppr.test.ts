import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph } from './csr.js';
import { pagerank } from './pagerank.js';
import { personalizedPagerank, seedVector } from './ppr.js';

const close = (a: number, b: number, eps = 1e-12): void => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);

describe('personalised PageRank', () => {
  it('2-cycle seeded on node 0: x0 = 1/(1+α), x1 = α/(1+α)', () => {
    const g = buildGraph({ nodeCount: 2, source: [0, 1], target: [1, 0] });
    const r = personalizedPagerank(g, [0], { tolerance: 1e-15 });
    close(r.scores[0], 1 / 1.85);
    close(r.scores[1], 0.85 / 1.85);
  });

  it('dangling mass returns to the seeds; nodes the seeds cannot reach get nothing', () => {
    // 0 → 1 (1 dangling), 2 → 3 unreachable from the seed 0.
    const g = buildGraph({ nodeCount: 4, source: [0, 2], target: [1, 3] });
    const r = personalizedPagerank(g, [0], { tolerance: 1e-15 });
    assert.equal(r.scores[2], 0);
    assert.equal(r.scores[3], 0);
    // x0 = (1−α) + α·x1, x1 = α·x0 → x0 = 1/(1+α).
    close(r.scores[0], 1 / 1.85);
  });

  it('equals PageRank when every node is a seed; a seed listed twice counts once', () => {
    const g = buildGraph({ nodeCount: 3, source: [0, 1, 2, 2], target: [1, 2, 0, 1] });
    assert.deepEqual(personalizedPagerank(g, [0, 1, 2, 2]).scores, pagerank(g).scores);
    const v = seedVector(3, [2, 0, 2]);
    assert.deepEqual(Array.from(v), [1, 0, 1]);
  });

  it('refuses an empty seed set and seeds out of range', () => {
    const g = buildGraph({ nodeCount: 2, source: [0], target: [1] });
    assert.throws(() => personalizedPagerank(g, []), /at least one seed/);
    assert.throws(() => personalizedPagerank(g, [5]), /seed 0: 5/);
  });
});
