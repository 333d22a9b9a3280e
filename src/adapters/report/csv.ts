/**
 * Writes a ranking as CSV: one row per entry (rank, id, name, score, rank interval, missing
 * indices, then each index's score and contribution), headers in the report's language,
 * numbers with a dot decimal for machines, UTF-8 with a byte-order mark so Excel reads the
 * accents, CRLF line ends (RFC 4180).
 */
import Papa from 'papaparse';
import { INDEX_KEYS, type IndexKey, type Lang } from '../../core/domain.js';
import type { IndexResult, RankingResult } from '../../core/ranking/result.js';
import { plain } from './format.js';
import { messages } from './messages.js';

export const BOM = '\ufeff';

/**
 * Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start)
 * get a leading apostrophe: a name is never executed when the CSV is opened.
 */
function textCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** The ranking as CSV text (see the file comment). */
export function rankingToCsv(result: RankingResult, lang: Lang): string {
  const m = messages(lang);
  const fields = [m.csv.rank, m.csv.id, m.csv.name, m.csv.score, m.csv.best, m.csv.worst, m.csv.missing];
  for (const k of INDEX_KEYS) fields.push(m.csv.indexScore(m.indexLabel[k]), m.csv.indexContribution(m.indexLabel[k]));

  const data = result.entries.map((e) => {
    const byKey = new Map<IndexKey, IndexResult>(e.indices.map((r) => [r.key, r]));
    const row = [
      plain(e.rank),
      textCell(e.candidateId),
      textCell(e.name),
      plain(e.score),
      plain(e.rankInterval[0]),
      plain(e.rankInterval[1]),
      INDEX_KEYS.filter((k) => e.missing.includes(k)).join(';'),
    ];
    for (const k of INDEX_KEYS) {
      const r = byKey.get(k);
      row.push(r ? plain(r.score) : '', r ? plain(r.contribution) : '');
    }
    return row;
  });

  const body = Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false, delimiter: ',', header: true, escapeFormulae: false });
  return `${BOM}${body}\r\n`;
}
