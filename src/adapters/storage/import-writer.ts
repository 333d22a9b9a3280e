/**
 * The writing half of an import, inside the one transaction the store opens for it
 * (`Store.importSession`): candidates, identities, external rankings and evidence, added in
 * parts — the whole batch at once (`Store.applyImport`), or chunk by chunk while another
 * thread is still reading the files (adapters/pipeline). Either way the end state is the
 * same, and a failure anywhere rolls the transaction back: the store is left as it was.
 *
 * Deduplication (so that importing the same file twice changes nothing): candidates on their
 * key; identities on (candidate, platform, handle, url), a verified one upgrading a stored
 * unverified one; external ranking entries on (list, year, candidate); evidence on a hash of
 * its content (canonical.ts), never of its origin.
 *
 * Hot path (millions of evidence rows): SQLite gets prepared multi-row INSERTs on the very
 * better-sqlite3 connection Kysely's transaction holds, arguments spread rather than in an
 * array (both about halve better-sqlite3's per-row cost), rows in primary-key order
 * (candidate, natural key) as far as a chunk allows, so the B-tree is appended to rather than
 * written all over; PostgreSQL gets chunked `INSERT … SELECT FROM unnest(…)`.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type Transaction } from 'kysely';
import { dayOf } from '../../core/dates.js';
import type { ExternalRankEntry, IdentityRecord } from '../../core/domain.js';
import { KIND_BY_CODE } from '../../core/evidence/kinds.js';
import { hashFields, naturalKeyOf } from './canonical.js';
import { countingSortBy } from './counting-sort.js';
import { textsOf, type EvidenceRows } from './evidence-rows.js';
import type { Database, DialectName } from './schema.js';

export type Db = Kysely<Database> | Transaction<Database>;
type SqlType = 'int4' | 'text' | 'float8';

/** Rows an import added (not those it found already stored). */
export interface ImportCounts {
  candidates: number;
  identities: number;
  evidence: number;
  externalRanks: number;
}

/** What an import adds, part by part, inside its transaction. */
export interface ImportSession {
  /**
   * Registers candidates in the order given: a key not yet registered gets the next dense
   * number (0, 1, …), which evidence chunks refer to. Inserts the keys the field does not have
   * and renames stored ones whose name differs from a non-empty given name. A key may be given
   * again later with its final name (an empty name: not known yet).
   */
  addCandidates(list: readonly { key: string; name: string }[]): Promise<void>;
  /**
   * Registers keys of candidates the field already has, which the rest of the import refers to
   * without giving them; throws naming the first key the field does not have.
   */
  refer(refs: readonly { key: string; origin?: { file: string; line: number } | null }[], what: string): Promise<void>;
  /** The dense number of a registered key, or -1. */
  denseOf(key: string): number;
  /** Registered candidates so far. */
  readonly candidateCount: number;
  addEvidence(rows: EvidenceRows): Promise<void>;
  addIdentities(list: readonly IdentityRecord[]): Promise<void>;
  addExternalRanks(list: readonly ExternalRankEntry[]): Promise<void>;
  /** The import's transaction, for adapters that write their own rows with the facts (audience audits). */
  readonly trx: Transaction<Database>;
}

/** What the writer needs of the store. */
export interface WriterContext {
  dialect: DialectName;
  trx: Transaction<Database>;
  /** A cached prepared statement on the SQLite connection the transaction holds (SQLite only). */
  stmt: (text: string) => BetterSqlite3.Statement;
}

const PG_CHUNK = 5000;
/** Rows per multi-row INSERT on SQLite (15 columns: 750 parameters). */
const SQLITE_ROWS = 50;

const EVIDENCE_COLUMNS: readonly [string, SqlType][] = [
  ['candidate_id', 'int4'],
  ['kind', 'text'],
  ['kind_code', 'int4'],
  ['date', 'text'],
  ['value', 'float8'],
  ['platform', 'text'],
  ['peer', 'text'],
  ['country', 'text'],
  ['language', 'text'],
  ['fake_share', 'float8'],
  ['source_url', 'text'],
  ['attributes', 'text'],
  ['source_id', 'int4'],
  ['source_line', 'int4'],
  ['nk', 'text'],
];

