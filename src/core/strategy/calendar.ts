/**
 * The action plan as a calendar: recurring slots expanded into dated occurrences (an RFC 5545
 * RRULE subset: FREQ=WEEKLY;INTERVAL;BYDAY and FREQ=MONTHLY;INTERVAL;BYMONTHDAY or BYDAY with
 * an ordinal), the dated content items beside them, and the backlog (ideas and items to plan,
 * undated). A slot's occurrence is dropped when a dated item of the same channel falls on the
 * same day: the item fills the slot. ISO 8601 weeks for week-by-week views.
 */
import { dayOf, isoOf } from '../dates.js';
import { compareCodePoints } from '../text.js';
import { UNDATED_STATUSES, WEEKDAYS, type ContentForm, type ContentItem, type ItemStatus, type RecurringSlot, type Strategy, type Text } from './model.js';
import { STRATEGY_DEFAULTS, type StrategyDefaults } from './defaults.js';

/** Day of the week of a day number, Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** ISO 8601 week of a day number, as `YYYY-Www`. */
export function isoWeekOf(day: number): string {
  const monday = day - weekdayOf(day);
  const thursday = monday + 3;
  const year = Number(isoOf(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayOf(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of the ISO week of a day, as ISO date. */
export function weekStartOf(day: number): string {
  return isoOf(day - weekdayOf(day));
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}

/** The days (numbers) a slot occurs on within [from, to], in order. */
export function expandSlot(slot: RecurringSlot, from: number, to: number): number[] {
  const start = dayOf(slot.start);
  const end = Math.min(to, slot.until === null ? to : dayOf(slot.until));
  const lo = Math.max(from, start);
  const out: number[] = [];
  if (lo > end) return out;
  const interval = Math.max(1, Math.floor(slot.interval));
  if (slot.freq === 'weekly') {
    const wanted = slot.days.length > 0 ? slot.days.map((d) => WEEKDAYS.indexOf(d)) : [weekdayOf(start)];
    const firstMonday = start - weekdayOf(start);
    // The first week of the range that is an occurrence week, counted from the start's week.
    let monday = firstMonday + Math.max(0, Math.floor((lo - firstMonday) / (7 * interval))) * 7 * interval;
    for (; monday <= end; monday += 7 * interval) {
      for (const wd of [...wanted].sort((a, b) => a - b)) {
        const d = monday + wd;
        if (d >= lo && d <= end) out.push(d);
      }
    }
    return out;
  }
  const s = isoOf(start);
  let y = Number(s.slice(0, 4));
  let m = Number(s.slice(5, 7));
  for (let k = 0; ; k++) {
    if (k > 0) {
      m += interval;
      while (m > 12) {
        m -= 12;
        y++;
      }
    }
    if (ymd(y, m, 1) > end) break;
    const dim = daysInMonth(y, m);
    let d: number | null = null;
    if (slot.nth !== null && slot.days.length > 0) {
      const wd = WEEKDAYS.indexOf(slot.days[0]);
      if (slot.nth > 0) {
        const first = ymd(y, m, 1);
        const firstWd = first + ((wd - weekdayOf(first) + 7) % 7);
        const cand = firstWd + 7 * (slot.nth - 1);
        d = cand <= ymd(y, m, dim) ? cand : null;
      } else {
        const last = ymd(y, m, dim);
        d = last - ((weekdayOf(last) - wd + 7) % 7) + 7 * (slot.nth + 1);
      }
    } else {
      d = ymd(y, m, Math.min(slot.monthDay ?? Number(s.slice(8, 10)), dim));
    }
    if (d !== null && d >= lo && d <= end) out.push(d);
  }
  return out;
}

/** The span of the plan's dates: items, milestones, projects, slot starts and ends. */
export function planSpan(strategy: Strategy, defaults: StrategyDefaults = STRATEGY_DEFAULTS): { from: number; to: number } | null {
  const days: number[] = [];
  const add = (d: string | null) => {
    if (d !== null) days.push(dayOf(d));
  };
  const p = strategy.plan;
  for (const i of p.items) add(i.date);
  for (const m of p.milestones) add(m.date);
  for (const pr of p.projects) {
    add(pr.start);
    add(pr.end);
  }
  for (const s of p.slots) {
    add(s.start);
    add(s.until);
  }
  if (days.length === 0) return null;
  const from = Math.min(...days);
  let to = Math.max(...days);
  if (p.slots.some((s) => s.until === null)) to += defaults.openSlotDays;
  return { from, to };
}

export interface CalendarEntry {
  date: string;
  /** `HH:MM` or null (all day). */
  time: string | null;
  title: Text;
  channel: string | null;
  form: ContentForm | null;
  owner: string | null;
  status: ItemStatus | 'slot';
  /** The content item, or null for an unfilled slot's occurrence. */
  item: string | null;
  slot: string | null;
  effortHours: number | null;
}

/**
 * Dated items and slot occurrences within [from, to] (ISO dates, inclusive; default: the plan's
 * span), by date, time, channel, then item or slot id.
 */
export function calendar(strategy: Strategy, range: { from?: string | null; to?: string | null } = {}, defaults: StrategyDefaults = STRATEGY_DEFAULTS): CalendarEntry[] {
  const span = planSpan(strategy, defaults);
  const from = range.from ? dayOf(range.from) : (span?.from ?? 0);
  const to = range.to ? dayOf(range.to) : (span?.to ?? -1);
  const out: CalendarEntry[] = [];
  const filled = new Set<string>();
  for (const it of strategy.plan.items) {
    if (it.date === null) continue;
    const d = dayOf(it.date);
    if (it.channel !== null) filled.add(`${it.channel}\u0000${d}`);
    if (d < from || d > to) continue;
    out.push({
      date: it.date,
      time: null,
      title: it.title,
      channel: it.channel,
      form: it.form,
      owner: it.owner,
      status: it.status,
      item: it.id,
      slot: null,
      effortHours: it.effortHours,
    });
  }
  for (const s of strategy.plan.slots) {
    for (const d of expandSlot(s, from, to)) {
      if (filled.has(`${s.channel}\u0000${d}`)) continue;
      out.push({
        date: isoOf(d),
        time: s.time,
        title: s.title ?? s.channel,
        channel: s.channel,
        form: s.form,
        owner: s.owner,
        status: 'slot',
        item: null,
        slot: s.id,
        effortHours: s.effortHours,
      });
    }
  }
  const cmp = (a: string | null, b: string | null) => compareCodePoints(a ?? '', b ?? '');
  out.sort((a, b) => cmp(a.date, b.date) || cmp(a.time, b.time) || cmp(a.channel, b.channel) || cmp(a.item ?? a.slot, b.item ?? b.slot));
  return out;
}

/** The backlog: undated items (ideas, then backlog), in the file's order within each. */
export function backlog(strategy: Strategy): { status: ItemStatus; items: ContentItem[] }[] {
  return UNDATED_STATUSES.map((status) => ({ status, items: strategy.plan.items.filter((i) => i.status === status) }));
}

/**
 * The status an item takes when moved to `date` (null: back to the backlog), or `asked`:
 * planning is apart from scheduling — an idea or backlog item given a date becomes planned (a
 * ready or published one keeps its status); a dated item given none goes back to the backlog
 * (an idea stays an idea). The calendar page and the API's move route both use it.
 */
export function movedStatus(current: ItemStatus, date: string | null, asked?: ItemStatus): ItemStatus {
  if (asked) return asked;
  const undated = UNDATED_STATUSES.includes(current);
  if (date !== null) return undated ? 'planned' : current;
  return undated ? current : 'backlog';
}
