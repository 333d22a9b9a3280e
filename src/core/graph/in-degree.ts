/**
 * In-degree from a node set: for each node, how many distinct members of the set point to it,
 * and the total weight of those edges — the simplest peer-recognition signal ("recognised by
 * k of the field's candidates"), and the explanation beside the authority scores.
 *
 * Reference: degree centrality (L. C. Freeman, *Centrality in social networks: conceptual
 * clarification*, Social Networks 1, 1979), restricted to edges whose source is in the set.
 * Duplicate edges were merged when the graph was built (./csr.ts), so counts are of distinct
 * pointing nodes; a self-loop counts when its node is in the set (keep or drop them at build).
 */
import type { Graph } from './csr.js';

export interface InDegreeResult {
  /** Distinct in-neighbours in the set. */
  count: Uint32Array;
  /** Sum of the weights of the edges from the set (= count when unweighted). */
  weight: Float64Array;
}

/** In-degree of every node counting only sources in `from` (dense ids); null: every node. */
export function inDegreeFrom(g: Graph, from: ArrayLike<number> | null = null): InDegreeResult {
  const n = g.nodeCount;
  const count = new Uint32Array(n);
  const weight = new Float64Array(n);
  const w = g.outWeights;
  const visit = (u: number): void => {
    for (let p = g.outOffsets[u]; p < g.outOffsets[u + 1]; p++) {
      const v = g.outTargets[p];
      count[v]++;
      weight[v] += w ? w[p] : 1;
    }
  };
  if (from === null) {
    for (let u = 0; u < n; u++) visit(u);
    return { count, weight };
  }
  const seen = new Uint8Array(n);
  for (let i = 0; i < from.length; i++) {
    const u = from[i];
    if (!(Number.isInteger(u) && u >= 0 && u < n)) throw new RangeError(`node set, item ${i}: ${u} is not a node id in [0, ${n})`);
    if (seen[u]) continue;
    seen[u] = 1;
    visit(u);
  }
  return { count, weight };
}
