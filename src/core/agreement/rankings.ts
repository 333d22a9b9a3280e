/**
 * Partial rankings with ties and bands: the input of every aggregation method.
 *
 * A ranking (one published list) names some items, each with a position interval [best, worst]
 * (1 = top): a plain rank r is [r, r]; g items tied at rank r are each [r, r + g − 1] (they share
 * those g positions); a band "101–150" is [101, 150]. Items of the universe a list does not name
 * are *unranked* in it; each method documents how it treats them (see `AGREEMENT_DEFAULTS`). A
 * list's `size` is the number of positions it covers (a "top 200" has size 200 even if it names
 * fewer items); by default the largest `worst` of its entries.
 *
 * `prepareRankings` validates the lists (clear errors naming the list and the entry, never a
 * crash) and interns them into dense arrays the methods loop over. The universe is the union
 * of the items in order of first appearance (list by list, entry by entry), or the caller's
 * `items` followed by any item not among them; that order is also the final tie-break of every
 * method, so results are deterministic.
 */
import { AGREEMENT_DEFAULTS } from './defaults.js';

export interface RankedEntry {
  item: string;
  /** Best (smallest) position the item may hold, ≥ 1. */
  best: number;
  /** Worst (largest) position, ≥ best. */
  worst: number;
}

export interface PartialRanking {
  name: string;
  entries: readonly RankedEntry[];
  /** Number of positions the list covers; default the largest `worst`. */
  size?: number;
}

/** A problem in the input lists: which list, which entry (1-based, null for the whole list), what. */
export class AgreementInputError extends Error {
  constructor(
    readonly list: string,
    readonly entry: number | null,
    readonly problem: string,
  ) {
    super(`list "${list}"${entry === null ? '' : `, entry ${entry}`}: ${problem}`);
    this.name = 'AgreementInputError';
  }
}

/** One list, interned: the ids of its items and their intervals, parallel arrays in entry order. */
export interface PreparedList {
  name: string;
  size: number;
  ids: Int32Array;
  best: Float64Array;
  worst: Float64Array;
}

export interface PreparedRankings {
  /** The universe; an item's id is its index here. */
  items: string[];
  lists: PreparedList[];
  /**
   * Item-major interval matrix: for item i and list l, lo[i·k + l] and hi[i·k + l] are its
   * interval in l, NaN when l does not rank i (k = lists.length).
   */
  lo: Float64Array;
  hi: Float64Array;
}

export interface PrepareOptions {
  /** Items of the universe in the caller's order (e.g. all candidates); others follow. */
  items?: readonly string[];
  ties?: 'allow' | 'forbid';
}

const isPositiveInteger = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1;

const show = (x: unknown): string => (typeof x === 'string' ? JSON.stringify(x) : String(x));

