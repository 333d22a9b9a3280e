/**
 * MC4, the majority Markov chain of Dwork, Kumar, Naor and Sivakumar (2001), "Rank aggregation
 * methods for the Web", WWW 2001, §4.3.
 *
 * The chain walks on the items: from item P it picks an item Q uniformly at random and moves to
 * Q if a majority of the lists prefers Q to P, else stays. Items are ordered by the chain's
 * stationary probability, higher first (ties by Borda score, then first appearance). Which lists
 * vote on a pair (`unranked`, see `pairwise.ts`): 'both' — the lists that rank both items, as in
 * the paper; 'bottom' — every list, an unranked item sitting below the ranked ones. A list that
 * ties the two items (overlapping intervals) abstains; Q beats P when more lists place Q above P
 * than P above Q. With a uniform jump of probability α (`damping`, > 0) at each step the chain is
 * ergodic and its stationary distribution unique (the paper's chain is α = 0, whose
 * distribution can be degenerate).
 *
 * The stationary distribution π solves, for every item Q (out(Q) = number of items that beat Q,
 * S(Q) = Σ π(P) over the items P that Q beats):
 *     π(Q) · (α + (1 − α)·out(Q)/n) = α/n + (1 − α)·S(Q)/n,
 * solved by Gauss–Seidel sweeps from the bottom of the order up (one sweep is exact when the
 * majority relation has no cycle).
 *
 * Speed: deciding all n² pairs costs O(n²k). When every list places every item (complete lists,
 * or unranked 'bottom') most pairs are settled without counting: with j = ⌊3k/4⌋ + 1, let U(Q) be
 * the j-th smallest of Q's worst positions over the k lists and V(P) the j-th largest of P's best
 * positions; if U(Q) < V(P), at least 2j − k lists place Q above P and at most 2k − 2j can place
 * P above Q, and 2j − k > 2k − 2j, so Q beats P. Only pairs whose [V, U] intervals overlap are
 * counted one list at a time; the certified pairs enter the sweeps as prefix sums.
 */
import { bordaScores } from './borda.js';
import { type Consensus, toConsensus } from './consensus.js';
import { AGREEMENT_DEFAULTS } from './defaults.js';
import { intervalsFor, type UnrankedVote } from './pairwise.js';
import type { PreparedRankings } from './rankings.js';

export interface Mc4Options {
  unranked: UnrankedVote;
  damping: number;
  tolerance: number;
  maxIterations: number;
  /** Largest number of explicitly compared pairs kept in memory (each costs 8 bytes). */
  maxExplicitPairs: number;
}

const MAX_EXPLICIT_PAIRS = 40_000_000;

/**
 * Sign-exact vote margin of a over b on whole positions (< 2^31): branch-free counting, since
 * the outcome of each list is unpredictable for close pairs ((x − y) >>> 31 is 1 when x < y), by
 * blocks of 8 lists, stopping when the remaining lists cannot change the sign.
 */
function marginInt(lo: Int32Array, hi: Int32Array, k: number, oa: number, ob: number): number {
  let c = 0;
  let l = 0;
  while (l < k) {
    const end = Math.min(k, l + 8);
    for (; l < end; l++) c += ((hi[oa + l] - lo[ob + l]) >>> 31) - ((hi[ob + l] - lo[oa + l]) >>> 31);
    const left = k - l;
    if (c > left || -c > left) break;
  }
  return c;
}

/**
 * Whole positions below 2^15 packed two lists to a 32-bit word (list 2t in the low half, 2t + 1
 * in the high half; an odd last lane holds 0, which never votes), so that one subtraction
 * compares two lists: with H = 0x80008000, ((lo_b | H) − hi_a − 0x00010001) & H has the top bit
 * of a lane set exactly when hi_a < lo_b (each lane stays within its 16 bits: no borrow
 * crosses). Returns the packed words of every item (item-major, w = ⌈k/2⌉ words each).
 */
function pack16(v: Float64Array, n: number, k: number): Uint32Array {
  const w = (k + 1) >> 1;
  const out = new Uint32Array(n * w);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < k; l++) out[i * w + (l >> 1)] |= v[i * k + l] << ((l & 1) * 16);
  }
  return out;
}

const H16 = 0x80008000 | 0;

