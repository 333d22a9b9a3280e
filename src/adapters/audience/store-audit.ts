/**
 * An audited follower sample kept in the store, and its JSON: what `eclaireur audience audit
 * FILE --candidate KEY` and the HTTP API's audits (`src/http/routes/audience.ts`) both do.
 *
 * - `observedOn`: the day a sample was observed (the latest observation among its profiles, else
 *   today); `newSample`: a read sample as the store keeps it.
 * - `storeAudit`: the candidate's `audience` fact on the platform (which the ranking's
 *   qualified_audience index reads), the audit's record and, for a new file, the sample — in one
 *   transaction. The follower count is the one given, else the candidate's latest known on the
 *   platform; neither is an `AuditStoreError`.
 * - `auditJson`: the audit as `--json` prints it (and the API answers it).
 */
import { type AuditResult } from '../../core/audience/audit.js';
import { PROFILE_FIELDS, PROFILE_WIDTH } from '../../core/audience/profile.js';
import type { EvidenceItem, Lang } from '../../core/domain.js';
import { type NewSample, removeAuditFacts, saveAudit, saveSample } from '../storage/audience-store.js';
import type { Store } from '../storage/index.js';
import type { ProfileSample, SampleProblem } from './read-sample.js';

const MESSAGES = {
  en: {
    noCandidate: (k: string) => `no candidate "${k}" in the field`,
    noFollowers: (k: string, p: string) => `the field knows no audience of "${k}" on ${p}; give the follower count with --followers N`,
    newerShare: (k: string, p: string, d: string, o: string) => `warning: a newer fake share of ${k} on ${p} (${d}) is what the ranking reads; this audit, observed ${o}, is kept in the history`,
  },
  fr: {
    noCandidate: (k: string) => `aucun candidat « ${k} » dans le milieu`,
    noFollowers: (k: string, p: string) => `le milieu ne connaît aucun auditoire de « ${k} » sur ${p}; donnez le nombre d’abonnés avec --followers N`,
    newerShare: (k: string, p: string, d: string, o: string) => `attention : une part de faux comptes plus récente de ${k} sur ${p} (${d}) est celle que lit le classement; cet audit, observé le ${o}, est gardé dans l’historique`,
  },
};

/** An audit that cannot be stored: no such candidate, or no follower count to apply the share to. */
export class AuditStoreError extends Error {
  constructor(
    readonly code: 'no-candidate' | 'no-followers',
    message: string,
  ) {
    super(message);
    this.name = 'AuditStoreError';
  }
}

/** The sample an audit was made on, as printed and stored. */
export interface AuditedSample {
  file: string;
  sha256: string;
  platform: string;
  observedOn: string;
  problems: SampleProblem[];
}

/** Where an audit was stored. */
export interface StoredAudit {
  candidate: string;
  platform: string;
  followers: number;
  realAudience: number;
  auditId: number;
}

/** One audited sample, as printed and stored. */
export interface AuditOutcome {
  result: AuditResult;
  platform: string | null;
  /** The followers the share applies to (given, or the stored count), when known. */
  followers: number | null;
  sample: AuditedSample;
  stored: StoredAudit | null;
}

function todayDay(): number {
  return Math.floor(Date.now() / 86_400_000);
}

const iso = (day: number): string => new Date(Math.floor(day) * 86_400_000).toISOString().slice(0, 10);

/** The day the sample was observed: the latest observation among its profiles, else today. */
export function observedOn(P: Float64Array): string {
  const k = PROFILE_FIELDS.indexOf('observedDay');
  let latest = -Infinity;
  for (let o = k; o < P.length; o += PROFILE_WIDTH) if (P[o] > latest) latest = P[o];
  return iso(Number.isFinite(latest) ? latest : todayDay());
}

/** A read sample as the store keeps it. */
export function newSample(candidateKey: string, platform: string, file: string, s: ProfileSample): NewSample {
  return { candidateKey, platform, file, sha256: s.sha256, observedOn: observedOn(s.P), rowsRead: s.rows, usable: s.usable, P: s.P, lines: s.lines };
}

/** The platform a sample's own shape says (JSON exports name it), or undefined (a CSV). */
export function samplePlatform(s: { platform: string }): string | undefined {
  return ['bluesky', 'mastodon', 'twitter', 'twitter-v2'].includes(s.platform) ? s.platform.replace('-v2', '') : undefined;
}

