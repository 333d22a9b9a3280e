/**
 * The strategy form described as data: each list of entities (objectives, channels, KPIs…) with
 * its fields and the kind of control each one takes, the single fields of each section, and
 * where a checker's finding or an API problem goes in the form (its path: a field, an entry, or
 * the section). The vocabularies and section names are the core's (src/core/strategy/model.ts).
 */
import {
  ACTIVITY_LEVELS,
  CADENCE_PERIODS,
  CHANNEL_KINDS,
  CONTENT_FORMS,
  FREQUENCIES,
  type Labelled,
  PROJECT_TYPES,
  SECTIONS,
  type SectionKey,
  type Strategy,
  textIn,
} from '../../../../src/core/strategy/model.js';
import { pathOf } from './http.js';
import type { Text } from './text.js';

export type Target = 'goals' | 'objectives' | 'kpis' | 'segments' | 'projects' | 'channels' | 'people';

/** The list a reference points into, and the field that names its entries. */
export const TARGETS: Record<Target, { list: string; name: string }> = {
  goals: { list: 'vision.goals', name: 'text' },
  objectives: { list: 'vision.objectives', name: 'text' },
  kpis: { list: 'kpis', name: 'name' },
  segments: { list: 'audiences.segments', name: 'name' },
  projects: { list: 'plan.projects', name: 'name' },
  channels: { list: 'plan.channels', name: 'name' },
  people: { list: 'plan.people', name: 'name' },
};

export type FieldKind =
  | { k: 'id' }
  | { k: 'string'; nullable?: boolean; input?: 'url' | 'time' }
  | { k: 'text'; nullable?: boolean; long?: boolean }
  | { k: 'texts' }
  | { k: 'strings' }
  | { k: 'number'; nullable?: boolean }
  | { k: 'date'; nullable?: boolean }
  | { k: 'vocab'; vocab: Record<string, Labelled>; nullable?: boolean }
  | { k: 'choice'; values: readonly string[]; labels: 'per' | 'freq' | 'langs' }
  | { k: 'ref'; target: Target; nullable?: boolean }
  | { k: 'refs'; target: Target }
  | { k: 'cadence' }
  | { k: 'effort' }
  | { k: 'weekdays' }
  | { k: 'candidate' };

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
export type LabelKey = StringKeys<Text['fields']>;

export interface FieldDef {
  key: string;
  kind: FieldKind;
  /** The label's key in text.ts `fields` (default: `key`). */
  label?: LabelKey;
  /** Takes the form's whole width. */
  wide?: boolean;
}

export interface ListDef {
  path: string;
  section: SectionKey;
  fields: FieldDef[];
  /** The field that names an entry (for its heading). */
  name: string;
  /** Prefix of the ids proposed for new entries. */
  idPrefix?: string;
  /** Listed, not edited here (the content items: the calendar page edits them). */
  readOnly?: boolean;
  blank(s: Strategy, id: string): Record<string, unknown>;
}

export interface SingleDef extends FieldDef {
  path: string;
  section: SectionKey | 'header';
}

const f = (key: string, kind: FieldKind, o: Partial<FieldDef> = {}): FieldDef => ({ key, kind, ...o });
const today = () => new Date().toISOString().slice(0, 10);

