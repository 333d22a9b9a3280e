/**
 * Modularity of a partition of the field's graph, read as undirected: the share of edge weight
 * inside communities minus what a random graph with the same degrees would put there.
 *
 * Reference: M. E. J. Newman, M. Girvan, *Finding and evaluating community structure in
 * networks*, Phys. Rev. E 69, 026113 (2004); with a resolution γ (J. Reichardt, S. Bornholdt,
 * Phys. Rev. E 74, 016110, 2006):
 *
 *   Q = Σ_c [ in_c / 2W − γ · (tot_c / 2W)² ]
 *
 * on the symmetric weights A_ij = w(i→j) + w(j→i) (a pair that follows each other counts twice
 * as much as a one-way follow), A_ii = 2·w(i→i); k_i = Σ_j A_ij, 2W = Σ_ij A_ij, in_c = Σ_{i,j∈c}
 * A_ij, tot_c = Σ_{i∈c} k_i. This is the modularity igraph computes on the graph made undirected
 * with its edge weights summed. A graph without edges has Q = 0.
 */
import { buildGraph, type Graph } from './csr.js';

/** The undirected view: a symmetric graph whose out-row of i lists j with weight A_ij. */
export function symmetrise(g: Graph): Graph {
  const m = g.edgeCount;
  const src = new Uint32Array(2 * m);
  const dst = new Uint32Array(2 * m);
  const w = new Float64Array(2 * m);
  let e = 0;
  for (let u = 0; u < g.nodeCount; u++) {
    for (let p = g.outOffsets[u]; p < g.outOffsets[u + 1]; p++) {
      const v = g.outTargets[p];
      const x = g.outWeights ? g.outWeights[p] : 1;
      src[e] = u;
      dst[e] = v;
      w[e++] = x;
      src[e] = v;
      dst[e] = u;
      w[e++] = x;
    }
  }
  return buildGraph({ nodeCount: g.nodeCount, source: src, target: dst, weight: w }, { duplicates: 'sum' });
}

/** Modularity of `community` (a community id per node) on a symmetric graph (see `symmetrise`). */
export function modularityOfSymmetric(sym: Graph, community: ArrayLike<number>, resolution = 1): number {
  const n = sym.nodeCount;
  if (community.length !== n) throw new RangeError(`${community.length} community ids for ${n} nodes`);
  let maxC = -1;
  for (let i = 0; i < n; i++) {
    const c = community[i];
    if (!(Number.isInteger(c) && c >= 0)) throw new RangeError(`node ${i}: community ${c} is not a whole number ≥ 0`);
    if (c > maxC) maxC = c;
  }
  const inside = new Float64Array(maxC + 1);
  const tot = new Float64Array(maxC + 1);
  let twoW = 0;
  const w = sym.outWeights!;
  for (let i = 0; i < n; i++) {
    const ci = community[i];
    for (let p = sym.outOffsets[i]; p < sym.outOffsets[i + 1]; p++) {
      const x = w[p];
      twoW += x;
      tot[ci] += x;
      if (community[sym.outTargets[p]] === ci) inside[ci] += x;
    }
  }
  if (twoW === 0) return 0;
  let q = 0;
  for (let c = 0; c <= maxC; c++) q += inside[c] / twoW - resolution * (tot[c] / twoW) ** 2;
  return q;
}

/** Modularity of a partition of a directed graph, read as undirected (see the header). */
export function modularity(g: Graph, community: ArrayLike<number>, resolution = 1): number {
  return modularityOfSymmetric(symmetrise(g), community, resolution);
}
