/**
 * The storage adapter's public surface: `openStore` and the Store API and types.
 */
export {
  DEFAULT_SQLITE_FILE,
  NO_FIELD_MESSAGE,
  openStore,
  storeOptionsFromEnv,
  type CandidateEvidence,
  type EdgeListInput,
  type GraphImportCounts,
  type ImportCounts,
  type NewQueuedMatch,
  type QueuedMatch,
  type NewField,
  type RunRecord,
  type RunSummary,
  type Store,
  type StoreCounts,
  type StoreOptions,
  type StoreSnapshot,
  type TableName,
} from './store.js';
export type { Database, DialectName } from './schema.js';