export const LISTS: ListDef[] = [
  {
    path: 'vision.goals',
    section: 'vision',
    name: 'text',
    idPrefix: 'goal',
    fields: [f('id', { k: 'id' }), f('text', { k: 'text' }, { wide: true })],
    blank: (_s, id) => ({ id, text: '' }),
  },
  {
    path: 'vision.objectives',
    section: 'vision',
    name: 'text',
    idPrefix: 'obj',
    fields: [
      f('id', { k: 'id' }),
      f('goal', { k: 'ref', target: 'goals', nullable: true }),
      f('text', { k: 'text' }, { wide: true }),
      f('baseline', { k: 'number', nullable: true }),
      f('target', { k: 'number', nullable: true }),
      f('unit', { k: 'string', nullable: true }),
      f('date', { k: 'date', nullable: true }),
      f('kpis', { k: 'refs', target: 'kpis' }, { wide: true }),
    ],
    blank: (_s, id) => ({ id, text: '', goal: null, kpis: [], baseline: null, target: null, unit: null, date: null }),
  },
  {
    path: 'audiences.segments',
    section: 'audiences',
    name: 'name',
    idPrefix: 'seg',
    fields: [
      f('id', { k: 'id' }),
      f('name', { k: 'text' }, { wide: true }),
      f('persona', { k: 'text', nullable: true, long: true }, { wide: true }),
      f('needs', { k: 'texts' }, { wide: true }),
      f('questions', { k: 'texts' }, { wide: true }),
      f('whereabouts', { k: 'strings' }, { wide: true }),
    ],
    blank: (_s, id) => ({ id, name: '', persona: null, needs: [], questions: [], whereabouts: [] }),
  },
  {
    path: 'audiences.influencers',
    section: 'audiences',
    name: 'name',
    fields: [
      f('candidateKey', { k: 'candidate' }),
      f('name', { k: 'string', nullable: true }),
      f('role', { k: 'text', nullable: true }, { wide: true }),
      f('segments', { k: 'refs', target: 'segments' }, { wide: true }),
    ],
    blank: () => ({ candidateKey: '', name: null, segments: [], role: null }),
  },
  {
    path: 'audiences.communities',
    section: 'audiences',
    name: 'name',
    idPrefix: 'community',
    fields: [
      f('id', { k: 'id' }),
      f('name', { k: 'string' }),
      f('platform', { k: 'string' }),
      f('size', { k: 'number', nullable: true }),
      f('activity', { k: 'vocab', vocab: ACTIVITY_LEVELS, nullable: true }),
      f('url', { k: 'string', nullable: true, input: 'url' }),
    ],
    blank: (_s, id) => ({ id, name: '', platform: '', size: null, activity: null, url: null }),
  },
  {
    path: 'competition.competitors',
    section: 'competition',
    name: 'name',
    idPrefix: 'competitor',
    fields: [
      f('id', { k: 'id' }),
      f('name', { k: 'string' }),
      f('channels', { k: 'strings' }, { wide: true }),
      f('content', { k: 'texts' }, { wide: true }),
      f('owns', { k: 'texts' }, { wide: true }),
    ],
    blank: (_s, id) => ({ id, name: '', channels: [], content: [], owns: [] }),
  },
  {
    path: 'plan.projects',
    section: 'plan',
    name: 'name',
    idPrefix: 'prj',
    fields: [
      f('id', { k: 'id' }),
      f('type', { k: 'vocab', vocab: PROJECT_TYPES }),
      f('name', { k: 'text' }, { wide: true }),
      f('owner', { k: 'ref', target: 'people', nullable: true }),
      f('start', { k: 'date', nullable: true }),
      f('end', { k: 'date', nullable: true }),
      f('objectives', { k: 'refs', target: 'objectives' }, { wide: true }),
    ],
    blank: (_s, id) => ({ id, name: '', type: 'campaign', objectives: [], owner: null, start: null, end: null }),
  },
  {
    path: 'plan.channels',
    section: 'plan',
    name: 'name',
    idPrefix: 'ch',
    fields: [
      f('id', { k: 'id' }),
      f('kind', { k: 'vocab', vocab: CHANNEL_KINDS }),
      f('name', { k: 'string' }),
      f('owner', { k: 'ref', target: 'people', nullable: true }),
      f('cadence', { k: 'cadence' }),
      f('segments', { k: 'refs', target: 'segments' }, { wide: true }),
    ],
    blank: (_s, id) => ({ id, kind: 'linkedin', name: '', segments: [], cadence: null, owner: null }),
  },
  {
    path: 'plan.items',
    section: 'plan',
    name: 'title',
    readOnly: true,
    fields: [],
    blank: (_s, id) => ({ id }),
  },
  {
    path: 'plan.people',
    section: 'plan',
    name: 'name',
    idPrefix: 'person',
    fields: [f('id', { k: 'id' }), f('name', { k: 'string' }), f('role', { k: 'string', nullable: true }), f('hoursPerWeek', { k: 'number' }), f('effort', { k: 'effort' }, { wide: true })],
    blank: (_s, id) => ({ id, name: '', role: null, hoursPerWeek: 0, effort: {} }),
  },
  {
    path: 'plan.budget.lines',
    section: 'plan',
    name: 'label',
    fields: [f('label', { k: 'text' }, { wide: true }), f('amount', { k: 'number' }), f('project', { k: 'ref', target: 'projects', nullable: true })],
    blank: () => ({ label: '', amount: 0, project: null }),
  },
  {
    path: 'plan.milestones',
    section: 'plan',
    name: 'name',
    idPrefix: 'milestone',
    fields: [f('id', { k: 'id' }), f('date', { k: 'date' }, { label: 'milestoneDate' }), f('project', { k: 'ref', target: 'projects', nullable: true }), f('name', { k: 'text' }, { wide: true })],
    blank: (_s, id) => ({ id, name: '', date: today(), project: null }),
  },
  {
    path: 'plan.slots',
    section: 'plan',
    name: 'title',
    idPrefix: 'slot',
    fields: [
      f('id', { k: 'id' }),
      f('channel', { k: 'ref', target: 'channels' }),
      f('form', { k: 'vocab', vocab: CONTENT_FORMS, nullable: true }),
      f('owner', { k: 'ref', target: 'people', nullable: true }),
      f('title', { k: 'text', nullable: true }, { wide: true }),
      f('freq', { k: 'choice', values: ['weekly', 'monthly'], labels: 'freq' }),
      f('interval', { k: 'number' }),
      f('monthDay', { k: 'number', nullable: true }),
      f('nth', { k: 'number', nullable: true }),
      f('days', { k: 'weekdays' }, { wide: true }),
      f('time', { k: 'string', nullable: true, input: 'time' }),
      f('start', { k: 'date' }),
      f('until', { k: 'date', nullable: true }),
      f('effortHours', { k: 'number', nullable: true }, { label: 'slotEffort' }),
    ],
    blank: (s, id) => ({
      id,
      channel: s.plan.channels[0]?.id ?? '',
      title: null,
      form: null,
      freq: 'weekly',
      interval: 1,
      days: ['MO'],
      monthDay: null,
      nth: null,
      time: null,
      start: today(),
      until: null,
      owner: null,
      effortHours: null,
    }),
  },
  {
    path: 'seo.topics',
    section: 'seo',
    name: 'segment',
    fields: [f('segment', { k: 'ref', target: 'segments' }), f('topics', { k: 'strings' }, { wide: true })],
    blank: (s) => ({ segment: s.audiences.segments.find((g) => !s.seo.topics.some((x) => x.segment === g.id))?.id ?? s.audiences.segments[0]?.id ?? '', topics: [] }),
  },
  {
    path: 'kpis',
    section: 'kpis',
    name: 'name',
    idPrefix: 'kpi',
    fields: [
      f('id', { k: 'id' }),
      f('frequency', { k: 'vocab', vocab: FREQUENCIES, nullable: true }),
      f('name', { k: 'text' }, { wide: true }),
      f('formula', { k: 'string', nullable: true }),
      f('source', { k: 'string', nullable: true }),
      f('baseline', { k: 'number', nullable: true }),
      f('target', { k: 'number', nullable: true }),
      f('unit', { k: 'string', nullable: true }),
    ],
    blank: (_s, id) => ({ id, name: '', formula: null, source: null, frequency: null, baseline: null, target: null, unit: null }),
  },
];

