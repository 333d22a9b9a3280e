/**
 * The relational schema of the store, as Kysely table types: one interface per table, the
 * same on SQLite and PostgreSQL. Dates are ISO text, booleans integer 0/1, JSON is text.
 * The tables themselves are created by the migrations in `migrations/`.
 */
import type { Generated } from 'kysely';

export interface WorkspacesTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

/** A file that facts were imported from, stored once (rows refer to it with their line). */
export interface SourcesTable {
  id: Generated<number>;
  file: string;
}

export interface FieldsTable {
  id: Generated<number>;
  workspace_id: number;
  topic: string;
  region: string | null;
  /** JSON array of language codes. */
  languages: string;
  created_at: string;
}

export interface CandidatesTable {
  id: Generated<number>;
  field_id: number;
  key: string;
  name: string;
}

export interface IdentitiesTable {
  id: Generated<number>;
  candidate_id: number;
  platform: string;
  handle: string | null;
  url: string | null;
  /** 0 or 1. */
  verified: number;
  /** The file the row came from (sources.id), null when unknown. */
  source_id: number | null;
  source_line: number | null;
}

/**
 * No surrogate id: the primary key is (candidate_id, nk), and on SQLite the table is clustered
 * on it (WITHOUT ROWID), so a bulk import fills one B-tree, not two, and a candidate's evidence
 * is stored together.
 */
export interface EvidenceTable {
  candidate_id: number;
  /** Kind name (see core/evidence/kinds.ts). */
  kind: string;
  /** Stable integer code of the kind. */
  kind_code: number;
  /** ISO date YYYY-MM-DD, or null when undated. */
  date: string | null;
  value: number | null;
  platform: string | null;
  peer: string | null;
  country: string | null;
  language: string | null;
  fake_share: number | null;
  source_url: string | null;
  /** Canonical JSON object (keys sorted), null when there are none. */
  attributes: string | null;
  /** The file the row came from (sources.id), null when unknown. */
  source_id: number | null;
  source_line: number | null;
  /** Natural key: hash of the fact's content (everything but the origin), unique per candidate. */
  nk: string;
}

export interface ExternalRankingsTable {
  id: Generated<number>;
  field_id: number;
  name: string;
  year: number | null;
  source_url: string | null;
  size: number;
}

export interface ExternalRankingEntriesTable {
  ranking_id: number;
  candidate_id: number;
  rank: number;
  /** Last position of the band the entry is published in (`rank` its first), null for a single position (migration 0007). */
  band_end: number | null;
  name: string;
  /** The file the row came from (sources.id), null when unknown. */
  source_id: number | null;
  source_line: number | null;
}

export interface RankingRunsTable {
  id: Generated<number>;
  field_id: number;
  label: string;
  fingerprint: string;
  as_of: string | null;
  /** JSON of the resolved RankingConfig. */
  config: string;
  created_at: string;
}

/** A run's result, apart from its summary (migration 0008: reading a summary never reads it). */
export interface RankingRunResultsTable {
  run_id: number;
  /** The full result JSON as written by `eclaireur rank`. */
  result: string;
}

export interface ImportsTable {
  id: Generated<number>;
  field_id: number;
  file: string;
  rows: number;
  inserted: number;
  created_at: string;
}

/** An account of the field's imported interaction graph (issue 4). */
export interface GraphNodesTable {
  id: Generated<number>;
  field_id: number;
  /** Normalised handle or URL (core/graph/handles.ts). */
  name: string;
}

/** An edge of the field's graph: one per (source, target, kind). */
export interface GraphEdgesTable {
  field_id: number;
  source: number;
  target: number;
  /** Follow, mention, repost…; '' when the file gave no kind. */
  kind: string;
  weight: number;
}

/** A list entry whose match to a candidate waits for a person's review (issue 5). */
export interface MatchQueueTable {
  id: Generated<number>;
  field_id: number;
  /** The entry's normalised name and identifiers (core/agreement/names): what decisions are kept by. */
  entry: string;
  list: string;
  year: number | null;
  size: number | null;
  rank: number;
  /** Last position of the entry's band, null for a single position (migration 0007). */
  band_end: number | null;
  name: string;
  /** JSON array of the entry's handles and URLs. */
  identifiers: string;
  /** The best candidate's key. */
  proposed: string | null;
  score: number;
  /** JSON array of other candidates' keys close to it. */
  alternatives: string;
  file: string | null;
  line: number | null;
}

