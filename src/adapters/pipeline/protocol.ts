/**
 * The messages between the import pipeline's reading thread (read-worker.ts) and the thread
 * that writes to the store (import-files.ts). Evidence crosses as columns (EvidenceRows), its
 * typed arrays transferred, not copied.
 */
import type { ExternalRankEntry, InputProblem } from '../../core/domain.js';
import type { EvidenceRows } from '../storage/evidence-rows.js';

export interface ReadJob {
  files: string[];
  /** The files' names in origins, problems and messages, when not their paths (uploads). */
  names?: string[];
  locale: 'fr' | 'en' | 'auto';
  lang?: 'fr' | 'en';
  /** Evidence items per chunk. */
  chunkRows: number;
  /** Chunks sent and not yet acknowledged before the reader waits. */
  maxInFlight: number;
}

/** Candidates newly registered, as [key, name so far]: their dense numbers follow on. */
export type NewCandidates = [string, string][];

/** An identity as [candidate key, platform, handle, url, verified (0 or 1), line]. */
export type IdentityTuple = [string, string, string | null, string | null, number, number];

export type FromReader =
  | { t: 'chunk'; candidates: NewCandidates; rows: EvidenceRows; file: string; identities: IdentityTuple[]; bytes: number }
  | { t: 'file'; file: string; rows: number; problems: number; bytes: number }
  | {
      t: 'end';
      problems: InputProblem[];
      rows: number;
      candidates: NewCandidates;
      /** Every candidate's final name, [key, name], in registration order. */
      names: NewCandidates;
      externalRanks: ExternalRankEntry[];
    }
  | { t: 'error'; message: string; stack?: string };

export type ToReader = { t: 'ack' };