const IDENTITY_COLUMNS: readonly [string, SqlType][] = [
  ['candidate_id', 'int4'],
  ['platform', 'text'],
  ['handle', 'text'],
  ['url', 'text'],
  ['verified', 'int4'],
  ['source_id', 'int4'],
  ['source_line', 'int4'],
];

const ENTRY_COLUMNS: readonly [string, SqlType][] = [
  ['ranking_id', 'int4'],
  ['candidate_id', 'int4'],
  ['rank', 'int4'],
  ['name', 'text'],
  ['source_id', 'int4'],
  ['source_line', 'int4'],
  ['band_end', 'int4'],
];

const SOURCE_COLUMNS: readonly [string, SqlType][] = [['file', 'text']];


function where(file: string | null | undefined, line: number | null | undefined): string {
  if (!file) return '';
  return line ? ` (${file}:${line})` : ` (${file})`;
}

export class ImportWriter implements ImportSession {
  readonly counts: ImportCounts = { candidates: 0, identities: 0, evidence: 0, externalRanks: 0 };
  /** Records given (whether new or not): the `rows` of the imports table. */
  records = 0;
  private readonly dialect: DialectName;
  readonly trx: Transaction<Database>;
  private readonly stmt: (text: string) => BetterSqlite3.Statement;
  /** The field's candidates: key → database id and stored name. */
  private known = new Map<string, { id: number; name: string }>();
  private knownLoaded = false;
  /** Dense number → database id, and key → dense number. */
  private readonly ids: number[] = [];
  private readonly dense = new Map<string, number>();
  private readonly sources = new Map<string, number>();
  private readonly addedSources: number[] = [];
  private fieldHadIdentities: boolean | null = null;
  /** Identities of this import by natural key: the row given to the insert. */
  private readonly identitySeen = new Map<string, unknown[]>();
  private readonly checkedDates = new Set<string>();

  constructor(
    ctx: WriterContext,
    private readonly fieldId: number,
  ) {
    this.dialect = ctx.dialect;
    this.trx = ctx.trx;
    this.stmt = ctx.stmt;
  }

  get candidateCount(): number {
    return this.ids.length;
  }

  denseOf(key: string): number {
    return this.dense.get(key) ?? -1;
  }

  // ——— candidates

  async addCandidates(list: readonly { key: string; name: string }[]): Promise<void> {
    if (list.length === 0) return;
    await this.loadKnown();
    const fresh: unknown[][] = [];
    const freshKeys: string[] = [];
    const renamed: [number, string][] = [];
    const newKeys: string[] = [];
    const inCall = new Set<string>();
    for (const c of list) {
      if (!c.key) throw new Error('candidate with an empty key');
      if (inCall.has(c.key)) continue;
      inCall.add(c.key);
      if (!this.dense.has(c.key)) newKeys.push(c.key);
      const k = this.known.get(c.key);
      if (!k) {
        fresh.push([this.fieldId, c.key, c.name]);
        freshKeys.push(c.key);
      } else if (c.name !== '' && c.name !== k.name) {
        renamed.push([k.id, c.name]);
        k.name = c.name;
      }
    }
    const got = await this.insertCandidates(fresh);
    this.counts.candidates += got.size;
    await this.renameCandidates(renamed);
    // Keys another writer stored meanwhile (not returned by the insert) are read back.
    const missing = freshKeys.filter((k) => !got.has(k));
    if (missing.length > 0) for (const [k, v] of await this.candidateIdsOf(missing)) got.set(k, v);
    for (const key of freshKeys) {
      const r = got.get(key);
      if (!r) throw new Error(`candidate "${key}" was not stored`);
      this.known.set(key, r);
    }
    for (const key of newKeys) {
      this.dense.set(key, this.ids.length);
      this.ids.push(this.known.get(key)!.id);
    }
  }

  async refer(refs: readonly { key: string; origin?: { file: string; line: number } | null }[], what: string): Promise<void> {
    await this.loadKnown();
    for (const { key, origin } of refs) {
      if (this.dense.has(key)) continue;
      const k = this.known.get(key);
      if (!k) throw new Error(`${what}${where(origin?.file, origin?.line)} refers to candidate "${key}", which is neither in this import's candidates nor in field ${this.fieldId}`);
      this.dense.set(key, this.ids.length);
      this.ids.push(k.id);
    }
  }

