/**
 * The canonical forms the store relies on, independent of the database: the natural key of an
 * evidence item (a hash of its content, not of its origin, so the same fact imported twice or
 * from two files is stored once), canonical JSON for attributes, and the code-point order of
 * strings used to sort candidates identically on SQLite and PostgreSQL.
 */
import * as crypto from 'node:crypto';
import type { EvidenceItem } from '../../core/domain.js';

/** Canonical JSON of a string map (keys in code-point order); null when empty. */
export function canonicalAttributes(attrs: Record<string, string> | null | undefined): string | null {
  if (!attrs) return null;
  const keys = Object.keys(attrs);
  if (keys.length === 0) return null;
  if (keys.length === 1) return JSON.stringify(attrs);
  keys.sort(compareCodePoints);
  let s = '{';
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) s += ',';
    s += JSON.stringify(keys[i]) + ':' + JSON.stringify(attrs[keys[i]]);
  }
  return s + '}';
}

/** -0 is stored as 0 (SQLite would do so anyway): keeps both databases and the hash in step. */
export function normNumber(x: number | null | undefined): number | null {
  if (x === null || x === undefined) return null;
  return x === 0 ? 0 : x;
}

// Unambiguous field encodings: strings length-prefixed, numbers terminated, null a lone mark.
const str = (s: string | null): string => (s === null ? '~' : s.length + ':' + s);
const num = (x: number | null): string => (x === null ? '~' : '#' + x + ';');

const sha1: (s: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (s) => crypto.hash('sha1', s, 'base64url')
    : (s) => crypto.createHash('sha1').update(s).digest('base64url');

/**
 * Natural key of an evidence item: SHA-1 (base64url, 96 bits kept) of every content field —
 * kind, date, value, platform, peer, country, language, fake share, source URL, attributes —
 * but not the candidate (the unique index is on (candidate_id, nk)) nor the origin.
 * `attributes` is the canonical JSON already computed for storage.
 */
export function evidenceNaturalKey(e: EvidenceItem, attributes: string | null): string {
  const s =
    str(e.kind) +
    str(e.date) +
    num(normNumber(e.value)) +
    str(e.platform) +
    str(e.peer) +
    str(e.country) +
    str(e.language) +
    num(normNumber(e.fakeShare)) +
    str(e.sourceUrl) +
    str(attributes);
  return sha1(s).slice(0, 16);
}

/** Compares strings by Unicode code point (not UTF-16 unit): the order of `COLLATE "C"` on UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (D800–DFFF) encode code points above FFFF: they sort after E000–FFFF.
      if (x >= 0xd800 && y >= 0xd800) return fixup(x) - fixup(y);
      return x - y;
    }
  }
  return a.length - b.length;
}

function fixup(u: number): number {
  if (u >= 0xe000) return u - 0x800;
  return u + 0x2000;
}
