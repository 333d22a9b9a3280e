/**
 * Local Kemenization (Dwork, Kumar, Naor, Sivakumar 2001, "Rank aggregation methods for the
 * Web", WWW 2001, §5).
 *
 * Computes a *locally Kemeny-optimal* order consistent with a starting order μ: no two adjacent
 * items a above b such that more lists place b above a than a above b (swapping any adjacent pair
 * would not lower the Kemeny distance). The procedure of the paper: take the items in μ's order;
 * append each to the current order and move it up while the majority of the lists prefers it to
 * the item just above it (strictly more votes; ties keep μ's order). The result satisfies the
 * extended Condorcet criterion and differs from μ only where the majority disagrees with it.
 * Pairwise votes and the treatment of unranked items are those of `pairwise.ts`. Start
 * (`AGREEMENT_DEFAULTS.localKemeny.start`): Borda (plain) or MC4, or any order the caller gives.
 *
 * Cost: O(k · (n + number of moves)); at most O(n² k) when the start is far from the majority.
 */
import { borda } from './borda.js';
import { type Consensus, consensusFromOrder } from './consensus.js';
import { AGREEMENT_DEFAULTS } from './defaults.js';
import { mc4 } from './mc4.js';
import { intervalsFor, margin, type UnrankedVote } from './pairwise.js';
import type { PreparedRankings } from './rankings.js';

export interface LocalKemenyOptions {
  unranked: UnrankedVote;
  start: 'borda' | 'mc4';
  /** A starting order of item ids (every id once), instead of `start`. */
  startOrder?: Int32Array;
}

/** Locally Kemenizes `start` (item ids, best first); returns a new array. */
export function localKemenize(p: PreparedRankings, start: ArrayLike<number>, unranked: UnrankedVote): Int32Array {
  const n = p.items.length;
  const k = p.lists.length;
  if (start.length !== n) throw new RangeError(`local Kemenization: the start order has ${start.length} items, the universe ${n}`);
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = start[i];
    if (!(id >= 0 && id < n) || seen[id]) throw new RangeError(`local Kemenization: the start order is not a permutation of the ${n} items (at ${i})`);
    seen[id] = 1;
  }
  const { lo, hi } = intervalsFor(p, unranked);
  const cur = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = start[i];
    let j = i;
    cur[j] = x;
    while (j > 0 && margin(lo, hi, k, x, cur[j - 1]) > 0) {
      cur[j] = cur[j - 1];
      cur[j - 1] = x;
      j--;
    }
  }
  return cur;
}

export function localKemeny(p: PreparedRankings, options: Partial<LocalKemenyOptions> = {}): Consensus {
  const o = { ...AGREEMENT_DEFAULTS.localKemeny, ...options };
  const start = o.startOrder ?? (o.start === 'mc4' ? mc4(p, { unranked: o.unranked }) : borda(p)).order;
  const order = localKemenize(p, start, o.unranked);
  return consensusFromOrder(p, 'localKemeny', `position after local Kemenization of ${o.startOrder ? 'the given order' : o.start} (unranked ${o.unranked}); lower is better`, order);
}
