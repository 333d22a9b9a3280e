/**
 * The strategy file's schema (zod): what `eclaireur strategy import` accepts. Keys are checked
 * strictly (a misspelt key is an error, not silently dropped); optional fields may be left out
 * and come back as `null` or `[]`, so a file written by `strategy export` has every field and
 * reads back to the same strategy. Prose may be a plain string or `{fr, en}`.
 */
import { z } from 'zod';
import { dayOf } from '../../core/dates.js';
import {
  ACTIVITY_LEVELS,
  CADENCE_PERIODS,
  CHANNEL_KINDS,
  CONTENT_FORMS,
  CYCLE_PHASES,
  FREQUENCIES,
  ITEM_STATUSES,
  PROJECT_TYPES,
  STRATEGY_FORMAT_VERSION,
  WEEKDAYS,
  type Strategy,
} from '../../core/strategy/model.js';

/** The schema's own messages, in both languages (file.ts gives the French one when asked). */
export const SCHEMA_MESSAGES = {
  ID: { en: 'an id: letters, digits, and . _ : - (no spaces)', fr: 'un identifiant : lettres, chiffres et . _ : - (sans espace)' },
  DATE: { en: 'a calendar date YYYY-MM-DD', fr: 'une date du calendrier AAAA-MM-JJ' },
  TEXT: { en: 'a text in fr, en or both', fr: 'un texte en fr, en en ou dans les deux' },
  CURRENCY: { en: 'an ISO 4217 currency code, e.g. CAD', fr: 'un code de devise ISO 4217, p. ex. CAD' },
  NTH: { en: '1 to 4, or -1 for the last', fr: 'de 1 à 4, ou -1 pour le dernier' },
  TIME: { en: 'a time HH:MM', fr: 'une heure HH:MM' },
  NTH_DAYS: { en: 'with nth, exactly one day (e.g. [WE] for the 2nd Wednesday)', fr: 'avec nth, exactement un jour (p. ex. [WE] pour le 2e mercredi)' },
  NTH_MONTHLY: { en: 'nth is for monthly slots', fr: 'nth ne vaut que pour les créneaux mensuels' },
  UNTIL: { en: 'until is before start', fr: 'until est avant start' },
} as const;

const keysOf = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const id = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u, { message: SCHEMA_MESSAGES.ID.en });
const isoDate = z.string().refine(
  (s) => {
    try {
      dayOf(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: SCHEMA_MESSAGES.DATE.en },
);
const text = z.union([
  z.string(),
  z
    .strictObject({ fr: z.string().optional(), en: z.string().optional() })
    .refine((t) => t.fr !== undefined || t.en !== undefined, { message: SCHEMA_MESSAGES.TEXT.en }),
]);
const nText = text.nullable().default(null);
const texts = z.array(text).default(() => []);
const ids = z.array(id).default(() => []);
const strings = z.array(z.string()).default(() => []);
const nString = z.string().nullable().default(null);
const nId = id.nullable().default(null);
const nNumber = z.number().finite().nullable().default(null);
const nDate = isoDate.nullable().default(null);
const hours = z.number().finite().nonnegative();

const goal = z.strictObject({ id, text });
const objective = z.strictObject({ id, text, goal: nId, kpis: ids, baseline: nNumber, target: nNumber, unit: nString, date: nDate });
const segment = z.strictObject({ id, name: text, persona: nText, needs: texts, questions: texts, whereabouts: strings });
const influencer = z.strictObject({ candidateKey: z.string().min(1), name: nString, segments: ids, role: nText });
const community = z.strictObject({
  id,
  name: z.string(),
  platform: z.string(),
  size: z.number().int().nonnegative().nullable().default(null),
  activity: z.enum(keysOf(ACTIVITY_LEVELS)).nullable().default(null),
  url: nString,
});
const competitor = z.strictObject({ id, name: z.string(), channels: strings, content: texts, owns: texts });
const project = z.strictObject({ id, name: text, type: z.enum(keysOf(PROJECT_TYPES)), objectives: ids, owner: nId, start: nDate, end: nDate });
const cadence = z.strictObject({ count: z.number().finite().positive(), per: z.enum(CADENCE_PERIODS) });
const channel = z.strictObject({ id, kind: z.enum(keysOf(CHANNEL_KINDS)), name: z.string(), segments: ids, cadence: cadence.nullable().default(null), owner: nId });
const form = z.enum(keysOf(CONTENT_FORMS));
const item = z.strictObject({
  id,
  title: text,
  form,
  channel: nId,
  segments: ids,
  objectives: ids,
  project: nId,
  topic: nString,
  keywords: z.strictObject({ primary: nString, secondary: strings }).default(() => ({ primary: null, secondary: [] })),
  owner: nId,
  status: z.enum(keysOf(ITEM_STATUSES)),
  date: nDate,
  effortHours: hours.nullable().default(null),
  url: nString,
});
const person = z.strictObject({
  id,
  name: z.string(),
  role: nString,
  hoursPerWeek: hours,
  effort: z.partialRecord(form, hours).default(() => ({})),
});
const budget = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, { message: SCHEMA_MESSAGES.CURRENCY.en }).default('CAD'),
  total: nNumber,
  lines: z.array(z.strictObject({ label: text, amount: z.number().finite(), project: nId })).default(() => []),
});
const milestone = z.strictObject({ id, name: text, date: isoDate, project: nId });
const slot = z
  .strictObject({
    id,
    channel: id,
    title: nText,
    form: form.nullable().default(null),
    freq: z.enum(['weekly', 'monthly']),
    interval: z.number().int().min(1).max(52).default(1),
    days: z.array(z.enum(WEEKDAYS)).default(() => []),
    monthDay: z.number().int().min(1).max(31).nullable().default(null),
    nth: z
      .number()
      .int()
      .refine((n) => (n >= 1 && n <= 4) || n === -1, { message: SCHEMA_MESSAGES.NTH.en })
      .nullable()
      .default(null),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: SCHEMA_MESSAGES.TIME.en }).nullable().default(null),
    start: isoDate,
    until: nDate,
    owner: nId,
    effortHours: hours.nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (s.nth !== null && s.days.length !== 1) ctx.addIssue({ code: 'custom', path: ['days'], message: SCHEMA_MESSAGES.NTH_DAYS.en });
    if (s.nth !== null && s.freq !== 'monthly') ctx.addIssue({ code: 'custom', path: ['nth'], message: SCHEMA_MESSAGES.NTH_MONTHLY.en });
    if (s.until !== null && s.until < s.start) ctx.addIssue({ code: 'custom', path: ['until'], message: SCHEMA_MESSAGES.UNTIL.en });
  });
