/**
 * Writes a ranking as an Excel workbook (exceljs): the ranking sheet (frozen header, number
 * formats, a data bar on the score), the per-index scores (missing shown as the word
 * "missing", never as a number) and contributions, and the methodology (run, configuration,
 * weights, normalisations, fingerprint). The workbook's dates come from the run's as-of date
 * and every zip entry carries that same time, so the same ranking gives the same file.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { INDEX_KEYS, type IndexKey, type Lang } from '../../core/domain.js';
import type { IndexDescription } from '../../core/indices/types.js';
import type { IndexResult, RankingResult } from '../../core/ranking/result.js';
import { int, numUpTo, ordinal } from './format.js';
import { canonicalConfig } from './json.js';
import { messages, type Messages } from './messages.js';
import { fixZipTimes } from './zip-times.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } };
const MISSING_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF7A2E00' } };
const MISSING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'lightUp', fgColor: { argb: 'FFF5C9A0' }, bgColor: { argb: 'FFFFF3E0' } };
const EPOCH_1980 = new Date(Date.UTC(1980, 0, 1));

/** The fixed date of the workbook: midnight UTC of the as-of date (1980-01-01 when unknown). */
export function workbookDate(asOf: string | null): Date {
  if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return EPOCH_1980;
  const d = new Date(`${asOf}T00:00:00.000Z`);
  return Number.isFinite(d.getTime()) && d.getTime() >= EPOCH_1980.getTime() ? d : EPOCH_1980;
}

/** Column letter of a 1-based column number. */
function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function styleHeader(ws: ExcelJS.Worksheet, columns: number): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  for (let c = 1; c <= columns; c++) {
    row.getCell(c).fill = HEADER_FILL;
    row.getCell(c).border = { bottom: { style: 'thin', color: { argb: 'FF8C959F' } } };
  }
  row.height = 32;
}

