/**
 * What the checker's rules share: bilingual messages, the defaults in effect, cadences per week,
 * keyword normalisation, the hours an item takes, and names for messages.
 */
import type { Lang } from '../../domain.js';
import { STRATEGY_DEFAULTS, type StrategyDefaults } from '../defaults.js';
import { textIn, type Cadence, type CheckContext, type ContentItem, type Finding, type Person, type Rule, type Text } from '../model.js';

export function t(lang: Lang, fr: string, en: string): string {
  return lang === 'fr' ? fr : en;
}

export function defaultsOf(ctx: CheckContext): StrategyDefaults {
  return ctx.defaults ?? STRATEGY_DEFAULTS;
}

export function finding(rule: Pick<Rule, 'id' | 'severity'>, where: string, message: string): Finding {
  return { rule: rule.id, severity: rule.severity, message, where };
}

const WEEKS_PER: Record<Cadence['per'], number> = { week: 1, month: 52 / 12, quarter: 13, year: 52 };

/** Items per week of a cadence (a month is 52/12 weeks). */
export function perWeek(c: Cadence): number {
  return c.count / WEEKS_PER[c.per];
}

/** A keyword as compared for cannibalisation: Unicode NFKC, lower case, spaces collapsed. */
export function keywordKey(k: string): string {
  return k.normalize('NFKC').toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();
}

/** Hours an item takes: its own figure, else its owner's for the form, else the default. */
export function effortOf(item: Pick<ContentItem, 'effortHours' | 'form'>, owner: Person | undefined, defaults: StrategyDefaults): number {
  return item.effortHours ?? owner?.effort[item.form] ?? defaults.effortHours[item.form];
}

/** A short name for messages: the text in the language, cut at 60 characters, else the id. */
export function nameOf(text: Text | null | undefined, id: string, lang: Lang): string {
  const s = textIn(text, lang).trim();
  if (!s) return id;
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** A number as people read it in the language (decimal comma in French). */
export function num(x: number, lang: Lang, digits = 1): string {
  const r = Math.round(x * 10 ** digits) / 10 ** digits;
  return lang === 'fr' ? String(r).replace('.', ',') : String(r);
}