/** Checks one ranking; throws AgreementInputError on the first problem. */
export function validateRanking(r: PartialRanking, ties: 'allow' | 'forbid' = AGREEMENT_DEFAULTS.input.ties): void {
  const name = typeof r?.name === 'string' ? r.name : String(r?.name);
  if (typeof r?.name !== 'string' || r.name.trim() === '') throw new AgreementInputError(name, null, 'the list has no name');
  if (!Array.isArray(r.entries)) throw new AgreementInputError(name, null, 'entries must be an array');
  if (r.entries.length === 0) throw new AgreementInputError(name, null, 'the list is empty');
  const seen = new Map<string, number>();
  let maxWorst = 0;
  for (let e = 0; e < r.entries.length; e++) {
    const x = r.entries[e];
    const at = e + 1;
    if (typeof x?.item !== 'string' || x.item === '') throw new AgreementInputError(name, at, `item must be a non-empty string, got ${show(x?.item)}`);
    const before = seen.get(x.item);
    if (before !== undefined) throw new AgreementInputError(name, at, `item ${show(x.item)} appears twice (entries ${before} and ${at})`);
    seen.set(x.item, at);
    if (!isPositiveInteger(x.best)) throw new AgreementInputError(name, at, `position ${show(x.best)} of ${show(x.item)} is not a whole number ≥ 1`);
    if (!isPositiveInteger(x.worst)) throw new AgreementInputError(name, at, `worst position ${show(x.worst)} of ${show(x.item)} is not a whole number ≥ 1`);
    if (x.worst < x.best) throw new AgreementInputError(name, at, `interval [${x.best}, ${x.worst}] of ${show(x.item)} is reversed`);
    if (x.worst > maxWorst) maxWorst = x.worst;
  }
  if (r.size !== undefined) {
    if (!isPositiveInteger(r.size)) throw new AgreementInputError(name, null, `size ${show(r.size)} is not a whole number ≥ 1`);
    if (r.size < maxWorst) throw new AgreementInputError(name, null, `size ${r.size} is smaller than the largest position ${maxWorst}`);
    if (r.size < r.entries.length) throw new AgreementInputError(name, null, `size ${r.size} is smaller than the number of entries ${r.entries.length}`);
  }
  // Entries that share an exact interval must fit in it (3 items "at rank 2" cannot all be second).
  // Fast path for a strict list (every interval a single, distinct position).
  const firstAtPosition = new Map<number, number>();
  let strict = true;
  for (let e = 0; e < r.entries.length && strict; e++) {
    const x = r.entries[e];
    if (x.best !== x.worst || firstAtPosition.has(x.best)) strict = false;
    else firstAtPosition.set(x.best, e + 1);
  }
  if (strict) return;
  const byInterval = new Map<string, { count: number; first: number; width: number }>();
  for (let e = 0; e < r.entries.length; e++) {
    const x = r.entries[e];
    if (ties === 'forbid' && x.best !== x.worst) {
      throw new AgreementInputError(name, e + 1, `${show(x.item)} has the interval [${x.best}, ${x.worst}] but ties are not allowed in this list`);
    }
    const key = `${x.best}-${x.worst}`;
    const g = byInterval.get(key);
    if (!g) {
      byInterval.set(key, { count: 1, first: e + 1, width: x.worst - x.best + 1 });
      continue;
    }
    g.count++;
    if (ties === 'forbid') throw new AgreementInputError(name, e + 1, `position ${x.best} is already held by entry ${g.first} and ties are not allowed in this list`);
    if (g.count > g.width) {
      const where = x.best === x.worst ? `position ${x.best}` : `the interval [${x.best}, ${x.worst}]`;
      throw new AgreementInputError(name, e + 1, `${g.count} entries share ${where}, which has room for ${g.width}; give tied entries the interval of the positions they share (see rankingFromRanks)`);
    }
  }
}

/** Validates and interns the lists. */
export function prepareRankings(rankings: readonly PartialRanking[], options: PrepareOptions = {}): PreparedRankings {
  if (!Array.isArray(rankings) || rankings.length === 0) throw new AgreementInputError('(none)', null, 'no list to aggregate');
  const ties = options.ties ?? AGREEMENT_DEFAULTS.input.ties;
  const names = new Set<string>();
  for (const r of rankings) {
    validateRanking(r, ties);
    if (names.has(r.name)) throw new AgreementInputError(r.name, null, 'two lists have this name');
    names.add(r.name);
  }
  const index = new Map<string, number>();
  const items: string[] = [];
  for (const it of options.items ?? []) {
    if (typeof it !== 'string' || it === '') throw new AgreementInputError('(universe)', null, `item must be a non-empty string, got ${show(it)}`);
    if (!index.has(it)) {
      index.set(it, items.length);
      items.push(it);
    }
  }
  for (const r of rankings) {
    for (const x of r.entries) {
      if (!index.has(x.item)) {
        index.set(x.item, items.length);
        items.push(x.item);
      }
    }
  }
  const n = items.length;
  const k = rankings.length;
  const lo = new Float64Array(n * k).fill(NaN);
  const hi = new Float64Array(n * k).fill(NaN);
  const lists: PreparedList[] = rankings.map((r, l) => {
    const m = r.entries.length;
    const ids = new Int32Array(m);
    const best = new Float64Array(m);
    const worst = new Float64Array(m);
    let size = r.size ?? 0;
    for (let e = 0; e < m; e++) {
      const x = r.entries[e];
      const id = index.get(x.item) as number;
      ids[e] = id;
      best[e] = x.best;
      worst[e] = x.worst;
      if (x.worst > size) size = x.worst;
      lo[id * k + l] = x.best;
      hi[id * k + l] = x.worst;
    }
    return { name: r.name, size, ids, best, worst };
  });
  return { items, lists, lo, hi };
}

// ---------------------------------------------------------------------------------------------
// Builders from the forms lists are published in.

/** A strict order, best first. */
export function rankingFromOrder(name: string, items: readonly string[], size?: number): PartialRanking {
  const r: PartialRanking = { name, entries: items.map((item, i) => ({ item, best: i + 1, worst: i + 1 })) };
  if (size !== undefined) r.size = size;
  return r;
}

