/**
 * CSV reading: text or file to rows for the batch builder, with the real line number of each
 * row. Parsing is papaparse's (RFC 4180 quoting: delimiters, quotes and newlines inside quoted
 * fields), driven chunk by chunk through its Parser so that a file of millions of rows is never
 * held whole in memory and each chunk's rows die young.
 *
 * - Delimiter: comma, semicolon or tab, whichever the header line (outside quotes) holds most of
 *   (ties: comma, then semicolon); or the one named by Excel's `sep=;` first line, if present
 *   (that line is then skipped, and counted).
 * - Line ends: those of the header line (CRLF, LF or CR).
 * - Encoding of files: UTF-8, with or without BOM; UTF-16 with a BOM; a file whose start is not
 *   valid UTF-8 is read as Windows-1252 (what Excel for Windows writes for "CSV").
 * - Line numbers: the header is line 1; a row spans one line more per newline inside its quoted
 *   fields (counted only in chunks that have a quote at all); blank lines count and are skipped.
 */
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import Papa from 'papaparse';

/** What the CSV reader feeds: the import's batch builder, or any other reader of rows (e.g. follower samples). */
export interface CsvSink {
  readonly hasHeader: boolean;
  /** The header row; false stops the reading. */
  header(cells: string[], line: number): boolean;
  row(cells: string[], line: number): void;
  problem(line: number, column: number | string | null, message: string): void;
  fail(message: string): void;
  readonly messages: { unterminatedQuote(): string; badQuotes(): string; emptyFile(): string };
}

/** Size of the pieces given to the parser: small enough for their rows to die young. */
const PIECE = 1 << 16;
/** Size of the reads from a file: decoded strings this small stay in V8's young generation (larger ones are mmapped, and page faults dominate). */
const READ = 1 << 16;

/** Delimiter of a CSV file from its header line: comma, semicolon or tab. */
export function detectDelimiter(headerLine: string): string {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) comma++;
    else if (c === 59) semi++;
    else if (c === 9) tab++;
  }
  if (tab > comma && tab > semi) return '\t';
  if (semi > comma) return ';';
  return ',';
}

/** Line end of a CSV text, from its first line. */
function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf >= 0) {
    const cr = text.indexOf('\r');
    return cr >= 0 && cr < lf ? '\r' : '\n';
  }
  return text.indexOf('\r') >= 0 ? '\r' : '\n';
}

/** Feeds CSV text, piece by piece, to papaparse and the rows to the builder. */
export class CsvFeeder {
  private parser: Papa.Parser | null = null;
  private partial = '';
  private line = 1;
  private newlineCode = 10;
  private stopped = false;
  private started = false;
  private sawAnything = false;
  /** Rows to skip before the header (Excel's `sep=` line). */
  private skip = 0;

  constructor(private readonly b: CsvSink) {}

  /** Gives the next piece of text; `last` when it is the end of the file. */
  feed(text: string, last: boolean): void {
    if (this.stopped) return;
    if (!this.started) {
      if (text.length > 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.started = true;
    }
    if (this.parser === null) {
      const head = this.partial + text;
      // Wait for the whole header line (or the end) before choosing the delimiter.
      if (!last && head.indexOf('\n') < 0 && head.indexOf('\r') < 0 && head.length < READ * 4) {
        this.partial = head;
        return;
      }
      this.partial = '';
      text = head;
      const newline = detectNewline(head);
      const eol = head.search(/\r|\n/);
      const first = eol < 0 ? head : head.slice(0, eol);
      let delimiter: string;
      if (first.length === 5 && first.slice(0, 4).toLowerCase() === 'sep=' && ',;\t|'.includes(first[4])) {
        delimiter = first[4];
        this.skip = 1;
      } else delimiter = detectDelimiter(first);
      this.newlineCode = newline === '\r' ? 13 : 10;
      this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    }
    if (text.length === 0) {
      this.parse('', last);
      return;
    }
    for (let i = 0; i < text.length && !this.stopped; i += PIECE) {
      const end = Math.min(i + PIECE, text.length);
      this.parse(text.slice(i, end), last && end === text.length);
    }
  }

  private parse(piece: string, last: boolean): void {
    const input = this.partial + piece;
    if (input.length === 0) {
      if (last) this.end();
      return;
    }
    const res = (this.parser as Papa.Parser).parse(input, 0, !last) as Papa.ParseResult<string[]>;
    const rows = res.data;
    const quoted = input.indexOf('"') >= 0;
    this.partial = last ? '' : input.slice(res.meta.cursor);
    let errorRows: Map<number, string> | null = null;
    if (res.errors.length > 0) {
      for (const e of res.errors) {
        if (e.row === undefined || e.row >= rows.length) continue;
        (errorRows ??= new Map()).set(e.row, e.code);
      }
    }
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      const line = this.line;
      let span = 1;
      if (quoted) {
        for (let k = 0; k < cells.length; k++) {
          const f = cells[k];
          let at = f.indexOf(this.newlineCode === 10 ? '\n' : '\r');
          while (at >= 0) {
            span++;
            at = f.indexOf(this.newlineCode === 10 ? '\n' : '\r', at + 1);
          }
        }
      }
      this.line += span;
      if (errorRows !== null) {
        const code = errorRows.get(r);
        if (code !== undefined) this.b.problem(line, null, code === 'MissingQuotes' ? this.b.messages.unterminatedQuote() : this.b.messages.badQuotes());
      }
      if (this.skip > 0) {
        this.skip--;
        continue;
      }
      if (!this.b.hasHeader) {
        if (cells.length === 1 && cells[0].trim() === '') continue;
        this.sawAnything = true;
        if (!this.b.header(cells, line)) {
          this.stopped = true;
          return;
        }
        continue;
      }
      this.b.row(cells, line);
    }
    if (last) this.end();
  }

  private end(): void {
    if (!this.sawAnything && !this.b.hasHeader) this.b.fail(this.b.messages.emptyFile());
    this.stopped = true;
  }
}

/** Reads CSV text (a BOM, if any, is dropped). */
export function readCsvText(text: string, b: CsvSink): void {
  const feeder = new CsvFeeder(b);
  if (text.length === 0) {
    feeder.feed('', true);
    return;
  }
  for (let i = 0; i < text.length; i += READ) {
    const end = Math.min(i + READ, text.length);
    feeder.feed(text.slice(i, end), end === text.length);
  }
}

/** The decoder for a file, from its first bytes. */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/**
 * Reads a CSV file in chunks. Throws only on I/O errors (the caller reports them). `after`,
 * if given, is called (and awaited) after each chunk with the bytes read so far: a streaming
 * reader takes the builder's evidence there.
 */
export async function readCsvFile(path: string, b: CsvSink, after?: (bytes: number) => void | Promise<void>): Promise<void> {
  const fh = await open(path, 'r');
  try {
    const feeder = new CsvFeeder(b);
    const buf = Buffer.allocUnsafe(READ);
    let decoder: TextDecoder | null = null;
    let total = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, READ, null);
      if (bytesRead === 0) break;
      const bytes = buf.subarray(0, bytesRead);
      decoder ??= decoderFor(bytes);
      feeder.feed(decoder.decode(bytes, { stream: true }), false);
      total += bytesRead;
      if (after) await after(total);
    }
    feeder.feed(decoder === null ? '' : decoder.decode(), true);
  } finally {
    await fh.close();
  }
}
