/**
 * Agreement with other rankings (index 10): partial rankings with ties and bands, the
 * aggregation methods (one file each, with its reference), the agreement signal, and the name
 * matching of list entries to candidates. Pure: no I/O, runs in a browser too.
 */
export { AGREEMENT_DEFAULTS, type AgreementDefaults } from './defaults.js';
export {
  AgreementInputError,
  mid,
  type PartialRanking,
  type PreparedList,
  type PreparedRankings,
  type PrepareOptions,
  prepareRankings,
  type RankedEntry,
  rankingFromOrder,
  rankingFromRanks,
  rankingFromScores,
  type FromRanksOptions,
  type FromScoresOptions,
  type RankRow,
  type ScoreRow,
  validateRanking,
} from './rankings.js';
export { rankingName, rankingsFromExternalEntries } from './from-domain.js';
export { type AggregationMethod, type Consensus, type ConsensusEntry } from './consensus.js';
export { aggregate, aggregatePrepared, AGGREGATION_METHODS, isAggregationMethod, type MethodOptions } from './aggregate.js';
export { borda, bordaScores, type BordaOptions } from './borda.js';
export { mc4, mc4Scores, type Mc4Options } from './mc4.js';
export { localKemenize, localKemeny, type LocalKemenyOptions } from './local-kemeny.js';
export { kemeny, kemenyOptimal, type KemenyOptions } from './kemeny.js';
export { rra, rraScores, rhoScore, type RraOptions } from './rra.js';
export { kemenyDistance, preferenceMatrix, type UnrankedVote } from './pairwise.js';
export { agreement, agreementFromConsensus, type AgreementEntry, type AgreementOptions, type AgreementWeights } from './agreement-index.js';
export { jaro, jaroWinkler } from './names/jaro-winkler.js';
export { foldName, normaliseIdentifier, normaliseName, type NormalisedName } from './names/normalise.js';
export { compareRecords, decide, matchEntry, nameScore, NAME_SCORING, type CandidateRecord, type EntryMatch, type MatchDecision, type NameComparison, type NameMatchOptions, type NamedRecord } from './names/match.js';
