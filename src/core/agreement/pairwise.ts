/**
 * Pairwise preferences between items, shared by MC4, local Kemenization and exact Kemeny.
 *
 * List l places a strictly above b when a's interval ends before b's begins (hi_a < lo_b);
 * overlapping intervals (ties, bands) express no preference. Unranked items:
 *  - 'both': only the lists that rank both items vote on the pair (Dwork et al. 2001, the
 *    "induced" comparison for partial lists) — an unranked item has NaN bounds, and every
 *    comparison with NaN is false;
 *  - 'bottom': an item list l does not rank sits below all its ranked ones, tied with the other
 *    unranked items, i.e. in [size_l + 1, max(n, size_l + 1)].
 * The Kemeny distance of a full order π to the lists is the number of (list, pair) votes it
 * contradicts: Σ_l #{(a, b) : l places a above b, π places b above a} (Kendall tau distance,
 * induced on each list's comparable pairs; tied pairs cost nothing whatever π does).
 */
import type { PreparedRankings } from './rankings.js';

export type UnrankedVote = 'both' | 'bottom';

/** The interval matrices to compare with under the given treatment of unranked items. */
export function intervalsFor(p: PreparedRankings, unranked: UnrankedVote): { lo: Float64Array; hi: Float64Array } {
  if (unranked === 'both') return { lo: p.lo, hi: p.hi };
  const n = p.items.length;
  const k = p.lists.length;
  const lo = Float64Array.from(p.lo);
  const hi = Float64Array.from(p.hi);
  for (let l = 0; l < k; l++) {
    const s = p.lists[l].size;
    const bottomHi = Math.max(n, s + 1);
    for (let i = 0; i < n; i++) {
      const x = i * k + l;
      if (lo[x] !== lo[x]) {
        lo[x] = s + 1;
        hi[x] = bottomHi;
      }
    }
  }
  return { lo, hi };
}

/** Number of lists that place a strictly above b. */
export function votesAbove(lo: Float64Array, hi: Float64Array, k: number, a: number, b: number): number {
  let c = 0;
  const oa = a * k;
  const ob = b * k;
  for (let l = 0; l < k; l++) if (hi[oa + l] < lo[ob + l]) c++;
  return c;
}

/** Votes for a over b minus votes for b over a. */
export function margin(lo: Float64Array, hi: Float64Array, k: number, a: number, b: number): number {
  let c = 0;
  const oa = a * k;
  const ob = b * k;
  for (let l = 0; l < k; l++) {
    if (hi[oa + l] < lo[ob + l]) c++;
    else if (hi[ob + l] < lo[oa + l]) c--;
  }
  return c;
}

/** W[a·n + b] = number of lists placing a strictly above b (O(n²k); for small instances). */
export function preferenceMatrix(p: PreparedRankings, unranked: UnrankedVote): Int32Array {
  const n = p.items.length;
  const k = p.lists.length;
  const { lo, hi } = intervalsFor(p, unranked);
  const w = new Int32Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let ab = 0;
      let ba = 0;
      const oa = a * k;
      const ob = b * k;
      for (let l = 0; l < k; l++) {
        if (hi[oa + l] < lo[ob + l]) ab++;
        else if (hi[ob + l] < lo[oa + l]) ba++;
      }
      w[a * n + b] = ab;
      w[b * n + a] = ba;
    }
  }
  return w;
}

/** Kemeny distance of `order` (item ids, best first, every item once) to the lists. */
export function kemenyDistance(p: PreparedRankings, order: ArrayLike<number>, unranked: UnrankedVote): number {
  const n = p.items.length;
  if (order.length !== n) throw new RangeError(`order has ${order.length} items, the universe ${n}`);
  const k = p.lists.length;
  const { lo, hi } = intervalsFor(p, unranked);
  let d = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) d += votesAbove(lo, hi, k, order[j], order[i]);
  }
  return d;
}
