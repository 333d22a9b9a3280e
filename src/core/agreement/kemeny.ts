/**
 * Exact Kemeny aggregation for small instances, to test the heuristics against.
 *
 * Computes an order π of the n items that minimises the Kemeny distance Σ_l K(π, l) (the number
 * of list votes on pairs that π contradicts; see `pairwise.ts` for votes, ties and unranked
 * items). Kemeny (1959), "Mathematics without numbers", Daedalus 88; NP-hard for 4 lists or more
 * (Dwork et al. 2001), so solved here by dynamic programming over subsets (Held–Karp style):
 * with W[y][x] the votes for y above x, the best cost of placing the set S on top is
 *     f(∅) = 0,  f(S ∪ {x}) = min over x ∉ S of f(S) + Σ_{y ∉ S ∪ {x}} W[y][x],
 * since placing x right after S puts it above every item not yet placed. O(2^n · n²) time and
 * O(2^n) memory, refused above `AGREEMENT_DEFAULTS.kemeny.maxItems` items. Among optimal orders
 * the one found first with items tried in id order is returned (deterministic).
 */
import { type Consensus, consensusFromOrder } from './consensus.js';
import { AGREEMENT_DEFAULTS } from './defaults.js';
import { preferenceMatrix, type UnrankedVote } from './pairwise.js';
import type { PreparedRankings } from './rankings.js';

export interface KemenyOptions {
  unranked: UnrankedVote;
  maxItems: number;
}

/** An optimal order (item ids, best first) and its Kemeny distance. */
export function kemenyOptimal(p: PreparedRankings, options: Partial<KemenyOptions> = {}): { order: Int32Array; distance: number } {
  const o: KemenyOptions = { ...AGREEMENT_DEFAULTS.kemeny, ...options };
  const n = p.items.length;
  if (n > o.maxItems) throw new RangeError(`exact Kemeny: ${n} items is more than the limit of ${o.maxItems} (the work grows as 2^n · n²)`);
  if (n > 30) throw new RangeError(`exact Kemeny: ${n} items cannot be enumerated`);
  const w = preferenceMatrix(p, o.unranked);
  const full = (1 << n) - 1;
  const f = new Float64Array(1 << n).fill(Infinity);
  const last = new Int8Array(1 << n).fill(-1);
  f[0] = 0;
  for (let s = 0; s < full; s++) {
    const fs = f[s];
    if (fs === Infinity) continue;
    for (let x = 0; x < n; x++) {
      if (s & (1 << x)) continue;
      const placed = s | (1 << x);
      let add = 0;
      for (let y = 0; y < n; y++) if (!(placed & (1 << y))) add += w[y * n + x];
      const c = fs + add;
      if (c < f[placed]) {
        f[placed] = c;
        last[placed] = x;
      }
    }
  }
  const order = new Int32Array(n);
  for (let s = full, i = n - 1; i >= 0; i--) {
    const x = last[s];
    order[i] = x;
    s &= ~(1 << x);
  }
  return { order, distance: f[full] };
}

export function kemeny(p: PreparedRankings, options: Partial<KemenyOptions> = {}): Consensus {
  const o: KemenyOptions = { ...AGREEMENT_DEFAULTS.kemeny, ...options };
  const { order, distance } = kemenyOptimal(p, o);
  return consensusFromOrder(p, 'kemeny', `position in an exact Kemeny-optimal order (distance ${distance}, unranked ${o.unranked}); lower is better`, order);
}
