/**
 * Power extrapolation for PageRank's power iteration (used by ./pagerank.ts).
 *
 * References: T. H. Haveliwala, S. D. Kamvar, D. Klein, C. D. Manning, G. H. Golub, *Computing
 * PageRank using Power Extrapolation*, Stanford InfoLab technical report 2003-45 (the "A^d"
 * extrapolation), and S. D. Kamvar, T. H. Haveliwala, C. D. Manning, G. H. Golub,
 * *Extrapolation methods for accelerating PageRank computations*, WWW 2003 (Aitken's idea:
 * estimate the slow error mode from the iterates themselves).
 *
 * If the error of the iterate after k steps is dominated by modes whose d-th powers are one
 * number ρ = λ^d (λ and −λ for d = 2: follower graphs have bipartite-like parts, whose modes
 * come in ± pairs), then x⁽ᵏ⁾ − ρ·x⁽ᵏ⁻ᵈ⁾ cancels them, and
 *
 *   x* ≈ (x⁽ᵏ⁾ − ρ · x⁽ᵏ⁻ᵈ⁾) / (1 − ρ)
 *
 * is a better estimate of the fixed point. Haveliwala et al. take ρ = α^d (α the damping, the
 * modulus of the Google matrix's second eigenvalue on most web graphs); here ρ is estimated as
 * in Aitken's method, from the iteration's own L1 changes, ρ ≈ δₖ / δₖ₋d, which fits graphs whose
 * slow mode is below α (ego-Twitter's decays by about 0.77 per step, not 0.85: with ρ = α² it
 * saved 43 iterations of 114, with the estimate 58). d = 2, considered every 6 iterations.
 *
 * The estimate only replaces the current iterate: the power iteration then continues, and stops
 * by the same rule (L1 change between two iterations below the tolerance), so the fixed point is
 * the same. Safeguards: it is applied only when 0.2 < ρ < 0.95 (a fast-mixing graph — R-MAT
 * converges in 13 iterations — has nothing to gain, and near 1 the division amplifies noise);
 * and if d iterations after an extrapolation the L1 change is not below the one it had before,
 * extrapolation is off for the rest of the run (./pagerank.ts), so a graph whose slow modes do
 * not fit (e.g. a 3-cycle: modes α·e^{±2πi/3}) converges at worst like the plain iteration after
 * a few wasted steps. Negative entries (possible after extrapolation) are set to 0, and the
 * vector is rescaled to its previous total.
 */

export interface ExtrapolationSettings {
  /** d: how many steps back the earlier iterate is. */
  readonly distance: number;
  /** Consider extrapolating every this many iterations (the first time at this iteration). */
  readonly every: number;
  /** Extrapolate only when minRho < ρ = δₖ/δₖ₋d < maxRho (δ: L1 change of an iteration). */
  readonly minRho: number;
  readonly maxRho: number;
}

export const POWER_EXTRAPOLATION: Readonly<ExtrapolationSettings> = Object.freeze({ distance: 2, every: 6, minRho: 0.2, maxRho: 0.95 });

/** ρ = δₖ/δₖ₋d when extrapolating with it should pay, else null. */
export function extrapolationRho(deltaNow: number, deltaDBack: number, s: ExtrapolationSettings = POWER_EXTRAPOLATION): number | null {
  if (!(deltaDBack > 0)) return null;
  const rho = deltaNow / deltaDBack;
  return rho > s.minRho && rho < s.maxRho ? rho : null;
}

/**
 * Replaces x (the current iterate, x⁽ᵏ⁾) by (x⁽ᵏ⁾ − ρ·x⁽ᵏ⁻ᵈ⁾)/(1 − ρ) with `earlier` = x⁽ᵏ⁻ᵈ⁾,
 * for nodes 0..n−1, negative entries set to 0, rescaled to x's previous total.
 */
export function powerExtrapolate(x: Float64Array, earlier: Float64Array, n: number, rho: number): void {
  const scale = 1 / (1 - rho);
  let before = 0;
  let after = 0;
  for (let v = 0; v < n; v++) {
    const xv = x[v];
    before += xv;
    const z = (xv - rho * earlier[v]) * scale;
    const y = z > 0 ? z : 0;
    x[v] = y;
    after += y;
  }
  if (after > 0 && before > 0) {
    const r = before / after;
    for (let v = 0; v < n; v++) x[v] *= r;
  }
}

/**
 * powerExtrapolate on a vector in contribution form (PageRank's state, ./pagerank.ts: x(v)/s(v)
 * where the out-strength s(v) > 0, x(v) itself where s(v) = 0), in place; `earlier` holds scores.
 * Returns the new iterate's dangling mass (the sum of x where s = 0).
 */
export function powerExtrapolateContributions(c: Float64Array, earlier: Float64Array, n: number, rho: number, strength: Float64Array): number {
  const scale = 1 / (1 - rho);
  let before = 0;
  let after = 0;
  for (let v = 0; v < n; v++) {
    const s = strength[v];
    const xv = s > 0 ? c[v] * s : c[v];
    before += xv;
    const z = (xv - rho * earlier[v]) * scale;
    const y = z > 0 ? z : 0;
    c[v] = y;
    after += y;
  }
  const rescale = after > 0 && before > 0;
  const r = rescale ? before / after : 1;
  let dangling = 0;
  for (let v = 0; v < n; v++) {
    const xv = rescale ? c[v] * r : c[v];
    const s = strength[v];
    if (s > 0) c[v] = xv / s;
    else {
      c[v] = xv;
      dangling += xv;
    }
  }
  return dangling;
}