  /** The field's candidates as stored when the import began (then kept up to date). */
  private async loadKnown(): Promise<void> {
    if (this.knownLoaded) return;
    this.known = await this.candidateIds();
    this.knownLoaded = true;
  }

  private idOf(key: string, what: string, file: string | null | undefined, line: number | null | undefined): number {
    const d = this.dense.get(key);
    if (d !== undefined && d >= 0) return this.ids[d];
    const k = this.known.get(key);
    if (k) return k.id;
    throw new Error(`${what}${where(file, line)} refers to candidate "${key}", which is neither in this import's candidates nor in field ${this.fieldId}`);
  }

  private async candidateIds(): Promise<Map<string, { id: number; name: string }>> {
    const m = new Map<string, { id: number; name: string }>();
    if (this.dialect === 'sqlite') {
      for (const [id, key, name] of this.stmt('select id, key, name from candidates where field_id = ?').raw(true).iterate(this.fieldId) as Iterable<
        [number, string, string]
      >) {
        m.set(key, { id, name });
      }
      return m;
    }
    const rows = await this.trx.selectFrom('candidates').select(['id', 'key', 'name']).where('field_id', '=', this.fieldId).execute();
    for (const r of rows) m.set(r.key, { id: r.id, name: r.name });
    return m;
  }

  /** Ids and names of some keys of the field. */
  private async candidateIdsOf(keys: string[]): Promise<Map<string, { id: number; name: string }>> {
    const m = new Map<string, { id: number; name: string }>();
    if (this.dialect === 'sqlite') {
      const st = this.stmt('select id, key, name from candidates where field_id = ? and key = ?').raw(true);
      for (const key of keys) {
        const r = st.get(this.fieldId, key) as [number, string, string] | undefined;
        if (r) m.set(r[1], { id: r[0], name: r[2] });
      }
      return m;
    }
    for (let at = 0; at < keys.length; at += PG_CHUNK) {
      const rows = await this.trx
        .selectFrom('candidates')
        .select(['id', 'key', 'name'])
        .where('field_id', '=', this.fieldId)
        .where('key', '=', sql<string>`any(${sql.val(keys.slice(at, at + PG_CHUNK))}::text[])`)
        .execute();
      for (const r of rows) m.set(r.key, { id: r.id, name: r.name });
    }
    return m;
  }

  /** Inserts candidates ([field, key, name] rows); returns key → id and name of those inserted. */
  private async insertCandidates(rows: unknown[][]): Promise<Map<string, { id: number; name: string }>> {
    const out = new Map<string, { id: number; name: string }>();
    if (rows.length === 0) return out;
    if (this.dialect === 'sqlite') {
      const per = Math.floor((SQLITE_ROWS * 15) / 3);
      const sqlOf = (k: number) => `insert into candidates (field_id, key, name) values ${new Array(k).fill('(?, ?, ?)').join(', ')} on conflict do nothing returning id, key, name`;
      const many = this.stmt(sqlOf(per)).raw(true);
      const one = this.stmt(sqlOf(1)).raw(true);
      let at = 0;
      for (; at + per <= rows.length; at += per) {
        for (const [id, key, name] of many.all(...rows.slice(at, at + per).flat()) as [number, string, string][]) out.set(key, { id, name });
      }
      for (; at < rows.length; at++) for (const [id, key, name] of one.all(...rows[at]) as [number, string, string][]) out.set(key, { id, name });
      return out;
    }
    for (let at = 0; at < rows.length; at += PG_CHUNK) {
      const part = rows.slice(at, at + PG_CHUNK);
      const r = await sql<{ id: number; key: string; name: string }>`insert into candidates (field_id, key, name)
        select * from unnest(${sql.val(part.map((x) => x[0]))}::int4[], ${sql.val(part.map((x) => x[1]))}::text[], ${sql.val(part.map((x) => x[2]))}::text[])
        on conflict do nothing returning id, key, name`.execute(this.trx);
      for (const x of r.rows) out.set(x.key, { id: x.id, name: x.name });
    }
    return out;
  }