/** Margin of a over b on packed words (see pack16), by blocks of 4 words, stopping when decided. */
function marginPacked(lo: Uint32Array, hi: Uint32Array, k: number, w: number, oa: number, ob: number): number {
  let c = 0;
  let t = 0;
  while (t < w) {
    const end = Math.min(w, t + 4);
    for (; t < end; t++) {
      const x = ((lo[ob + t] | H16) - hi[oa + t] - 0x10001) & H16;
      const y = ((lo[oa + t] | H16) - hi[ob + t] - 0x10001) & H16;
      c += ((x >>> 15) & 1) + (x >>> 31) - ((y >>> 15) & 1) - (y >>> 31);
    }
    const left = k - 2 * t;
    if (c > left || -c > left) break;
  }
  return c;
}

/**
 * The pairs whose [V, U] intervals overlap (scanned in V-ascending order `byV`), counted list by
 * list: returns the (winner, loser) pairs with a non-zero margin. On whole positions in 32-bit
 * integers when the lists are complete (NaN-free), else on the float intervals.
 */
function explicitEdges(
  byV: Int32Array,
  U: Float64Array,
  V: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
  lo32: Int32Array | null,
  hi32: Int32Array | null,
  lo16: Uint32Array | null,
  hi16: Uint32Array | null,
  k: number,
  maxPairs: number,
): { winners: Int32Array; losers: Int32Array; count: number } {
  const n = byV.length;
  const w = (k + 1) >> 1;
  let winners = new Int32Array(1 << 16);
  let losers = new Int32Array(1 << 16);
  let E = 0;
  for (let s = 0; s < n; s++) {
    const a = byV[s];
    const ua = U[a];
    const oa = a * k;
    for (let t = s + 1; t < n; t++) {
      const b = byV[t];
      if (V[b] > ua) break;
      const ob = b * k;
      let c = 0;
      if (lo16 !== null && hi16 !== null) c = marginPacked(lo16, hi16, k, w, a * w, b * w);
      else if (lo32 !== null && hi32 !== null) c = marginInt(lo32, hi32, k, oa, ob);
      else {
        for (let l = 0; l < k; l++) {
          if (hi[oa + l] < lo[ob + l]) c++;
          else if (hi[ob + l] < lo[oa + l]) c--;
        }
      }
      if (c === 0) continue;
      if (E === winners.length) {
        if (E >= maxPairs) throw new RangeError(`MC4: more than ${maxPairs} item pairs need counting (${n} items, lists that do not rank every item); use unranked 'bottom' or fewer items`);
        const w2 = new Int32Array(Math.min(E * 2, maxPairs));
        w2.set(winners);
        winners = w2;
        const l2 = new Int32Array(w2.length);
        l2.set(losers);
        losers = l2;
      }
      winners[E] = c > 0 ? a : b;
      losers[E] = c > 0 ? b : a;
      E++;
    }
  }
  return { winners, losers, count: E };
}

