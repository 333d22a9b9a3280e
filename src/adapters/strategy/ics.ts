/**
 * The editorial calendar as iCalendar (RFC 5545), for people's calendars, written by
 * `ical-generator` (escaping, line folding at 75 octets, CRLF). Dated content items and the
 * unfilled occurrences of recurring slots (core/strategy/calendar.ts) become events: all-day
 * (VALUE=DATE) when they have no time, floating local times (no time zone: the reader's own)
 * when the slot gives one, lasting `durationMinutes`. UIDs are stable across exports (an item's
 * id, even when it moves to another day; a slot's id and the occurrence's date) so a calendar
 * that subscribes to the file updates events instead of duplicating them; DTSTAMP is the
 * export's `stamp`.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Lang } from '../../core/domain.js';
import type { CalendarEntry } from '../../core/strategy/calendar.js';
import { CHANNEL_KINDS, CONTENT_FORMS, ITEM_STATUSES, textIn, type Strategy } from '../../core/strategy/model.js';

export interface IcsOptions {
  lang: Lang;
  /** DTSTAMP of every event (default: now). */
  stamp?: Date;
  /** Length of timed events, in minutes (default 30). */
  durationMinutes?: number;
}

const SLOT_LABEL = { fr: 'Créneau à remplir', en: 'Slot to fill' };

function utc(date: string, time: string | null): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time === null ? [0, 0] : time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

export function calendarToIcs(strategy: Strategy, entries: readonly CalendarEntry[], opts: IcsOptions): string {
  const L = opts.lang;
  const stamp = opts.stamp ?? new Date();
  const minutes = opts.durationMinutes ?? 30;
  const channels = new Map(strategy.plan.channels.map((c) => [c.id, c]));
  const people = new Map(strategy.plan.people.map((p) => [p.id, p]));
  const cal = ical({
    name: strategy.name,
    prodId: { company: 'eclaireur', product: 'strategy', language: L.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of entries) {
    const ch = e.channel ? channels.get(e.channel) : undefined;
    const owner = e.owner ? people.get(e.owner) : undefined;
    const title = textIn(e.title, L) || (e.item ?? e.slot ?? '');
    const summary = e.status === 'slot' ? `${SLOT_LABEL[L]} — ${title}` : title;
    const lines = [
      ch ? `${L === 'fr' ? 'Canal' : 'Channel'}: ${ch.name} (${CHANNEL_KINDS[ch.kind][L]})` : null,
      e.form ? `${L === 'fr' ? 'Forme' : 'Form'}: ${CONTENT_FORMS[e.form][L]}` : null,
      e.status !== 'slot' ? `${L === 'fr' ? 'Statut' : 'Status'}: ${ITEM_STATUSES[e.status][L]}` : null,
      owner ? `${L === 'fr' ? 'Responsable' : 'Owner'}: ${owner.name}` : null,
      e.effortHours !== null ? `${L === 'fr' ? 'Effort' : 'Effort'}: ${e.effortHours} h` : null,
    ].filter((x): x is string => x !== null);
    const start = utc(e.date, e.time);
    cal.createEvent({
      // An item occurs once: its id alone, so that moving it to another day updates the event;
      // a slot's occurrences are told apart by their date.
      id: e.item !== null ? `${e.item}@eclaireur` : `slot-${e.slot}-${e.date}@eclaireur`,
      stamp,
      start,
      ...(e.time === null ? { allDay: true } : { end: new Date(start.getTime() + minutes * 60000), floating: true }),
      summary,
      description: lines.join('\n'),
      categories: ch ? [{ name: CHANNEL_KINDS[ch.kind][L] }] : [],
    });
  }
  return cal.toString();
}
