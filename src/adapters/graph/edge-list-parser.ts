/**
 * Incremental parser of edge lists — one directed edge a line, `source target [weight] [kind]` —
 * fed with byte chunks (from a file, a gunzip stream or a test string), so that millions of
 * lines go through without the text ever being held in memory.
 *
 * Formats: CSV (`,`), semicolon- or tab-separated, or runs of spaces/tabs (SNAP's files). The
 * delimiter is detected on the first data line unless given. Fields may be quoted as in RFC 4180
 * (`"a,b"`, `""` for a quote) but a quoted field may not span lines. Blank lines and lines whose
 * first non-blank character is `#` or `%` (SNAP and Matrix Market comments) are skipped.
 *
 * Header: with `header: 'auto'` the first data line is a header when one of its fields is a
 * source column name we know and another a target column name (source/target, from/to,
 * follower/followed, source/cible…, English and French: COLUMN_NAMES below), or when a column
 * is asked for by name; `true` / `false` force it. Columns are chosen by name (header) or by
 * 1-based number; by default: source = column 1 (or a header named like a source), target =
 * column 2 (or named like a target), weight = a header named like a weight, or without a header
 * column 3 when the first data line's third field is a number; kind = a header named like a kind,
 * or without a header the first non-numeric column after the target.
 *
 * Nodes: names are mapped to dense ids 0, 1, … in order of first appearance. A name made of up to
 * 15 decimal digits without a leading zero is looked up as a number (no string is made for it:
 * SNAP's numeric ids go twice as fast); any other name as its UTF-8 text. The two never collide
 * ("7" is the number 7, "007" the text "007"). Weights: decimal numbers (a decimal comma is
 * accepted when the delimiter is not a comma), finite and ≥ 0.
 *
 * Problems are reported as `file:line: what` (all of them, up to `maxProblems` kept) and the
 * parse ends with an EdgeListError listing them.
 */

export interface EdgeListOptions {
  /** 'auto', or one character (',' ';' '\t' …), or 'whitespace' for runs of spaces and tabs. */
  delimiter: string;
  header: 'auto' | boolean;
  /** Column of the source: a header name, or a 1-based number; null: default. */
  source: string | number | null;
  target: string | number | null;
  /** Column of the weight; null: default (see above); false: ignore any weight (unweighted). */
  weight: string | number | null | false;
  /** Column of the edge kind; null: default; false: none. */
  kind: string | number | null | false;
  /** Keep only edges of these kinds (others are skipped, and their nodes not created); null: all. */
  kinds: readonly string[] | null;
  /** Stop collecting problem messages after this many (they are still counted). */
  maxProblems: number;
}

export const EDGE_LIST_DEFAULTS: Readonly<EdgeListOptions> = Object.freeze({
  delimiter: 'auto',
  header: 'auto',
  source: null,
  target: null,
  weight: null,
  kind: null,
  kinds: null,
  maxProblems: 100,
});

/** Header names we recognise (lower case, without accents). */
export const COLUMN_NAMES = {
  source: ['source', 'src', 'from', 'follower', 'source_id', 'sourceid', 'tail', 'origin', 'de', 'origine', 'abonne', 'auteur', 'author', 'u', 'i', 'node1', 'noeud1'],
  target: ['target', 'dst', 'to', 'followed', 'target_id', 'targetid', 'head', 'destination', 'vers', 'cible', 'suivi', 'v', 'j', 'node2', 'noeud2'],
  weight: ['weight', 'w', 'poids', 'count', 'value', 'valeur', 'nombre'],
  kind: ['kind', 'type', 'relation', 'edge_kind', 'genre', 'nature', 'label'],
} as const;

export interface EdgeListProblem {
  line: number;
  message: string;
}