export interface RankRow {
  item: string;
  /** The published rank; a number, or a string holding one (as read from a file). */
  rank: number | string;
}

export interface FromRanksOptions {
  ties?: 'allow' | 'forbid';
  /** Published bands: an entry whose rank is a band's `start` holds the interval [start, end]. */
  bands?: readonly { start: number; end: number }[];
  /** Rank values that mean "not ranked" (a data set's padding, e.g. 201 for a top 200): dropped. */
  padding?: readonly number[];
  size?: number;
}

function parseRank(list: string, at: number, item: string, v: number | string): number {
  const x = typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v;
  if (!isPositiveInteger(x)) throw new AgreementInputError(list, at, `rank ${show(v)} of ${show(item)} is not a whole number ≥ 1`);
  return x;
}

/**
 * Published ranks ("competition" ranking: 1, 2, 2, 4). The g entries sharing rank r get the
 * interval [r, r + g − 1]; an entry whose rank opens a band gets the band's interval (all the
 * band's entries share it). With ties 'forbid', a repeated rank is an error.
 */
export function rankingFromRanks(name: string, rows: readonly RankRow[], options: FromRanksOptions = {}): PartialRanking {
  const ties = options.ties ?? AGREEMENT_DEFAULTS.input.ties;
  const bands = new Map<number, number>();
  for (const b of options.bands ?? []) {
    if (!isPositiveInteger(b.start) || !isPositiveInteger(b.end) || b.end < b.start) throw new AgreementInputError(name, null, `band ${show(b.start)}–${show(b.end)} is not an interval of whole positions`);
    bands.set(b.start, b.end);
  }
  const padding = new Set(options.padding ?? []);
  const parsed: { item: string; rank: number; at: number }[] = [];
  const count = new Map<number, number>();
  const firstAt = new Map<number, number>();
  rows.forEach((row, e) => {
    const rank = parseRank(name, e + 1, row?.item, row?.rank);
    if (padding.has(rank)) return;
    const c = (count.get(rank) ?? 0) + 1;
    if (c > 1 && ties === 'forbid') throw new AgreementInputError(name, e + 1, `rank ${rank} is already held by entry ${firstAt.get(rank)} and ties are not allowed in this list`);
    if (c === 1) firstAt.set(rank, e + 1);
    count.set(rank, c);
    parsed.push({ item: row.item, rank, at: e + 1 });
  });
  const entries = parsed.map(({ item, rank }) => {
    const band = bands.get(rank);
    const worst = band !== undefined ? Math.max(band, rank + (count.get(rank) as number) - 1) : rank + (count.get(rank) as number) - 1;
    return { item, best: rank, worst };
  });
  const r: PartialRanking = { name, entries };
  if (options.size !== undefined) r.size = options.size;
  validateRanking(r, ties === 'forbid' ? 'allow' : ties);
  return r;
}

export interface ScoreRow {
  item: string;
  score: number | string;
}

export interface FromScoresOptions {
  /** Default true (a Klout-like score). */
  higherIsBetter?: boolean;
  /** Score values that mean "not scored" (e.g. 0): the item is left unranked. */
  unscored?: readonly number[];
}

/** A list published as scores: ranked by score, equal scores tied (sharing their positions). */
export function rankingFromScores(name: string, rows: readonly ScoreRow[], options: FromScoresOptions = {}): PartialRanking {
  const sign = options.higherIsBetter === false ? 1 : -1;
  const unscored = new Set(options.unscored ?? []);
  const kept: { item: string; score: number; at: number }[] = [];
  rows.forEach((row, e) => {
    const v = row?.score;
    const s = typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v;
    if (typeof s !== 'number' || !Number.isFinite(s)) throw new AgreementInputError(name, e + 1, `score ${show(v)} of ${show(row?.item)} is not a number`);
    if (!unscored.has(s)) kept.push({ item: row.item, score: s, at: e + 1 });
  });
  kept.sort((a, b) => sign * (a.score - b.score) || a.at - b.at);
  const entries: RankedEntry[] = [];
  for (let i = 0; i < kept.length; ) {
    let j = i;
    while (j < kept.length && kept[j].score === kept[i].score) j++;
    for (let t = i; t < j; t++) entries.push({ item: kept[t].item, best: i + 1, worst: j });
    i = j;
  }
  const r: PartialRanking = { name, entries };
  validateRanking(r, 'allow');
  return r;
}

/** Mid-position of an interval (the expected position when ties are broken at random). */
export const mid = (best: number, worst: number): number => (best + worst) / 2;