  private async renameCandidates(renamed: [number, string][]): Promise<void> {
    if (renamed.length === 0) return;
    if (this.dialect === 'sqlite') {
      const st = this.stmt('update candidates set name = ? where id = ?');
      for (const [id, name] of renamed) st.run(name, id);
      return;
    }
    for (let at = 0; at < renamed.length; at += PG_CHUNK) {
      const chunk = renamed.slice(at, at + PG_CHUNK);
      await sql`update candidates set name = u.name from unnest(${sql.val(chunk.map((r) => r[0]))}::int4[], ${sql.val(chunk.map((r) => r[1]))}::text[]) as u(id, name) where candidates.id = u.id`.execute(
        this.trx,
      );
    }
  }

  // ——— sources

  /** The id of a source file, stored on first use. */
  private async sourceId(file: string | null | undefined): Promise<number | null> {
    if (file === null || file === undefined) return null;
    const got = this.sources.get(file);
    if (got !== undefined) return got;
    const find = async () => (await this.trx.selectFrom('sources').select('id').where('file', '=', file).executeTakeFirst())?.id;
    let id = await find();
    if (id === undefined) {
      await this.insertIgnore('sources', SOURCE_COLUMNS, [[file]]);
      id = await find();
      if (id === undefined) throw new Error(`source file "${file}" was not stored`);
      this.addedSources.push(id);
    }
    this.sources.set(file, id);
    return id;
  }

  /** Source ids of the files of some records. */
  private async sourcesOf(records: readonly { origin: { file: string } | null }[]): Promise<(file: string | undefined) => number | null> {
    let last: string | undefined;
    for (const r of records) {
      const f = r.origin?.file;
      if (f !== undefined && f !== last) {
        await this.sourceId(f);
        last = f;
      }
    }
    return (file) => (file === undefined ? null : (this.sources.get(file) ?? null));
  }

  // ——— identities

  async addIdentities(list: readonly IdentityRecord[]): Promise<void> {
    if (list.length === 0) return;
    await this.loadKnown();
    this.records += list.length;
    // Whether the field had identities before this import: only then can a verified identity
    // have a stored unverified twin to upgrade (the first import runs no UPDATE).
    this.fieldHadIdentities ??= await this.hasIdentities();
    const sourceOf = await this.sourcesOf(list);
    // The same identity twice in the import (in one call or across calls) is one row,
    // verified if either says so.
    const rows: unknown[][] = [];
    const upgrade: unknown[][] = [];
    for (const i of list) {
      const cid = this.idOf(i.candidateKey, 'identity', i.origin?.file, i.origin?.line);
      const nat = `${cid}\u0000${i.platform}\u0000${i.handle ?? ''}\u0000${i.url ?? ''}`;
      const row = this.identitySeen.get(nat);
      if (row) {
        if (i.verified && row[4] !== 1) {
          row[4] = 1;
          if (row[7] === 1) upgrade.push([cid, i.platform, i.handle ?? '', i.url ?? '']);
        }
        continue;
      }
      // [candidate, platform, handle, url, verified, source, line, written]
      const r = [cid, i.platform, i.handle ?? null, i.url ?? null, i.verified ? 1 : 0, sourceOf(i.origin?.file), i.origin?.line ?? null, 0];
      this.identitySeen.set(nat, r);
      rows.push(r);
    }
    this.counts.identities += await this.insertIgnore(
      'identities',
      IDENTITY_COLUMNS,
      rows.map((r) => r.slice(0, 7)),
    );
    for (const r of rows) r[7] = 1;
    if (this.fieldHadIdentities) for (const r of rows) if (r[4] === 1) upgrade.push([r[0], r[1], r[2] ?? '', r[3] ?? '']);
    await this.markVerified(upgrade);
  }

  private async hasIdentities(): Promise<boolean> {
    const r = await this.trx
      .selectFrom('identities')
      .select('identities.id')
      .innerJoin('candidates', 'candidates.id', 'identities.candidate_id')
      .where('candidates.field_id', '=', this.fieldId)
      .limit(1)
      .executeTakeFirst();
    return r !== undefined;
  }