function rankingSheet(wb: ExcelJS.Workbook, result: RankingResult, m: Messages): void {
  const ws = wb.addWorksheet(m.sheet.ranking, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  ws.columns = [
    { header: m.rank, key: 'rank', width: 7 },
    { header: m.id, key: 'id', width: 16 },
    { header: m.name, key: 'name', width: 32 },
    { header: m.score, key: 'score', width: 10, style: { numFmt: '0.0' } },
    { header: m.bestRank, key: 'best', width: 10 },
    { header: m.worstRank, key: 'worst', width: 10 },
    { header: m.missingIndices, key: 'missing', width: 12 },
    { header: m.missingList, key: 'missingList', width: 60 },
  ];
  for (const e of result.entries) {
    ws.addRow({
      rank: e.rank,
      id: e.candidateId,
      name: e.name,
      score: e.score,
      best: e.rankInterval[0],
      worst: e.rankInterval[1],
      missing: e.missing.length,
      missingList: INDEX_KEYS.filter((k) => e.missing.includes(k))
        .map((k) => m.indexLabel[k])
        .join(', '),
    });
  }
  styleHeader(ws, 8);
  const last = result.entries.length + 1;
  ws.autoFilter = { from: 'A1', to: `H${Math.max(1, last)}` };
  if (result.entries.length > 0) {
    ws.addConditionalFormatting({
      ref: `D2:D${last}`,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          gradient: true,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 100 },
          ],
          color: { argb: 'FF4E79A7' },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }
}

function indexSheet(wb: ExcelJS.Workbook, result: RankingResult, m: Messages, name: string, pick: (r: IndexResult) => number | null, numFmt: string, withTotal: boolean): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  const columns: Partial<ExcelJS.Column>[] = [
    { header: m.rank, key: 'rank', width: 7 },
    { header: m.id, key: 'id', width: 16 },
    { header: m.name, key: 'name', width: 32 },
  ];
  for (const k of INDEX_KEYS) columns.push({ header: m.indexLabel[k], key: k, width: 16, style: { numFmt } });
  if (withTotal) columns.push({ header: m.score, key: 'score', width: 10, style: { numFmt: '0.0' } });
  ws.columns = columns;
  for (const e of result.entries) {
    const byKey = new Map<IndexKey, IndexResult>(e.indices.map((r) => [r.key, r]));
    const values: Record<string, string | number | null> = { rank: e.rank, id: e.candidateId, name: e.name };
    for (const k of INDEX_KEYS) {
      const r = byKey.get(k);
      values[k] = r && r.score !== null ? pick(r) : m.missingShort;
    }
    if (withTotal) values.score = e.score;
    const row = ws.addRow(values);
    INDEX_KEYS.forEach((k, i) => {
      const cell = row.getCell(4 + i);
      if (typeof cell.value === 'string') {
        cell.font = MISSING_FONT;
        cell.fill = MISSING_FILL;
        cell.alignment = { horizontal: 'center' };
      }
    });
  }
  styleHeader(ws, columns.length);
  const last = result.entries.length + 1;
  if (result.entries.length > 0) {
    ws.addConditionalFormatting({
      ref: `D2:${col(3 + INDEX_KEYS.length)}${last}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [{ type: 'min' }, { type: 'max' }],
          color: [{ argb: 'FFFFFFFF' }, { argb: 'FF76A5D0' }],
        },
      ],
    });
  }
}

function methodologySheet(wb: ExcelJS.Workbook, result: RankingResult, lang: Lang, m: Messages, methodology: readonly IndexDescription[]): void {
  const ws = wb.addWorksheet(m.sheet.methodology);
  ws.columns = [
    { key: 'a', width: 30 },
    { key: 'b', width: 24 },
    { key: 'c', width: 12 },
    { key: 'd', width: 14 },
    { key: 'e', width: 14 },
    { key: 'f', width: 10 },
    { key: 'g', width: 12 },
    { key: 'h', width: 40 },
    { key: 'i', width: 60 },
    { key: 'j', width: 60 },
    { key: 'k', width: 50 },
    { key: 'l', width: 50 },
  ];
  const bold = (r: ExcelJS.Row): void => {
    r.font = { bold: true };
  };
  bold(ws.addRow([m.methodology]));
  ws.getRow(1).font = { bold: true, size: 14 };
  const f = result.field;
  const iv = result.config.intervals;
  const facts: [string, string | number][] = [
    [m.field, f.topic],
    [m.region, f.region ?? m.worldwide],
    [m.languages, f.languages.join(', ')],
    [m.asOf, result.config.asOf ?? m.asOfLatest],
    [m.candidates, result.candidates],
    [m.evidenceItems, result.evidence],
    [m.fingerprint, result.fingerprint],
  ];
  for (const [k, v] of facts) ws.addRow([k, v]).getCell(1).font = { bold: true };
  ws.addRow([]);
  const texts: [string, string][] = [
    [m.totalScore, `score = Σ(wᵢ · sᵢ) / Σwᵢ. ${m.totalScoreText}`],
    [m.missingShort, m.missingRule],
    [m.tieBreak, m.tieBreakText],
    [
      m.intervals,
      iv.draws > 0
        ? m.intervalsText(int(lang, iv.draws), numUpTo(lang, iv.concentration, 3), String(iv.seed), ordinal(lang, Math.round(iv.lower * 1e8) / 1e6), ordinal(lang, Math.round(iv.upper * 1e8) / 1e6))
        : m.intervalsOff,
    ],
    [m.reproduce, m.reproduceText],
  ];
  for (const [k, v] of texts) {
    const row = ws.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    ws.mergeCells(row.number, 2, row.number, 12);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = 45;
  }
  ws.addRow([]);
  const weightSum = INDEX_KEYS.reduce((s, k) => s + (result.config.weights[k] ?? 0), 0);
  const header = ws.addRow([m.index, m.key, m.weight, m.weightShareCol, m.methodCol, m.cap, m.halfLife, m.otherParams, m.signal, m.normalisation, m.references, m.limits]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (let c = 1; c <= 12; c++) header.getCell(c).fill = HEADER_FILL;
  const byKey = new Map<IndexKey, IndexDescription>();
  for (const d of methodology) if (!byKey.has(d.key)) byKey.set(d.key, d);
  for (const k of INDEX_KEYS) {
    const p = result.config.indices[k];
    const d = byKey.get(k);
    const w = result.config.weights[k] ?? 0;
    const others = p
      ? Object.keys(p)
          .filter((x) => x !== 'normalisation' && x !== 'halfLifeDays')
          .map((x) => `${x} = ${typeof p[x] === 'number' ? p[x] : JSON.stringify(p[x])}`)
          .join('; ')
      : '';
    const row = ws.addRow([
      m.indexLabel[k],
      k,
      w,
      weightSum > 0 ? w / weightSum : 0,
      p?.normalisation.method ?? '',
      p?.normalisation.cap ?? null,
      p?.halfLifeDays ?? null,
      others,
      d?.signal ?? m.notDescribed,
      d?.normalisation ?? '',
      d ? d.references.join('\n') : '',
      d?.limits ?? '',
    ]);
    row.getCell(4).numFmt = '0.0%';
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  const cfg = ws.addRow([m.configuration, JSON.stringify(canonicalConfig(result.config), null, 2)]);
  cfg.getCell(1).font = { bold: true };
  cfg.getCell(1).alignment = { vertical: 'top' };
  cfg.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(cfg.number, 2, cfg.number, 12);
}

/** Builds the workbook (exported for tests and for callers who stream it elsewhere). */
export function rankingWorkbook(result: RankingResult, lang: Lang, methodology: readonly IndexDescription[]): ExcelJS.Workbook {
  const m = messages(lang);
  const wb = new ExcelJS.Workbook();
  const when = workbookDate(result.config.asOf);
  wb.creator = 'Éclaireur';
  wb.lastModifiedBy = 'Éclaireur';
  wb.created = when;
  wb.modified = when;
  wb.title = m.defaultTitle(result.field.topic);
  wb.subject = result.fingerprint;
  (wb as ExcelJS.Workbook & { language: string }).language = lang === 'fr' ? 'fr-CA' : 'en-CA';
  rankingSheet(wb, result, m);
  indexSheet(wb, result, m, m.sheet.scores, (r) => r.score, '0.0', false);
  indexSheet(wb, result, m, m.sheet.contributions, (r) => r.contribution, '0.00', true);
  methodologySheet(wb, result, lang, m, methodology);
  return wb;
}

/** The workbook's bytes (see the file comment: the same result gives the same bytes). */
export async function rankingXlsx(result: RankingResult, lang: Lang, methodology: readonly IndexDescription[]): Promise<Buffer> {
  const wb = rankingWorkbook(result, lang, methodology);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  fixZipTimes(buf, workbookDate(result.config.asOf));
  return buf;
}

/** Writes the workbook to `path` (see the file comment). */
export async function writeRankingXlsx(result: RankingResult, lang: Lang, path: string, methodology: IndexDescription[]): Promise<void> {
  await writeFile(path, await rankingXlsx(result, lang, methodology));
}
