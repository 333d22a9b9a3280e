/**
 * Matching an entry of a published list to a candidate: identical handle or URL first, then the
 * names (`normalise.ts`) compared token by token with Jaro–Winkler (`jaro-winkler.ts`), with two
 * thresholds (`AGREEMENT_DEFAULTS.names`): at or above `matchThreshold` a match, at or above
 * `reviewThreshold` a pair for the review queue, below it no match.
 *
 * Name score, in [0, 1]:
 *  1. identical normalised tokens, or identical compact forms (particles and spaces included:
 *     "de la Fontaine" = "Delafontaine"), score 1;
 *  2. otherwise the tokens of the shorter name are paired one to one with those of the longer
 *     (greedily, best pair first; the order does not matter, so "Tremblay Marie" = "Marie
 *     Tremblay"); an initial pairs with a token it begins ("J" ~ "jean") at `initialScore`
 *     (0.9: never a match on its own, since J. Tremblay may be Julie); the score is the *lowest*
 *     paired similarity, so one different given name is enough to fall below the match threshold
 *     (Marie vs Martine Tremblay), times `extraTokenFactor` (0.9) per token of the longer name
 *     left unpaired (Jean vs Jean-Paul Tremblay: in Québec a different first name);
 *  3. a token and its feminine form (Louis/Louise, Stéphane/Stéphanie, Daniel/Danielle: the
 *     longer one is the shorter, or the shorter less a final e, plus e, ne, le, ie, te, ette, lle,
 *     ine, a or o — Éric/Érica, Marc/Marco) pair at most at `genderedScore` (0.8): two people,
 *     not a typo (a doubled letter, Catherinne, is a typo).
 * Handles and URLs compare after `normaliseIdentifier`; a shared one is a match whatever the
 * names say (score 1, reason 'identifier').
 */
import { AGREEMENT_DEFAULTS } from '../defaults.js';
import { jaroWinkler } from './jaro-winkler.js';
import { normaliseIdentifier, normaliseName, type NormalisedName } from './normalise.js';

export type MatchDecision = 'match' | 'review' | 'no-match';

export interface NameMatchOptions {
  matchThreshold: number;
  reviewThreshold: number;
  prefixScale: number;
  maxPrefix: number;
}

/** Scoring constants of the token pairing (see the header). */
export const NAME_SCORING = { initialScore: 0.9, extraTokenFactor: 0.9, genderedScore: 0.8 } as const;

export interface NamedRecord {
  name: string;
  /** Handles (@name) and profile URLs; any shared one decides. */
  identifiers?: readonly string[];
}

export interface NameComparison {
  decision: MatchDecision;
  score: number;
  reason: 'identifier' | 'name' | 'empty';
}

/** Endings that make a French given name feminine (Louis → Louise, Stéphane → Stéphanie, Daniel → Danielle). */
const FEMININE_ENDINGS = new Set(['e', 'ne', 'le', 'ie', 'te', 'ette', 'lle', 'ine', 'a', 'o']);

/** Whether `long` is `short` with one letter doubled (a typo: Catherinne, Houtte). */
function doubledLetter(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

function tokenSimilarity(a: string, b: string, o: NameMatchOptions): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) {
    const [short, long] = a.length === 1 ? [a, b] : [b, a];
    return long.startsWith(short) ? NAME_SCORING.initialScore : 0;
  }
  const s = jaroWinkler(a, b, o.prefixScale, o.maxPrefix);
  // A masculine and a feminine form are two names, however close their spelling.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.endsWith('e') && !long.startsWith(short) ? short.slice(0, -1) : short;
  if (long.startsWith(stem) && FEMININE_ENDINGS.has(long.slice(stem.length)) && !(doubledLetter(short, long) && !long.endsWith('ee'))) return Math.min(s, NAME_SCORING.genderedScore);
  return s;
}