export class EdgeListError extends Error {
  constructor(
    readonly file: string,
    readonly problems: EdgeListProblem[],
    readonly total: number,
  ) {
    const shown = problems.map((p) => `${file}:${p.line}: ${p.message}`);
    if (total > problems.length) shown.push(`… and ${total - problems.length} more problem(s)`);
    super(shown.join('\n'));
    this.name = 'EdgeListError';
  }
}

/** What a parse produced: edges as arrays over dense node ids, and the names of the ids. */
export interface EdgeList {
  file: string;
  nodeCount: number;
  /** names[id]: the node's name as written in the file. */
  names: string[];
  /** Edge count; the arrays below are views of exactly this length. */
  count: number;
  source: Uint32Array;
  target: Uint32Array;
  weight: Float64Array | null;
  /** kind code of each edge (index into `kinds`), or null without a kind column. */
  kind: Uint8Array | null;
  kinds: string[];
  /** Data lines read (edges + skipped by the kind filter), comments and the header excluded. */
  dataLines: number;
  /** Edges skipped by the `kinds` filter. */
  filtered: number;
  header: string[] | null;
  delimiter: string;
  /** Dense id of a node name, if it is in the graph. */
  idOf(name: string): number | undefined;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const COMMA = 44;
const SEMI = 59;
const ZERO = 48;
const NINE = 57;
const MAX_FIELDS = 256;
const MAX_KINDS = 255;

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

class Growable {
  src: Uint32Array = new Uint32Array(1 << 16);
  dst: Uint32Array = new Uint32Array(1 << 16);
  w: Float64Array | null = null;
  k: Uint8Array | null = null;
  n = 0;
  grow(): void {
    const cap = this.src.length * 2;
    const s = new Uint32Array(cap);
    s.set(this.src);
    this.src = s;
    const d = new Uint32Array(cap);
    d.set(this.dst);
    this.dst = d;
    if (this.w) {
      const w = new Float64Array(cap);
      w.set(this.w);
      this.w = w;
    }
    if (this.k) {
      const k = new Uint8Array(cap);
      k.set(this.k);
      this.k = k;
    }
  }
}

export class EdgeListParser {
  private readonly o: EdgeListOptions;
  private readonly decoder = new TextDecoder('utf-8');
  private carry: Uint8Array | null = null;
  private lineNo = 0;
  private dataLines = 0;
  private filtered = 0;
  private delimiter = -1; // byte, or -1 for whitespace runs
  private delimiterName = '';
  private started = false;
  private header: string[] | null = null;
  private col = { source: 0, target: 1, weight: -1, kind: -1 };
  private readonly numIds = new Map<number, number>();
  private readonly strIds = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly kindCodes = new Map<string, number>();
  private readonly kinds: string[] = [];
  private readonly keepKinds: Set<string> | null;
  private readonly edges = new Growable();
  private readonly problems: EdgeListProblem[] = [];
  private problemCount = 0;
  private readonly fs = new Int32Array(MAX_FIELDS);
  private readonly fe = new Int32Array(MAX_FIELDS);
  private readonly fq = new Uint8Array(MAX_FIELDS);
  private nf = 0;

  constructor(
    readonly file: string,
    options: Partial<EdgeListOptions> = {},
  ) {
    this.o = { ...EDGE_LIST_DEFAULTS, ...options };
    this.keepKinds = this.o.kinds ? new Set(this.o.kinds.map(fold)) : null;
    const d = this.o.delimiter;
    if (d !== 'auto') {
      if (d === 'whitespace' || d === ' ') this.setDelimiter(-1);
      else if (d.length === 1 && d.charCodeAt(0) < 128) this.setDelimiter(d.charCodeAt(0));
      else throw new RangeError(`delimiter: expected 'auto', 'whitespace' or one ASCII character, got ${JSON.stringify(d)}`);
    }
  }

  private setDelimiter(b: number): void {
    this.delimiter = b;
    this.delimiterName = b === -1 ? 'whitespace' : b === TAB ? 'tab' : String.fromCharCode(b);
  }

