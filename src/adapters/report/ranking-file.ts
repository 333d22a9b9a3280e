/**
 * A ranking run's report file in one of its formats — canonical JSON, CSV, XLSX, or the
 * self-contained HTML report with the evidence of the first `details` candidates (read from the
 * store) and, when given, the changes since an earlier run. What `eclaireur rank --out` writes
 * and what the API's `GET …/runs/:run/report` sends.
 */
import type { Lang } from '../../core/domain.js';
import { describeMethodology } from '../../core/indices/registry.js';
import type { Comparison } from '../../core/ranking/comparison.js';
import type { RankingResult } from '../../core/ranking/result.js';
import type { Store } from '../storage/index.js';
import { rankingToCsv } from './csv.js';
import { evidenceLines } from './evidence-lines.js';
import { type EvidenceLine, renderRankingHtml } from './html.js';
import { rankingToJson } from './json.js';
import { rankingXlsx } from './xlsx.js';

export const RANKING_FORMATS = ['json', 'csv', 'xlsx', 'html'] as const;
export type RankingFormat = (typeof RANKING_FORMATS)[number];

export const RANKING_FILE_TYPES: Record<RankingFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
};

export interface RankingFileOptions {
  lang: Lang;
  /** Candidates whose evidence the HTML report lists, from the top. */
  details: number;
  comparison?: Comparison;
  /** The result's canonical JSON when the caller has it already (a saved run's text). */
  json?: string;
}

export async function rankingFile(store: Pick<Store, 'evidenceOf'>, fieldId: number, result: RankingResult, format: RankingFormat, o: RankingFileOptions): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return o.json ?? rankingToJson(result);
    case 'csv':
      return rankingToCsv(result, o.lang);
    case 'xlsx':
      return rankingXlsx(result, o.lang, describeMethodology(result.config, o.lang));
    case 'html': {
      const evidence = new Map<string, EvidenceLine[]>();
      for (const e of result.entries.slice(0, o.details)) evidence.set(e.candidateId, evidenceLines(await store.evidenceOf(fieldId, e.candidateId)));
      return renderRankingHtml(result, { lang: o.lang, methodology: describeMethodology(result.config, o.lang), evidence, comparison: o.comparison });
    }
  }
}
