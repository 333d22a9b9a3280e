/**
 * The import adapter: reads a CSV, XLSX or JSON file of facts about the candidates of a field
 * (the "long" format, one row per fact; see columns.ts) into a validated ImportBatch and the
 * list of every problem found, and writes the import templates. Problems never throw: a file
 * that cannot be read at all is one problem on line 0.
 */
import { stat, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { InputProblem, Lang } from '../../core/domain.js';
import { BatchBuilder, type ReadResult } from './builder.js';
import { readCsvFile, readCsvText } from './csv.js';
import { readJsonText } from './json.js';
import type { Locale } from './numbers.js';

export type { ReadResult } from './builder.js';
export type { BatchBuilder } from './builder.js';
export type { Locale } from './numbers.js';
export { COLUMNS, templateHeader, type ColumnSpec, type ColumnId } from './columns.js';
export { slugOf } from './vocab.js';

export interface ReadOptions {
  /** Convention for ambiguous numbers (`1,500`) and dates (`05/06/2018`); default `auto`. */
  locale?: 'fr' | 'en' | 'auto';
  /** Language of the problems; default: the language of the file's header, else English. */
  lang?: 'fr' | 'en';
  /** The file's name in origins and problems, when not its path (an upload kept under a temporary path). */
  name?: string;
}

const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);

function builder(file: string, opts: ReadOptions | undefined, unit: 'line' | 'record'): BatchBuilder {
  return new BatchBuilder({ file, locale: (opts?.locale ?? 'auto') as Locale, lang: opts?.lang, unit });
}

function failed(b: BatchBuilder, message: string): ReadResult {
  b.fail(message);
  return b.finish();
}

function reason(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'code' in e && (e as { code: unknown }).code === 'ENOENT') return 'no such file';
  return e instanceof Error ? e.message : String(e);
}

/** Reads an import file (CSV, XLSX or JSON, by extension). */
export async function readImportFile(path: string, opts?: ReadOptions): Promise<ReadResult> {
  return readImportFileInto(path, opts);
}

/**
 * readImportFile for a streaming reader: `after(builder, bytes)` is called after each chunk of
 * a CSV file (once at the end for XLSX and JSON), where it may take the builder's evidence
 * (BatchBuilder.takeEvidence); the result then holds only the items not taken.
 */
export async function readImportFileInto(
  path: string,
  opts: ReadOptions | undefined,
  after?: (b: BatchBuilder, bytes: number) => void | Promise<void>,
): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  const unit = ext === '.json' ? 'record' : 'line';
  const b = builder(opts?.name ?? path, opts, unit);
  const lang: Lang = opts?.lang ?? 'en';
  const m = b.messages;
  if (!CSV_EXT.has(ext) && ext !== '.xlsx' && ext !== '.json') return failed(b, m.unsupportedType(ext));
  try {
    const s = await stat(path);
    if (!s.isFile()) return failed(b, m.cannotRead(lang === 'fr' ? 'ce n’est pas un fichier' : 'not a file'));
    if (s.size === 0) return failed(b, m.emptyFile());
  } catch (e) {
    return failed(b, m.cannotRead(reason(e)));
  }
  // An error of the caller's `after` is the caller's, not a problem of the file: rethrown.
  let callerError: { error: unknown } | null = null;
  const step =
    after &&
    (async (bytes: number) => {
      try {
        await after(b, bytes);
      } catch (error) {
        callerError = { error };
        throw error;
      }
    });
  try {
    if (ext === '.json') readJsonText(await readFile(path, 'utf8'), b);
    else if (ext === '.xlsx') await (await import('./xlsx.js')).readXlsxFile(path, b);
    else await readCsvFile(path, b, step);
  } catch (e) {
    if (callerError) throw (callerError as { error: unknown }).error;
    return failed(b, m.cannotRead(reason(e)));
  }
  return b.finish();
}

/** Reads CSV text (or JSON text when `fileName` ends in .json); `fileName` is used in origins and problems. */
export function readImportText(text: string, fileName: string, opts?: ReadOptions): ReadResult {
  const json = extname(fileName).toLowerCase() === '.json';
  const b = builder(fileName, opts, json ? 'record' : 'line');
  if (json) readJsonText(text, b);
  else readCsvText(text, b);
  return b.finish();
}

/**
 * Writes eclaireur-template.csv and .xlsx (French: eclaireur-modele.csv and .xlsx) into `dir`,
 * created if needed; returns their paths. See template.ts.
 */
export async function writeTemplates(dir: string, lang: 'fr' | 'en'): Promise<string[]> {
  // exceljs takes a good half second to load: only the XLSX paths pay for it.
  return (await import('./template.js')).writeTemplates(dir, lang);
}

/** `file:line:column: message` (the column left out when the problem is about a whole row or file). */
export function formatProblem(p: InputProblem): string {
  return p.column === null ? `${p.file}:${p.line}: ${p.message}` : `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
