/**
 * HITS: hub and authority scores. A good authority is pointed to by good hubs; a good hub points
 * to good authorities.
 *
 * Reference: J. M. Kleinberg, *Authoritative sources in a hyperlinked environment*, Journal of
 * the ACM 46(5), 1999. With A the (weighted) adjacency matrix, the authority vector a is the
 * principal eigenvector of AᵀA and the hub vector h that of AAᵀ. Computed by Kleinberg's power
 * iteration from a uniform h:  a ← Aᵀh, h ← Aa, each normalised to sum 1 (the L1 norm: scores
 * are non-negative, and sum-1 scores compare with PageRank's; the direction, hence the final
 * normalised scores, does not depend on the norm). It stops when the L1 change of a plus that of
 * h is below the tolerance. networkx's `hits` computes the same vectors by a sparse SVD and
 * normalises them to sum 1 likewise. When the principal eigenvalue is repeated (e.g. several
 * disconnected components of equal strength) the limit depends on the start, as with any method.
 * A graph without edges has no hubs nor authorities: every score is 0.
 */
import type { Graph } from './csr.js';

export interface HitsOptions {
  tolerance: number;
  maxIterations: number;
}

export const HITS_DEFAULTS: Readonly<HitsOptions> = Object.freeze({
  tolerance: 1e-10,
  maxIterations: 1000,
});

export interface HitsResult {
  hubs: Float64Array;
  authorities: Float64Array;
  iterations: number;
  converged: boolean;
  delta: number;
}

function normaliseSum(v: Float64Array): boolean {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  if (!(s > 0)) return false;
  for (let i = 0; i < v.length; i++) v[i] /= s;
  return true;
}

export function hits(g: Graph, options: Partial<HitsOptions> = {}): HitsResult {
  const o: HitsOptions = { ...HITS_DEFAULTS, ...options };
  if (!(o.tolerance > 0)) throw new RangeError(`HITS tolerance must be > 0, got ${o.tolerance}`);
  if (!(Number.isInteger(o.maxIterations) && o.maxIterations >= 1)) throw new RangeError(`HITS maxIterations must be a whole number ≥ 1, got ${o.maxIterations}`);
  const n = g.nodeCount;
  let h = new Float64Array(n);
  let a = new Float64Array(n);
  let h2 = new Float64Array(n);
  let a2 = new Float64Array(n);
  if (n === 0 || g.edgeCount === 0) return { hubs: h, authorities: a, iterations: 0, converged: true, delta: 0 };
  h.fill(1 / n);
  const { inOffsets, inSources, inWeights, outOffsets, outTargets, outWeights } = g;
  let iterations = 0;
  let delta = Infinity;
  while (iterations < o.maxIterations) {
    // a2 = Aᵀ h (pull over in-edges), h2 = A a2 (pull over out-edges).
    for (let v = 0; v < n; v++) {
      let acc = 0;
      const end = inOffsets[v + 1];
      if (inWeights) for (let e = inOffsets[v]; e < end; e++) acc += inWeights[e] * h[inSources[e]];
      else for (let e = inOffsets[v]; e < end; e++) acc += h[inSources[e]];
      a2[v] = acc;
    }
    normaliseSum(a2);
    for (let u = 0; u < n; u++) {
      let acc = 0;
      const end = outOffsets[u + 1];
      if (outWeights) for (let e = outOffsets[u]; e < end; e++) acc += outWeights[e] * a2[outTargets[e]];
      else for (let e = outOffsets[u]; e < end; e++) acc += a2[outTargets[e]];
      h2[u] = acc;
    }
    normaliseSum(h2);
    iterations++;
    delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(a2[i] - a[i]) + Math.abs(h2[i] - h[i]);
    [a, a2] = [a2, a];
    [h, h2] = [h2, h];
    if (delta < o.tolerance) break;
  }
  return { hubs: h, authorities: a, iterations, converged: delta < o.tolerance, delta };
}
