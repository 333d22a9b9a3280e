/**
 * Power extrapolation for PageRank's power iteration (used by ./pagerank.ts).
 *
 * Reference: T. H. Haveliwala, S. D. Kamvar, D. Klein, C. D. Manning, G. H. Golub, *Computing
 * PageRank using Power Extrapolation*, Stanford InfoLab technical report 2003-45 (the "A^d"
 * extrapolation; in the family of S. D. Kamvar, T. H. Haveliwala, C. D. Manning, G. H. Golub,
 * *Extrapolation methods for accelerating PageRank computations*, WWW 2003).
 *
 * The Google matrix's eigenvalues other than 1 are at most α in modulus, and on a graph with
 * several closed strongly connected parts (follower graphs have many) α and the d-th roots of
 * α^d are eigenvalues. After d power steps, x⁽ᵏ⁾ − α^d·x⁽ᵏ⁻ᵈ⁾ cancels the error components of
 * those eigenvalues exactly, so
 *
 *   x* ≈ (x⁽ᵏ⁾ − α^d · x⁽ᵏ⁻ᵈ⁾) / (1 − α^d)
 *
 * is a better estimate of the fixed point. d = 2 removes both +α and −α (bipartite-like parts,
 * which follower graphs have): on ego-Twitter it cuts the iterations to 1e-10 from 114 to about
 * 70 at the same distance to the fixed point.
 *
 * The estimate only replaces the current iterate: the power iteration then continues, and stops
 * by the same rule (L1 change between two iterations below the tolerance), so the fixed point is
 * the same. It is applied only when the iteration is converging at about the rate it assumes
 * (the L1 change fell over the last d steps by a factor close to α^d, i.e. the slow
 * components dominate): on a fast-mixing graph (R-MAT converges in 13 iterations) it would
 * amplify the other components by up to 1/(1 − α^d) and cost iterations, so it is skipped.
 * And if an extrapolation did not pay — the next iteration's L1 change is larger than the one
 * before the extrapolation (a graph whose slow components are not at ±α, e.g. a small cycle) —
 * the run extrapolates no more (./pagerank.ts), so it converges at worst like the plain power
 * iteration after one wasted step. Negative entries (possible after extrapolation) are set to 0,
 * and the vector is rescaled to its previous total.
 */

export interface ExtrapolationSettings {
  /** d: how many steps back the earlier iterate is. */
  readonly distance: number;
  /** Consider extrapolating every this many iterations (the first time at this iteration). */
  readonly every: number;
  /** Extrapolate only when (minRatio · α)^d ≤ δₖ/δₖ₋d ≤ (α / minRatio)^d (δ: L1 change of an iteration). */
  readonly minRatio: number;
}

export const POWER_EXTRAPOLATION: Readonly<ExtrapolationSettings> = Object.freeze({ distance: 2, every: 10, minRatio: 0.9 });

/** Whether the last L1 changes show the slow (rate ≈ α) components dominating. */
export function extrapolationPays(deltaNow: number, deltaDBack: number, alpha: number, s: ExtrapolationSettings = POWER_EXTRAPOLATION): boolean {
  if (!(deltaDBack > 0) || !(alpha > 0)) return false;
  const r = deltaNow / deltaDBack;
  return r >= (s.minRatio * alpha) ** s.distance && r <= (alpha / s.minRatio) ** s.distance;
}

/**
 * Replaces x (the current iterate, x⁽ᵏ⁾) by the power extrapolation from `earlier` (x⁽ᵏ⁻ᵈ⁾),
 * for nodes 0..n−1, keeping x's total.
 */
export function powerExtrapolate(x: Float64Array, earlier: Float64Array, n: number, alpha: number, distance: number): void {
  const ad = alpha ** distance;
  const scale = 1 / (1 - ad);
  let before = 0;
  let after = 0;
  for (let v = 0; v < n; v++) {
    const xv = x[v];
    before += xv;
    const z = (xv - ad * earlier[v]) * scale;
    const y = z > 0 ? z : 0;
    x[v] = y;
    after += y;
  }
  if (after > 0 && before > 0) {
    const r = before / after;
    for (let v = 0; v < n; v++) x[v] *= r;
  }
}
