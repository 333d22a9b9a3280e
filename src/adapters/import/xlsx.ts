/**
 * XLSX reading with exceljs: the sheet named "evidence" or "preuves" (any case, accents
 * ignored) if there is one, else the first worksheet. The header is the first non-empty row;
 * row numbers in problems are the sheet's own. Cells are read as they are stored: numbers stay
 * numbers (no locale guessing), date cells become ISO dates (exceljs gives them as UTC dates),
 * rich text is joined, formulas give their cached result, hyperlinks give their address in the
 * url and source columns and their text elsewhere, error values (#N/A…) their code.
 */
import ExcelJS from 'exceljs';
import { foldName } from '../../core/evidence/kinds.js';
import type { BatchBuilder, Cell } from './builder.js';
import { COL } from './columns.js';

const SHEET_NAMES = new Set(['evidence', 'preuves']);

/** The value of an exceljs cell as the builder reads it. */
export function cellOf(v: ExcelJS.CellValue, preferLink: boolean): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('hyperlink' in v) {
      if (preferLink && typeof v.hyperlink === 'string' && v.hyperlink !== '') return v.hyperlink.replace(/^mailto:/i, '');
      return cellOf(v.text as ExcelJS.CellValue, false);
    }
    if ('formula' in v || 'sharedFormula' in v) return cellOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, preferLink);
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

/** Reads the facts sheet of a workbook. Throws only when exceljs cannot open the file. */
export async function readXlsxFile(path: string, b: BatchBuilder): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  b.date1904 = Boolean(wb.properties?.date1904);
  const sheets = wb.worksheets.filter((ws) => ws !== undefined);
  const sheet = sheets.find((ws) => SHEET_NAMES.has(foldName(ws.name))) ?? sheets[0];
  if (sheet === undefined) {
    b.fail(b.messages.noWorksheet());
    return;
  }
  let linkCols: boolean[] = [];
  let stopped = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (stopped) return;
    const values = row.values as ExcelJS.CellValue[];
    const width = values.length - 1;
    const cells: Cell[] = new Array(Math.max(0, width));
    for (let c = 1; c <= width; c++) cells[c - 1] = cellOf(values[c], linkCols[c - 1] === true);
    if (!b.hasHeader) {
      if (cells.every((x) => x === null || x === undefined || (typeof x === 'string' && x.trim() === ''))) return;
      if (!b.header(cells, rowNumber)) {
        stopped = true;
        return;
      }
      linkCols = cells.map((_, i) => {
        const col = b.columnAt(i);
        return col === COL.url || col === COL.source;
      });
      return;
    }
    b.row(cells, rowNumber);
  });
  if (!b.hasHeader) b.fail(b.messages.emptyFile());
}
