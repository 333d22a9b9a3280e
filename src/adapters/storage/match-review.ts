/**
 * A person's decision on a doubtful match of a published list's entry (the review queue of
 * `rankings match --apply`, migration 0003): accept it (the proposed candidate, or another),
 * reject it (none of the field's candidates), or make it a new candidate. Accepting or adding
 * stores the entry's rank first, then keeps the decision and takes the entry out of the queue,
 * so that a stop in between leaves it queued and deciding again stores nothing twice. Shared by
 * `eclaireur match review` and the HTTP API.
 */
import { slugOf } from '../import/index.js';
import type { QueuedMatch, Store } from './store.js';

/** A new candidate's key from a name: its slug, made unique among `taken` with -2, -3… (added to `taken`). */
export function newCandidateKey(name: string, taken: Set<string>): string {
  const base = slugOf(name) || 'candidate';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  taken.add(key);
  return key;
}

/**
 * Stores one queued entry's rank: for candidate `key`, or, when `key` is null, for a new
 * candidate made from the entry's name (its key unique among `taken`). Returns the key.
 */
export async function storeRankOf(
  store: Store,
  fieldId: number,
  q: { list: string; year: number | null; size: number | null; rank: number; bandEnd?: number | null; name: string; identifiers?: string[]; file: string | null; line: number | null },
  key: string | null,
  taken: Set<string> | null,
): Promise<string> {
  const origin = q.file ? { file: q.file, line: q.line ?? 0 } : null;
  // An entry known only by a handle or URL is named by it.
  const label = q.name !== '' ? q.name : (q.identifiers?.[0] ?? 'candidate');
  const k = key ?? newCandidateKey(label, taken ?? new Set());
  const input = await store.loadScoringInput(fieldId);
  const name = key === null ? label : (input.candidates.find((c) => c.key === key)?.name ?? label);
  await store.applyImport(
    fieldId,
    {
      candidates: key === null ? [{ key: k, name, origin }] : [],
      identities: [],
      evidence: [],
      externalRanks: [{ candidateKey: k, name, list: q.list, year: q.year, rank: q.rank, ...(q.bandEnd ? { bandEnd: q.bandEnd } : {}), listSize: q.size, sourceUrl: null, origin }],
    },
    q.file ?? 'review',
  );
  return k;
}

export type ReviewDecision = { kind: 'accept'; candidate?: string } | { kind: 'reject' } | { kind: 'new' };

export type ReviewOutcome =
  | { kind: 'accepted'; entry: QueuedMatch; key: string; name: string }
  | { kind: 'rejected'; entry: QueuedMatch }
  | { kind: 'created'; entry: QueuedMatch; key: string };

/** Why a decision could not be applied: no such queued entry, no candidate proposed or given, or no such candidate. */
export class ReviewError extends Error {
  constructor(
    readonly reason: 'no-entry' | 'no-proposal' | 'no-candidate',
    readonly value: string,
  ) {
    super(`${reason}: ${value}`);
    this.name = 'ReviewError';
  }
}

/** Applies a decision to the queued entry `id` of the field. */
export async function decideQueuedMatch(store: Store, fieldId: number, id: number, d: ReviewDecision): Promise<ReviewOutcome> {
  const q = (await store.matchQueue(fieldId)).find((x) => x.id === id);
  if (!q) throw new ReviewError('no-entry', String(id));
  const input = await store.loadScoringInput(fieldId);
  const names = new Map(input.candidates.map((c) => [c.key, c.name]));
  if (d.kind === 'reject') {
    await store.decideMatch(fieldId, q.entry, null);
    await store.unqueueMatch(fieldId, id);
    return { kind: 'rejected', entry: q };
  }
  if (d.kind === 'new') {
    const key = await storeRankOf(store, fieldId, q, null, new Set(names.keys()));
    await store.decideMatch(fieldId, q.entry, key);
    await store.unqueueMatch(fieldId, id);
    return { kind: 'created', entry: q, key };
  }
  const key = d.candidate ?? q.proposed;
  if (!key) throw new ReviewError('no-proposal', String(id));
  if (!names.has(key)) throw new ReviewError('no-candidate', key);
  await storeRankOf(store, fieldId, q, key, null);
  await store.decideMatch(fieldId, q.entry, key);
  await store.unqueueMatch(fieldId, id);
  return { kind: 'accepted', entry: q, key, name: names.get(key)! };
}
