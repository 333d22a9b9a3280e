/**
 * Evidence items as the store writes them: a chunk of columns (typed arrays, a dictionary for
 * the few distinct short strings) with each item's natural-key hash already computed. It is
 * what an import session takes (`Store.importSession`), and what the import pipeline's worker
 * thread sends to the main thread: typed arrays cross threads without copying; short repeated
 * strings (a date, platform, country, language or file name) go in a dictionary and cross once
 * per chunk, not once per item; the others (peers, URLs, attributes) in a list of the present
 * ones only — the thread that writes to the database does little else.
 *
 * Candidates are referred to by a dense number (their order of registration in the session,
 * `ImportSession.addCandidates`), not by key or database id.
 */
import type { EvidenceItem } from '../../core/domain.js';
import { KIND_BY_NAME } from '../../core/evidence/kinds.js';
import { canonicalAttributes, hashEvidence, normNumber } from './canonical.js';

export interface EvidenceRows {
  /** Number of items. */
  n: number;
  /** Dense candidate number of each item. */
  candidate: Int32Array;
  /** Kind code (core/evidence/kinds.ts). */
  code: Uint8Array;
  /** NaN: no value (-0 already written as 0). */
  value: Float64Array;
  fakeShare: Float64Array;
  /** The chunk's short repeated strings, each once: dates, platforms, countries, languages, file names. */
  words: string[];
  /** Positions in `words`; -1: none. */
  date: Int32Array;
  platform: Int32Array;
  country: Int32Array;
  language: Int32Array;
  file: Int32Array;
  /**
   * The chunk's other strings (peers, URLs, attributes: mostly distinct), end to end in one
   * string (one copy across threads, not one per string), and where each ends.
   */
  texts: string;
  textEnds: Int32Array;
  /** Positions in the texts (0 = the first); -1: none. */
  peer: Int32Array;
  sourceUrl: Int32Array;
  /** Canonical JSON of the attributes (canonical.ts). */
  attributes: Int32Array;
  /** Line of the item in its file; -1: none. */
  line: Int32Array;
  /**
   * The natural-key hash, three words per item (canonical.ts `hashEvidence`); null: not
   * computed yet (the writer computes it: the import pipeline's reader leaves it to the writer,
   * which waits for the reader otherwise).
   */
  hash: Uint32Array | null;
}

/** The texts of a chunk as strings (index = the positions in peer, sourceUrl, attributes). */
export function textsOf(r: EvidenceRows): string[] {
  const out = new Array<string>(r.textEnds.length);
  let from = 0;
  for (let i = 0; i < out.length; i++) {
    const to = r.textEnds[i];
    out[i] = r.texts.slice(from, to);
    from = to;
  }
  return out;
}

/** The buffers of a chunk, to pass in a postMessage transfer list. */
export function transferablesOf(r: EvidenceRows): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [r.candidate, r.code, r.value, r.fakeShare, r.date, r.platform, r.peer, r.country, r.language, r.sourceUrl, r.attributes, r.file, r.line, r.textEnds];
  if (r.hash) arrays.push(r.hash);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * Encodes items[from, to) into a chunk, with their hashes unless `hash` is false. `denseOf`
 * gives an item's dense candidate number; it throws (naming the item) for an unknown key.
 * Throws on a kind that does not exist or a value that is not a finite number, naming the
 * item's origin.
 */
export function encodeEvidence(items: readonly EvidenceItem[], from: number, to: number, denseOf: (e: EvidenceItem) => number, hash = true): EvidenceRows {
  const n = Math.max(0, to - from);
  const r: EvidenceRows = {
    n,
    candidate: new Int32Array(n),
    code: new Uint8Array(n),
    value: new Float64Array(n),
    fakeShare: new Float64Array(n),
    words: [],
    texts: '',
    textEnds: new Int32Array(0),
    date: new Int32Array(n),
    platform: new Int32Array(n),
    peer: new Int32Array(n),
    country: new Int32Array(n),
    language: new Int32Array(n),
    sourceUrl: new Int32Array(n),
    attributes: new Int32Array(n),
    file: new Int32Array(n),
    line: new Int32Array(n),
    hash: hash ? new Uint32Array(3 * n) : null,
  };
  const texts: string[] = [];
  const index = new Map<string, number>();
  const word = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return -1;
    let w = index.get(s);
    if (w === undefined) {
      w = r.words.length;
      r.words.push(s);
      index.set(s, w);
    }
    return w;
  };
  const text = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return -1;
    texts.push(s);
    return texts.length - 1;
  };
  const where = (j: number): string => {
    const o = items[from + j].origin;
    return o ? ` (${o.file}:${o.line})` : ` (item ${from + j + 1})`;
  };
  // The previous row's strings and their words: consecutive rows mostly repeat them.
  let lastKey: string | null = null;
  let lastDense = -1;
  let lastKind = '';
  let dS: string | null | undefined = null, dW = -1;
  let pS: string | null | undefined = null, pW = -1;
  let cS: string | null | undefined = null, cW = -1;
  let lS: string | null | undefined = null, lW = -1;
  let fS: string | null | undefined = null, fW = -1;
  let lastCode = 0;
  for (let j = 0; j < n; j++) {
    const e = items[from + j];
    if (e.kind !== lastKind) {
      const spec = KIND_BY_NAME.get(e.kind);
      if (!spec) throw new Error(`evidence${where(j)}: unknown kind "${e.kind}"`);
      lastKind = e.kind;
      lastCode = spec.code;
    }
    const value = normNumber(e.value);
    const fake = normNumber(e.fakeShare);
    if (value !== null && !Number.isFinite(value)) throw new Error(`evidence${where(j)}: value must be a finite number, got ${value}`);
    if (fake !== null && !Number.isFinite(fake)) throw new Error(`evidence${where(j)}: fake share must be a finite number, got ${fake}`);
    const attrs = canonicalAttributes(e.attributes);
    if (e.candidateKey !== lastKey) {
      lastDense = denseOf(e);
      lastKey = e.candidateKey;
    }
    r.candidate[j] = lastDense;
    r.code[j] = lastCode;
    r.value[j] = value ?? NaN;
    r.fakeShare[j] = fake ?? NaN;
    if (e.date !== dS) dW = word((dS = e.date));
    if (e.platform !== pS) pW = word((pS = e.platform));
    if (e.country !== cS) cW = word((cS = e.country));
    if (e.language !== lS) lW = word((lS = e.language));
    const file = e.origin?.file;
    if (file !== fS) fW = word((fS = file));
    r.date[j] = dW;
    r.platform[j] = pW;
    r.country[j] = cW;
    r.language[j] = lW;
    r.file[j] = fW;
    r.line[j] = e.origin?.line ?? -1;
    r.peer[j] = text(e.peer);
    r.sourceUrl[j] = text(e.sourceUrl);
    r.attributes[j] = text(attrs);
    if (r.hash) hashEvidence(e, attrs, r.hash, 3 * j);
  }
  r.texts = texts.join('');
  r.textEnds = new Int32Array(texts.length);
  let end = 0;
  for (let i = 0; i < texts.length; i++) r.textEnds[i] = end += texts[i].length;
  return r;
}
