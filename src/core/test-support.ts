/**
 * Test support for the core's tests (not part of the build): concise evidence records and a
 * scoring input made from them.
 */
import type { EvidenceItem, EvidenceKindName, ExternalRankEntry, IdentityRecord, ImportBatch, ScoringInput } from './domain.js';
import { scoringInputFromBatch } from './evidence/from-batch.js';

export function ev(candidateKey: string, kind: EvidenceKindName, fields: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    candidateKey,
    kind,
    date: null,
    value: null,
    platform: null,
    peer: null,
    country: null,
    language: null,
    fakeShare: null,
    sourceUrl: null,
    attributes: {},
    origin: null,
    ...fields,
  };
}

export function identity(candidateKey: string, platform: string, verified = false): IdentityRecord {
  return { candidateKey, platform, handle: `@${candidateKey}`, url: null, verified, origin: null };
}

export function extRank(candidateKey: string, list: string, rank: number, listSize: number | null = null, year: number | null = null): ExternalRankEntry {
  return { candidateKey, list, year, rank, listSize, name: candidateKey, sourceUrl: null, origin: null };
}

export function makeInput(
  names: string[],
  parts: { evidence?: EvidenceItem[]; identities?: IdentityRecord[]; externalRanks?: ExternalRankEntry[] },
  region: string | null = 'CA-QC',
): ScoringInput {
  const batch: ImportBatch = {
    candidates: names.map((n) => ({ key: n, name: n.toUpperCase(), origin: null })),
    evidence: parts.evidence ?? [],
    identities: parts.identities ?? [],
    externalRanks: parts.externalRanks ?? [],
  };
  return scoringInputFromBatch(batch, { topic: 'test', region, languages: ['fr', 'en'] });
}

/** Six candidates with a little evidence each (one with none): a cohort for the re-weighing tests. */
export const sixCandidates = () =>
  makeInput(['ana', 'ben', 'chloe', 'dan', 'eve', 'fay'], {
    evidence: [
      ev('ana', 'blog_post', { date: '2026-11-01' }),
      ev('ana', 'blog_post', { date: '2026-10-01' }),
      ev('ana', 'talk', { date: '2026-06-01', country: 'FR' }),
      ev('ana', 'first_activity', { date: '2004-01-01' }),
      ev('ben', 'blog_post', { date: '2026-11-01' }),
      ev('ben', 'first_activity', { date: '2016-01-01' }),
      ev('chloe', 'media_quote', { date: '2026-11-20' }),
      ev('dan', 'media_quote', { date: '2026-11-20' }),
      ev('fay', 'media_quote', { date: '2026-11-20' }),
      ev('fay', 'media_quote', { date: '2026-10-20' }),
      ev('fay', 'media_mention', { date: '2026-09-20' }),
    ],
    externalRanks: [extRank('ana', 'Top 10', 1, 10)],
  });