/** The stationary distribution of MC4 over item ids. */
export function mc4Scores(p: PreparedRankings, options: Partial<Mc4Options> = {}): { pi: Float64Array; iterations: number } {
  const o: Mc4Options = { ...AGREEMENT_DEFAULTS.mc4, maxExplicitPairs: MAX_EXPLICIT_PAIRS, ...options };
  if (!(o.damping > 0 && o.damping <= 1)) throw new RangeError(`MC4: damping must be in (0, 1], got ${o.damping}`);
  if (!(o.tolerance > 0)) throw new RangeError(`MC4: tolerance must be > 0, got ${o.tolerance}`);
  const n = p.items.length;
  const k = p.lists.length;
  const { lo, hi } = intervalsFor(p, o.unranked);
  let complete = true;
  for (let x = 0; x < lo.length; x++) {
    if (lo[x] !== lo[x]) {
      complete = false;
      break;
    }
  }
  // Quantile bounds [V, U] per item (see the header); without them every pair is counted.
  const U = new Float64Array(n).fill(Infinity);
  const V = new Float64Array(n).fill(-Infinity);
  if (complete) {
    const j = Math.floor((3 * k) / 4) + 1;
    const buf = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      for (let l = 0; l < k; l++) buf[l] = hi[i * k + l];
      buf.sort();
      U[i] = buf[j - 1];
      for (let l = 0; l < k; l++) buf[l] = lo[i * k + l];
      buf.sort();
      V[i] = buf[k - j];
    }
  }
  const borda = bordaScores(p, o.unranked === 'bottom' ? { points: 'universe', unranked: 'average' } : {});
  // Sweep order: V descending, then Borda ascending (bottom first), then id.
  const ord = new Int32Array(n);
  for (let i = 0; i < n; i++) ord[i] = i;
  ord.sort((a, b) => V[b] - V[a] || borda[a] - borda[b] || a - b);
  const posInOrd = new Int32Array(n);
  for (let t = 0; t < n; t++) posInOrd[ord[t]] = t;
  // certPrefix[Q] = number of items P with V[P] > U[Q] (a prefix of ord): the items Q beats for sure.
  const certPrefix = new Int32Array(n);
  const vDesc = new Float64Array(n);
  for (let t = 0; t < n; t++) vDesc[t] = V[ord[t]];
  for (let q = 0; q < n; q++) {
    const u = U[q];
    let a = 0;
    let b = n; // first t with vDesc[t] <= u
    while (a < b) {
      const m = (a + b) >>> 1;
      if (vDesc[m] > u) a = m + 1;
      else b = m;
    }
    certPrefix[q] = a;
  }
  // out(Q), certified part: items P with U[P] < V[Q].
  const out = new Float64Array(n);
  const uSorted = Float64Array.from(U).sort();
  for (let q = 0; q < n; q++) {
    const v = V[q];
    let a = 0;
    let b = n; // first index with uSorted >= v
    while (a < b) {
      const m = (a + b) >>> 1;
      if (uSorted[m] < v) a = m + 1;
      else b = m;
    }
    out[q] = a;
  }
  // Explicit pairs: overlapping [V, U] intervals, scanned in V-ascending order.
  const byV = Int32Array.from(ord).reverse();
  let maxPos = 0;
  if (complete) for (let x = 0; x < hi.length; x++) if (hi[x] > maxPos) maxPos = hi[x];
  const small = complete && maxPos < 0x8000;
  const lo16 = small ? pack16(lo, n, k) : null;
  const hi16 = small ? pack16(hi, n, k) : null;
  const lo32 = complete && !small ? Int32Array.from(lo) : null;
  const hi32 = complete && !small ? Int32Array.from(hi) : null;
  let { winners, losers, count: E } = explicitEdges(byV, U, V, lo, hi, lo32, hi32, lo16, hi16, k, o.maxExplicitPairs);
  // CSR of the explicit edges by winner, and explicit out-degrees.
  const start = new Int32Array(n + 1);
  for (let e = 0; e < E; e++) {
    start[winners[e] + 1]++;
    out[losers[e]]++;
  }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const beaten = new Int32Array(E);
  const fill = start.slice(0, n);
  for (let e = 0; e < E; e++) beaten[fill[winners[e]]++] = losers[e];
  winners = losers = new Int32Array(0);
  // Gauss–Seidel sweeps, bottom (end of ord) to top.
  const alpha = o.damping;
  const pi = new Float64Array(n).fill(1 / n);
  const prefix = new Float64Array(n + 1);
  const denom = new Float64Array(n);
  for (let q = 0; q < n; q++) denom[q] = alpha + ((1 - alpha) * out[q]) / n;
  let iterations = 0;
  for (; iterations < o.maxIterations; ) {
    iterations++;
    let change = 0;
    // Prefix sums over ord are needed with the new values of the items before Q in ord; sweep
    // from the top of ord would not give them, so sweep ord in order (V descending = bottom first
    // when certified; the certified set of Q is a prefix of ord, all updated already).
    prefix[0] = 0;
    for (let t = 0; t < n; t++) {
      const q = ord[t];
      let s = prefix[certPrefix[q]];
      for (let e = start[q], end = start[q + 1]; e < end; e++) s += pi[beaten[e]];
      const next = (alpha / n + ((1 - alpha) * s) / n) / denom[q];
      change += Math.abs(next - pi[q]);
      pi[q] = next;
      prefix[t + 1] = prefix[t] + next;
    }
    if (change < o.tolerance) break;
  }
  let total = 0;
  for (let q = 0; q < n; q++) total += pi[q];
  for (let q = 0; q < n; q++) pi[q] /= total;
  return { pi, iterations };
}

export function mc4(p: PreparedRankings, options: Partial<Mc4Options> = {}): Consensus {
  const o: Mc4Options = { ...AGREEMENT_DEFAULTS.mc4, maxExplicitPairs: MAX_EXPLICIT_PAIRS, ...options };
  const { pi } = mc4Scores(p, o);
  const borda = bordaScores(p, o.unranked === 'bottom' ? { points: 'universe', unranked: 'average' } : {});
  return toConsensus(p, 'mc4', `stationary probability of the MC4 chain (damping ${o.damping}, unranked ${o.unranked}); higher is better`, pi, true, borda);
}
