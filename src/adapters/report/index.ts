/**
 * The report writers of a ranking run: canonical JSON, CSV, XLSX, a self-contained HTML
 * report, and terminal text; and the comparison of two runs as JSON and text. Every writer is
 * deterministic: the same inputs give the same bytes.
 */
export { rankingToJson, comparisonToJson } from './json.js';
export { rankingToCsv } from './csv.js';
export { writeRankingXlsx, rankingWorkbook } from './xlsx.js';
export { renderRankingHtml, type EvidenceLine, type HtmlReportOptions } from './html.js';
export { renderRankingText, renderComparisonText } from './text.js';
export { messages, type Messages } from './messages.js';