/** A person's decision on a list entry: the candidate it is, or none (candidate_key null). */
export interface MatchDecisionsTable {
  field_id: number;
  entry: string;
  candidate_key: string | null;
  created_at: string;
}

/** A maturity assessment of a field (issue 6): one per field and day. */
export interface MaturityAssessmentsTable {
  id: Generated<number>;
  field_id: number;
  /** ISO day the assessment was made. */
  assessed_on: string;
  questionnaire_version: string;
  /** JSON object question id → answer 0–4, in questionnaire order. */
  answers: string;
  /** Stage key (core/maturity/stages.ts). */
  stage: string;
  created_at: string;
}

/** The field's thought-leadership strategy (issue 6): one per field. */
export interface StrategiesTable {
  id: Generated<number>;
  field_id: number;
  created_at: string;
}

/** A kept cycle of a strategy: the whole strategy as it stood (JSON of core/strategy Strategy). */
export interface StrategyCyclesTable {
  id: Generated<number>;
  strategy_id: number;
  number: number;
  phase: string;
  started_on: string;
  notes: string | null;
  body: string;
  created_at: string;
}

/** A sample of a candidate's followers (issue 3), its profiles as a block of numbers. */
export interface FollowerSamplesTable {
  id: Generated<number>;
  field_id: number;
  candidate_key: string;
  platform: string;
  file: string;
  sha256: string;
  observed_on: string | null;
  rows_read: number;
  usable: number;
  /** usable × PROFILE_WIDTH float64 little-endian (core/audience/profile.ts). */
  profiles: Uint8Array;
  /** usable × int32 little-endian: each profile's line in the file. */
  lines: Uint8Array;
  created_at: string;
}

/** An audit of a follower sample: the fake share, its interval, the model that made it. */
export interface AudienceAuditsTable {
  id: Generated<number>;
  field_id: number;
  candidate_key: string;
  platform: string;
  sample_sha256: string;
  model_version: string;
  observed_on: string;
  followers: number;
  sample_size: number;
  usable: number;
  flagged: number;
  fake_share: number;
  interval_low: number;
  interval_high: number;
  level: number;
  /** JSON: suspects with reasons, sensitivity, specificity, sample size needed. */
  detail: string;
  created_at: string;
}

export interface Database {
  workspaces: WorkspacesTable;
  sources: SourcesTable;
  fields: FieldsTable;
  candidates: CandidatesTable;
  identities: IdentitiesTable;
  evidence: EvidenceTable;
  external_rankings: ExternalRankingsTable;
  external_ranking_entries: ExternalRankingEntriesTable;
  ranking_runs: RankingRunsTable;
  ranking_run_results: RankingRunResultsTable;
  imports: ImportsTable;
  graph_nodes: GraphNodesTable;
  graph_edges: GraphEdgesTable;
  match_queue: MatchQueueTable;
  match_decisions: MatchDecisionsTable;
  follower_samples: FollowerSamplesTable;
  audience_audits: AudienceAuditsTable;
  maturity_assessments: MaturityAssessmentsTable;
  strategies: StrategiesTable;
  strategy_cycles: StrategyCyclesTable;
}

export type DialectName = 'sqlite' | 'postgres';

/** Tables in dependency order (parents first): the order of `snapshot()`. */
export const TABLES = [
  'workspaces',
  'sources',
  'fields',
  'candidates',
  'identities',
  'evidence',
  'external_rankings',
  'external_ranking_entries',
  'ranking_runs',
  'ranking_run_results',
  'imports',
  'graph_nodes',
  'graph_edges',
  'match_queue',
  'match_decisions',
  'follower_samples',
  'audience_audits',
  'maturity_assessments',
  'strategies',
  'strategy_cycles',
] as const satisfies readonly (keyof Database)[];
