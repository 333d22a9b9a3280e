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