const kpi = z.strictObject({
  id,
  name: text,
  formula: nString,
  source: nString,
  frequency: z.enum(keysOf(FREQUENCIES)).nullable().default(null),
  baseline: nNumber,
  target: nNumber,
  unit: nString,
});

export const StrategySchema = z.strictObject({
  version: z.literal(STRATEGY_FORMAT_VERSION),
  name: z.string().min(1),
  organisation: nString,
  lang: z.enum(['fr', 'en']).default('fr'),
  vision: z
    .strictObject({ vision: text.default(''), mission: nText, goals: z.array(goal).default(() => []), objectives: z.array(objective).default(() => []) })
    .default(() => ({ vision: '', mission: null, goals: [], objectives: [] })),
  voice: z
    .strictObject({ tone: texts, do: texts, dont: texts, samples: texts, valueProposition: nText })
    .default(() => ({ tone: [], do: [], dont: [], samples: [], valueProposition: null })),
  audiences: z
    .strictObject({ segments: z.array(segment).default(() => []), influencers: z.array(influencer).default(() => []), communities: z.array(community).default(() => []) })
    .default(() => ({ segments: [], influencers: [], communities: [] })),
  competition: z.strictObject({ competitors: z.array(competitor).default(() => []) }).default(() => ({ competitors: [] })),
  plan: z
    .strictObject({
      projects: z.array(project).default(() => []),
      channels: z.array(channel).default(() => []),
      items: z.array(item).default(() => []),
      people: z.array(person).default(() => []),
      budget: budget.default(() => ({ currency: 'CAD', total: null, lines: [] })),
      milestones: z.array(milestone).default(() => []),
      slots: z.array(slot).default(() => []),
    })
    .default(() => ({ projects: [], channels: [], items: [], people: [], budget: { currency: 'CAD', total: null, lines: [] }, milestones: [], slots: [] })),
  seo: z.strictObject({ topics: z.array(z.strictObject({ segment: id, topics: strings })).default(() => []) }).default(() => ({ topics: [] })),
  kpis: z.array(kpi).default(() => []),
});

export const CyclePhaseSchema = z.enum(keysOf(CYCLE_PHASES));

// The schema's output is the core's Strategy (checked at compile time).
const _sameShape: (x: z.output<typeof StrategySchema>) => Strategy = (x) => x;
void _sameShape;
