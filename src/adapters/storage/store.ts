/**
 * The store: workspaces, fields, candidates and their evidence, external rankings and saved
 * ranking runs, through Kysely — on a SQLite file (better-sqlite3) by default, on PostgreSQL
 * (pg Pool) when a database URL is given. Migrations run on open.
 *
 * Ordinary queries go through Kysely. The two hot paths do not pay its per-query cost:
 * - imports (`importSession`, `applyImport`) write through `import-writer.ts`: prepared
 *   multi-row INSERTs on the very better-sqlite3 connection Kysely holds, inside Kysely's
 *   transaction (SQLite), or chunked `INSERT … SELECT FROM unnest(…)` inside it (PostgreSQL);
 * - `loadScoringInput` reads each candidate's evidence as one row of JSON columns (SQLite), or
 *   through a server-side cursor in array mode (PostgreSQL), and builds the scorers' table in
 *   the core's canonical order, so that it is the same on both databases.
 *
 * Every import is one transaction (all or nothing) and idempotent: evidence is deduplicated on
 * a hash of its content (`canonical.ts`; not of its origin), candidates on their key,
 * identities on (platform, handle, url), external ranking entries on (list, year, candidate).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Selectable, type Transaction } from 'kysely';
import pg from 'pg';
import { NO_DAY } from '../../core/dates.js';
import type {
  Candidate,
  EvidenceItem,
  EvidenceKindName,
  ExternalRankEntry,
  Field,
  FieldGraphInput,
  IdentityRecord,
  ImportBatch,
  ScoringInput,
  Workspace,
} from '../../core/domain.js';
import { kindCode } from '../../core/evidence/kinds.js';
import { EvidenceTableBuilder } from '../../core/evidence/table.js';
import { aliasesOf, externalListDay } from '../../core/evidence/from-batch.js';
import type { RankingConfig } from '../../core/ranking/config.js';
import type { RankingResult } from '../../core/ranking/result.js';
import { compareCodePoints } from './canonical.js';
import { countingSortBy } from './counting-sort.js';
import { fieldGraphFromRows, writeGraph, type EdgeListInput, type GraphImportCounts } from './graph-store.js';
import { encodeEvidence } from './evidence-rows.js';
import { ImportWriter, type ImportCounts, type ImportSession } from './import-writer.js';
import { migrationProvider } from './migrations/index.js';
import { TABLES, type Database, type DialectName, type MatchQueueTable } from './schema.js';

// ————————————————————————————————————————— public types

export type { EdgeListInput, GraphImportCounts, ImportCounts, ImportSession };

/** A list entry waiting for review (see migrations/0003_match_review.ts). */
export interface NewQueuedMatch {
  entry: string;
  list: string;
  year: number | null;
  size: number | null;
  rank: number;
  /** Last position of the entry's band ("101–150" → 150); absent or null for a single position. */
  bandEnd?: number | null;
  name: string;
  identifiers: string[];
  proposed: string | null;
  score: number;
  alternatives: string[];
  file: string | null;
  line: number | null;
}

export interface QueuedMatch extends NewQueuedMatch {
  id: number;
}

export interface StoreOptions {
  /** SQLite file (default `./eclaireur.db`); `:memory:` for a throw-away store. */
  db?: string;
  /** PostgreSQL connection URL; when given, `db` is ignored. */
  databaseUrl?: string;
  /** PostgreSQL only: the schema to use (created if missing); default: the server's search_path. */
  pgSchema?: string;
}


export interface StoreCounts {
  candidates: number;
  identities: number;
  evidence: number;
  externalRankings: number;
  externalRankEntries: number;
  runs: number;
  imports: number;
}

export interface RunSummary {
  id: number;
  label: string;
  fingerprint: string;
  /** The run's reference date (its configuration's asOf). */
  asOf: string | null;
  createdAt: string;
}

export interface RunRecord extends RunSummary {
  fieldId: number;
  config: RankingConfig;
  /** The result JSON exactly as saved. */
  result: string;
}

/** Everything stored about one candidate: what the report's "explained down to the evidence" lists. */
export interface CandidateEvidence {
  candidate: Candidate | null;
  evidence: EvidenceItem[];
  identities: IdentityRecord[];
  externalRanks: ExternalRankEntry[];
}

export type TableName = (typeof TABLES)[number];
/** Every table's rows (created_at left out), in a fixed order: equal snapshots, equal stores. */
export type StoreSnapshot = Record<TableName, Record<string, unknown>[]>;

export interface NewField {
  workspaceId: number;
  topic: string;
  region: string | null;
  languages: string[];
}

