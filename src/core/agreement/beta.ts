/**
 * The regularised incomplete beta function I_x(a, b) for whole a, b ≥ 1 — the distribution
 * function of the a-th smallest of a + b − 1 independent uniforms (R's `pbeta(x, a, b)` for such
 * arguments), as needed by Robust Rank Aggregation (`rra.ts`).
 *
 * With m = a + b − 1, I_x(a, b) = P(Binomial(m, x) ≥ a) = Σ_{i=a}^{m} C(m, i) x^i (1 − x)^{m−i}
 * (e.g. Abramowitz & Stegun 26.5.24). Every term is positive, so the sum is accurate to a few
 * ulps even for tiny values; the terms are computed in logarithms (log-factorials by summation,
 * exact enough for m up to a few thousand lists), and the complement is summed instead when it
 * has fewer terms.
 */

const logFactorials: number[] = [0];

function logFactorial(m: number): number {
  for (let i = logFactorials.length; i <= m; i++) logFactorials.push(logFactorials[i - 1] + Math.log(i));
  return logFactorials[m];
}

/** I_x(a, b) for whole a, b ≥ 1 and x in [0, 1]. */
export function betaCdfInt(x: number, a: number, b: number): number {
  if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= 1)) throw new RangeError(`betaCdfInt: a and b must be whole numbers ≥ 1, got ${a}, ${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`betaCdfInt: x must be in [0, 1], got ${x}`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  const m = a + b - 1;
  const lx = Math.log(x);
  const l1x = Math.log1p(-x);
  const lm = logFactorial(m);
  const term = (i: number): number => Math.exp(lm - logFactorial(i) - logFactorial(m - i) + i * lx + (m - i) * l1x);
  // P(X ≥ a) directly when it is the shorter (or the smaller) side, else 1 − P(X ≤ a − 1).
  const mean = m * x;
  if (a > mean) {
    let s = 0;
    for (let i = m; i >= a; i--) s += term(i);
    return Math.min(1, s);
  }
  let s = 0;
  for (let i = 0; i < a; i++) s += term(i);
  return Math.max(0, 1 - s);
}