const s = (path: string, section: SingleDef['section'], kind: FieldKind, o: Partial<FieldDef> = {}): SingleDef => ({ path, section, key: path.split('.').at(-1)!, kind, ...o });

export const SINGLES: SingleDef[] = [
  s('name', 'header', { k: 'string' }),
  s('organisation', 'header', { k: 'string', nullable: true }),
  s('lang', 'header', { k: 'choice', values: ['fr', 'en'], labels: 'langs' }),
  s('vision.vision', 'vision', { k: 'text', long: true }, { wide: true }),
  s('vision.mission', 'vision', { k: 'text', nullable: true, long: true }, { wide: true }),
  s('voice.valueProposition', 'voice', { k: 'text', nullable: true, long: true }, { wide: true }),
  s('voice.tone', 'voice', { k: 'texts' }, { wide: true }),
  s('voice.do', 'voice', { k: 'texts' }, { wide: true }),
  s('voice.dont', 'voice', { k: 'texts' }, { wide: true }),
  s('voice.samples', 'voice', { k: 'texts' }, { wide: true }),
  s('plan.budget.currency', 'plan', { k: 'string' }),
  s('plan.budget.total', 'plan', { k: 'number', nullable: true }),
];

/** What the lists of a section are, in the form's order. */
export function listsOf(section: SectionKey): ListDef[] {
  return LISTS.filter((l) => l.section === section);
}

