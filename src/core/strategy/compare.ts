/**
 * Comparison of two cycles of a strategy, section by section: what was added, removed and
 * changed. Lists of entities are matched by their identity (`id`; `candidateKey` for
 * influencers; `segment` for SEO topics) and a changed entity lists the fields that differ;
 * lists of plain values (tone attributes, keywords, budget lines) are compared as multisets;
 * other values are compared where they stand, with the value before and after.
 */
import { SECTIONS, type SectionKey, type Strategy, type StrategyCycle } from './model.js';

export interface Added {
  /** The list, e.g. `plan.items`. */
  path: string;
  /** The entity's identity, or the JSON of a plain value. */
  id: string;
}

export interface Changed {
  /** The entity's path with its identity (`plan.items[id=wp-ia]`), or the value's path. */
  path: string;
  id: string | null;
  /** Fields of the entity that differ; empty for a plain value. */
  fields: string[];
  before?: unknown;
  after?: unknown;
}

export interface SectionDiff {
  section: SectionKey;
  added: Added[];
  removed: Added[];
  changed: Changed[];
}

export interface CycleComparison {
  from: number;
  to: number;
  /** Only the sections with a difference, in the strategy's order. */
  sections: SectionDiff[];
  /** Top-level fields (name, organisation, lang) that differ. */
  header: Changed[];
}

const IDENTITY = ['id', 'candidateKey', 'segment'] as const;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Canonical JSON (keys sorted) for comparing values. */
export function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(',')}]`;
  if (isPlainObject(x)) {
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(x[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x ?? null);
}

function identityKey(list: unknown[]): (typeof IDENTITY)[number] | null {
  if (list.length === 0 || !list.every(isPlainObject)) return null;
  for (const k of IDENTITY) if (list.every((e) => typeof (e as Record<string, unknown>)[k] === 'string')) return k;
  return null;
}

function walk(path: string, a: unknown, b: unknown, d: SectionDiff): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = identityKey([...a, ...b]);
    if (key) {
      const ma = new Map(a.map((e) => [(e as Record<string, string>)[key], e as Record<string, unknown>]));
      const mb = new Map(b.map((e) => [(e as Record<string, string>)[key], e as Record<string, unknown>]));
      for (const [id, eb] of mb) {
        const ea = ma.get(id);
        if (!ea) {
          d.added.push({ path, id });
          continue;
        }
        const fields = [...new Set([...Object.keys(ea), ...Object.keys(eb)])].filter((f) => canonicalJson(ea[f]) !== canonicalJson(eb[f]));
        if (fields.length > 0) d.changed.push({ path: `${path}[${key}=${id}]`, id, fields });
      }
      for (const id of ma.keys()) if (!mb.has(id)) d.removed.push({ path, id });
      return;
    }
    const count = new Map<string, number>();
    for (const e of a) count.set(canonicalJson(e), (count.get(canonicalJson(e)) ?? 0) + 1);
    for (const e of b) {
      const j = canonicalJson(e);
      const n = count.get(j) ?? 0;
      if (n > 0) count.set(j, n - 1);
      else d.added.push({ path, id: j });
    }
    for (const [j, n] of count) for (let i = 0; i < n; i++) d.removed.push({ path, id: j });
    return;
  }
  if (isPlainObject(a) && isPlainObject(b) && !isText(a) && !isText(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(path ? `${path}.${k}` : k, a[k], b[k], d);
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b)) d.changed.push({ path, id: null, fields: [], before: a ?? null, after: b ?? null });
}

/** A bilingual text `{fr, en}` is a value, not a structure to walk into. */
function isText(x: Record<string, unknown>): boolean {
  const keys = Object.keys(x);
  return keys.length > 0 && keys.every((k) => k === 'fr' || k === 'en');
}

/** Differences between two strategies, `a` before and `b` after. */
export function compareStrategies(a: Strategy, b: Strategy): Omit<CycleComparison, 'from' | 'to'> {
  const sections: SectionDiff[] = [];
  for (const section of SECTIONS) {
    const d: SectionDiff = { section, added: [], removed: [], changed: [] };
    walk(section, a[section], b[section], d);
    if (d.added.length + d.removed.length + d.changed.length > 0) sections.push(d);
  }
  const header: Changed[] = [];
  for (const k of ['name', 'organisation', 'lang', 'version'] as const) {
    if (canonicalJson(a[k]) !== canonicalJson(b[k])) header.push({ path: k, id: null, fields: [], before: a[k], after: b[k] });
  }
  return { sections, header };
}

/** Differences between two kept cycles of a strategy. */
export function compareCycles(a: StrategyCycle, b: StrategyCycle): CycleComparison {
  return { from: a.number, to: b.number, ...compareStrategies(a.strategy, b.strategy) };
}
