/**
 * A PageRank worker thread (see ./parallel-pagerank.ts): waits for the next iteration on the
 * shared control array, takes blocks from the shared counter, runs the core's `pagerankBlock`
 * on each, and reports when the counter is exhausted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pagerankBlock, type PageRankState, type PullGraph } from '../../core/graph/pagerank.js';
import { CONTROL } from './parallel-pagerank.js';

const { graph, state, control, params } = workerData as { graph: PullGraph; state: PageRankState; control: Int32Array; params: Float64Array };

let seen = Atomics.load(control, CONTROL.generation);
parentPort!.postMessage('ready');
for (;;) {
  Atomics.wait(control, CONTROL.generation, seen);
  seen = Atomics.load(control, CONTROL.generation);
  if (Atomics.load(control, CONTROL.stop)) break;
  const k = control[CONTROL.parity];
  const dangling = params[0];
  for (;;) {
    const b = Atomics.add(control, CONTROL.next, 1);
    if (b >= state.blocks) break;
    pagerankBlock(graph, state, b, k, dangling);
  }
  Atomics.add(control, CONTROL.done, 1);
  Atomics.notify(control, CONTROL.done);
}
