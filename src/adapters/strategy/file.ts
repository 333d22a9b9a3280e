/**
 * The strategy as a human-editable file: YAML (`.yaml`, `.yml`) or JSON (`.json`), read and
 * validated with the zod schema (./schema.ts), every problem given with its file, line, column
 * and field path; written back in the schema's key order with every field, so that a file
 * written by `strategy export` reads back to the same strategy and is written again the same.
 *
 * Line and column: the `yaml` package parses the text (JSON is YAML 1.2) with a LineCounter; a
 * zod issue's path is looked up in the document's nodes (`getIn(path, true)`), and a path that
 * is missing (a required field left out) points to the nearest map that holds it.
 */
import { Document, isMap, isScalar, LineCounter, parseDocument, type Node, type ParsedNode } from 'yaml';
import type { z } from 'zod';
import type { Lang } from '../../core/domain.js';
import type { Strategy } from '../../core/strategy/model.js';
import { SCHEMA_MESSAGES, StrategySchema } from './schema.js';

export type StrategyFormat = 'yaml' | 'json';

export interface StrategyFileProblem {
  file: string;
  /** 1-based; 0 when the place is unknown. */
  line: number;
  column: number;
  /** The field's path, e.g. `plan.items[3].status`; '' for the whole file. */
  path: string;
  message: string;
}

/** A strategy file that cannot be read: every problem found, each with its place. */
export class StrategyFileError extends Error {
  constructor(readonly problems: StrategyFileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'StrategyFileError';
  }
}

