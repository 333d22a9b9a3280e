/**
 * Storage of audience quality (issue 3): follower samples and audits (migration 0004). A sample
 * is kept once per candidate, platform and file content (its SHA-256): importing the same file
 * again changes nothing. An audit is written in the same transaction as the `audience` fact the
 * ranking reads (Store.applyImport's `also`), so either both are stored or neither.
 */
import type { Kysely, Transaction } from 'kysely';
import { PROFILE_WIDTH } from '../../core/audience/profile.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewSample {
  candidateKey: string;
  platform: string;
  /** The file's name as the user gave it. */
  file: string;
  sha256: string;
  observedOn: string | null;
  rowsRead: number;
  usable: number;
  /** usable × PROFILE_WIDTH profile numbers (core/audience/profile.ts). */
  P: Float64Array;
  lines: Int32Array;
}

export interface SampleSummary extends Omit<NewSample, 'P' | 'lines'> {
  id: number;
  createdAt: string;
}

export interface StoredSample extends SampleSummary {
  P: Float64Array;
  lines: Int32Array;
}

const bytes = (a: Float64Array | Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function copyOut<T>(b: Uint8Array, make: (buf: ArrayBuffer) => T): T {
  const copy = new ArrayBuffer(b.byteLength);
  new Uint8Array(copy).set(b);
  return make(copy);
}

/** Stores a sample unless the same one (candidate, platform, content) is there; its id either way. */
export async function saveSample(db: Db, fieldId: number, s: NewSample): Promise<{ id: number; created: boolean }> {
  if (s.P.length !== s.usable * PROFILE_WIDTH || s.lines.length !== s.usable) throw new RangeError(`sample of ${s.usable} profiles has ${s.P.length} numbers and ${s.lines.length} lines`);
  const existing = await db
    .selectFrom('follower_samples')
    .select('id')
    .where('field_id', '=', fieldId)
    .where('candidate_key', '=', s.candidateKey)
    .where('platform', '=', s.platform)
    .where('sha256', '=', s.sha256)
    .executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const row = await db
    .insertInto('follower_samples')
    .values({
      field_id: fieldId,
      candidate_key: s.candidateKey,
      platform: s.platform,
      file: s.file,
      sha256: s.sha256,
      observed_on: s.observedOn,
      rows_read: s.rowsRead,
      usable: s.usable,
      profiles: bytes(s.P),
      lines: bytes(s.lines),
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, created: true };
}

const summaryColumns = ['id', 'candidate_key', 'platform', 'file', 'sha256', 'observed_on', 'rows_read', 'usable', 'created_at'] as const;

function summaryOf(r: { id: number; candidate_key: string; platform: string; file: string; sha256: string; observed_on: string | null; rows_read: number; usable: number; created_at: string }): SampleSummary {
  return { id: r.id, candidateKey: r.candidate_key, platform: r.platform, file: r.file, sha256: r.sha256, observedOn: r.observed_on, rowsRead: r.rows_read, usable: r.usable, createdAt: r.created_at };
}

/** The field's samples (of one candidate if given), oldest first. */
export async function listSamples(db: Db, fieldId: number, candidateKey?: string): Promise<SampleSummary[]> {
  let q = db.selectFrom('follower_samples').select(summaryColumns).where('field_id', '=', fieldId);
  if (candidateKey !== undefined) q = q.where('candidate_key', '=', candidateKey);
  return (await q.orderBy('id').execute()).map(summaryOf);
}

/** The latest sample of a candidate on each platform (or on the one given), with its profiles. */
export async function latestSamples(db: Db, fieldId: number, candidateKey: string, platform?: string): Promise<StoredSample[]> {
  let q = db.selectFrom('follower_samples').selectAll().where('field_id', '=', fieldId).where('candidate_key', '=', candidateKey);
  if (platform !== undefined) q = q.where('platform', '=', platform);
  const rows = await q.orderBy('id', 'desc').execute();
  const seen = new Set<string>();
  const out: StoredSample[] = [];
  for (const r of rows) {
    if (seen.has(r.platform)) continue;
    seen.add(r.platform);
    out.push({ ...summaryOf(r), P: copyOut(r.profiles, (b) => new Float64Array(b)), lines: copyOut(r.lines, (b) => new Int32Array(b)) });
  }
  return out.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}

export interface NewAudit {
  candidateKey: string;
  platform: string;
  sampleSha256: string;
  modelVersion: string;
  observedOn: string;
  followers: number;
  sampleSize: number;
  usable: number;
  flagged: number;
  fakeShare: number;
  interval: [number, number];
  level: number;
  detail: unknown;
}

export interface AuditRecord extends NewAudit {
  id: number;
  createdAt: string;
}

/** Keeps an audit; the same audit (sample, model, date) again replaces the stored one, same id. */
export async function saveAudit(db: Db, fieldId: number, a: NewAudit): Promise<number> {
  const values = {
    field_id: fieldId,
    candidate_key: a.candidateKey,
    platform: a.platform,
    sample_sha256: a.sampleSha256,
    model_version: a.modelVersion,
    observed_on: a.observedOn,
    followers: a.followers,
    sample_size: a.sampleSize,
    usable: a.usable,
    flagged: a.flagged,
    fake_share: a.fakeShare,
    interval_low: a.interval[0],
    interval_high: a.interval[1],
    level: a.level,
    detail: JSON.stringify(a.detail),
    created_at: new Date().toISOString(),
  };
  const existing = await db
    .selectFrom('audience_audits')
    .select('id')
    .where('field_id', '=', fieldId)
    .where('candidate_key', '=', a.candidateKey)
    .where('platform', '=', a.platform)
    .where('sample_sha256', '=', a.sampleSha256)
    .where('model_version', '=', a.modelVersion)
    .where('observed_on', '=', a.observedOn)
    .executeTakeFirst();
  if (existing) {
    await db.updateTable('audience_audits').set(values).where('id', '=', existing.id).execute();
    return existing.id;
  }
  return (await db.insertInto('audience_audits').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/**
 * Removes the `audience` facts that earlier audits wrote for this candidate, platform and
 * observation date (facts with an `audit_model` attribute), so that auditing the same sample
 * again — with a retrained model, or another follower count — replaces its fact instead of
 * leaving two figures of the same day. Facts typed in by people are kept. Returns how many.
 */
export async function removeAuditFacts(db: Db, fieldId: number, candidateKey: string, platform: string, date: string): Promise<number> {
  const r = await db
    .deleteFrom('evidence')
    .where('candidate_id', 'in', db.selectFrom('candidates').select('id').where('field_id', '=', fieldId).where('key', '=', candidateKey))
    .where('kind', '=', 'audience')
    .where('platform', '=', platform)
    .where('date', '=', date)
    .where('attributes', 'like', '%"audit_model":%')
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The field's audits (of one candidate if given), oldest first. */
export async function listAudits(db: Db, fieldId: number, candidateKey?: string): Promise<AuditRecord[]> {
  let q = db.selectFrom('audience_audits').selectAll().where('field_id', '=', fieldId);
  if (candidateKey !== undefined) q = q.where('candidate_key', '=', candidateKey);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    candidateKey: r.candidate_key,
    platform: r.platform,
    sampleSha256: r.sample_sha256,
    modelVersion: r.model_version,
    observedOn: r.observed_on,
    followers: r.followers,
    sampleSize: r.sample_size,
    usable: r.usable,
    flagged: r.flagged,
    fakeShare: r.fake_share,
    interval: [r.interval_low, r.interval_high],
    level: r.level,
    detail: JSON.parse(r.detail) as unknown,
    createdAt: r.created_at,
  }));
}
