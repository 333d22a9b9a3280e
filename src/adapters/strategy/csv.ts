/**
 * The editorial calendar as CSV (papaparse), in two layouts:
 * - `full` (default): a header row and one row per entry — date, time, channel, channel kind,
 *   form, title, status, owner, item or slot id, effort, URL, primary keyword — for
 *   spreadsheets and for schedulers whose CSV importer maps named columns (SocialBee, Postiz,
 *   Buffer's bulk import after mapping);
 * - `hootsuite`: Hootsuite's bulk composer layout — no header; three columns: date and time as
 *   `DD/MM/YYYY HH:MM` (24-hour; choose that format in the upload dialog), the message, and an
 *   optional link. Only entries of social networks (LinkedIn, X, Facebook, Instagram, TikTok,
 *   YouTube) go in; an all-day entry is given `defaultTime`, since Hootsuite needs a time.
 */
import Papa from 'papaparse';
import type { Lang } from '../../core/domain.js';
import type { CalendarEntry } from '../../core/strategy/calendar.js';
import { CHANNEL_KINDS, CONTENT_FORMS, textIn, type ChannelKind, type Strategy } from '../../core/strategy/model.js';

export type CsvLayout = 'full' | 'hootsuite';
export const CSV_LAYOUTS: readonly CsvLayout[] = ['full', 'hootsuite'];

export const SOCIAL_KINDS: readonly ChannelKind[] = ['linkedin', 'x', 'facebook', 'instagram', 'tiktok', 'youtube'];

export interface CsvOptions {
  lang: Lang;
  layout?: CsvLayout;
  /** Time given to all-day entries in the Hootsuite layout (default 09:00). */
  defaultTime?: string;
}

export const FULL_COLUMNS = ['date', 'time', 'channel', 'channel_kind', 'form', 'title', 'status', 'owner', 'item', 'slot', 'effort_hours', 'url', 'primary_keyword'] as const;

export function calendarToCsv(strategy: Strategy, entries: readonly CalendarEntry[], opts: CsvOptions): string {
  const L = opts.lang;
  const channels = new Map(strategy.plan.channels.map((c) => [c.id, c]));
  const items = new Map(strategy.plan.items.map((i) => [i.id, i]));
  const people = new Map(strategy.plan.people.map((p) => [p.id, p]));
  if ((opts.layout ?? 'full') === 'hootsuite') {
    const rows: string[][] = [];
    for (const e of entries) {
      const ch = e.channel ? channels.get(e.channel) : undefined;
      if (!ch || !SOCIAL_KINDS.includes(ch.kind)) continue;
      const [y, m, d] = e.date.split('-');
      const it = e.item ? items.get(e.item) : undefined;
      rows.push([`${d}/${m}/${y} ${e.time ?? opts.defaultTime ?? '09:00'}`, textIn(e.title, L), it?.url ?? '']);
    }
    return Papa.unparse(rows, { newline: '\r\n', header: false }) + (rows.length ? '\r\n' : '');
  }
  const rows = entries.map((e) => {
    const ch = e.channel ? channels.get(e.channel) : undefined;
    const it = e.item ? items.get(e.item) : undefined;
    return [
      e.date,
      e.time ?? '',
      ch?.name ?? e.channel ?? '',
      ch ? CHANNEL_KINDS[ch.kind][L] : '',
      e.form ? CONTENT_FORMS[e.form][L] : '',
      textIn(e.title, L),
      e.status,
      e.owner ? (people.get(e.owner)?.name ?? e.owner) : '',
      e.item ?? '',
      e.slot ?? '',
      e.effortHours === null ? '' : String(e.effortHours),
      it?.url ?? '',
      it?.keywords.primary ?? '',
    ];
  });
  return Papa.unparse({ fields: [...FULL_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}
