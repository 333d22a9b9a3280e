/**
 * Builds the scorers' input (candidates in key order, columnar evidence) directly from
 * in-memory records — an import batch or a generated workspace — without a database. Used by
 * the browser, the tests and the benchmarks; the storage adapter builds the same table from
 * its rows.
 *
 * Canonical order, the same as the storage loader's: candidates by key (code-point order);
 * each candidate's rows by kind code, then date (undated first), value, key, country,
 * language. Identities become `identity` rows (key = platform, value = 1 if verified, else 0);
 * external ranks become `external_rank` rows (key = list name with " (year)" when the year is
 * known, dated January 1 of that year, value = rank, value2 = the list's size: the largest of
 * its declared sizes, ranks and band ends, value3 = the band's end when the entry is published
 * in a band wider than one position, absent otherwise); an audience's fake share goes to value2.
 */
import { NO_DAY, dayOf } from '../dates.js';
import type { ImportBatch, ScoringInput } from '../domain.js';
import { handleKey } from '../graph/handles.js';
import { compareCodePoints } from '../text.js';
import { kindCode } from './kinds.js';
import { EvidenceTableBuilder } from './table.js';

interface Row {
  c: number;
  kind: number;
  day: number;
  value: number;
  value2: number;
  value3: number;
  key: string | null;
  country: string | null;
  language: string | null;
}

const cmpStr = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : compareCodePoints(a, b));
const cmpNum = (a: number, b: number): number => (a === b || (a !== a && b !== b) ? 0 : a !== a ? -1 : b !== b ? 1 : a - b);

export function externalListKey(list: string, year: number | null): string {
  return year === null ? list : `${list} (${year})`;
}

/** The day an external list of that year is known from: January 1 (undated without a year). */
export function externalListDay(year: number | null): number {
  return year === null ? NO_DAY : dayOf(`${String(year).padStart(4, '0')}-01-01`);
}

/**
 * Normalised handles and URLs of identities → candidate index (graph/handles.ts); a name two
 * candidates share goes to the first in key order. Null when there is none.
 */
export function aliasesOf(identities: readonly { candidateKey: string; handle?: string | null; url?: string | null }[], index: ReadonlyMap<string, number>): Map<string, number> | null {
  const out = new Map<string, number>();
  for (const id of identities) {
    const c = index.get(id.candidateKey);
    if (c === undefined) continue;
    for (const raw of [id.handle, id.url]) {
      if (!raw) continue;
      const k = handleKey(raw);
      if (k === '') continue;
      const had = out.get(k);
      if (had === undefined || c < had) out.set(k, c);
    }
  }
  return out.size > 0 ? out : null;
}

export function scoringInputFromBatch(batch: ImportBatch, field: ScoringInput['field']): ScoringInput {
  const names = new Map<string, string>();
  for (const c of batch.candidates) if (!names.has(c.key)) names.set(c.key, c.name);
  const keys = [...names.keys()].sort(compareCodePoints);
  const index = new Map(keys.map((k, i) => [k, i]));
  const at = (key: string, what: string): number => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`${what} refers to candidate "${key}", who is not in the batch`);
    return i;
  };
  const rows: Row[] = [];
  const IDENTITY = kindCode('identity');
  const RANK = kindCode('external_rank');
  const AUDIENCE = kindCode('audience');
  for (const id of batch.identities) {
    rows.push({ c: at(id.candidateKey, 'an identity'), kind: IDENTITY, day: NO_DAY, value: id.verified ? 1 : 0, value2: NaN, value3: NaN, key: id.platform, country: null, language: null });
  }
  for (const e of batch.evidence) {
    const kind = kindCode(e.kind);
    rows.push({
      c: at(e.candidateKey, 'an evidence item'),
      kind,
      day: e.date === null ? NO_DAY : dayOf(e.date),
      value: e.value ?? NaN,
      value2: kind === AUDIENCE ? (e.fakeShare ?? NaN) : NaN,
      value3: NaN,
      key: e.kind === 'peer_mention' ? e.peer : e.platform,
      country: e.country,
      language: e.language,
    });
  }
  // A list's size, as the store keeps it: the largest of its declared sizes, ranks and band ends.
  const listSize = new Map<string, number>();
  for (const r of batch.externalRanks) {
    const k = externalListKey(r.list, r.year);
    listSize.set(k, Math.max(listSize.get(k) ?? 0, r.listSize ?? 0, r.rank, r.bandEnd ?? 0));
  }
  for (const r of batch.externalRanks) {
    const k = externalListKey(r.list, r.year);
    rows.push({ c: at(r.candidateKey, 'an external rank'), kind: RANK, day: externalListDay(r.year), value: r.rank, value2: listSize.get(k)!, value3: r.bandEnd !== undefined && r.bandEnd !== null && r.bandEnd > r.rank ? r.bandEnd : NaN, key: k, country: null, language: null });
  }
  rows.sort(
    (a, b) =>
      a.c - b.c ||
      a.kind - b.kind ||
      a.day - b.day ||
      cmpNum(a.value, b.value) ||
      cmpNum(a.value2, b.value2) ||
      cmpStr(a.key, b.key) ||
      cmpStr(a.country, b.country) ||
      cmpStr(a.language, b.language) ||
      cmpNum(a.value3, b.value3),
  );
  const builder = new EvidenceTableBuilder(keys.length, rows.length + 1);
  for (const r of rows) builder.add(r.c, r.kind, r.day, r.value, r.value2, r.key, r.country, r.language, r.value3);
  return { field, candidates: keys.map((k) => ({ key: k, name: names.get(k)! })), table: builder.build(), aliases: aliasesOf(batch.identities, index) };
}
