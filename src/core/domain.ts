/**
 * Domain types of Éclaireur's core: the workspace, its fields, the candidates and their
 * identities, the evidence that scores them, the external rankings, and the ranking runs.
 *
 * Pure types and constants: no I/O, no framework. Every adapter (storage, importers, report
 * writers) and entry point (CLI, HTTP API, web app) speaks in these terms.
 */

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** The ten indices of PRODUCT.md, in the order the source text gives them. */
export const INDEX_KEYS = [
  'peer_recognition',
  'digital_identity',
  'multi_platform_presence',
  'publishing',
  'community_contribution',
  'media_presence',
  'international_reach',
  'experience',
  'qualified_audience',
  'ranking_agreement',
] as const;
export type IndexKey = (typeof INDEX_KEYS)[number];

export function isIndexKey(s: string): s is IndexKey {
  return (INDEX_KEYS as readonly string[]).includes(s);
}

export interface Workspace {
  id: number;
  name: string;
}

/** A field of influence: the topic, the region it is ranked in, the languages it speaks. */
export interface Field {
  id: number;
  workspaceId: number;
  topic: string;
  /** ISO 3166 country or subdivision code of the field's home, e.g. `CA-QC`; null if worldwide. */
  region: string | null;
  languages: string[];
}

/** A person who may be an influencer of the field. `key` is the user's stable identifier. */
export interface Candidate {
  id: number;
  fieldId: number;
  key: string;
  name: string;
}

export interface Identity {
  candidateKey: string;
  platform: string;
  handle: string | null;
  url: string | null;
  verified: boolean;
}

/** Where a record came from: the file and the 1-based line (row) in it. */
export interface Origin {
  file: string;
  line: number;
}

/**
 * One dated, sourced fact about a candidate. The typed attributes are those the scorers read;
 * anything else the user supplied is kept in `attributes`.
 */
export interface EvidenceItem {
  candidateKey: string;
  kind: EvidenceKindName;
  /** ISO date `YYYY-MM-DD`, or null when the fact is undated. */
  date: string | null;
  value: number | null;
  platform: string | null;
  /** The peer (handle, URL or name) who mentions, reposts, cites or follows the candidate. */
  peer: string | null;
  /** ISO 3166-1 alpha-2 country code, upper case. */
  country: string | null;
  /** ISO 639-1 language code, lower case. */
  language: string | null;
  /** Estimated share (0–1) of fake accounts among an audience. */
  fakeShare: number | null;
  sourceUrl: string | null;
  attributes: Record<string, string>;
  origin: Origin | null;
}

/** One entry of another published ranking, as imported (matched to a candidate by key). */
export interface ExternalRankEntry {
  list: string;
  year: number | null;
  /** 1-based position in the list (the first position of its band when it is published in one). */
  rank: number;
  /**
   * Last position of the band the entry is published in ("101–150": rank 101, bandEnd 150): the
   * entry occupies the positions rank..bandEnd, shared with the band's other entries. Absent or
   * null for a single position.
   */
  bandEnd?: number | null;
  /** Number of entries the list publishes; null when unknown (then the largest rank seen). */
  listSize: number | null;
  candidateKey: string;
  name: string;
  sourceUrl: string | null;
  origin: Origin | null;
}

export interface ExternalRanking {
  id: number;
  fieldId: number;
  name: string;
  year: number | null;
  sourceUrl: string | null;
  size: number;
}

/** Kinds of evidence, by the name used in files and storage. See `evidence/kinds.ts`. */
export type EvidenceKindName =
  | 'identity'
  | 'website'
  | 'knowledge_base'
  | 'search_share'
  | 'peer_mention'
  | 'post'
  | 'blog_post'
  | 'article'
  | 'book'
  | 'white_paper'
  | 'talk'
  | 'course'
  | 'volunteer_role'
  | 'media_mention'
  | 'media_quote'
  | 'audience_country'
  | 'first_activity'
  | 'audience'
  | 'external_rank';

export interface CandidateRecord {
  key: string;
  name: string;
  origin: Origin | null;
}

export interface IdentityRecord extends Identity {
  origin: Origin | null;
}

/** Everything one import brings, validated; stored in one transaction. */
export interface ImportBatch {
  candidates: CandidateRecord[];
  identities: IdentityRecord[];
  evidence: EvidenceItem[];
  externalRanks: ExternalRankEntry[];
}

/** A problem found in the input: where, what was wrong, what was expected. */
export interface InputProblem {
  file: string;
  /** 1-based line (row); 0 when the problem is about the whole file. */
  line: number;
  /** Column name as written in the file (or its 1-based number), null for the whole row. */
  column: string | null;
  message: string;
}

/**
 * The field's interaction graph as imported from edge lists (who follows, mentions, reposts,
 * replies to or cites whom), in a canonical order: nodes by name (code-point order), edges by
 * (source, target, kind). Node names are normalised handles or URLs (core/graph/handles.ts).
 */
export interface FieldGraphInput {
  nodes: string[];
  source: Int32Array;
  target: Int32Array;
  /** Weight of each edge (> 0; 1 when the file gave none). */
  weight: Float64Array;
}

/** What the scorers read: the candidates (in a canonical order) and their evidence. */
export interface ScoringInput {
  field: { topic: string; region: string | null; languages: string[] };
  candidates: { key: string; name: string }[];
  /** Evidence grouped by candidate index (position in `candidates`). */
  table: import('./evidence/table.js').EvidenceTable;
  /** The imported interaction graph, if any (index 1 also reads the peer mentions). */
  graph?: FieldGraphInput | null;
  /**
   * Normalised handles and URLs of the candidates' identities → candidate index: how graph
   * nodes and peer mentions are recognised as candidates. Candidate keys are recognised too.
   */
  aliases?: ReadonlyMap<string, number> | null;
}
