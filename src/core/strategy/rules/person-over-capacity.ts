/**
 * Rule `person-over-capacity` (warning): week by week (ISO 8601 weeks), the hours a person owns —
 * dated content items (planned, ready, published) and the unfilled occurrences of the recurring
 * slots they own — must not exceed their hours per week (× the tolerance of the defaults).
 * An item's hours fall in the week of its date: its own figure, else the owner's effort for the
 * form, else the default for the form (defaults.ts, with its source).
 */
import { dayOf } from '../../dates.js';
import { calendar, isoWeekOf, type CalendarEntry } from '../calendar.js';
import type { Finding, Person, Rule, Strategy } from '../model.js';
import { STRATEGY_DEFAULTS, type StrategyDefaults } from '../defaults.js';
import { defaultsOf, effortOf, finding, num, t } from './common.js';

/** Hours a calendar entry (an item or a slot's occurrence) takes its owner, as the rule counts them. */
export function entryHours(e: Pick<CalendarEntry, 'effortHours' | 'form'>, owner: Person | undefined, defaults: StrategyDefaults = STRATEGY_DEFAULTS): number {
  return e.effortHours ?? (e.form ? effortOf({ effortHours: null, form: e.form }, owner, defaults) : 0);
}

/**
 * The hours each person owns, ISO week by ISO week (`YYYY-Www`), as the rule counts them:
 * person id → week → hours. Within `range` (ISO dates, inclusive; default: the plan's span) —
 * a week cut by the range counts only its days inside it, so pass whole weeks (Monday to
 * Sunday) to get a week's full load. People not in the plan's list are left out.
 */
export function weeklyLoad(s: Strategy, defaults: StrategyDefaults = STRATEGY_DEFAULTS, range: { from?: string | null; to?: string | null } = {}): Map<string, Map<string, number>> {
  const people = new Map(s.plan.people.map((p) => [p.id, p]));
  const load = new Map<string, Map<string, number>>();
  for (const e of calendar(s, range, defaults)) {
    if (e.owner === null || !people.has(e.owner)) continue;
    const hours = entryHours(e, people.get(e.owner), defaults);
    if (hours <= 0) continue;
    const week = isoWeekOf(dayOf(e.date));
    let m = load.get(e.owner);
    if (!m) load.set(e.owner, (m = new Map()));
    m.set(week, (m.get(week) ?? 0) + hours);
  }
  return load;
}

/** Weeks shown in a message; the rest are counted. */
const SHOWN = 4;

export const personOverCapacity: Rule = {
  id: 'person-over-capacity',
  severity: 'warning',
  title: { fr: 'Personne planifiée au-delà de sa capacité hebdomadaire', en: 'Person planned over their weekly capacity' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    const d = defaultsOf(ctx);
    const load = weeklyLoad(s, d);
    s.plan.people.forEach((p, i) => {
      const weeks = [...(load.get(p.id) ?? new Map<string, number>())]
        .filter(([, h]) => h > p.hoursPerWeek * d.capacityTolerance + 1e-9)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      if (weeks.length === 0) return;
      const shown = weeks.slice(0, SHOWN).map(([w, h]) => `${w} (${num(h, L)} h)`).join(', ');
      const more = weeks.length > SHOWN ? t(L, ` et ${weeks.length - SHOWN} autre(s)`, ` and ${weeks.length - SHOWN} more`) : '';
      out.push(
        finding(
          personOverCapacity,
          `plan.people[${i}].hoursPerWeek`,
          t(
            L,
            `${p.name} a plus d’heures planifiées que ses ${num(p.hoursPerWeek, L)} h par semaine pendant ${weeks.length} semaine(s) : ${shown}${more}.`,
            `${p.name} is planned over their ${num(p.hoursPerWeek, L)} hours a week in ${weeks.length} week(s): ${shown}${more}.`,
          ),
        ),
      );
    });
    return out;
  },
};