  /** An identity found verified upgrades the stored one (never the other way). */
  private async markVerified(rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    if (this.dialect === 'sqlite') {
      const st = this.stmt(
        `update identities set verified = 1 where candidate_id = ? and platform = ? and coalesce(handle, '') = ? and coalesce(url, '') = ? and verified = 0`,
      );
      for (const r of rows) st.run(r);
      return;
    }
    for (let at = 0; at < rows.length; at += PG_CHUNK) {
      const chunk = rows.slice(at, at + PG_CHUNK);
      const col = (j: number) => sql.val(chunk.map((r) => r[j]));
      await sql`update identities set verified = 1 from unnest(${col(0)}::int4[], ${col(1)}::text[], ${col(2)}::text[], ${col(3)}::text[]) as u(cid, platform, handle, url)
        where identities.candidate_id = u.cid and identities.platform = u.platform and coalesce(identities.handle, '') = u.handle and coalesce(identities.url, '') = u.url and identities.verified = 0`.execute(
        this.trx,
      );
    }
  }

  // ——— external rankings

  async addExternalRanks(entries: readonly ExternalRankEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.loadKnown();
    this.records += entries.length;
    const sourceOf = await this.sourcesOf(entries);
    const lists = new Map<string, { name: string; year: number | null; size: number; sourceUrl: string | null; entries: ExternalRankEntry[] }>();
    for (const e of entries) {
      if (!Number.isInteger(e.rank) || e.rank < 1) throw new Error(`external rank${where(e.origin?.file, e.origin?.line)}: rank must be a whole number ≥ 1, got ${e.rank}`);
      const bandEnd = e.bandEnd ?? null;
      if (bandEnd !== null && (!Number.isInteger(bandEnd) || bandEnd < e.rank)) {
        throw new Error(`external rank${where(e.origin?.file, e.origin?.line)}: band end must be a whole number ≥ the rank ${e.rank}, got ${bandEnd}`);
      }
      const k = `${e.list}\u0000${e.year ?? ''}`;
      let l = lists.get(k);
      if (!l) {
        l = { name: e.list, year: e.year ?? null, size: 0, sourceUrl: null, entries: [] };
        lists.set(k, l);
      }
      l.size = Math.max(l.size, e.rank, e.listSize ?? 0, bandEnd ?? 0);
      l.sourceUrl ??= e.sourceUrl ?? null;
      l.entries.push(e);
    }
    const existing = await this.trx.selectFrom('external_rankings').select(['id', 'name', 'year', 'size', 'source_url']).where('field_id', '=', this.fieldId).execute();
    const byKey = new Map(existing.map((r) => [`${r.name}\u0000${r.year ?? ''}`, r]));
    const rows: unknown[][] = [];
    for (const [k, l] of lists) {
      const old = byKey.get(k);
      let rankingId: number;
      if (old) {
        rankingId = old.id;
        const size = Math.max(old.size, l.size);
        const sourceUrl = old.source_url ?? l.sourceUrl;
        if (size !== old.size || sourceUrl !== old.source_url) {
          await this.trx.updateTable('external_rankings').set({ size, source_url: sourceUrl }).where('id', '=', old.id).execute();
        }
      } else {
        const r = await this.trx
          .insertInto('external_rankings')
          .values({ field_id: this.fieldId, name: l.name, year: l.year, source_url: l.sourceUrl, size: l.size })
          .returning('id')
          .executeTakeFirstOrThrow();
        rankingId = r.id;
      }
      for (const e of l.entries) {
        // A band of one position ("7–7") is the position itself.
        const bandEnd = e.bandEnd !== undefined && e.bandEnd !== null && e.bandEnd > e.rank ? e.bandEnd : null;
        rows.push([rankingId, this.idOf(e.candidateKey, 'external rank', e.origin?.file, e.origin?.line), e.rank, e.name, sourceOf(e.origin?.file), e.origin?.line ?? null, bandEnd]);
      }
    }
    this.counts.externalRanks += await this.insertIgnore('external_ranking_entries', ENTRY_COLUMNS, rows);
  }

  // ——— evidence

