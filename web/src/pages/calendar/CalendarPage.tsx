/**
 * The editorial calendar (issue 7): a month or a week of the current cycle's plan — dated
 * content items coloured by channel with their status, the open occurrences of the recurring
 * slots (an invitation to fill them), milestones — with the backlog (ideas and items to plan,
 * undated) beside it. Items are scheduled, rescheduled and unscheduled by drag and drop (HTML5)
 * or, from the keyboard, with each item's "Move" dialog; a move is saved at once (PATCH
 * …/strategy/items/:id, conditional on the item being as shown) and put back, with the
 * problem shown, when the API refuses it.
 *
 * The days, slots and loads are the core's own computations run in the browser on the
 * strategy the API gives: `calendar()` (what GET …/strategy/calendar answers), `weeklyLoad()`
 * (what the rule person-over-capacity counts), `movedStatus()` (what the move route applies).
 * Weeks start on Monday in both languages, so a row of the month is an ISO week: the unit the
 * capacity is counted in (en-CA's printed calendars start on Sunday; here a week's row and its
 * load must be the same seven days).
 *
 * The address holds the view and the date (`?view=week&date=2027-02-09`): a view can be
 * bookmarked. Without a date the page opens on today, or on the plan's next date when nothing
 * is planned around today.
 */
import { type DragEvent, type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { dayOf, isoOf } from '../../../../src/core/dates.js';
import { backlog as backlogOf, calendar, type CalendarEntry, isoWeekOf, movedStatus, weekdayOf } from '../../../../src/core/strategy/calendar.js';
import { STRATEGY_DEFAULTS } from '../../../../src/core/strategy/defaults.js';
import { CHANNEL_KINDS, CONTENT_FORMS, type ContentItem, type Finding, ITEM_STATUSES, type ItemStatus, type Strategy, textIn, UNDATED_STATUSES } from '../../../../src/core/strategy/model.js';
import { entryHours, weeklyLoad } from '../../../../src/core/strategy/rules/person-over-capacity.js';
import { ApiError, getJson } from '../../api.js';
import { ErrorBox, Loading, useLoad } from '../../hooks.js';
import { currentLang, LOCALES, useI18n } from '../../i18n.js';
import { setQuery, useLocation } from '../../router.js';
import './calendar.css';
import { calendarText } from './text.js';

type View = 'month' | 'week';
interface StrategyDoc {
  cycle: { number: number };
  strategy: Strategy;
}
interface MoveAnswer {
  cycle: number;
  item: ContentItem;
  findings: Finding[];
}
type Dialog = { kind: 'move'; item: string } | { kind: 'fill'; slot: string; date: string; channel: string; title: string };

/** The checker's rules about the calendar, shown under it. */
const CALENDAR_RULES = new Set(['item-schedule', 'person-over-capacity', 'cadence-norm']);
/** Channel colours (Tableau 10), by the channel's place in the plan; text stays dark on their tint. */
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
const NO_CHANNEL = '';
const DRAG_TYPE = 'application/x-eclaireur-item';
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function validIso(s: string | null): s is string {
  if (!s || !ISO.test(s)) return false;
  try {
    dayOf(s);
    return true;
  } catch {
    return false;
  }
}

/** Today in the browser's time zone, as an ISO date. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today when something is planned from today on and the plan has started; else the plan's next (or last) date. */
function defaultDate(s: Strategy, today: string): string {
  const dates: string[] = [];
  for (const i of s.plan.items) if (i.date) dates.push(i.date);
  for (const sl of s.plan.slots) if (sl.until === null || sl.until >= today) dates.push(sl.start > today ? sl.start : today);
  const next = dates.filter((d) => d >= today).sort()[0];
  if (next !== undefined) return next;
  return dates.sort().at(-1) ?? today;
}

/** The grid's first and last days (Monday to Sunday) and the exported range of a view. */
function rangeOf(view: View, date: string): { from: number; to: number; exportFrom: string; exportTo: string } {
  const d = dayOf(date);
  if (view === 'week') {
    const from = d - weekdayOf(d);
    return { from, to: from + 6, exportFrom: isoOf(from), exportTo: isoOf(from + 6) };
  }
  const first = dayOf(`${date.slice(0, 7)}-01`);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const last = Math.round(Date.UTC(y, m, 0) / 86400000);
  return { from: first - weekdayOf(first), to: last + (6 - weekdayOf(last)), exportFrom: isoOf(first), exportTo: isoOf(last) };
}

function shiftMonth(date: string, by: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + by;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 10);
}

