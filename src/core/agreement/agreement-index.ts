/**
 * The agreement signal of index 10 (`ranking_agreement`): how far the field's other published
 * rankings confirm an item, as 0–100, from three components (each in [0, 1]):
 *  - coverage = c / K, the share of the K lists that rank the item;
 *  - position = 1 − (r − 1)/n, from the item's competition rank r in the consensus of the
 *    lists (`AGREEMENT_DEFAULTS.index.method`) over the n items of the universe;
 *  - unanimity = 1 − 2·sd, where sd is the population standard deviation over the K lists of
 *    the item's normalised position q_l = 1 − (mid − 1)/size_l (1 at the top of a list, 1/size at
 *    its bottom, 0 when the list does not rank it); 2·sd ≤ 1 since q ∈ [0, 1], so unanimity is 1
 *    when every list places the item alike (including everywhere absent), and near 0 when half
 *    the lists put it on top and the others leave it out.
 * signal = 100 · (w_c·coverage + w_p·position + w_u·unanimity) / (w_c + w_p + w_u), default
 * equal weights; null for an item no list ranks (missing evidence is not a score). References:
 * Borda (1781) and Dwork et al. (2001) for the aggregation (see each method's file); the
 * dispersion is the usual standard deviation of positional scores.
 */
import { aggregatePrepared, type MethodOptions } from './aggregate.js';
import type { Consensus } from './consensus.js';
import { AGREEMENT_DEFAULTS } from './defaults.js';
import { type PartialRanking, type PrepareOptions, type PreparedRankings, prepareRankings } from './rankings.js';

export interface AgreementWeights {
  coverage: number;
  position: number;
  unanimity: number;
}

export interface AgreementEntry {
  item: string;
  /** Number of lists that rank the item. */
  lists: number;
  coverage: number;
  /** Competition rank in the consensus (1 = best). */
  aggregatedRank: number;
  position: number;
  /** Standard deviation of the normalised positions over all lists (0 when absent = 0). */
  dispersion: number;
  unanimity: number;
  /** 0–100; null when no list ranks the item. */
  signal: number | null;
  /** RRA consensus only: the item's p-value. */
  pValue?: number;
}

/** The agreement of every item of the universe (in id order), given a consensus of the same lists. */
export function agreementFromConsensus(p: PreparedRankings, consensus: Consensus, weights: Partial<AgreementWeights> = {}): AgreementEntry[] {
  const w: AgreementWeights = { ...AGREEMENT_DEFAULTS.index.weights, ...weights };
  for (const [key, v] of Object.entries(w)) if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`agreement weight ${key} must be a number ≥ 0, got ${v}`);
  const W = w.coverage + w.position + w.unanimity;
  if (!(W > 0)) throw new RangeError('agreement weights must not all be 0');
  const n = p.items.length;
  const K = p.lists.length;
  if (consensus.order.length !== n) throw new RangeError(`the consensus has ${consensus.order.length} items, the lists ${n}`);
  const rank = new Float64Array(n);
  const pValue = new Float64Array(n).fill(NaN);
  consensus.entries.forEach((e, i) => {
    rank[consensus.order[i]] = e.rank;
    if (e.pValue !== undefined) pValue[consensus.order[i]] = e.pValue;
  });
  const count = new Int32Array(n);
  const sum = new Float64Array(n);
  const sum2 = new Float64Array(n);
  for (const list of p.lists) {
    for (let e = 0; e < list.ids.length; e++) {
      const q = 1 - ((list.best[e] + list.worst[e]) / 2 - 1) / list.size;
      const id = list.ids[e];
      count[id]++;
      sum[id] += q;
      sum2[id] += q * q;
    }
  }
  const out: AgreementEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const mean = sum[i] / K;
    const sd = Math.sqrt(Math.max(0, sum2[i] / K - mean * mean));
    const coverage = count[i] / K;
    const position = 1 - (rank[i] - 1) / n;
    const unanimity = Math.max(0, 1 - 2 * sd);
    const signal = count[i] === 0 ? null : (100 * (w.coverage * coverage + w.position * position + w.unanimity * unanimity)) / W;
    const e: AgreementEntry = { item: p.items[i], lists: count[i], coverage, aggregatedRank: rank[i], position, dispersion: sd, unanimity, signal };
    if (pValue[i] === pValue[i]) e.pValue = pValue[i];
    out[i] = e;
  }
  return out;
}

export interface AgreementOptions extends PrepareOptions {
  method?: 'borda' | 'mc4' | 'localKemeny' | 'rra';
  methodOptions?: MethodOptions;
  weights?: Partial<AgreementWeights>;
}

/** Validates the lists, aggregates them and scores every item's agreement (universe order). */
export function agreement(rankings: readonly PartialRanking[], options: AgreementOptions = {}): { consensus: Consensus; entries: AgreementEntry[] } {
  const p = prepareRankings(rankings, options);
  const consensus = aggregatePrepared(p, options.method ?? AGREEMENT_DEFAULTS.index.method, options.methodOptions);
  return { consensus, entries: agreementFromConsensus(p, consensus, options.weights) };
}