export interface Store {
  readonly dialect: DialectName;
  /** The Kysely instance, for adapters that need a query the API does not offer. */
  readonly db: Kysely<Database>;
  ensureWorkspace(name: string): Promise<Workspace>;
  createField(f: NewField): Promise<Field>;
  getField(id: number): Promise<Field | null>;
  /** The field with this topic (the first by id if several workspaces have one), or null. */
  findField(topic: string): Promise<Field | null>;
  listFields(): Promise<Field[]>;
  /** The only (or first) field; throws when there is none. */
  defaultField(): Promise<Field>;
  /**
   * Runs `body` in one transaction with an import session to add candidates, evidence chunks,
   * identities and external ranks; if `body` throws, nothing is written. Records the import
   * (or, when it added nothing, leaves no trace) and returns what it added.
   */
  importSession(fieldId: number, file: string, body: (s: ImportSession) => Promise<void>): Promise<ImportCounts>;
  /**
   * A whole batch in one transaction (an import session given everything at once); `also`, if
   * given, first writes (or removes) an adapter's own rows in the same transaction (audience
   * audits replace the facts of an earlier audit of the same sample).
   */
  applyImport(fieldId: number, batch: ImportBatch, file: string, also?: (s: ImportSession) => Promise<void>): Promise<ImportCounts>;
  /** An edge list into the field's interaction graph, in one transaction (graph-store.ts). */
  importGraph(fieldId: number, list: EdgeListInput, file: string): Promise<GraphImportCounts>;
  /** The field's stored interaction graph, in the canonical order (null: no edge). */
  loadFieldGraph(fieldId: number): Promise<FieldGraphInput | null>;
  /** Puts a doubtful list entry in the review queue; false when it is there already (same list and entry). */
  queueMatch(fieldId: number, q: NewQueuedMatch): Promise<boolean>;
  /** The review queue, oldest first. */
  matchQueue(fieldId: number): Promise<QueuedMatch[]>;
  /** Takes an entry out of the queue (null when there is none with that id in this field). */
  unqueueMatch(fieldId: number, id: number): Promise<QueuedMatch | null>;
  /** Keeps a person's decision on an entry: the candidate it is, or null for none. */
  decideMatch(fieldId: number, entry: string, candidateKey: string | null): Promise<void>;
  /** Every decision kept for the field: entry → candidate key (null: not a candidate). */
  matchDecisions(fieldId: number): Promise<Map<string, string | null>>;
  loadScoringInput(fieldId: number): Promise<ScoringInput>;
  evidenceOf(fieldId: number, candidateKey: string): Promise<CandidateEvidence>;
  /** Saves a run under a label (unique per field); an existing label is replaced (same id). */
  saveRun(fieldId: number, label: string, result: Pick<RankingResult, 'fingerprint' | 'config'>, json: string): Promise<RunSummary>;
  /** By label, else (a number, or a string of digits) by id; null when there is none in this field. */
  getRun(fieldId: number, labelOrId: string | number): Promise<RunRecord | null>;
  /** As getRun, without reading the configuration and the result (a result can be tens of MB). */
  findRun(fieldId: number, labelOrId: string | number): Promise<RunSummary | null>;
  listRuns(fieldId: number): Promise<RunSummary[]>;
  counts(fieldId: number): Promise<StoreCounts>;
  snapshot(): Promise<StoreSnapshot>;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_FILE = './eclaireur.db';
export const NO_FIELD_MESSAGE = 'no field: run `eclaireur init` or `eclaireur demo` first';

/** The options the CLI uses: --db wins, then DATABASE_URL, then ./eclaireur.db. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv, db?: string): StoreOptions {
  if (db) return { db };
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { db: DEFAULT_SQLITE_FILE };
}

/** Opens (creating it if needed) and migrates the store. */
export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  let store: KyselyStore;
  if (opts.databaseUrl) {
    const schema = opts.pgSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`pgSchema: expected a lower-case SQL identifier, got "${schema}"`);
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 8, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    pool.on('error', () => {
      /* an idle client lost its connection: the pool replaces it on next use */
    });
    try {
      if (schema) await pool.query(`create schema if not exists ${schema}`);
    } catch (e) {
      await pool.end();
      throw e;
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    store = new KyselyStore('postgres', db, null, pool);
  } else {
    const file = opts.db ?? DEFAULT_SQLITE_FILE;
    if (file !== ':memory:' && !file.startsWith('file:')) mkdirSync(dirname(resolve(file)), { recursive: true });
    const raw = new BetterSqlite3(file);
    try {
      raw.pragma('journal_mode = WAL');
      raw.pragma('foreign_keys = ON');
      raw.pragma('synchronous = NORMAL');
      raw.pragma('busy_timeout = 10000');
      // Up to 64 MB of page cache (imports write in key order, so they need little).
      raw.pragma('cache_size = -65536');
    } catch (e) {
      raw.close();
      throw e;
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    store = new KyselyStore('sqlite', db, raw, null);
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

// ————————————————————————————————————————— implementation

type Db = Kysely<Database> | Transaction<Database>;

const PEER_MENTION = kindCode('peer_mention');
const AUDIENCE = kindCode('audience');
const IDENTITY = kindCode('identity');
const EXTERNAL_RANK = kindCode('external_rank');

function now(): string {
  return new Date().toISOString();
}

function toQueued(r: Selectable<MatchQueueTable>): QueuedMatch {
  return {
    id: Number(r.id),
    entry: r.entry,
    list: r.list,
    year: r.year,
    size: r.size,
    rank: r.rank,
    ...(r.band_end === null ? {} : { bandEnd: r.band_end }),
    name: r.name,
    identifiers: JSON.parse(r.identifiers) as string[],
    proposed: r.proposed,
    score: r.score,
    alternatives: JSON.parse(r.alternatives) as string[],
    file: r.file,
    line: r.line,
  };
}

function toField(r: { id: number; workspace_id: number; topic: string; region: string | null; languages: string }): Field {
  return { id: r.id, workspaceId: r.workspace_id, topic: r.topic, region: r.region, languages: JSON.parse(r.languages) as string[] };
}

function where(file: string | null | undefined, line: number | null | undefined): string {
  return file ? ` (${file}${line ? `:${line}` : ''})` : '';
}

function rankingLabel(name: string, year: number | null): string {
  return year === null ? name : `${name} (${year})`;
}

class KyselyStore implements Store {
  private readonly stmts = new Map<string, BetterSqlite3.Statement>();

  constructor(
    readonly dialect: DialectName,
    readonly db: Kysely<Database>,
    private readonly raw: BetterSqlite3.Database | null,
    private readonly pool: pg.Pool | null,
  ) {}

  async migrate(): Promise<void> {
    // On PostgreSQL, keep Kysely's migration tables in the schema the store works in: its
    // introspection sees every schema, and would otherwise take another schema's tables for ours.
    const schema = this.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(this.db)).rows[0]?.s : undefined;
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error');
      const e = error instanceof Error ? error : new Error(String(error));
      if (failed) e.message = `migration ${failed.migrationName} failed: ${e.message}`;
      throw e;
    }
  }

  async close(): Promise<void> {
    this.stmts.clear();
    await this.db.destroy();
  }

  /** A cached prepared statement on the SQLite connection. */
  private stmt(text: string): BetterSqlite3.Statement {
    let s = this.stmts.get(text);
    if (!s) {
      s = this.raw!.prepare(text);
      this.stmts.set(text, s);
    }
    return s;
  }

  // ——— workspaces and fields

  async ensureWorkspace(name: string): Promise<Workspace> {
    const n = name.trim();
    if (!n) throw new Error('workspace name is empty');
    await this.db.insertInto('workspaces').values({ name: n, created_at: now() }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const r = await this.db.selectFrom('workspaces').select(['id', 'name']).where('name', '=', n).executeTakeFirstOrThrow();
    return { id: r.id, name: r.name };
  }

  async createField(f: NewField): Promise<Field> {
    const topic = f.topic.trim();
    if (!topic) throw new Error('field topic is empty');
    const ws = await this.db.selectFrom('workspaces').select('id').where('id', '=', f.workspaceId).executeTakeFirst();
    if (!ws) throw new Error(`no workspace with id ${f.workspaceId}`);
    const dup = await this.db.selectFrom('fields').select('id').where('workspace_id', '=', f.workspaceId).where('topic', '=', topic).executeTakeFirst();
    if (dup) throw new Error(`the workspace already has a field "${topic}" (id ${dup.id})`);
    const r = await this.db
      .insertInto('fields')
      .values({ workspace_id: f.workspaceId, topic, region: f.region, languages: JSON.stringify(f.languages), created_at: now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: r.id, workspaceId: f.workspaceId, topic, region: f.region, languages: [...f.languages] };
  }

  async getField(id: number): Promise<Field | null> {
    const r = await this.db.selectFrom('fields').select(['id', 'workspace_id', 'topic', 'region', 'languages']).where('id', '=', id).executeTakeFirst();
    return r ? toField(r) : null;
  }

  async findField(topic: string): Promise<Field | null> {
    const r = await this.db
      .selectFrom('fields')
      .select(['id', 'workspace_id', 'topic', 'region', 'languages'])
      .where('topic', '=', topic.trim())
      .orderBy('id')
      .executeTakeFirst();
    return r ? toField(r) : null;
  }

  async listFields(): Promise<Field[]> {
    const rows = await this.db.selectFrom('fields').select(['id', 'workspace_id', 'topic', 'region', 'languages']).orderBy('id').execute();
    return rows.map(toField);
  }

  async defaultField(): Promise<Field> {
    const r = await this.db.selectFrom('fields').select(['id', 'workspace_id', 'topic', 'region', 'languages']).orderBy('id').executeTakeFirst();
    if (!r) throw new Error(NO_FIELD_MESSAGE);
    return toField(r);
  }

  private async requireField(db: Db, fieldId: number): Promise<Field> {
    const r = await db.selectFrom('fields').select(['id', 'workspace_id', 'topic', 'region', 'languages']).where('id', '=', fieldId).executeTakeFirst();
    if (!r) throw new Error(`no field with id ${fieldId}`);
    return toField(r);
  }

  // ——— imports

  async importSession(fieldId: number, file: string, body: (s: ImportSession) => Promise<void>): Promise<ImportCounts> {
    return this.db.transaction().execute(async (trx) => {
      await this.requireField(trx, fieldId);
      const w = new ImportWriter({ dialect: this.dialect, trx, stmt: (text) => this.stmt(text) }, fieldId);
      await body(w);
      return w.finish(file);
    });
  }

  async applyImport(fieldId: number, batch: ImportBatch, file: string, also?: (s: ImportSession) => Promise<void>): Promise<ImportCounts> {
    return this.importSession(fieldId, file, async (s) => {
      if (also) await also(s);
      await s.addCandidates(batch.candidates);
      await s.addIdentities(batch.identities);
      await s.addExternalRanks(batch.externalRanks);
      const dense = (e: EvidenceItem): number => {
        const d = s.denseOf(e.candidateKey);
        if (d < 0) throw new Error(`evidence${where(e.origin?.file, e.origin?.line)} refers to candidate "${e.candidateKey}", which is not in this import's candidates`);
        return d;
      };
      // Candidates the evidence only refers to must be in the field already.
      const referred = new Map<string, { key: string; origin: EvidenceItem['origin'] }>();
      for (const e of batch.evidence) if (s.denseOf(e.candidateKey) < 0 && !referred.has(e.candidateKey)) referred.set(e.candidateKey, { key: e.candidateKey, origin: e.origin });
      if (referred.size > 0) await s.refer([...referred.values()], 'evidence');
      await s.addEvidence(encodeEvidence(batch.evidence, 0, batch.evidence.length, dense));
    });
  }

  async importGraph(fieldId: number, list: EdgeListInput, file: string): Promise<GraphImportCounts> {
    return this.db.transaction().execute(async (trx) => {
      await this.requireField(trx, fieldId);
      const n = await writeGraph({ dialect: this.dialect, trx, stmt: (text) => this.stmt(text) }, fieldId, list);
      const inserted = n.nodes + n.edges + n.updated;
      if (inserted > 0) await trx.insertInto('imports').values({ field_id: fieldId, file, rows: list.count, inserted, created_at: now() }).execute();
      return n;
    });
  }

  async loadFieldGraph(fieldId: number): Promise<FieldGraphInput | null> {
    const nodes = await this.db.selectFrom('graph_nodes').select(['id', 'name']).where('field_id', '=', fieldId).execute();
    if (nodes.length === 0) return null;
    const q = `select source, target, weight from graph_edges where field_id = ${Number(fieldId)} order by source, target, kind`;
    let edges: [number, number, number][];
    if (this.dialect === 'sqlite') edges = this.stmt(q).raw(true).all() as [number, number, number][];
    else edges = (await this.pool!.query<[number, number, number]>({ text: q, rowMode: 'array' })).rows;
    return fieldGraphFromRows(
      nodes.map((n) => [n.id, n.name]),
      edges,
    );
  }

  // ——— matching published lists: the review queue and the decisions

  async queueMatch(fieldId: number, q: NewQueuedMatch): Promise<boolean> {
    const r = await this.db
      .insertInto('match_queue')
      .values({
        field_id: fieldId,
        entry: q.entry,
        list: q.list,
        year: q.year,
        size: q.size,
        rank: q.rank,
        band_end: q.bandEnd ?? null,
        name: q.name,
        identifiers: JSON.stringify(q.identifiers),
        proposed: q.proposed,
        score: q.score,
        alternatives: JSON.stringify(q.alternatives),
        file: q.file,
        line: q.line,
      })
      .onConflict((oc) => oc.columns(['field_id', 'list', 'entry']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async matchQueue(fieldId: number): Promise<QueuedMatch[]> {
    const rows = await this.db.selectFrom('match_queue').selectAll().where('field_id', '=', fieldId).orderBy('id').execute();
    return rows.map(toQueued);
  }

  async unqueueMatch(fieldId: number, id: number): Promise<QueuedMatch | null> {
    return this.db.transaction().execute(async (trx) => {
      const r = await trx.selectFrom('match_queue').selectAll().where('field_id', '=', fieldId).where('id', '=', id).executeTakeFirst();
      if (!r) return null;
      await trx.deleteFrom('match_queue').where('id', '=', id).execute();
      return toQueued(r);
    });
  }

  async decideMatch(fieldId: number, entry: string, candidateKey: string | null): Promise<void> {
    await this.db
      .insertInto('match_decisions')
      .values({ field_id: fieldId, entry, candidate_key: candidateKey, created_at: now() })
      .onConflict((oc) => oc.columns(['field_id', 'entry']).doUpdateSet({ candidate_key: candidateKey, created_at: now() }))
      .execute();
  }

  async matchDecisions(fieldId: number): Promise<Map<string, string | null>> {
    const rows = await this.db.selectFrom('match_decisions').select(['entry', 'candidate_key']).where('field_id', '=', fieldId).execute();
    return new Map(rows.map((r) => [r.entry, r.candidate_key]));
  }

  // ——— the scorers' load

  async loadScoringInput(fieldId: number): Promise<ScoringInput> {
    if (!Number.isInteger(fieldId)) throw new Error(`field id must be an integer, got ${fieldId}`);
    const field = await this.requireField(this.db, fieldId);
    // Each query returns, per row: candidate_id, kind code, day number (null: undated), value,
    // table key, country, language, value2 — everything the table needs, computed by the
    // database where it is cheaper than in JS (day numbers, the key column of the kind).
    const day = this.dialect === 'sqlite' ? `cast(julianday(e.date) - 2440587.5 as integer)` : `(e.date::date - date '1970-01-01')`;
    const EV_KEY = `case when e.kind_code = ${PEER_MENTION} then e.peer else e.platform end`;
    const EV_VALUE2 = `case when e.kind_code = ${AUDIENCE} then e.fake_share end`;
    const EV_WHERE = `e.candidate_id in (select id from candidates where field_id = ${fieldId})`;
    const Q_EVIDENCE = `select e.candidate_id, e.kind_code, ${day}, e.value, ${EV_KEY}, e.country, e.language, ${EV_VALUE2} from evidence e where ${EV_WHERE}`;
    const Q_IDENTITIES = `select i.candidate_id, ${IDENTITY}, null, i.verified, i.platform, null, null, null from identities i join candidates c on c.id = i.candidate_id where c.field_id = ${fieldId}`;
    const Q_RANKS = `select e.candidate_id, ${EXTERNAL_RANK}, null, e.rank, r.name, null, null, r.size, r.year, e.band_end from external_ranking_entries e join external_rankings r on r.id = e.ranking_id where r.field_id = ${fieldId}`;
    const Q_CANDIDATES = `select id, key, name from candidates where field_id = ${fieldId}`;

    let cands: [number, string, string][] = [];
    let rows: RowCollector | null = null;
    let indexOf: (id: number) => number = () => -1;
    const start = (list: [number, string, string][]) => {
      cands = list.sort((a, b) => compareCodePoints(a[1], b[1]));
      indexOf = candidateIndex(cands.map((c) => c[0]));
      rows = new RowCollector();
    };
    const add = (r: unknown[]) => {
      const c = indexOf(r[0] as number);
      if (c < 0) return; // a candidate added since the candidates were read
      rows!.add(
        c,
        r[1] as number,
        r[1] === EXTERNAL_RANK ? externalListDay(r[8] as number | null) : r[2] === null ? NO_DAY : (r[2] as number),
        r[3] === null ? NaN : Number(r[3]),
        r[7] === null ? NaN : (r[7] as number),
        r[1] === EXTERNAL_RANK ? rankingLabel(r[4] as string, r[8] as number | null) : (r[4] as string | null),
        r[5] as string | null,
        r[6] as string | null,
        r[9] === null || r[9] === undefined ? NaN : Number(r[9]),
      );
    };

    if (this.dialect === 'sqlite') {
      // On the connection Kysely holds (so no transaction of this store is open meanwhile), in
      // one read transaction (so the four reads see the same data).
      await this.db.connection().execute(async () => {
        const raw = this.raw!;
        raw.exec('begin');
        try {
          start(this.stmt(Q_CANDIDATES).raw(true).all() as [number, string, string][]);
          // Evidence comes one candidate per row, its columns as JSON arrays (doubles printed
          // with 17 digits, so exactly): crossing into JS per candidate rather than per item
          // is 2–3 times faster than iterating millions of rows.
          const cols = ['e.kind_code', day, 'e.value', EV_KEY, 'e.country', 'e.language', EV_VALUE2].map((c) => `json_group_array(${c})`).join(` || ',' || `);
          const q = `select e.candidate_id, '[' || ${cols} || ']' from evidence e where ${EV_WHERE} group by e.candidate_id`;
          for (const [id, json] of this.stmt(q).raw(true).iterate() as Iterable<[number, string]>) {
            const c = indexOf(id);
            if (c >= 0) rows!.addColumns(c, JSON.parse(json) as ColumnGroup);
          }
          for (const q of [Q_IDENTITIES, Q_RANKS]) for (const r of this.stmt(q).raw(true).iterate()) add(r as unknown[]);
        } finally {
          raw.exec('commit');
        }
      });
    } else {
      const client = await this.pool!.connect();
      try {
        await client.query('begin isolation level repeatable read read only');
        start((await client.query<[number, string, string]>({ text: Q_CANDIDATES, rowMode: 'array' })).rows);
        for (const q of [Q_EVIDENCE, Q_IDENTITIES, Q_RANKS]) {
          // A cursor: bounded memory on millions of rows.
          await client.query(`declare rows no scroll cursor for ${q}`);
          for (;;) {
            const res = await client.query<unknown[]>({ text: 'fetch forward 50000 from rows', rowMode: 'array' });
            for (const r of res.rows) add(r);
            if (res.rows.length < 50000) break;
          }
          await client.query('close rows');
        }
        await client.query('commit');
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    }
    const table = rows!.build(cands.length);
    const candidates = cands.map((c) => ({ key: c[1], name: c[2] }));
    const byKey = new Map(candidates.map((c, i) => [c.key, i]));
    const ids = await this.db
      .selectFrom('identities')
      .innerJoin('candidates', 'candidates.id', 'identities.candidate_id')
      .select(['candidates.key', 'identities.handle', 'identities.url'])
      .where('candidates.field_id', '=', fieldId)
      .execute();
    return {
      field: { topic: field.topic, region: field.region, languages: field.languages },
      candidates,
      table,
      graph: await this.loadFieldGraph(fieldId),
      aliases: aliasesOf(
        ids.map((r) => ({ candidateKey: r.key, handle: r.handle, url: r.url })),
        byKey,
      ),
    };
  }

  // ——— one candidate's evidence

  async evidenceOf(fieldId: number, candidateKey: string): Promise<CandidateEvidence> {
    const c = await this.db.selectFrom('candidates').select(['id', 'field_id', 'key', 'name']).where('field_id', '=', fieldId).where('key', '=', candidateKey).executeTakeFirst();
    if (!c) return { candidate: null, evidence: [], identities: [], externalRanks: [] };
    const ev = await this.db.selectFrom('evidence').selectAll().where('candidate_id', '=', c.id).execute();
    ev.sort(
      (a, b) =>
        a.kind_code - b.kind_code ||
        cmpNullable(a.date, b.date, compareCodePoints) ||
        cmpNullable(a.value, b.value, (x, y) => x - y) ||
        cmpNullable(a.platform, b.platform, compareCodePoints) ||
        cmpNullable(a.peer, b.peer, compareCodePoints) ||
        cmpNullable(a.country, b.country, compareCodePoints) ||
        cmpNullable(a.language, b.language, compareCodePoints) ||
        compareCodePoints(a.nk, b.nk),
    );
    const ids = await this.db.selectFrom('identities').selectAll().where('candidate_id', '=', c.id).execute();
    ids.sort(
      (a, b) => compareCodePoints(a.platform, b.platform) || cmpNullable(a.handle, b.handle, compareCodePoints) || cmpNullable(a.url, b.url, compareCodePoints),
    );
    const ranks = await this.db
      .selectFrom('external_ranking_entries as e')
      .innerJoin('external_rankings as r', 'r.id', 'e.ranking_id')
      .select(['r.name as list', 'r.year', 'r.size', 'r.source_url', 'e.rank', 'e.band_end', 'e.name', 'e.source_id', 'e.source_line'])
      .where('e.candidate_id', '=', c.id)
      .execute();
    ranks.sort((a, b) => compareCodePoints(a.list, b.list) || cmpNullable(a.year, b.year, (x, y) => x - y) || a.rank - b.rank);
    const sourceIds = [...new Set([...ev, ...ids, ...ranks].map((r) => r.source_id).filter((x): x is number => x !== null))];
    const files = new Map<number, string>();
    for (let at = 0; at < sourceIds.length; at += 500) {
      for (const r of await this.db.selectFrom('sources').select(['id', 'file']).where('id', 'in', sourceIds.slice(at, at + 500)).execute()) files.set(r.id, r.file);
    }
    const originOf = (id: number | null, line: number | null) => (id === null ? null : { file: files.get(id) ?? '', line: line ?? 0 });
    return {
      candidate: { id: c.id, fieldId: c.field_id, key: c.key, name: c.name },
      evidence: ev.map((r) => ({
        candidateKey: c.key,
        kind: r.kind as EvidenceKindName,
        date: r.date,
        value: r.value,
        platform: r.platform,
        peer: r.peer,
        country: r.country,
        language: r.language,
        fakeShare: r.fake_share,
        sourceUrl: r.source_url,
        attributes: r.attributes ? (JSON.parse(r.attributes) as Record<string, string>) : {},
        origin: originOf(r.source_id, r.source_line),
      })),
      identities: ids.map((r) => ({
        candidateKey: c.key,
        platform: r.platform,
        handle: r.handle,
        url: r.url,
        verified: Number(r.verified) === 1,
        origin: originOf(r.source_id, r.source_line),
      })),
      externalRanks: ranks.map((r) => ({
        list: r.list,
        year: r.year,
        rank: r.rank,
        ...(r.band_end === null ? {} : { bandEnd: r.band_end }),
        listSize: r.size,
        candidateKey: c.key,
        name: r.name,
        sourceUrl: r.source_url,
        origin: originOf(r.source_id, r.source_line),
      })),
    };
  }

  // ——— ranking runs

  async saveRun(fieldId: number, label: string, result: Pick<RankingResult, 'fingerprint' | 'config'>, json: string): Promise<RunSummary> {
    if (!label) throw new Error('run label is empty');
    return this.db.transaction().execute(async (trx) => {
      await this.requireField(trx, fieldId);
      const values = {
        fingerprint: result.fingerprint,
        as_of: result.config.asOf ?? null,
        config: JSON.stringify(result.config),
        created_at: now(),
      };
      const old = await trx.selectFrom('ranking_runs').select('id').where('field_id', '=', fieldId).where('label', '=', label).executeTakeFirst();
      let id: number;
      if (old) {
        await trx.updateTable('ranking_runs').set(values).where('id', '=', old.id).execute();
        await trx.updateTable('ranking_run_results').set({ result: json }).where('run_id', '=', old.id).execute();
        id = old.id;
      } else {
        id = (await trx.insertInto('ranking_runs').values({ field_id: fieldId, label, ...values }).returning('id').executeTakeFirstOrThrow()).id;
        await trx.insertInto('ranking_run_results').values({ run_id: id, result: json }).execute();
      }
      return { id, label, fingerprint: values.fingerprint, asOf: values.as_of, createdAt: values.created_at };
    });
  }

  /** The id of the run `labelOrId` of the field: by label, else by id. */
  private async runId(fieldId: number, labelOrId: string | number): Promise<number | null> {
    const base = this.db.selectFrom('ranking_runs').select('id').where('field_id', '=', fieldId);
    let r = typeof labelOrId === 'string' ? await base.where('label', '=', labelOrId).executeTakeFirst() : undefined;
    const asId = typeof labelOrId === 'number' ? labelOrId : /^\d{1,9}$/.test(labelOrId) ? Number(labelOrId) : null;
    if (!r && asId !== null) r = await base.where('id', '=', asId).executeTakeFirst();
    return r ? r.id : null;
  }

  async findRun(fieldId: number, labelOrId: string | number): Promise<RunSummary | null> {
    const id = await this.runId(fieldId, labelOrId);
    if (id === null) return null;
    const r = await this.db.selectFrom('ranking_runs').select(['id', 'label', 'fingerprint', 'as_of', 'created_at']).where('id', '=', id).executeTakeFirst();
    return r ? { id: r.id, label: r.label, fingerprint: r.fingerprint, asOf: r.as_of, createdAt: r.created_at } : null;
  }

  async getRun(fieldId: number, labelOrId: string | number): Promise<RunRecord | null> {
    const id = await this.runId(fieldId, labelOrId);
    const r =
      id === null
        ? undefined
        : await this.db.selectFrom('ranking_runs').innerJoin('ranking_run_results', 'ranking_run_results.run_id', 'ranking_runs.id').selectAll('ranking_runs').select('ranking_run_results.result').where('ranking_runs.id', '=', id).executeTakeFirst();
    if (!r) return null;
    return {
      id: r.id,
      fieldId: r.field_id,
      label: r.label,
      fingerprint: r.fingerprint,
      asOf: r.as_of,
      createdAt: r.created_at,
      config: JSON.parse(r.config) as RankingConfig,
      result: r.result,
    };
  }

  async listRuns(fieldId: number): Promise<RunSummary[]> {
    const rows = await this.db.selectFrom('ranking_runs').select(['id', 'label', 'fingerprint', 'as_of', 'created_at']).where('field_id', '=', fieldId).orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, label: r.label, fingerprint: r.fingerprint, asOf: r.as_of, createdAt: r.created_at }));
  }

  // ——— counts and snapshot

  async counts(fieldId: number): Promise<StoreCounts> {
    const cands = this.db.selectFrom('candidates').select('id').where('field_id', '=', fieldId);
    const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) => Number((await q.executeTakeFirstOrThrow()).n);
    return {
      candidates: await count(this.db.selectFrom('candidates').select((eb) => eb.fn.countAll().as('n')).where('field_id', '=', fieldId)),
      identities: await count(this.db.selectFrom('identities').select((eb) => eb.fn.countAll().as('n')).where('candidate_id', 'in', cands)),
      evidence: await count(this.db.selectFrom('evidence').select((eb) => eb.fn.countAll().as('n')).where('candidate_id', 'in', cands)),
      externalRankings: await count(this.db.selectFrom('external_rankings').select((eb) => eb.fn.countAll().as('n')).where('field_id', '=', fieldId)),
      externalRankEntries: await count(
        this.db
          .selectFrom('external_ranking_entries')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('ranking_id', 'in', this.db.selectFrom('external_rankings').select('id').where('field_id', '=', fieldId)),
      ),
      runs: await count(this.db.selectFrom('ranking_runs').select((eb) => eb.fn.countAll().as('n')).where('field_id', '=', fieldId)),
      imports: await count(this.db.selectFrom('imports').select((eb) => eb.fn.countAll().as('n')).where('field_id', '=', fieldId)),
    };
  }

  async snapshot(): Promise<StoreSnapshot> {
    const out = {} as StoreSnapshot;
    for (const t of TABLES) {
      const q = this.db.selectFrom(t).selectAll();
      const order: Partial<Record<TableName, string[]>> = {
        external_ranking_entries: ['ranking_id', 'candidate_id'],
        evidence: ['candidate_id', 'nk'],
        graph_edges: ['field_id', 'source', 'target', 'kind'],
        ranking_run_results: ['run_id'],
        match_decisions: ['field_id', 'entry'],
      };
      let ordered = q as unknown as { orderBy(c: string): typeof ordered; execute(): Promise<Record<string, unknown>[]> };
      for (const c of order[t] ?? ['id']) ordered = ordered.orderBy(c);
      const rows = await ordered.execute();
      out[t] = rows.map((r) => {
        const o: Record<string, unknown> = {};
        for (const k of Object.keys(r).sort()) {
          if (k === 'created_at') continue;
          o[k] = k === 'id' ? Number(r[k]) : r[k];
        }
        return o;
      });
    }
    return out;
  }
}

function cmpNullable<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return cmp(a, b);
}

/** Maps a candidate id to its position in `ids` (-1 if absent): a typed array when the ids are dense. */
function candidateIndex(ids: number[]): (id: number) => number {
  if (ids.length === 0) return () => -1;
  let min = ids[0];
  let max = ids[0];
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  if (max - min < 4 * ids.length + 1024) {
    const at = new Int32Array(max - min + 1).fill(-1);
    for (let i = 0; i < ids.length; i++) at[ids[i] - min] = i;
    return (id) => (id < min || id > max ? -1 : at[id - min]);
  }
  const m = new Map(ids.map((id, i) => [id, i]));
  return (id) => m.get(id) ?? -1;
}

/** One candidate's evidence as columns: kind code, day, value, key, country, language, value2. */
type ColumnGroup = [number[], (number | null)[], (number | null)[], (string | null)[], (string | null)[], (string | null)[], (number | null)[]];

/**
 * Collects the scorers' rows in whatever order the database returns them, then adds them to an
 * EvidenceTableBuilder in the canonical order of core/evidence/from-batch.ts: candidate (by
 * key), kind code, day (undated first), value, value2 (absent first), key, country, language
 * (code-point order, absent first), value3 (absent first). Rows equal on all of these are equal in the table, so the
 * table — including the order of its interned strings — is the same whatever the database and
 * its row order, and the same as the core builds from the records in memory.
 */
class RowCollector {
  private n = 0;
  private cap = 1 << 14;
  private cand = new Int32Array(this.cap);
  private kind = new Uint8Array(this.cap);
  private day = new Int32Array(this.cap);
  private value = new Float64Array(this.cap);
  private value2 = new Float64Array(this.cap);
  /** Allocated at the first row with a third value (external ranks' band ends). */
  private value3: Float64Array | null = null;
  private key = new Int32Array(this.cap);
  private country = new Int32Array(this.cap);
  private language = new Int32Array(this.cap);
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  private intern(s: string | null): number {
    if (s === null) return -1;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** Adds one candidate's rows given as columns (JSON nulls for absent values). */
  addColumns(c: number, g: ColumnGroup): void {
    const [kind, day, value, key, country, language, value2] = g;
    for (let j = 0; j < kind.length; j++) {
      this.add(
        c,
        kind[j],
        day[j] === null ? NO_DAY : day[j]!,
        value[j] === null ? NaN : value[j]!,
        value2[j] === null ? NaN : value2[j]!,
        key[j],
        country[j],
        language[j],
      );
    }
  }

  add(c: number, kind: number, day: number, value: number, value2: number, key: string | null, country: string | null, language: string | null, value3 = NaN): void {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.cand[i] = c;
    this.kind[i] = kind;
    this.day[i] = day;
    this.value[i] = value;
    this.value2[i] = value2;
    if (value3 === value3 || this.value3 !== null) {
      if (this.value3 === null) this.value3 = new Float64Array(this.cap).fill(NaN);
      this.value3[i] = value3;
    }
    this.key[i] = this.intern(key);
    this.country[i] = this.intern(country);
    this.language[i] = this.intern(language);
  }

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T, ctor: new (n: number) => T): T => {
      const b = new ctor(this.cap);
      b.set(a);
      return b;
    };
    this.cand = g(this.cand, Int32Array);
    this.kind = g(this.kind, Uint8Array);
    this.day = g(this.day, Int32Array);
    this.value = g(this.value, Float64Array);
    this.value2 = g(this.value2, Float64Array);
    if (this.value3 !== null) {
      const b = new Float64Array(this.cap).fill(NaN);
      b.set(this.value3);
      this.value3 = b;
    }
    this.key = g(this.key, Int32Array);
    this.country = g(this.country, Int32Array);
    this.language = g(this.language, Int32Array);
  }

  build(candidateCount: number): import('../../core/evidence/table.js').EvidenceTable {
    const n = this.n;
    // Ranks of the local strings in code-point order (-1, absent, first).
    const byText = this.strings.map((_, i) => i).sort((a, b) => compareCodePoints(this.strings[a], this.strings[b]));
    const rankOf = new Int32Array(this.strings.length);
    for (let r = 0; r < byText.length; r++) rankOf[byText[r]] = r;
    const rk = (a: Int32Array): Int32Array => {
      const o = new Int32Array(n);
      for (let i = 0; i < n; i++) o[i] = a[i] < 0 ? -1 : rankOf[a[i]];
      return o;
    };
    const key = rk(this.key);
    const country = rk(this.country);
    const language = rk(this.language);
    const { kind, day, value, value2, value3 } = this;
    const cmpNum = (x: number, y: number): number => (x === y ? 0 : x !== x ? (y !== y ? 0 : -1) : y !== y ? 1 : x < y ? -1 : 1);
    // The core's canonical order (core/evidence/from-batch.ts), which this must match exactly.
    const cmp = (a: number, b: number): number =>
      kind[a] - kind[b] ||
      (day[a] < day[b] ? -1 : day[a] > day[b] ? 1 : 0) ||
      cmpNum(value[a], value[b]) ||
      cmpNum(value2[a], value2[b]) ||
      key[a] - key[b] ||
      country[a] - country[b] ||
      language[a] - language[b] ||
      (value3 === null ? 0 : cmpNum(value3[a], value3[b]));

    // Group by candidate (counting sort), then sort each group.
    const order = countingSortBy(this.cand.subarray(0, n), 0, Math.max(0, candidateCount - 1));
    const offsets = new Int32Array(candidateCount + 1);
    for (let i = 0; i < n; i++) offsets[this.cand[i] + 1]++;
    for (let c = 0; c < candidateCount; c++) {
      offsets[c + 1] += offsets[c];
      if (offsets[c + 1] - offsets[c] > 1) order.subarray(offsets[c], offsets[c + 1]).sort(cmp);
    }

    const builder = new EvidenceTableBuilder(candidateCount, Math.max(16, n));
    const toBuilder = new Int32Array(this.strings.length).fill(-2);
    const map = (local: number): number => {
      if (local < 0) return -1;
      let b = toBuilder[local];
      if (b === -2) {
        b = builder.intern(this.strings[local]);
        toBuilder[local] = b;
      }
      return b;
    };
    for (let j = 0; j < n; j++) {
      const i = order[j];
      builder.addRow(this.cand[i], kind[i], day[i], value[i], value2[i], map(this.key[i]), map(this.country[i]), map(this.language[i]), value3 === null ? NaN : value3[i]);
    }
    return builder.build();
  }
}