export type Place = { at: 'field'; path: string } | { at: 'entry'; path: string } | { at: 'section'; section: SectionKey | 'header' };

const LONGEST_FIRST = [...LISTS].sort((a, b) => b.path.length - a.path.length);

/**
 * Where a checker's `where` (`vision.objectives[2].kpis[0]`) or a JSON pointer goes in the
 * form: the field of an entry it names (`vision.objectives.2.kpis`), else the entry, else a
 * single field, else the section.
 */
export function placeOf(where: string): Place {
  const p = pathOf(where);
  for (const l of LONGEST_FIRST) {
    const lp = l.path.split('.');
    if (p.length > lp.length && lp.every((x, i) => p[i] === x) && /^\d+$/.test(p[lp.length])) {
      const entry = [...lp, p[lp.length]].join('.');
      const key = p[lp.length + 1];
      if (key !== undefined && l.fields.some((x) => x.key === key)) return { at: 'field', path: `${entry}.${key}` };
      return { at: 'entry', path: entry };
    }
  }
  const norm = p.join('.');
  for (const x of SINGLES) if (norm === x.path || norm.startsWith(`${x.path}.`)) return { at: 'field', path: x.path };
  const sec = p[0] as SectionKey;
  return { at: 'section', section: (SECTIONS as readonly string[]).includes(sec) ? sec : 'header' };
}

export function placeKey(p: Place): string {
  return p.at === 'section' ? `section:${p.section}` : `${p.at}:${p.path}`;
}

/** The entries a reference can name: id and a name in the page's language. */
export function optionsOf(st: Strategy, target: Target, lang: 'fr' | 'en'): { id: string; name: string }[] {
  const t = TARGETS[target];
  const list = getIn(st, t.list.split('.')) as Record<string, unknown>[];
  return list.map((e) => ({ id: String(e.id ?? ''), name: nameOf(e[t.name], lang) }));
}

export function nameOf(v: unknown, lang: 'fr' | 'en'): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') return textIn(v as { fr?: string; en?: string }, lang);
  return String(v);
}

export type Path = readonly (string | number)[];

export function getIn(o: unknown, path: Path): unknown {
  let x: unknown = o;
  for (const k of path) {
    if (x == null || typeof x !== 'object') return undefined;
    x = (x as Record<string, unknown>)[String(k)];
  }
  return x;
}

/** A copy of `o` with the value at `path` replaced (objects and arrays copied along the path). */
export function setIn<T>(o: T, path: Path, v: unknown): T {
  if (path.length === 0) return v as T;
  const [k, ...rest] = path;
  if (Array.isArray(o)) {
    const copy = o.slice();
    copy[Number(k)] = setIn(copy[Number(k)], rest, v);
    return copy as T;
  }
  const obj = (o ?? {}) as Record<string, unknown>;
  return { ...obj, [String(k)]: setIn(obj[String(k)], rest, v) } as T;
}

/** An id not used yet in a list: `prefix-N`. */
export function freshId(list: { id?: unknown }[], prefix: string): string {
  const used = new Set(list.map((x) => String(x.id)));
  for (let n = list.length + 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export { CADENCE_PERIODS, CONTENT_FORMS };
