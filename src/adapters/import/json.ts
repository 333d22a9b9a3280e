/**
 * JSON reading: an array of objects whose keys are the column names of the CSV format, or an
 * object `{ "records": [...] }`. A record's "line" is its 1-based position in the array, and
 * messages say "record N". Values may be strings, numbers (read as they are, no locale),
 * booleans or null; a nested list or object is a problem. The header is the union of the keys,
 * in the order they first appear; a key's problems point at the first record that has it.
 */
import type { BatchBuilder, Cell } from './builder.js';

export function readJsonText(text: string, b: BatchBuilder): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    b.fail(b.messages.emptyFile());
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    b.fail(b.messages.badJson(e instanceof Error ? e.message : String(e)));
    return;
  }
  const records: unknown = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object' && Array.isArray((data as { records?: unknown }).records)
      ? (data as { records: unknown[] }).records
      : null;
  if (!Array.isArray(records)) {
    b.fail(b.messages.jsonShape());
    return;
  }
  if (records.length === 0) return;

  const keys = new Map<string, number>();
  const firstLine: number[] = [];
  records.forEach((r, i) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return;
    for (const k of Object.keys(r)) {
      if (!keys.has(k)) {
        keys.set(k, keys.size);
        firstLine.push(i + 1);
      }
    }
  });
  const names = [...keys.keys()];
  if (!b.header(names, firstLine[0] ?? 1, firstLine)) return;
  records.forEach((r, i) => {
    const line = i + 1;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      b.problem(line, null, b.messages.notAnObject());
      return;
    }
    const cells: Cell[] = new Array(names.length).fill(null);
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
      const at = keys.get(k) as number;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cells[at] = v;
      else b.problem(line, k, b.messages.notText());
    }
    b.row(cells, line);
  });
}
