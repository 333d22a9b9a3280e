/**
 * The editorial calendar as month grids (weeks Monday to Sunday, as ISO 8601 weeks are): each
 * day lists its dated content items and the occurrences of the recurring slots not filled by an
 * item (core/strategy/calendar.ts). Months with no entry between the first and the last are
 * still shown, so a gap in the plan is visible. HTML tables for the report; lists for Markdown.
 */
import { dayOf, isoOf } from '../../../core/dates.js';
import type { Lang } from '../../../core/domain.js';
import { calendar, weekdayOf, type CalendarEntry } from '../../../core/strategy/calendar.js';
import { ITEM_STATUSES, textIn, type Strategy } from '../../../core/strategy/model.js';
import { esc } from '../escape.js';
import { monthLabel } from './gantt.js';
import type { StrategyReportMessages } from './messages.js';

export interface CalendarMonth {
  /** Day number of the month's first day. */
  first: number;
  days: number;
  entries: CalendarEntry[];
}

/** At most this many months are drawn (from the plan's first dated entry). */
export const CALENDAR_MAX_MONTHS = 12;
/** Entries listed in one day's cell before "+n more". */
const CELL_MAX = 3;

function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

function daysIn(ym: string): number {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function next(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The calendar's months, first to last dated entry; `total` counts them before the cut. */
export function calendarMonths(s: Strategy): { months: CalendarMonth[]; total: number } {
  const entries = calendar(s);
  if (entries.length === 0) return { months: [], total: 0 };
  const byMonth = new Map<string, CalendarEntry[]>();
  for (const e of entries) {
    const k = monthOf(e.date);
    let l = byMonth.get(k);
    if (!l) byMonth.set(k, (l = []));
    l.push(e);
  }
  const firstYm = monthOf(entries[0]!.date);
  const lastYm = monthOf(entries.at(-1)!.date);
  const months: CalendarMonth[] = [];
  let total = 0;
  for (let ym = firstYm; ym <= lastYm; ym = next(ym)) {
    total++;
    if (months.length < CALENDAR_MAX_MONTHS) months.push({ first: dayOf(`${ym}-01`), days: daysIn(ym), entries: byMonth.get(ym) ?? [] });
  }
  return { months, total };
}

function entryLabel(e: CalendarEntry, channelName: (id: string | null) => string, lang: Lang): string {
  const t = textIn(e.title, lang);
  const ch = channelName(e.channel);
  return ch && ch !== t ? `${ch} · ${t}` : t;
}

export function calendarGridHtml(s: Strategy, lang: Lang, m: StrategyReportMessages, channelName: (id: string | null) => string, channelClass: (id: string | null) => string): string {
  const { months, total } = calendarMonths(s);
  if (months.length === 0) return `<p class="empty">${esc(m.empty)}</p>`;
  let out = '';
  if (total > months.length) out += `<p class="note">${esc(m.calendarCut(months.length, total))}</p>`;
  for (const mo of months) {
    const byDay = new Map<number, CalendarEntry[]>();
    for (const e of mo.entries) {
      const d = dayOf(e.date);
      let l = byDay.get(d);
      if (!l) byDay.set(d, (l = []));
      l.push(e);
    }
    const title = monthLabel(lang, mo.first, 'long');
    out += `<table class="month" data-month="${isoOf(mo.first).slice(0, 7)}"><caption>${esc(title)}</caption><thead><tr>`;
    out += m.weekdays.map((w) => `<th scope="col">${esc(w)}</th>`).join('');
    out += '</tr></thead><tbody><tr>';
    const lead = weekdayOf(mo.first);
    for (let i = 0; i < lead; i++) out += '<td class="pad"></td>';
    for (let d = 0; d < mo.days; d++) {
      const day = mo.first + d;
      if (d > 0 && weekdayOf(day) === 0) out += '</tr><tr>';
      const list = byDay.get(day) ?? [];
      out += `<td${list.length ? ' class="busy"' : ''}><span class="dn">${d + 1}</span>`;
      if (list.length) {
        out += '<ul>';
        for (const e of list.slice(0, CELL_MAX)) {
          const status = e.status === 'slot' ? m.slot : ITEM_STATUSES[e.status][lang];
          out += `<li class="${channelClass(e.channel)}${e.status === 'slot' ? ' slot' : ''}" title="${esc(`${entryLabel(e, channelName, lang)} (${status})`)}">${esc(entryLabel(e, channelName, lang))}</li>`;
        }
        if (list.length > CELL_MAX) out += `<li class="more">${esc(m.calendarMore(list.length - CELL_MAX))}</li>`;
        out += '</ul>';
      }
      out += '</td>';
    }
    const trail = (7 - ((lead + mo.days) % 7)) % 7;
    for (let i = 0; i < trail; i++) out += '<td class="pad"></td>';
    out += '</tr></tbody></table>';
  }
  return out;
}

/** The calendar in Markdown: one heading per month, its entries as a list by day. */
export function calendarMarkdown(s: Strategy, lang: Lang, m: StrategyReportMessages, channelName: (id: string | null) => string, md: (s: string) => string): string {
  const { months, total } = calendarMonths(s);
  if (months.length === 0) return `_${md(m.empty)}_`;
  const out: string[] = [];
  if (total > months.length) out.push(`_${md(m.calendarCut(months.length, total))}_`, '');
  for (const mo of months) {
    out.push(`#### ${md(monthLabel(lang, mo.first, 'long'))}`, '');
    if (mo.entries.length === 0) out.push(`_${md(m.empty)}_`);
    for (const e of mo.entries) {
      const status = e.status === 'slot' ? m.slot : ITEM_STATUSES[e.status][lang];
      out.push(`- ${e.date}${e.time ? ` ${e.time}` : ''} — ${md(entryLabel(e, channelName, lang))} (${md(status)})`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