function withItem(s: Strategy, item: ContentItem): Strategy {
  return { ...s, plan: { ...s.plan, items: s.plan.items.map((i) => (i.id === item.id ? item : i)) } };
}

async function patchJson<T>(path: string, body: unknown): Promise<T> {
  const r = await fetch(path, {
    method: 'PATCH',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': currentLang === 'fr' ? 'fr-CA' : 'en-CA' },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  if (!r.ok) {
    try {
      throw new ApiError(JSON.parse(text));
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw new ApiError({ type: 'about:blank', title: r.statusText || `HTTP ${r.status}`, status: r.status, detail: text.slice(0, 300) });
    }
  }
  return JSON.parse(text) as T;
}

export function CalendarPage({ fieldId }: { fieldId: number }) {
  const { lang, f } = useI18n();
  const T = calendarText(lang);
  const locale = LOCALES[lang];
  const { query } = useLocation();
  const doc = useLoad((signal) => getJson<StrategyDoc>(`/api/fields/${fieldId}/strategy`, signal), [fieldId]);
  const check = useLoad((signal) => getJson<{ findings: Finding[] }>(`/api/fields/${fieldId}/strategy/check?lang=${lang}`, signal), [fieldId, lang]);
  const [strategy, setStrategy] = useState<Strategy | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [moveError, setMoveError] = useState<{ error: unknown; title: string } | null>(null);
  const [status, setStatus] = useState('');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const focusAfter = useRef<string | null>(null);
  // Moves of one item are sent one after the other (each expects the state the previous left).
  const chains = useRef(new Map<string, Promise<void>>());

  useEffect(() => {
    if (doc.data) setStrategy(doc.data.strategy);
  }, [doc.data]);
  useEffect(() => {
    if (check.data) setFindings(check.data.findings);
  }, [check.data]);
  useEffect(() => {
    const d = dialogRef.current;
    if (dialog && d && !d.open) d.showModal();
    if (!dialog && d?.open) d.close();
  }, [dialog]);
  // After a move from the keyboard, the focus follows the item to its new place.
  useEffect(() => {
    if (!focusAfter.current) return;
    const el = document.querySelector<HTMLElement>(`[data-item="${CSS.escape(focusAfter.current)}"] .cal-move`);
    if (el) {
      el.focus();
      focusAfter.current = null;
    }
  });

  const fmt = useMemo(() => {
    const o = (x: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...x });
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const monthF = o({ month: 'long', year: 'numeric' });
    const rangeF = o({ day: 'numeric', month: 'long', year: 'numeric' });
    const fullF = o({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const wdShortF = o({ weekday: 'short' });
    const wdLongF = o({ weekday: 'long' });
    const dayMonthF = o({ day: 'numeric', month: 'short' });
    return {
      month: (iso: string) => monthF.format(at(iso)),
      range: (a: string, b: string) => rangeF.formatRange(at(a), at(b)),
      full: (iso: string) => fullF.format(at(iso)),
      wdShort: (iso: string) => wdShortF.format(at(iso)),
      wdLong: (iso: string) => wdLongF.format(at(iso)),
      dayMonth: (iso: string) => dayMonthF.format(at(iso)),
      dayNum: (iso: string) => f.int(Number(iso.slice(8, 10))),
    };
  }, [locale, f]);

  if (doc.error) {
    const missing = doc.error instanceof ApiError && doc.error.problem.status === 404;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{T.title}</h1>
        {missing ? <p>{T.noStrategy}</p> : <ErrorBox error={doc.error} onRetry={doc.reload} />}
      </section>
    );
  }
  if (!strategy) return <Loading />;

  const s = strategy;
  const view: View = query.get('view') === 'week' ? 'week' : 'month';
  const today = todayIso();
  const qDate = query.get('date');
  const date = validIso(qDate) ? qDate : defaultDate(s, today);
  const range = rangeOf(view, date);
  const fromIso = isoOf(range.from);
  const toIso = isoOf(range.to);
  const period = view === 'month' ? fmt.month(date) : fmt.range(fromIso, toIso);

  const channels = new Map(s.plan.channels.map((c, i) => [c.id, { ...c, color: PALETTE[i % PALETTE.length] }]));
  const people = new Map(s.plan.people.map((p) => [p.id, p]));
  const items = new Map(s.plan.items.map((i) => [i.id, i]));
  const colorOf = (ch: string | null) => (ch !== null ? (channels.get(ch)?.color ?? '#59626d') : '#59626d');
  const visible = (ch: string | null) => !hidden.has(ch ?? NO_CHANNEL);
  const entries = calendar(s, { from: fromIso, to: toIso }).filter((e) => visible(e.channel));
  const byDay = new Map<string, CalendarEntry[]>();
  for (const e of entries) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const milestones = s.plan.milestones.filter((m) => m.date >= fromIso && m.date <= toIso);
  const weeks: number[] = [];
  for (let d = range.from; d <= range.to; d += 7) weeks.push(d);
  const load = weeklyLoad(s, STRATEGY_DEFAULTS, { from: fromIso, to: toIso });
  const tolerance = STRATEGY_DEFAULTS.capacityTolerance;
  const shownFindings = (findings ?? []).filter((x) => CALENDAR_RULES.has(x.rule));
  const waiting = backlogOf(s);
  const titleOf = (i: ContentItem) => textIn(i.title, lang) || i.id;
  const statusName = (st: ItemStatus) => ITEM_STATUSES[st][lang];
  const go = (changes: { view?: View; date?: string }) => setQuery({ view: changes.view ?? view, date: changes.date ?? date }, false);

  const move = async (id: string, to: string | null) => {
    const it = items.get(id);
    if (!it || it.date === to || (to === null && UNDATED_STATUSES.includes(it.status))) return;
    const title = titleOf(it);
    setMoveError(null);
    setStatus(T.saving(title));
    setStrategy((cur) => (cur ? withItem(cur, { ...it, date: to, status: movedStatus(it.status, to) }) : cur));
    setPending((p) => new Set(p).add(id));
    const previous = chains.current.get(id) ?? Promise.resolve();
    let done = () => {};
    const mine = new Promise<void>((r) => (done = r));
    chains.current.set(id, mine);
    await previous;
    try {
      const r = await patchJson<MoveAnswer>(`/api/fields/${fieldId}/strategy/items/${encodeURIComponent(id)}`, { date: to, expected: { date: it.date, status: it.status } });
      setStrategy((cur) => (cur ? withItem(cur, r.item) : cur));
      setFindings(r.findings);
      setStatus(to === null ? T.unscheduled(title) : T.moved(title, fmt.full(to)));
    } catch (e) {
      setStrategy((cur) => (cur ? withItem(cur, it) : cur));
      setMoveError({ error: e, title });
      setStatus(T.failed(title));
      if (e instanceof ApiError && e.problem.status === 409) {
        setStatus(`${T.failed(title)} ${T.conflict}`);
        doc.reload();
      }
    } finally {
      done();
      if (chains.current.get(id) === mine) chains.current.delete(id);
      setPending((p) => {
        const n = new Set(p);
        n.delete(id);
        return n;
      });
    }
  };

  // Drag and drop (HTML5): the item's id travels in the drag's data.
  const dragStart = (e: DragEvent<HTMLElement>, id: string) => {
    e.dataTransfer.setData(DRAG_TYPE, id);
    e.dataTransfer.setData('text/plain', id);
    e.dataTransfer.effectAllowed = 'move';
    // After the drag has started: changing the page inside dragstart can cancel it.
    setTimeout(() => setDragging(id), 0);
  };
  const dragEnd = () => {
    setDragging(null);
    setOver(null);
  };
  const draggedId = (e: DragEvent<HTMLElement>) => e.dataTransfer.getData(DRAG_TYPE) || dragging;
  const dropTarget = (key: string, onDrop: (id: string) => void) => ({
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!dragging && !e.dataTransfer.types.includes(DRAG_TYPE)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (over !== key) setOver(key);
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null) && over === key) setOver(null);
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      const id = draggedId(e);
      dragEnd();
      if (id) void onDrop(id);
    },
  });

  const openMove = (id: string) => setDialog({ kind: 'move', item: id });
  const closeDialog = () => setDialog(null);

  // Plain functions, not components: a component defined here would be a new type at every
  // render, and React would replace the dragged element in the middle of its drag.
  const itemCard = (item: ContentItem, compact: boolean) => {
    const ch = item.channel !== null ? channels.get(item.channel) : undefined;
    const owner = item.owner !== null ? people.get(item.owner) : undefined;
    const fixed = item.status === 'published';
    const title = titleOf(item);
    const hours = entryHours(item, owner, STRATEGY_DEFAULTS);
    return (
      <li
        key={`i-${item.id}`}
        className={`cal-item st-${item.status}${pending.has(item.id) ? ' saving' : ''}${dragging === item.id ? ' dragging' : ''}`}
        data-item={item.id}
        data-status={item.status}
        style={{ ['--ch' as string]: colorOf(item.channel) }}
        draggable={!fixed}
        onDragStart={fixed ? undefined : (e) => dragStart(e, item.id)}
        onDragEnd={dragEnd}
        aria-busy={pending.has(item.id) || undefined}
      >
        <span className="cal-item-title">{title}</span>
        <span className="cal-item-meta">
          <span className="cal-status">{statusName(item.status)}</span>
          {!compact || !item.date ? (
            <>
              {' · '}
              <span className="cal-channel">{ch ? ch.name : T.noChannel}</span>
              {owner ? ` · ${owner.name}` : ''}
              {owner || item.effortHours !== null ? ` · ${T.hours(f.num(hours, 2))}` : ''}
              {!compact ? ` · ${CONTENT_FORMS[item.form][lang]}` : ''}
            </>
          ) : null}
        </span>
        {fixed ? (
          <span className="visually-hidden">{T.published}</span>
        ) : (
          <button
            type="button"
            className="cal-move"
            aria-label={T.moveLabel(title)}
            aria-keyshortcuts={item.date ? 'Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown' : undefined}
            title={item.date ? `${T.moveLabel(title)} — ${T.shortcuts}` : T.moveLabel(title)}
            onClick={() => openMove(item.id)}
            onKeyDown={(e) => {
              // Shift+arrows: a day earlier or later, a week earlier or later; the view follows.
              const by = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
              if (!e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || by === undefined || !item.date) return;
              e.preventDefault();
              const to = isoOf(dayOf(item.date) + by);
              focusAfter.current = item.id;
              if (to < fromIso || to > toIso) go({ date: to });
              void move(item.id, to);
            }}
          >
            {T.move}
          </button>
        )}
      </li>
    );
  };

  const slotCard = (e: CalendarEntry, compact: boolean) => {
    const title = textIn(e.title, lang) || (e.slot ?? '');
    return (
      <li key={`s-${e.slot}-${e.date}`} className={`cal-slot${compact ? ' compact' : ''}`} data-slot={e.slot ?? ''} style={{ ['--ch' as string]: colorOf(e.channel) }} title={T.slotHelp}>
        <span className="cal-item-title">
          {e.time ? <time className="cal-time">{e.time}</time> : null} {title}
        </span>
        <span className={compact ? 'visually-hidden' : 'cal-item-meta'}>{T.slot}</span>
        <button type="button" className="cal-fill" aria-label={T.fillLabel(title, fmt.full(e.date))} title={T.fillLabel(title, fmt.full(e.date))} onClick={() => setDialog({ kind: 'fill', slot: e.slot ?? '', date: e.date, channel: e.channel ?? '', title })}>
          {compact ? '+' : T.fill}
        </button>
      </li>
    );
  };

  const dayCell = (d: number) => {
    const iso = isoOf(d);
    const list = byDay.get(iso) ?? [];
    const outside = view === 'month' && iso.slice(0, 7) !== date.slice(0, 7);
    const ms = milestones.filter((m) => m.date === iso);
    return (
      <td
        key={iso}
        data-date={iso}
        className={`cal-day${outside ? ' outside' : ''}${iso === today ? ' today' : ''}${over === iso ? ' over' : ''}`}
        aria-current={iso === today ? 'date' : undefined}
        {...dropTarget(iso, (id) => move(id, iso))}
      >
        <div className="cal-day-head">
          <time dateTime={iso}>
            <span aria-hidden="true">{view === 'week' ? `${fmt.wdShort(iso)} ${fmt.dayMonth(iso)}` : fmt.dayNum(iso)}</span>
            <span className="visually-hidden">{fmt.full(iso)}</span>
          </time>
        </div>
        {ms.map((m) => (
          <p key={m.id} className="cal-milestone">
            <span aria-hidden="true">◆ </span>
            <span className="visually-hidden">{T.milestone} : </span>
            {textIn(m.name, lang) || m.id}
          </p>
        ))}
        {list.length > 0 ? (
          <ul className="cal-list" aria-label={`${fmt.full(iso)} — ${T.moreOn(list.length)}`}>
            {list.map((e) => {
              const it = e.item !== null ? items.get(e.item) : undefined;
              return it ? itemCard(it, view === 'month') : slotCard(e, view === 'month');
            })}
          </ul>
        ) : null}
      </td>
    );
  };

  const dialogItem = dialog?.kind === 'move' ? items.get(dialog.item) : undefined;
  const submitDialog = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (dialog?.kind === 'move' && dialogItem) {
      const to = String(form.get('date') ?? '');
      if (!validIso(to)) return;
      focusAfter.current = dialogItem.id;
      setDialog(null);
      go({ date: to });
      void move(dialogItem.id, to);
    } else if (dialog?.kind === 'fill') {
      const id = String(form.get('item') ?? '');
      if (!id) return;
      focusAfter.current = id;
      setDialog(null);
      void move(id, dialog.date);
    }
  };
  const fillChoices = dialog?.kind === 'fill' ? s.plan.items.filter((i) => UNDATED_STATUSES.includes(i.status)) : [];

  return (
    <section aria-labelledby="page-title" className="calendar-page">
      <h1 id="page-title">{T.title}</h1>
      <p className="help">{T.intro}</p>

      <div className="toolbar cal-toolbar">
        <div className="cal-views" role="group" aria-label={T.view}>
          {(['month', 'week'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => go({ view: v })}>
              {v === 'month' ? T.month : T.week}
            </button>
          ))}
        </div>
        <div className="cal-nav">
          <button type="button" onClick={() => go({ date: view === 'month' ? shiftMonth(date, -1) : isoOf(dayOf(date) - 7) })} aria-label={T.previous(view)} title={T.previous(view)}>
            ‹
          </button>
          <button type="button" onClick={() => go({ date: today })}>
            {T.today}
          </button>
          <button type="button" onClick={() => go({ date: view === 'month' ? shiftMonth(date, 1) : isoOf(dayOf(date) + 7) })} aria-label={T.next(view)} title={T.next(view)}>
            ›
          </button>
        </div>
        <h2 className="cal-period" data-testid="period" aria-live="polite">
          {period}
        </h2>
        <div className="control">
          <label htmlFor="cal-goto">{T.goTo}</label>
          <input id="cal-goto" type="date" value={date} onChange={(e) => validIso(e.target.value) && go({ date: e.target.value })} />
        </div>
      </div>

      <div role="status" aria-live="polite" className="cal-status-line" data-testid="cal-status">
        {status}
      </div>
      {moveError ? <ErrorBox error={moveError.error} /> : null}

      <div className="cal-layout">
        <div className="cal-frame">
          <table className={`cal-grid ${view}`} aria-label={T.grid(period)} data-testid="cal-grid" data-view={view}>
            <thead>
              <tr>
                <th scope="col" className="cal-wk">
                  <abbr title={T.weekNo}>{T.weekShort('')}</abbr>
                </th>
                {[0, 1, 2, 3, 4, 5, 6].map((k) => {
                  const iso = isoOf(range.from + k);
                  return (
                    <th key={k} scope="col">
                      <abbr title={fmt.wdLong(iso)}>{fmt.wdShort(iso)}</abbr>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w}>
                  <th scope="row" className="cal-wk" title={`${T.weekNo} ${isoWeekOf(w)}`}>
                    {T.weekShort(isoWeekOf(w).slice(-2))}
                  </th>
                  {[0, 1, 2, 3, 4, 5, 6].map((k) => dayCell(w + k))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <aside className={`cal-backlog${over === 'backlog' ? ' over' : ''}${dragging && items.get(dragging)?.date ? ' armed' : ''}`} aria-labelledby="cal-backlog-title" data-testid="backlog" {...dropTarget('backlog', (id) => move(id, null))}>
          <h2 id="cal-backlog-title">{T.backlog}</h2>
          <p className="help">{T.backlogHelp}</p>
          {waiting.map((g) => {
            const list = g.items.filter((i) => visible(i.channel));
            return (
              <div key={g.status} className="cal-backlog-group">
                <h3>
                  {statusName(g.status)} <span className="meta">({f.int(list.length)})</span>
                </h3>
                {list.length > 0 ? (
                  <ul className="cal-list">
                    {list.map((i) => itemCard(i, false))}
                  </ul>
                ) : (
                  <p className="meta">{T.backlogEmpty}</p>
                )}
              </div>
            );
          })}
          <p className="cal-drop-hint" aria-hidden="true">
            {T.dropHere}
          </p>
        </aside>
      </div>

      <fieldset className="cal-legend">
        <legend>{T.channels}</legend>
        {[...channels.values()].map((c) => (
          <label key={c.id} style={{ ['--ch' as string]: c.color }}>
            <input type="checkbox" checked={!hidden.has(c.id)} onChange={() => setHidden((h) => toggle(h, c.id))} />
            <span className="cal-swatch" aria-hidden="true" /> {c.name} <span className="meta">({CHANNEL_KINDS[c.kind][lang]})</span>
          </label>
        ))}
        <label style={{ ['--ch' as string]: '#59626d' }}>
          <input type="checkbox" checked={!hidden.has(NO_CHANNEL)} onChange={() => setHidden((h) => toggle(h, NO_CHANNEL))} />
          <span className="cal-swatch" aria-hidden="true" /> {T.noChannel}
        </label>
      </fieldset>

      <section aria-labelledby="cal-capacity-title" className="cal-capacity">
        <h2 id="cal-capacity-title">{T.capacity}</h2>
        <p className="help">{T.capacityHelp(tolerance !== 1 ? T.tolerance(f.num(tolerance, 2)) : '')}</p>
        {s.plan.people.length === 0 ? (
          <p>{T.nobody}</p>
        ) : (
          <div className="cal-frame">
            <table data-testid="capacity">
              <thead>
                <tr>
                  <th scope="col">{T.person}</th>
                  <th scope="col" className="num">
                    {T.perWeek}
                  </th>
                  {weeks.map((w) => (
                    <th key={w} scope="col" className="num" data-week={isoWeekOf(w)}>
                      <abbr title={`${T.weekNo} ${isoWeekOf(w)}`}>{T.weekShort(isoWeekOf(w).slice(-2))}</abbr>
                      <span className="cal-week-dates">{fmt.dayMonth(isoOf(w))}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.plan.people.map((p) => {
                  const cap = p.hoursPerWeek * tolerance;
                  return (
                    <tr key={p.id} data-person={p.id}>
                      <th scope="row">
                        {p.name}
                        {p.role ? <span className="meta"> — {p.role}</span> : null}
                      </th>
                      <td className="num">{f.num(p.hoursPerWeek, 2)}</td>
                      {weeks.map((w) => {
                        const week = isoWeekOf(w);
                        const h = load.get(p.id)?.get(week) ?? 0;
                        const isOver = h > cap + 1e-9;
                        return (
                          <td key={w} className={`num cal-load${isOver ? ' over' : ''}`} data-week={week} data-hours={h}>
                            <span className="cal-hours">{f.num(h, 2)}</span>
                            <span className="cal-bar" aria-hidden="true">
                              <span style={{ width: `${Math.min(100, cap > 0 ? (100 * h) / cap : h > 0 ? 100 : 0)}%` }} />
                            </span>
                            {isOver ? <span className="cal-over">{T.overBy(f.num(h - cap, 2))}</span> : null}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="cal-findings-title" className="cal-findings">
        <h2 id="cal-findings-title">{T.findings}</h2>
        <p className="help">{T.findingsHelp}</p>
        {check.error && !findings ? <ErrorBox error={check.error} onRetry={check.reload} /> : null}
        {findings ? (
          shownFindings.length === 0 ? (
            <p>{T.noFindings}</p>
          ) : (
            <ul data-testid="findings">
              {shownFindings.map((x, i) => (
                <li key={i} className={`sev-${x.severity}`} data-rule={x.rule}>
                  <strong>{T.severity[x.severity]}</strong> <code>{x.rule}</code> — {x.message}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>

      <section aria-labelledby="cal-exports-title" className="cal-exports">
        <h2 id="cal-exports-title">{T.exports}</h2>
        <p className="meta">{fmt.range(range.exportFrom, range.exportTo)}</p>
        <ul>
          {[
            ['calendar.ics', {}, T.ics],
            ['calendar.csv', { layout: 'full' }, T.csvFull],
            ['calendar.csv', { layout: 'hootsuite' }, T.csvHootsuite],
          ].map(([file, extra, label]) => {
            const q = new URLSearchParams({ ...(extra as Record<string, string>), from: range.exportFrom, to: range.exportTo, lang });
            return (
              <li key={label as string}>
                <a href={`/api/fields/${fieldId}/strategy/${file as string}?${q}`} download>
                  {label as string}
                </a>
              </li>
            );
          })}
        </ul>
      </section>

      <dialog ref={dialogRef} className="cal-dialog" aria-labelledby="cal-dialog-title" onClose={closeDialog} data-testid="move-dialog">
        {dialog?.kind === 'move' && dialogItem ? (
          <form onSubmit={submitDialog}>
            <h2 id="cal-dialog-title">{dialogItem.date ? T.moveTitle(titleOf(dialogItem)) : T.scheduleTitle(titleOf(dialogItem))}</h2>
            <div className="control">
              <label htmlFor="cal-move-date">{T.newDate}</label>
              <input id="cal-move-date" name="date" type="date" required defaultValue={dialogItem.date ?? (view === 'month' && date.slice(0, 7) !== today.slice(0, 7) ? `${date.slice(0, 7)}-01` : date)} />
            </div>
            <div className="cal-dialog-actions">
              <button type="submit" className="primary">
                {dialogItem.date ? T.doMove : T.doSchedule}
              </button>
              {dialogItem.date && dialogItem.status !== 'published' ? (
                <button
                  type="button"
                  onClick={() => {
                    setDialog(null);
                    void move(dialogItem.id, null);
                    focusAfter.current = dialogItem.id;
                  }}
                >
                  {T.toBacklog}
                </button>
              ) : null}
              <button type="button" onClick={closeDialog}>
                {T.cancel}
              </button>
            </div>
          </form>
        ) : null}
        {dialog?.kind === 'fill' ? (
          <form onSubmit={submitDialog}>
            <h2 id="cal-dialog-title">{T.fillTitle(dialog.title, fmt.full(dialog.date))}</h2>
            {fillChoices.length === 0 ? (
              <p>{T.noCandidates}</p>
            ) : (
              <div className="control">
                <label htmlFor="cal-fill-item">{T.itemToPlace}</label>
                <select id="cal-fill-item" name="item" defaultValue={(fillChoices.find((i) => i.channel === dialog.channel) ?? fillChoices[0]).id}>
                  {[
                    [T.sameChannel, fillChoices.filter((i) => i.channel === dialog.channel)],
                    [T.otherChannels, fillChoices.filter((i) => i.channel !== dialog.channel)],
                  ].map(([label, list]) =>
                    (list as ContentItem[]).length > 0 ? (
                      <optgroup key={label as string} label={label as string}>
                        {(list as ContentItem[]).map((i) => (
                          <option key={i.id} value={i.id}>
                            {titleOf(i)} ({statusName(i.status)})
                          </option>
                        ))}
                      </optgroup>
                    ) : null,
                  )}
                </select>
              </div>
            )}
            <div className="cal-dialog-actions">
              {fillChoices.length > 0 ? (
                <button type="submit" className="primary">
                  {T.doSchedule}
                </button>
              ) : null}
              <button type="button" onClick={closeDialog}>
                {T.cancel}
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </section>
  );
}

function toggle(set: ReadonlySet<string>, key: string): Set<string> {
  const n = new Set(set);
  if (n.has(key)) n.delete(key);
  else n.add(key);
  return n;
}
