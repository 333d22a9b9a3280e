/**
 * One entry point for the aggregation methods: validates and prepares the lists, then runs the
 * named method with its options (defaults: `AGREEMENT_DEFAULTS`). Each method lives in its own
 * file with its reference.
 */
import { borda, type BordaOptions } from './borda.js';
import type { AggregationMethod, Consensus } from './consensus.js';
import { kemeny, type KemenyOptions } from './kemeny.js';
import { localKemeny, type LocalKemenyOptions } from './local-kemeny.js';
import { mc4, type Mc4Options } from './mc4.js';
import { type PartialRanking, type PrepareOptions, type PreparedRankings, prepareRankings } from './rankings.js';
import { rra, type RraOptions } from './rra.js';

export const AGGREGATION_METHODS: readonly AggregationMethod[] = ['borda', 'mc4', 'localKemeny', 'kemeny', 'rra'];

export interface MethodOptions {
  borda?: Partial<BordaOptions>;
  mc4?: Partial<Mc4Options>;
  localKemeny?: Partial<LocalKemenyOptions>;
  kemeny?: Partial<KemenyOptions>;
  rra?: Partial<RraOptions>;
}

export function isAggregationMethod(x: unknown): x is AggregationMethod {
  return typeof x === 'string' && (AGGREGATION_METHODS as readonly string[]).includes(x);
}

/** Runs `method` on prepared lists. */
export function aggregatePrepared(p: PreparedRankings, method: AggregationMethod, options: MethodOptions = {}): Consensus {
  switch (method) {
    case 'borda':
      return borda(p, options.borda);
    case 'mc4':
      return mc4(p, options.mc4);
    case 'localKemeny':
      return localKemeny(p, options.localKemeny);
    case 'kemeny':
      return kemeny(p, options.kemeny);
    case 'rra':
      return rra(p, options.rra);
    default:
      throw new RangeError(`unknown aggregation method ${JSON.stringify(method)}; expected one of ${AGGREGATION_METHODS.join(', ')}`);
  }
}

/** Validates the lists (throws AgreementInputError), then aggregates them. */
export function aggregate(rankings: readonly PartialRanking[], method: AggregationMethod, options: MethodOptions & PrepareOptions = {}): Consensus {
  return aggregatePrepared(prepareRankings(rankings, options), method, options);
}
