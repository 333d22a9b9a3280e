/**
 * The import templates, in English or Québec French: a CSV with the header row only, and an
 * XLSX whose first sheet has the header row (bold, frozen, sized, with a drop-down list of the
 * kinds in the kind column) and whose second sheet, "guide", documents every kind (the word to
 * write, its label, the index it feeds, its required columns, what its value means) and every
 * column (its name, its name in the other language, what it holds). Everything comes from
 * columns.ts and core/evidence/kinds.ts, so the templates follow the reader.
 *
 * The French CSV uses semicolons (the list separator of French Excel, where the comma is the
 * decimal one), the English CSV commas; both start with a UTF-8 BOM so that Excel reads accents.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Lang } from '../../core/domain.js';
import { EVIDENCE_KINDS, type KindColumn } from '../../core/evidence/kinds.js';
import { COL, COLUMNS, INDEX_LABELS, KIND_WORDS, templateHeader } from './columns.js';

const FILE_BASE: Record<Lang, string> = { en: 'eclaireur-template', fr: 'eclaireur-modele' };
const SHEET: Record<Lang, { facts: string; guide: string }> = {
  en: { facts: 'evidence', guide: 'guide' },
  fr: { facts: 'preuves', guide: 'guide' },
};
/** Rows of the facts sheet that get the drop-down list of kinds. */
const VALIDATED_ROWS = 10_000;

const GUIDE_TEXT = {
  en: {
    kinds: 'Kinds of facts (column "kind")',
    kindHead: ['kind', 'label', 'index it feeds', 'required columns', 'meaning of value', 'also accepted'],
    columns: 'Columns',
    columnHead: ['column', 'in French', 'what it holds'],
    or: 'or',
    none: '—',
    badKind: 'Choose a kind from the list (see the "guide" sheet).',
  },
  fr: {
    kinds: 'Types de faits (colonne « type »)',
    kindHead: ['type', 'libellé', 'indice alimenté', 'colonnes obligatoires', 'sens de la valeur', 'aussi accepté'],
    columns: 'Colonnes',
    columnHead: ['colonne', 'en anglais', 'contenu'],
    or: 'ou',
    none: '—',
    badKind: 'Choisissez un type de la liste (voir la feuille « guide »).',
  },
} as const;

function requiredText(r: KindColumn, lang: Lang): string {
  const name = (id: keyof typeof COL) => COLUMNS[COL[id]].names[lang];
  if (r === 'handle_or_url') return `${name('handle')} ${GUIDE_TEXT[lang].or} ${name('url')}`;
  if (r === 'list') return name('list');
  return name(r);
}

/** Writes the CSV and XLSX templates into `dir` (created if needed); returns their paths. */
export async function writeTemplates(dir: string, lang: Lang): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const base = join(dir, FILE_BASE[lang]);
  const csvPath = `${base}.csv`;
  const xlsxPath = `${base}.xlsx`;
  const delimiter = lang === 'fr' ? ';' : ',';
  await writeFile(csvPath, '\ufeff' + templateHeader(lang).join(delimiter) + '\r\n', 'utf8');
  await writeWorkbook(xlsxPath, lang);
  return [csvPath, xlsxPath];
}

async function writeWorkbook(path: string, lang: Lang): Promise<void> {
  const t = GUIDE_TEXT[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Éclaireur';
  const facts = wb.addWorksheet(SHEET[lang].facts, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const guide = wb.addWorksheet(SHEET[lang].guide);

  facts.columns = COLUMNS.map((c) => ({ header: c.names[lang], key: c.id, width: c.width }));
  const head = facts.getRow(1);
  head.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    head.getCell(i + 1).note = c.description[lang];
  });

  // Guide: the kinds, then the columns.
  guide.columns = [{ width: 24 }, { width: 36 }, { width: 44 }, { width: 24 }, { width: 56 }, { width: 40 }];
  const title = guide.addRow([t.kinds]);
  title.font = { bold: true, size: 13 };
  const kh = guide.addRow([...t.kindHead]);
  kh.font = { bold: true };
  const firstKindRow = kh.number + 1;
  for (const k of EVIDENCE_KINDS) {
    const word = KIND_WORDS[k.name][lang];
    const others = [k.name, ...k.aliases, KIND_WORDS[k.name].en, KIND_WORDS[k.name].fr].filter((x, i, a) => x !== word && a.indexOf(x) === i);
    guide.addRow([
      word,
      k.label[lang],
      INDEX_LABELS[k.index][lang],
      k.required.map((r) => requiredText(r, lang)).join(', '),
      k.value?.[lang] ?? t.none,
      others.join(', '),
    ]);
  }
  const lastKindRow = firstKindRow + EVIDENCE_KINDS.length - 1;
  guide.addRow([]);
  const ct = guide.addRow([t.columns]);
  ct.font = { bold: true, size: 13 };
  const ch = guide.addRow([...t.columnHead]);
  ch.font = { bold: true };
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  for (const c of COLUMNS) guide.addRow([c.names[lang], c.names[other], c.description[lang]]);
  guide.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });

  // The kind column: a drop-down list of the kinds of the guide sheet.
  const kindLetter = facts.getColumn(COL.kind + 1).letter;
  const validations = (facts as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${kindLetter}2:${kindLetter}${VALIDATED_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`'${SHEET[lang].guide}'!$A$${firstKindRow}:$A$${lastKindRow}`],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: t.badKind,
  });

  await wb.xlsx.writeFile(path);
}
