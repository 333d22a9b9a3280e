/**
 * One page of a field's candidates, for the HTTP API's lists: key, name and how many evidence
 * items, identities and external ranks each has, in key order (code points, as everywhere in
 * the store: `collate "C"` on PostgreSQL), optionally filtered by a case-insensitive search in
 * the key and the name. Takes the Store's Kysely instance; the same query runs on SQLite and
 * PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, DialectName } from './schema.js';

export interface CandidateListItem {
  key: string;
  name: string;
  evidence: number;
  identities: number;
  externalRanks: number;
}

export interface CandidateListQuery {
  limit: number;
  offset: number;
  /** Part of the key or name, any case. */
  search?: string;
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
function likePattern(s: string): string {
  return `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listCandidates(db: Kysely<Database>, dialect: DialectName, fieldId: number, q: CandidateListQuery): Promise<{ total: number; items: CandidateListItem[] }> {
  let base = db.selectFrom('candidates as c').where('c.field_id', '=', fieldId);
  const search = q.search?.trim();
  if (search) {
    const p = likePattern(search);
    base = base.where((eb) => eb.or([sql<boolean>`lower(c.key) like ${p} escape '\\'`, sql<boolean>`lower(c.name) like ${p} escape '\\'`]));
  }
  const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const order = dialect === 'postgres' ? sql`c.key collate "C"` : sql`c.key`;
  const rows = await base
    .select([
      'c.key',
      'c.name',
      (eb) => eb.selectFrom('evidence as e').whereRef('e.candidate_id', '=', 'c.id').select((x) => x.fn.countAll().as('n')).as('evidence'),
      (eb) => eb.selectFrom('identities as i').whereRef('i.candidate_id', '=', 'c.id').select((x) => x.fn.countAll().as('n')).as('identities'),
      (eb) => eb.selectFrom('external_ranking_entries as r').whereRef('r.candidate_id', '=', 'c.id').select((x) => x.fn.countAll().as('n')).as('externalRanks'),
    ])
    .orderBy(order)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return {
    total,
    items: rows.map((r) => ({ key: r.key, name: r.name, evidence: Number(r.evidence), identities: Number(r.identities), externalRanks: Number(r.externalRanks) })),
  };
}