  private problem(message: string, line = this.lineNo): void {
    this.problemCount++;
    if (this.problems.length < this.o.maxProblems) this.problems.push({ line, message });
  }

  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    let start = 0;
    if (this.carry) {
      const nl = chunk.indexOf(LF);
      if (nl < 0) {
        const c = new Uint8Array(this.carry.length + chunk.length);
        c.set(this.carry);
        c.set(chunk, this.carry.length);
        this.carry = c;
        return;
      }
      const line = new Uint8Array(this.carry.length + nl);
      line.set(this.carry);
      line.set(chunk.subarray(0, nl), this.carry.length);
      this.carry = null;
      this.line(line, 0, line.length);
      start = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(LF, start);
      if (nl < 0) break;
      this.line(chunk, start, nl);
      start = nl + 1;
    }
    if (start < chunk.length) this.carry = chunk.slice(start);
  }

  /** Ends the input and returns the edges, or throws an EdgeListError naming every problem. */
  end(): EdgeList {
    if (this.carry) {
      const c = this.carry;
      this.carry = null;
      this.line(c, 0, c.length);
    }
    if (this.problemCount > 0) throw new EdgeListError(this.file, this.problems, this.problemCount);
    const e = this.edges;
    const names = this.names;
    const numIds = this.numIds;
    const strIds = this.strIds;
    return {
      file: this.file,
      nodeCount: names.length,
      names,
      count: e.n,
      source: e.src.subarray(0, e.n),
      target: e.dst.subarray(0, e.n),
      weight: e.w ? e.w.subarray(0, e.n) : null,
      kind: e.k ? e.k.subarray(0, e.n) : null,
      kinds: this.kinds,
      dataLines: this.dataLines,
      filtered: this.filtered,
      header: this.header,
      delimiter: this.delimiterName || 'whitespace',
      idOf(name: string) {
        return /^(0|[1-9][0-9]{0,14})$/.test(name) ? numIds.get(Number(name)) : strIds.get(name);
      },
    };
  }

  /** Splits [start, end) into fields (positions in fs/fe; fq = quoted). False on a quote error. */
  private split(buf: Uint8Array, start: number, end: number): boolean {
    let nf = 0;
    const d = this.delimiter;
    let i = start;
    if (d === -1) {
      while (i < end) {
        while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
        if (i >= end) break;
        if (nf === MAX_FIELDS) return this.tooMany();
        const s = i;
        while (i < end && buf[i] !== SPACE && buf[i] !== TAB) i++;
        this.fs[nf] = s;
        this.fe[nf] = i;
        this.fq[nf] = 0;
        nf++;
      }
      this.nf = nf;
      return true;
    }
    for (;;) {
      if (nf === MAX_FIELDS) return this.tooMany();
      while (i < end && buf[i] === SPACE) i++;
      if (i < end && buf[i] === QUOTE) {
        const s = ++i;
        let closed = false;
        while (i < end) {
          if (buf[i] === QUOTE) {
            if (i + 1 < end && buf[i + 1] === QUOTE) i += 2;
            else {
              closed = true;
              break;
            }
          } else i++;
        }
        if (!closed) {
          this.problem('a quoted field is not closed on its line (quoted fields may not span lines)');
          return false;
        }
        this.fs[nf] = s;
        this.fe[nf] = i;
        this.fq[nf] = 1;
        i++;
        while (i < end && buf[i] === SPACE) i++;
        if (i < end && buf[i] !== d) {
          this.problem('text after a closing quote (expected the delimiter)');
          return false;
        }
      } else {
        const s = i;
        while (i < end && buf[i] !== d) i++;
        let e = i;
        while (e > s && buf[e - 1] === SPACE) e--;
        this.fs[nf] = s;
        this.fe[nf] = e;
        this.fq[nf] = 0;
      }
      nf++;
      if (i >= end) break;
      i++; // the delimiter
    }
    this.nf = nf;
    return true;
  }

