/**
 * The contract every index module fulfils: from the columnar evidence table, a raw signal per
 * candidate (NaN when the candidate has no evidence for the index), the number of items read,
 * and an explanation of one candidate's figure; plus the text of its method, for the
 * methodology section of reports.
 */
import type { FieldGraphInput, IndexKey, Lang, ScoringInput } from '../domain.js';
import type { EvidenceTable } from '../evidence/table.js';
import type { IndexParams } from '../ranking/config.js';

export interface IndexContext {
  table: EvidenceTable;
  /** The candidates, in the table's order (for names in explanations). */
  candidates: ScoringInput['candidates'];
  /** The imported field graph and the identities' handles (index 1; see core/graph/field-graph.ts). */
  graph: FieldGraphInput | null;
  aliases: ReadonlyMap<string, number> | null;
  /** Day number of the reference date: evidence after it is ignored, ages are counted to it. */
  asOfDay: number;
  /** ISO country of the field's home (from its region, `CA-QC` → `CA`), null if worldwide. */
  homeCountry: string | null;
  params: IndexParams;
}

export interface IndexSignal {
  /** Raw signal per candidate, NaN when missing. */
  raw: Float64Array;
  /** Evidence items read per candidate. */
  evidence: Int32Array;
}

export interface IndexDescription {
  key: IndexKey;
  label: string;
  /** What the index measures and from which evidence kinds. */
  signal: string;
  /** How the raw signal becomes 0–100, with the parameters in force. */
  normalisation: string;
  references: string[];
  limits: string;
}

export interface IndexModule {
  key: IndexKey;
  label: Record<Lang, string>;
  /** Computes the raw signal of every candidate. */
  signal(ctx: IndexContext): IndexSignal;
  /** One sentence on how candidate c's raw signal follows from their evidence. */
  explain(ctx: IndexContext, c: number, lang: Lang): string;
  describe(params: IndexParams, lang: Lang): Omit<IndexDescription, 'normalisation' | 'key' | 'label'>;
}
