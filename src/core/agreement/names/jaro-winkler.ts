/**
 * Jaro–Winkler similarity of two strings, in [0, 1] (1 = identical).
 *
 * Jaro: with m matching characters (equal, and no farther apart than ⌊max(|a|, |b|)/2⌋ − 1) and
 * t half the number of matched characters out of order, J = (m/|a| + m/|b| + (m − t)/m)/3, and 0
 * when m = 0. Winkler: JW = J + ℓ·p·(1 − J), ℓ the common prefix length up to `maxPrefix` (4), p
 * the prefix scale (0.1, at most 0.25). References: M. A. Jaro (1989), "Advances in record-linkage
 * methodology as applied to matching the 1985 census of Tampa, Florida", JASA 84(406);
 * W. E. Winkler (1990), "String comparator metrics and enhanced decision rules in the
 * Fellegi–Sunter model of record linkage", Proc. Section on Survey Research Methods, ASA.
 * Compares UTF-16 code units; callers normalise first (`normalise.ts`).
 */
import { AGREEMENT_DEFAULTS } from '../defaults.js';

export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!matchedB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let outOfOrder = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) outOfOrder++;
    j++;
  }
  const t = outOfOrder / 2;
  return (m / la + m / lb + (m - t) / m) / 3;
}

export function jaroWinkler(a: string, b: string, prefixScale: number = AGREEMENT_DEFAULTS.names.prefixScale, maxPrefix: number = AGREEMENT_DEFAULTS.names.maxPrefix): number {
  if (!(prefixScale >= 0 && prefixScale * maxPrefix <= 1)) throw new RangeError(`Jaro–Winkler: prefix scale ${prefixScale} × max prefix ${maxPrefix} must be in [0, 1]`);
  const j = jaro(a, b);
  let l = 0;
  const n = Math.min(maxPrefix, a.length, b.length);
  while (l < n && a.charCodeAt(l) === b.charCodeAt(l)) l++;
  return j + l * prefixScale * (1 - j);
}