  private tooMany(): false {
    this.problem(`more than ${MAX_FIELDS} fields on the line`);
    return false;
  }

  private text(buf: Uint8Array, f: number): string {
    const s = this.decoder.decode(buf.subarray(this.fs[f], this.fe[f]));
    return this.fq[f] ? s.replaceAll('""', '"') : s;
  }

  private isNumber(buf: Uint8Array, f: number): boolean {
    const t = this.text(buf, f);
    return t !== '' && Number.isFinite(this.num(t));
  }

  private num(t: string): number {
    if (this.delimiter !== COMMA && t.indexOf(',') >= 0 && t.indexOf('.') < 0) t = t.replace(',', '.');
    return t.trim() === '' ? NaN : Number(t);
  }

  private line(buf: Uint8Array, start: number, end: number): void {
    this.lineNo++;
    if (end > start && buf[end - 1] === CR) end--;
    if (this.lineNo === 1 && end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3;
    let i = start;
    while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
    if (i === end || buf[i] === HASH || buf[i] === PERCENT) return;
    if (!this.started) {
      this.started = true;
      if (this.delimiterName === '') this.detectDelimiter(buf, start, end);
      if (!this.split(buf, start, end)) return;
      if (this.firstLine(buf)) return;
    } else if (!this.split(buf, start, end)) return;
    this.edge(buf);
  }

  private detectDelimiter(buf: Uint8Array, start: number, end: number): void {
    let tab = false;
    let comma = false;
    let semi = false;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b === TAB) tab = true;
      else if (b === SEMI) semi = true;
      else if (b === COMMA) comma = true;
    }
    this.setDelimiter(tab ? TAB : semi ? SEMI : comma ? COMMA : -1);
  }

  /** Reads the header (if any) and settles the columns; true if the line was a header. */
  private firstLine(buf: Uint8Array): boolean {
    const fields: string[] = [];
    for (let f = 0; f < this.nf; f++) fields.push(this.text(buf, f));
    const folded = fields.map(fold);
    const is = (f: string | undefined, list: readonly string[]): boolean => f !== undefined && list.includes(f);
    const named = (x: unknown): boolean => typeof x === 'string' && !/^\d+$/.test(x);
    const o = this.o;
    const byName = [o.source, o.target, o.weight, o.kind].some(named);
    const looksLikeHeader = folded.some((f) => is(f, COLUMN_NAMES.source)) && folded.some((f) => is(f, COLUMN_NAMES.target));
    const header = o.header === 'auto' ? looksLikeHeader || byName : o.header;
    if (header) this.header = fields;
    const pick = (opt: string | number | null | false, role: keyof typeof COLUMN_NAMES, fallback: number): number => {
      if (opt === false) return -1;
      if (opt !== null) {
        const asNumber = typeof opt === 'number' ? opt : /^\d+$/.test(opt) ? Number(opt) : NaN;
        if (Number.isInteger(asNumber)) {
          if (asNumber < 1) throw new RangeError(`${role} column: numbers start at 1, got ${asNumber}`);
          return asNumber - 1;
        }
        if (!header) throw new RangeError(`${role} column "${opt}": a column name needs a header line (the file's first line is read as data; use a column number)`);
        const at = folded.indexOf(fold(String(opt)));
        if (at < 0) throw new RangeError(`${this.file}:${this.lineNo}: no column "${opt}" in the header (${fields.join(', ')})`);
        return at;
      }
      if (header) {
        const at = folded.findIndex((f) => is(f, COLUMN_NAMES[role]));
        if (at >= 0) return at;
      }
      return fallback;
    };
    const source = pick(o.source, 'source', 0);
    const target = pick(o.target, 'target', source === 1 ? 0 : 1);
    let weight: number;
    let kind: number;
    if (header) {
      weight = pick(o.weight, 'weight', -1);
      kind = pick(o.kind, 'kind', -1);
    } else {
      // Data line: column 3 is a weight if it is a number; the first non-numeric column after the target is a kind.
      const next = Math.max(source, target) + 1;
      weight = pick(o.weight, 'weight', next < this.nf && this.isNumber(buf, next) ? next : -1);
      let k = -1;
      for (let f = next; f < this.nf && o.kind === null; f++) {
        if (f !== weight && !this.isNumber(buf, f)) {
          k = f;
          break;
        }
      }
      kind = pick(o.kind, 'kind', k);
    }
    if (source === target) throw new RangeError(`source and target are the same column (${source + 1})`);
    if (this.keepKinds && kind < 0) throw new RangeError(`${this.file}: a kind filter needs a kind column, and none was found or given`);
    this.col = { source, target, weight, kind };
    if (weight >= 0) this.edges.w = new Float64Array(this.edges.src.length);
    if (kind >= 0) this.edges.k = new Uint8Array(this.edges.src.length);
    return header;
  }

  private nodeId(buf: Uint8Array, f: number): number {
    const s = this.fs[f];
    const e = this.fe[f];
    const len = e - s;
    if (!this.fq[f] && len > 0 && len <= 15 && (buf[s] !== ZERO || len === 1)) {
      let v = 0;
      let i = s;
      for (; i < e; i++) {
        const b = buf[i];
        if (b < ZERO || b > NINE) break;
        v = v * 10 + (b - ZERO);
      }
      if (i === e) {
        let id = this.numIds.get(v);
        if (id === undefined) {
          id = this.names.length;
          this.numIds.set(v, id);
          this.names.push(String(v));
        }
        return id;
      }
    }
    const name = this.text(buf, f);
    let id = this.strIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.strIds.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  private edge(buf: Uint8Array): void {
    this.dataLines++;
    const { source, target, weight, kind } = this.col;
    const need = Math.max(source, target, weight, kind);
    if (this.nf <= need) {
      const miss = [source, target, weight, kind].filter((c) => c >= this.nf).map((c) => (c === source ? 'source' : c === target ? 'target' : c === weight ? 'weight' : 'kind'));
      this.problem(`${this.nf} field(s); the ${miss.join(' and ')} (column ${need + 1}) is missing`);
      return;
    }
    if (this.fe[source] === this.fs[source]) return this.problem('empty source');
    if (this.fe[target] === this.fs[target]) return this.problem('empty target');
    let code = -1;
    if (kind >= 0) {
      const k = this.text(buf, kind).trim();
      if (k === '') return this.problem('empty edge kind');
      const key = fold(k);
      if (this.keepKinds && !this.keepKinds.has(key)) {
        this.filtered++;
        return;
      }
      const c = this.kindCodes.get(key);
      if (c === undefined) {
        if (this.kinds.length >= MAX_KINDS) return this.problem(`more than ${MAX_KINDS} distinct edge kinds`);
        code = this.kinds.length;
        this.kindCodes.set(key, code);
        this.kinds.push(k);
      } else code = c;
    }
    let w = 1;
    if (weight >= 0) {
      const t = this.text(buf, weight);
      w = this.num(t);
      if (!(w >= 0 && w < Infinity)) return this.problem(`weight "${t}" is not a finite number ≥ 0`);
    }
    const e = this.edges;
    if (e.n === e.src.length) e.grow();
    e.src[e.n] = this.nodeId(buf, source);
    e.dst[e.n] = this.nodeId(buf, target);
    if (e.w) e.w[e.n] = w;
    if (e.k) e.k[e.n] = code;
    e.n++;
  }
}

/** Parses a whole edge list held in memory (tests, small inputs). */
export function parseEdgeListText(text: string, file: string, options: Partial<EdgeListOptions> = {}): EdgeList {
  const p = new EdgeListParser(file, options);
  p.push(new TextEncoder().encode(text));
  return p.end();
}