  async addEvidence(r: EvidenceRows): Promise<void> {
    const n = r.n;
    if (n === 0) return;
    this.records += n;
    // Resolve everything first, so that a bad chunk fails before any of it is written.
    const words = r.words;
    const sourceOfWord = new Int32Array(words.length).fill(-1);
    const isDate = new Uint8Array(words.length);
    const cids = new Int32Array(n);
    let minId = 0x7fffffff;
    let maxId = -1;
    const registered = this.ids.length;
    for (let i = 0; i < n; i++) {
      const d = r.candidate[i];
      if (!(d >= 0 && d < registered)) throw new Error(`evidence${this.whereRow(r, i)}: candidate number ${d} is not registered in this import`);
      const id = this.ids[d];
      cids[i] = id;
      if (id < minId) minId = id;
      if (id > maxId) maxId = id;
      if (r.code[i] >= KIND_BY_CODE.length) throw new Error(`evidence${this.whereRow(r, i)}: unknown kind code ${r.code[i]}`);
      const w = r.date[i];
      if (w >= 0 && isDate[w] === 0) {
        isDate[w] = 1;
        const iso = words[w];
        if (!this.checkedDates.has(iso)) {
          try {
            dayOf(iso);
          } catch (err) {
            throw new Error(`evidence${this.whereRow(r, i)}: ${(err as Error).message}`);
          }
          this.checkedDates.add(iso);
        }
      }
      const f = r.file[i];
      if (f >= 0 && sourceOfWord[f] < 0) sourceOfWord[f] = (await this.sourceId(words[f])) ?? -1;
    }
    const num = (x: number): number | null => (x !== x ? null : x);
    const word = (w: number): string | null => (w < 0 ? null : words[w]);
    const texts = textsOf(r);
    const text = (w: number): string | null => (w < 0 ? null : texts[w]);
    let h = r.hash;
    if (!h) {
      h = new Uint32Array(3 * n);
      for (let i = 0; i < n; i++) {
        const code = r.code[i];
        hashFields(KIND_BY_CODE[code].name, word(r.date[i]), num(r.value[i]), word(r.platform[i]), text(r.peer[i]), word(r.country[i]), word(r.language[i]), num(r.fakeShare[i]), text(r.sourceUrl[i]), text(r.attributes[i]), h, 3 * i);
      }
    }
    // Primary-key order, (candidate, natural key): by candidate, then by the top 16 bits of the
    // hash when candidates have many items in the chunk (> 64 on average), where B-tree appends
    // instead of inserts all over a candidate's pages make SQLite a third faster.
    let order = countingSortBy(cids, minId, maxId);
    let groups = 1;
    for (let j = 1; j < n; j++) if (cids[order[j]] !== cids[order[j - 1]]) groups++;
    if (n > 64 * groups) {
      const top = new Int32Array(n);
      for (let i = 0; i < n; i++) top[i] = h[3 * i] >>> 16;
      order = countingSortBy(cids, minId, maxId, countingSortBy(top, 0, 0xffff));
    }

    if (this.dialect === 'sqlite') {
      const cols = EVIDENCE_COLUMNS.length;
      const names = EVIDENCE_COLUMNS.map((c) => c[0]).join(', ');
      const one = `(${EVIDENCE_COLUMNS.map(() => '?').join(', ')})`;
      const many = this.stmt(`insert into evidence (${names}) values ${new Array(SQLITE_ROWS).fill(one).join(', ')} on conflict do nothing`);
      const single = this.stmt(`insert into evidence (${names}) values ${one} on conflict do nothing`);
      const args: unknown[] = new Array(cols * SQLITE_ROWS);
      let k = 0;
      let inserted = 0;
      for (let j = 0; j < n; j++) {
        const i = order[j];
        const code = r.code[i];
        const f = r.file[i];
        args[k++] = cids[i];
        args[k++] = KIND_BY_CODE[code].name;
        args[k++] = code;
        args[k++] = word(r.date[i]);
        args[k++] = num(r.value[i]);
        args[k++] = word(r.platform[i]);
        args[k++] = text(r.peer[i]);
        args[k++] = word(r.country[i]);
        args[k++] = word(r.language[i]);
        args[k++] = num(r.fakeShare[i]);
        args[k++] = text(r.sourceUrl[i]);
        args[k++] = text(r.attributes[i]);
        args[k++] = f < 0 || sourceOfWord[f] < 0 ? null : sourceOfWord[f];
        args[k++] = r.line[i] < 0 ? null : r.line[i];
        args[k++] = naturalKeyOf(h[3 * i], h[3 * i + 1], h[3 * i + 2]);
        if (k === args.length) {
          inserted += many.run(...args).changes;
          k = 0;
        }
      }
      for (let at = 0; at < k; at += cols) inserted += single.run(...args.slice(at, at + cols)).changes;
      this.counts.evidence += inserted;
      return;
    }

    const m = EVIDENCE_COLUMNS.length;
    for (let at = 0; at < n; at += PG_CHUNK) {
      const len = Math.min(PG_CHUNK, n - at);
      const arrays: unknown[][] = Array.from({ length: m }, () => new Array(len));
      for (let j = 0; j < len; j++) {
        const i = order[at + j];
        const code = r.code[i];
        const f = r.file[i];
        arrays[0][j] = cids[i];
        arrays[1][j] = KIND_BY_CODE[code].name;
        arrays[2][j] = code;
        arrays[3][j] = word(r.date[i]);
        arrays[4][j] = num(r.value[i]);
        arrays[5][j] = word(r.platform[i]);
        arrays[6][j] = text(r.peer[i]);
        arrays[7][j] = word(r.country[i]);
        arrays[8][j] = word(r.language[i]);
        arrays[9][j] = num(r.fakeShare[i]);
        arrays[10][j] = text(r.sourceUrl[i]);
        arrays[11][j] = text(r.attributes[i]);
        arrays[12][j] = f < 0 || sourceOfWord[f] < 0 ? null : sourceOfWord[f];
        arrays[13][j] = r.line[i] < 0 ? null : r.line[i];
        arrays[14][j] = naturalKeyOf(h[3 * i], h[3 * i + 1], h[3 * i + 2]);
      }
      this.counts.evidence += await this.pgUnnestInsert('evidence', EVIDENCE_COLUMNS, arrays);
    }
  }