/** Similarity of two normalised names, in [0, 1]. */
export function nameScore(x: NormalisedName, y: NormalisedName, options: Partial<NameMatchOptions> = {}): number {
  const o: NameMatchOptions = { ...AGREEMENT_DEFAULTS.names, ...options };
  if (x.tokens.length === 0 || y.tokens.length === 0) return 0;
  if (x.compact === y.compact || x.tokens.join(' ') === y.tokens.join(' ')) return 1;
  const [short, long] = x.tokens.length <= y.tokens.length ? [x.tokens, y.tokens] : [y.tokens, x.tokens];
  const pairs: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < short.length; i++) for (let j = 0; j < long.length; j++) pairs.push({ i, j, s: tokenSimilarity(short[i], long[j], o) });
  pairs.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const usedI = new Uint8Array(short.length);
  const usedJ = new Uint8Array(long.length);
  let min = 1;
  let paired = 0;
  for (const p of pairs) {
    if (usedI[p.i] || usedJ[p.j]) continue;
    usedI[p.i] = 1;
    usedJ[p.j] = 1;
    if (p.s < min) min = p.s;
    if (++paired === short.length) break;
  }
  return min * NAME_SCORING.extraTokenFactor ** (long.length - short.length);
}

export function decide(score: number, options: Partial<NameMatchOptions> = {}): MatchDecision {
  const o: NameMatchOptions = { ...AGREEMENT_DEFAULTS.names, ...options };
  if (!(o.reviewThreshold <= o.matchThreshold)) throw new RangeError(`name matching: the review threshold ${o.reviewThreshold} is above the match threshold ${o.matchThreshold}`);
  return score >= o.matchThreshold ? 'match' : score >= o.reviewThreshold ? 'review' : 'no-match';
}

/** Compares two records: a shared identifier first, then the names. */
export function compareRecords(a: NamedRecord, b: NamedRecord, options: Partial<NameMatchOptions> = {}): NameComparison {
  const ids = new Set((a.identifiers ?? []).map(normaliseIdentifier).filter((x) => x !== ''));
  for (const id of b.identifiers ?? []) {
    if (ids.has(normaliseIdentifier(id))) return { decision: 'match', score: 1, reason: 'identifier' };
  }
  const x = normaliseName(a.name);
  const y = normaliseName(b.name);
  if (x.tokens.length === 0 || y.tokens.length === 0) return { decision: 'no-match', score: 0, reason: 'empty' };
  const score = nameScore(x, y, options);
  return { decision: decide(score, options), score, reason: 'name' };
}

export interface CandidateRecord extends NamedRecord {
  key: string;
}

export interface EntryMatch {
  /** The best candidate, or null when none reaches the review threshold. */
  candidate: string | null;
  decision: MatchDecision;
  score: number;
  reason: NameComparison['reason'];
  /** Other candidates at or above the review threshold, best first (an ambiguous entry goes to review). */
  alternatives: { candidate: string; score: number }[];
}

/**
 * Matches one list entry against the candidates. A match that another candidate also reaches
 * (two people whose names both match) is downgraded to review; an identifier match is never.
 */
export function matchEntry(entry: NamedRecord, candidates: readonly CandidateRecord[], options: Partial<NameMatchOptions> = {}): EntryMatch {
  const scored = candidates
    .map((c) => ({ c, r: compareRecords(entry, c, options) }))
    .filter((x) => x.r.decision !== 'no-match')
    .sort((p, q) => Number(q.r.reason === 'identifier') - Number(p.r.reason === 'identifier') || q.r.score - p.r.score || (p.c.key < q.c.key ? -1 : p.c.key > q.c.key ? 1 : 0));
  if (scored.length === 0) return { candidate: null, decision: 'no-match', score: 0, reason: 'name', alternatives: [] };
  const [best, ...rest] = scored;
  let decision = best.r.decision;
  if (decision === 'match' && best.r.reason !== 'identifier' && rest.some((x) => x.r.decision === 'match')) decision = 'review';
  return { candidate: best.c.key, decision, score: best.r.score, reason: best.r.reason, alternatives: rest.map((x) => ({ candidate: x.c.key, score: x.r.score })) };
}