export interface StoreAuditOptions {
  lang: Lang;
  /** Told when a newer fake share of the candidate on the platform is what the ranking reads. */
  warn?: (message: string) => void;
}

/**
 * Stores an audit — the candidate's `audience` fact on the platform (which the ranking reads),
 * the audit's record and, for a new file, the sample — in one transaction.
 */
export async function storeAudit(store: Store, fieldId: number, key: string, platform: string, followersOpt: number | null, r: AuditResult, version: string, sample: AuditedSample, newSampleRow: NewSample | null, o: StoreAuditOptions): Promise<StoredAudit> {
  const m = MESSAGES[o.lang];
  const ce = await store.evidenceOf(fieldId, key);
  if (ce.candidate === null) throw new AuditStoreError('no-candidate', m.noCandidate(key));
  let followers = followersOpt;
  if (followers === null) {
    const known = ce.evidence.filter((e) => e.kind === 'audience' && e.platform === platform && e.value !== null).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    if (known.length === 0) throw new AuditStoreError('no-followers', m.noFollowers(key, platform));
    followers = known[known.length - 1].value!;
  }
  const item: EvidenceItem = {
    candidateKey: key,
    kind: 'audience',
    date: sample.observedOn,
    value: followers,
    platform,
    peer: null,
    country: null,
    language: null,
    fakeShare: r.fakeShare,
    sourceUrl: null,
    attributes: {
      audit_model: version,
      audit_sample_sha256: sample.sha256,
      audit_sample_size: String(r.sampleSize),
      audit_usable: String(r.usable),
      audit_flagged: String(r.flagged),
      audit_interval_low: r.interval[0].toFixed(4),
      audit_interval_high: r.interval[1].toFixed(4),
    },
    origin: { file: sample.file, line: 0 },
  };
  let auditId = 0;
  const f = followers;
  await store.applyImport(fieldId, { candidates: [], identities: [], evidence: [item], externalRanks: [] }, sample.file, async (s) => {
    if (newSampleRow) await saveSample(s.trx, fieldId, newSampleRow);
    await removeAuditFacts(s.trx, fieldId, key, platform, sample.observedOn);
    auditId = await saveAudit(s.trx, fieldId, {
      candidateKey: key,
      platform,
      sampleSha256: sample.sha256,
      modelVersion: version,
      observedOn: sample.observedOn,
      followers: f,
      sampleSize: r.sampleSize,
      usable: r.usable,
      flagged: r.flagged,
      fakeShare: r.fakeShare,
      interval: r.interval,
      level: r.level,
      detail: { sensitivity: r.sensitivity, specificity: r.specificity, apparentShare: r.apparentShare, meanProbability: r.meanProbability, needed: r.needed, suspects: r.suspects },
    });
  });
  const newer = ce.evidence.filter((e) => e.kind === 'audience' && e.platform === platform && e.fakeShare !== null && e.date !== null && e.date > sample.observedOn).map((e) => e.date!);
  if (newer.length > 0) o.warn?.(m.newerShare(key, platform, newer.sort()[newer.length - 1], sample.observedOn));
  return { candidate: key, platform, followers, realAudience: followers * (1 - r.fakeShare), auditId };
}

/** Followers × (1 − fake share), with the interval the share's interval gives. */
export function realAudience(followers: number, r: AuditResult): { followers: number; estimate: number; interval: [number, number] } {
  return { followers, estimate: followers * (1 - r.fakeShare), interval: [followers * (1 - r.interval[1]), followers * (1 - r.interval[0])] };
}

/** The audit as `eclaireur audience audit --json` prints it: {sampleSize, usable, fakeShare, interval, …}. */
export function auditJson(o: AuditOutcome, model: string) {
  const r = o.result;
  return {
    sampleSize: r.sampleSize,
    usable: r.usable,
    leftOut: r.leftOut,
    fakeShare: r.fakeShare,
    interval: r.interval,
    level: r.level,
    flagged: r.flagged,
    apparentShare: r.apparentShare,
    meanProbability: r.meanProbability,
    sensitivity: r.sensitivity,
    specificity: r.specificity,
    needed: r.needed,
    model,
    sample: { file: o.sample.file, sha256: o.sample.sha256, platform: o.sample.platform, observedOn: o.sample.observedOn },
    problems: o.sample.problems.slice(0, 100),
    stored: o.stored,
    realAudience: o.followers === null ? null : realAudience(o.followers, r),
    suspects: r.suspects,
  };
}