  private whereRow(r: EvidenceRows, i: number): string {
    const f = r.file[i];
    return where(f >= 0 ? r.words[f] : null, r.line[i] >= 0 ? r.line[i] : null);
  }

  // ——— the end

  /** Records the import, or, when it added nothing, removes the source files it stored: no trace. */
  async finish(file: string): Promise<ImportCounts> {
    const c = this.counts;
    const inserted = c.candidates + c.identities + c.evidence + c.externalRanks;
    const rows = this.ids.length + this.records;
    if (inserted > 0) {
      await this.trx.insertInto('imports').values({ field_id: this.fieldId, file, rows, inserted, created_at: new Date().toISOString() }).execute();
    } else if (this.addedSources.length > 0) {
      await this.trx.deleteFrom('sources').where('id', 'in', this.addedSources).execute();
    }
    return { ...c };
  }

  // ——— bulk helpers

  /** INSERT … ON CONFLICT DO NOTHING of many rows; returns how many were inserted. */
  private async insertIgnore(table: string, cols: readonly [string, SqlType][], rows: unknown[][]): Promise<number> {
    if (rows.length === 0) return 0;
    if (this.dialect === 'sqlite') {
      const names = cols.map((c) => c[0]).join(', ');
      const one = `(${cols.map(() => '?').join(', ')})`;
      const per = Math.max(1, Math.floor((SQLITE_ROWS * 15) / cols.length));
      const many = this.stmt(`insert into ${table} (${names}) values ${new Array(per).fill(one).join(', ')} on conflict do nothing`);
      const single = this.stmt(`insert into ${table} (${names}) values ${one} on conflict do nothing`);
      const args: unknown[] = new Array(per * cols.length);
      let n = 0;
      let at = 0;
      for (; at + per <= rows.length; at += per) {
        let k = 0;
        for (let r = at; r < at + per; r++) for (const v of rows[r]) args[k++] = v;
        n += many.run(...args).changes;
      }
      for (; at < rows.length; at++) n += single.run(...rows[at]).changes;
      return n;
    }
    let n = 0;
    for (let at = 0; at < rows.length; at += PG_CHUNK) {
      const chunk = rows.slice(at, at + PG_CHUNK);
      const arrays = cols.map((_, j) => chunk.map((r) => r[j]));
      n += await this.pgUnnestInsert(table, cols, arrays);
    }
    return n;
  }

  private async pgUnnestInsert(table: string, cols: readonly [string, SqlType][], arrays: unknown[][]): Promise<number> {
    const q = sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c[0])))}) select * from unnest(${sql.join(
      arrays.map((a, j) => sql`${sql.val(a)}::${sql.raw(cols[j][1])}[]`),
    )}) on conflict do nothing`;
    const r = await q.execute(this.trx);
    return Number(r.numAffectedRows ?? 0n);
  }
}
