/**
 * The canonical forms the store relies on, independent of the database: the natural key of an
 * evidence item (a 96-bit hash of its content, not of its origin, so the same fact imported
 * twice or from two files is stored once), canonical JSON for attributes, and the code-point order of
 * strings used to sort candidates identically on SQLite and PostgreSQL.
 */
import { compareCodePoints } from '../../core/text.js';
import type { EvidenceItem } from '../../core/domain.js';

/** Canonical JSON of a string map (keys in code-point order); null when empty. */
export function canonicalAttributes(attrs: Record<string, string> | null | undefined): string | null {
  if (!attrs) return null;
  let any = false;
  for (const _ in attrs) {
    any = true;
    break;
  }
  if (!any) return null;
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

/*
 * The natural-key hash: 128 bits of four 32-bit multiply–xor lanes (the cyrb128 construction),
 * fed field by field — a tag per field, then the length and the UTF-16 units (two per step) of
 * a string, or the two 32-bit halves of a number's IEEE-754 bits — so no canonical string is
 * ever built. SHA-1 of a canonical string was measured at ~1.2 µs per item here (most of it
 * building and flattening the string), over a third of the import budget; this is ~0.2 µs. It is not a
 * cryptographic hash: keys are unique per candidate, and 96 bits kept make an accidental
 * collision among even 10⁹ facts of one candidate unlikely (p ≈ 10⁻¹¹).
 *
 * FROZEN: the stored `nk` values depend on every detail below. Changing any of it would make
 * re-imports store duplicates; a new hash needs a migration that recomputes `nk`.
 */
let h1 = 0;
let h2 = 0;
let h3 = 0;
let h4 = 0;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function mixUnit(k: number): void {
  h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
  h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
  h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
  h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
}

function mixString(s: string | null | undefined): void {
  if (s === null || s === undefined) {
    mixUnit(0x10000); // tags are above any UTF-16 unit
    return;
  }
  mixUnit(0x10001);
  const n = s.length;
  mixUnit(n);
  // Two UTF-16 units per step (the length, mixed first, disambiguates the odd last one).
  let i = 0;
  for (; i + 1 < n; i += 2) mixUnit(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (i < n) mixUnit(s.charCodeAt(i));
}

function mixNumber(x: number | null | undefined): void {
  if (x === null || x === undefined) {
    mixUnit(0x10000);
    return;
  }
  mixUnit(0x10002);
  f64[0] = x === 0 ? 0 : x !== x ? NaN : x; // one zero, one NaN
  mixUnit(u32[0]);
  mixUnit(u32[1]);
}

/** 64 characters in ASCII order, so that keys sort as strings the way their bits sort as numbers. */
const DIGITS = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const d6 = (x: number): number => DIGITS.charCodeAt(x & 63);

/**
 * Hashes an evidence item's content — kind, date, value, platform, peer, country, language,
 * fake share, source URL, attributes — but not its candidate (keys are unique per candidate) nor
 * its origin, so the same fact from another line or file hashes the same. Writes the 96 bits
 * kept into `out[at..at+2]`, most significant word first. `attributes` is the canonical JSON
 * already computed for storage.
 */
export function hashEvidence(e: EvidenceItem, attributes: string | null, out: Uint32Array, at: number): void {
  hashFields(e.kind, e.date, e.value, e.platform, e.peer, e.country, e.language, e.fakeShare, e.sourceUrl, attributes, out, at);
}

/** hashEvidence of an item given field by field (the columns of a chunk: evidence-rows.ts). */
export function hashFields(
  kind: string,
  date: string | null | undefined,
  value: number | null | undefined,
  platform: string | null | undefined,
  peer: string | null | undefined,
  country: string | null | undefined,
  language: string | null | undefined,
  fakeShare: number | null | undefined,
  sourceUrl: string | null | undefined,
  attributes: string | null,
  out: Uint32Array,
  at: number,
): void {
  h1 = 1779033703;
  h2 = 3144134277;
  h3 = 1013904242;
  h4 = 2773480762;
  mixString(kind);
  mixString(date);
  mixNumber(value);
  mixString(platform);
  mixString(peer);
  mixString(country);
  mixString(language);
  mixNumber(fakeShare);
  mixString(sourceUrl);
  mixString(attributes);
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  out[at] = h1;
  out[at + 1] = h2;
  out[at + 2] = h3;
}

/** The natural key (`nk`) of 96 hash bits: 16 characters of 6 bits, most significant first, so keys sort as their bits do. */
export function naturalKeyOf(a: number, b: number, c: number): string {
  return String.fromCharCode(
    d6(a >>> 26),
    d6(a >>> 20),
    d6(a >>> 14),
    d6(a >>> 8),
    d6(a >>> 2),
    d6((a << 4) | (b >>> 28)),
    d6(b >>> 22),
    d6(b >>> 16),
    d6(b >>> 10),
    d6(b >>> 4),
    d6((b << 2) | (c >>> 30)),
    d6(c >>> 24),
    d6(c >>> 18),
    d6(c >>> 12),
    d6(c >>> 6),
    d6(c),
  );
}

const one = new Uint32Array(3);

/** The natural key of one evidence item (see `hashEvidence`). */
export function evidenceNaturalKey(e: EvidenceItem, attributes: string | null): string {
  hashEvidence(e, attributes, one, 0);
  return naturalKeyOf(one[0], one[1], one[2]);
}

/** Compares strings by Unicode code point (the order of `COLLATE "C"` on UTF-8): the core's. */
export { compareCodePoints };
