/**
 * ego-Twitter read by the loader (which builds the in-rows relabelled by in-degree,
 * core/graph/pull-rows.ts): PageRank on the relabelled rows gives the same scores as on the
 * graph's own in-rows, in as many iterations, on one thread and on two.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../../core/graph/csr.js';
import { pagerank } from '../../core/graph/pagerank.js';
import { loadGraph } from './edge-list.js';
import { pagerankThreads } from './parallel-pagerank.js';

const here = dirname(fileURLToPath(import.meta.url));
const EGO = resolve(here, '../../../../shared/data/ego-twitter/edges.tsv.gz');
const l1 = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return d;
};

describe('PageRank on relabelled rows: ego-Twitter', () => {
  it('the same scores as on the graph’s own rows (L1 < 1e-13), in as many iterations; bit-identical on two threads', { skip: existsSync(EGO) ? false : `${EGO} not found` }, async () => {
    const { graph } = await loadGraph(EGO);
    assert.ok(graph.pullRows);
    const own: Graph = { ...graph, pullRows: null };
    for (const extrapolate of [true, false]) {
      const a = pagerank(own, { extrapolate });
      const b = pagerank(graph, { extrapolate });
      assert.equal(b.iterations, a.iterations);
      assert.ok(l1(a.scores, b.scores) < 1e-13, `L1 ${l1(a.scores, b.scores)}`);
    }
    const two = await pagerankThreads(graph, {}, 2, 0);
    assert.deepEqual(two.scores, pagerank(graph).scores);
  });
});
