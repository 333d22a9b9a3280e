/**
 * A columnar table of evidence, grouped by candidate: the form every index scorer reads.
 *
 * Typed arrays instead of one object per item keep a million candidates with tens of millions
 * of items within a few gigabytes, and let the scorers run in tight loops (and in the browser).
 * Rows of candidate `c` are `offsets[c] .. offsets[c+1]-1`, in the order they were added
 * (a stable counting sort), so a loader that adds rows in a canonical order gets a table, and
 * sums over it, that are the same on every run.
 */
import { NO_DAY } from '../dates.js';

export interface EvidenceTable {
  candidateCount: number;
  rows: number;
  /** Length candidateCount + 1. */
  offsets: Int32Array;
  /** Evidence kind code (see kinds.ts). */
  kind: Uint8Array;
  /** Day number, or NO_DAY when undated. */
  day: Int32Array;
  /** Main value (count, followers, rank, share…), NaN when absent. */
  value: Float64Array;
  /** Second value: fake share of an audience, size of an external list; NaN when absent. */
  value2: Float64Array;
  /**
   * Third value: last position of an external rank's band (NaN for a single position). Present
   * only when some row has one, so a table without bands is the same as before the column.
   */
  value3?: Float64Array;
  /** Interned string: platform (identity, post, audience), peer (peer_mention), list (external_rank); -1 when absent. */
  key: Int32Array;
  /** Interned country code, -1 when absent. */
  country: Int32Array;
  /** Interned language code, -1 when absent. */
  language: Int32Array;
  /** The intern table shared by key, country and language. */
  strings: string[];
}

export class EvidenceTableBuilder {
  private n = 0;
  private cap: number;
  private cand: Int32Array;
  private kind: Uint8Array;
  private day: Int32Array;
  private value: Float64Array;
  private value2: Float64Array;
  /** Allocated at the first row with a third value. */
  private value3: Float64Array | null = null;
  private key: Int32Array;
  private country: Int32Array;
  private language: Int32Array;
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(readonly candidateCount: number, initialCapacity = 1024) {
    this.cap = Math.max(16, initialCapacity);
    this.cand = new Int32Array(this.cap);
    this.kind = new Uint8Array(this.cap);
    this.day = new Int32Array(this.cap);
    this.value = new Float64Array(this.cap);
    this.value2 = new Float64Array(this.cap);
    this.key = new Int32Array(this.cap);
    this.country = new Int32Array(this.cap);
    this.language = new Int32Array(this.cap);
  }

  get rows(): number {
    return this.n;
  }

  /** Interns a string (null → -1). */
  intern(s: string | null | undefined): number {
    if (s === null || s === undefined) return -1;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** Adds one row; `key`, `country`, `language` are already-interned ids (or -1); `value3` NaN when absent. */
  addRow(candidate: number, kind: number, day: number, value: number, value2: number, key: number, country: number, language: number, value3 = NaN): void {
    if (candidate < 0 || candidate >= this.candidateCount) throw new RangeError(`candidate index ${candidate} outside 0..${this.candidateCount - 1}`);
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.cand[i] = candidate;
    this.kind[i] = kind;
    this.day[i] = day;
    this.value[i] = value;
    this.value2[i] = value2;
    if (value3 === value3 || this.value3 !== null) {
      if (this.value3 === null) this.value3 = new Float64Array(this.cap).fill(NaN);
      this.value3[i] = value3;
    }
    this.key[i] = key;
    this.country[i] = country;
    this.language[i] = language;
  }

  /** Adds one row with strings interned here; nulls become absent. */
  add(candidate: number, kind: number, day: number | null, value: number | null, value2: number | null, key: string | null, country: string | null, language: string | null, value3: number | null = null): void {
    this.addRow(candidate, kind, day ?? NO_DAY, value ?? NaN, value2 ?? NaN, this.intern(key), this.intern(country), this.intern(language), value3 ?? NaN);
  }

  private grow(): void {
    const cap = this.cap * 2;
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T, ctor: new (n: number) => T): T => {
      const b = new ctor(cap);
      b.set(a);
      return b;
    };
    this.cand = g(this.cand, Int32Array);
    this.kind = g(this.kind, Uint8Array);
    this.day = g(this.day, Int32Array);
    this.value = g(this.value, Float64Array);
    this.value2 = g(this.value2, Float64Array);
    if (this.value3 !== null) {
      const b = new Float64Array(cap).fill(NaN);
      b.set(this.value3);
      this.value3 = b;
    }
    this.key = g(this.key, Int32Array);
    this.country = g(this.country, Int32Array);
    this.language = g(this.language, Int32Array);
    this.cap = cap;
  }

  /** Groups the rows by candidate (stable) and returns the table. The builder is spent. */
  build(): EvidenceTable {
    const n = this.n;
    const C = this.candidateCount;
    const offsets = new Int32Array(C + 1);
    for (let i = 0; i < n; i++) offsets[this.cand[i] + 1]++;
    for (let c = 0; c < C; c++) offsets[c + 1] += offsets[c];
    const next = offsets.slice(0, C);
    const perm = new Int32Array(n);
    for (let i = 0; i < n; i++) perm[next[this.cand[i]]++] = i;
    const take = <T extends Int32Array | Uint8Array | Float64Array>(a: T, ctor: new (n: number) => T): T => {
      const b = new ctor(n);
      for (let j = 0; j < n; j++) b[j] = a[perm[j]];
      return b;
    };
    const table: EvidenceTable = {
      candidateCount: C,
      rows: n,
      offsets,
      kind: take(this.kind, Uint8Array),
      day: take(this.day, Int32Array),
      value: take(this.value, Float64Array),
      value2: take(this.value2, Float64Array),
      key: take(this.key, Int32Array),
      country: take(this.country, Int32Array),
      language: take(this.language, Int32Array),
      strings: this.strings,
    };
    if (this.value3 !== null) table.value3 = take(this.value3, Float64Array);
    return table;
  }
}