export function formatProblem(p: StrategyFileProblem): string {
  const at = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${at}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** The format a file name implies; null when it is neither YAML nor JSON. */
export function formatOf(file: string): StrategyFormat | null {
  const f = file.toLowerCase();
  if (f.endsWith('.yaml') || f.endsWith('.yml')) return 'yaml';
  if (f.endsWith('.json')) return 'json';
  return null;
}

/** `plan.items[3].status` from `['plan', 'items', 3, 'status']`. */
export function pathString(path: readonly PropertyKey[]): string {
  let s = '';
  for (const k of path) s += typeof k === 'number' ? `[${k}]` : s ? `.${String(k)}` : String(k);
  return s;
}

const MAX_PROBLEMS = 50;

/** Reads a strategy from the text of a file; throws StrategyFileError with every problem. */
export function parseStrategy(textIn: string, file: string, format: StrategyFormat = formatOf(file) ?? 'yaml', lang: Lang = 'en'): Strategy {
  const text = textIn.replace(/^\uFEFF/, '');
  const lc = new LineCounter();
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/.exec(msg);
      const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
      const at = offset !== null ? lc0(text, offset) : { line: 0, col: 0 };
      throw new StrategyFileError([{ file, line: at.line, column: at.col, path: '', message: m(lang, `JSON invalide : ${msg}`, `invalid JSON: ${msg}`) }]);
    }
  }
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new StrategyFileError(
      doc.errors.slice(0, MAX_PROBLEMS).map((e) => ({
        file,
        line: lc.linePos(e.pos[0]).line,
        column: lc.linePos(e.pos[0]).col,
        path: '',
        message: m(lang, `YAML invalide : ${firstLine(e.message)}`, `invalid YAML: ${firstLine(e.message)}`),
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias expanded too often ("billion laughs"): the yaml package throws a ReferenceError.
    const msg = (e as Error).message;
    throw new StrategyFileError([{ file, line: 0, column: 0, path: '', message: m(lang, `YAML invalide : trop d’alias (${msg})`, `invalid YAML: too many aliases (${msg})`) }]);
  }
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    throw new StrategyFileError([{ file, line: 1, column: 1, path: '', message: m(lang, 'le fichier doit contenir une stratégie (un objet avec version, name, vision…)', 'the file must hold a strategy (a map with version, name, vision…)') }]);
  }
  const r = StrategySchema.safeParse(data);
  if (r.success) return r.data;
  const problems = r.error.issues.slice(0, MAX_PROBLEMS).map((issue) => problemOf(issue, doc, lc, file, lang));
  throw new StrategyFileError(problems);
}

function lc0(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/**
 * Where a JSON text first goes wrong, when the parser's message does not say (V8 of Node 20:
 * "Unexpected token '}', … is not valid JSON"): the shortest prefix that fails for a reason other
 * than running out of input ends with the offending character. JSON is read left to right, so a
 * prefix with an error keeps it in every longer prefix and the search can halve the range.
 */
function jsonErrorOffset(text: string): number | null {
  const bad = (p: number): boolean => {
    try {
      JSON.parse(text.slice(0, p));
      return false;
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/.exec(msg);
      if (pos) return Number(pos[1]) < p;
      return !/Unexpected end of JSON input/.test(msg);
    }
  };
  if (!bad(text.length)) return null;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bad(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

function m(lang: Lang, fr: string, en: string): string {
  return lang === 'fr' ? fr : en;
}

function problemOf(issue: z.core.$ZodIssue, doc: Document.Parsed, lc: LineCounter, file: string, lang: Lang): StrategyFileProblem {
  const path = issue.path.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
  let node: Node | null = null;
  let found = path.length;
  // The deepest node that exists along the path.
  for (; found >= 0; found--) {
    const n = found === 0 ? doc.contents : (doc.getIn(path.slice(0, found), true) as Node | undefined);
    if (n && typeof n === 'object' && 'range' in n && n.range) {
      node = n;
      break;
    }
  }
  let place = node?.range?.[0];
  let fullPath = path;
  if (issue.code === 'unrecognized_keys' && node && isMap(node)) {
    const key = issue.keys[0];
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    const keyNode = pair?.key as ParsedNode | undefined;
    if (keyNode?.range) place = keyNode.range[0];
    fullPath = [...path, key];
  }
  const pos = place === undefined ? { line: 0, col: 0 } : lc.linePos(place);
  const missing = found < path.length;
  return { file, line: pos.line, column: pos.col, path: pathString(fullPath), message: describeIssue(issue, missing, lang) };
}

function describeIssue(issue: z.core.$ZodIssue, missing: boolean, lang: Lang): string {
  if (missing && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return m(lang, 'champ obligatoire absent', 'required field missing');
  }
  switch (issue.code) {
    case 'invalid_type':
      return m(lang, `type invalide : ${issue.expected} attendu`, `wrong type: expected ${issue.expected}`);
    case 'unrecognized_keys':
      return m(lang, `champ inconnu « ${issue.keys.join('», «')} »`, `unknown field "${issue.keys.join('", "')}"`);
    case 'invalid_value':
      return m(lang, `valeur invalide : une de ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, `invalid value: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'invalid_union':
      return m(lang, 'un texte attendu (une chaîne, ou {fr, en})', 'expected a text (a string, or {fr, en})');
    case 'too_small':
    case 'too_big': {
      if (lang === 'en') return issue.message;
      const small = issue.code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') return small ? (bound === '1' ? 'ne doit pas être vide' : `au moins ${bound} caractère(s)`) : `au plus ${bound} caractère(s)`;
      if (issue.origin === 'array' || issue.origin === 'set') return small ? `au moins ${bound} élément(s)` : `au plus ${bound} élément(s)`;
      const strict = issue.inclusive === false;
      return small ? `trop petit : ${strict ? 'plus grand que' : 'au moins'} ${bound} attendu` : `trop grand : ${strict ? 'plus petit que' : 'au plus'} ${bound} attendu`;
    }
    default: {
      if (lang === 'en') return issue.message;
      const own = Object.values(SCHEMA_MESSAGES).find((x) => x.en === issue.message);
      return own ? own.fr : issue.message;
    }
  }
}

/** The text of a strategy file: YAML with a header comment, or JSON; every field written. */
export function stringifyStrategy(strategy: Strategy, format: StrategyFormat): string {
  // Through the schema: its key order, and defaults for anything a caller left out.
  const s = StrategySchema.parse(strategy);
  if (format === 'json') return `${JSON.stringify(s, null, 2)}\n`;
  const doc = new Document(s);
  doc.commentBefore = ' Éclaireur strategy file (format 1): the seven sections of the thought-leadership strategy.\n See docs/strategy.md. Prose may be a string or {fr: …, en: …}; dates are YYYY-MM-DD.';
  return doc.toString({ lineWidth: 0 });
}
