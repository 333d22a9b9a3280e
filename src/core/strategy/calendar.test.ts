/**
 * The calendar (slot expansion, ISO weeks, dated items filling slots, the backlog) and the
 * comparison of two cycles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOf, isoOf } from '../dates.js';
import { backlog, calendar, expandSlot, isoWeekOf, planSpan } from './calendar.js';
import { compareCycles } from './compare.js';
import type { RecurringSlot } from './model.js';
import { cleanStrategy } from './test-support.js';

const slot = (o: Partial<RecurringSlot>): RecurringSlot => ({
  id: 's',
  channel: 'li',
  title: null,
  form: null,
  freq: 'weekly',
  interval: 1,
  days: [],
  monthDay: null,
  nth: null,
  time: null,
  start: '2027-01-05',
  until: null,
  owner: null,
  effortHours: null,
  ...o,
});

const dates = (s: RecurringSlot, from: string, to: string) => expandSlot(s, dayOf(from), dayOf(to)).map(isoOf);

describe('ISO weeks', () => {
  it('follows ISO 8601 at year ends', () => {
    assert.equal(isoWeekOf(dayOf('2027-01-01')), '2026-W53');
    assert.equal(isoWeekOf(dayOf('2027-01-04')), '2027-W01');
    assert.equal(isoWeekOf(dayOf('2024-12-30')), '2025-W01');
    assert.equal(isoWeekOf(dayOf('2026-11-27')), '2026-W48');
  });
});

describe('slot expansion', () => {
  it('weekly on given days, every other week, from the start week', () => {
    assert.deepEqual(dates(slot({ days: ['TU', 'TH'] }), '2027-01-01', '2027-01-16'), ['2027-01-05', '2027-01-07', '2027-01-12', '2027-01-14']);
    assert.deepEqual(dates(slot({ days: ['MO'], interval: 2 }), '2027-01-01', '2027-02-07'), ['2027-01-18', '2027-02-01']);
    // A range starting mid-way keeps the two-week rhythm of the start.
    assert.deepEqual(dates(slot({ days: ['TU'], interval: 2 }), '2027-01-10', '2027-02-03'), ['2027-01-19', '2027-02-02']);
    // No days: the start's weekday; `until` ends it.
    assert.deepEqual(dates(slot({ until: '2027-01-19' }), '2027-01-01', '2027-12-31'), ['2027-01-05', '2027-01-12', '2027-01-19']);
  });

  it('monthly on a day (clipped to the month’s end), on the nth or last weekday', () => {
    assert.deepEqual(dates(slot({ freq: 'monthly', monthDay: 31, start: '2027-01-31' }), '2027-01-01', '2027-04-30'), ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    assert.deepEqual(dates(slot({ freq: 'monthly', nth: 2, days: ['WE'], start: '2027-01-01' }), '2027-01-01', '2027-03-31'), ['2027-01-13', '2027-02-10', '2027-03-10']);
    assert.deepEqual(dates(slot({ freq: 'monthly', nth: -1, days: ['FR'], start: '2027-01-01', interval: 3 }), '2027-01-01', '2027-12-31'), ['2027-01-29', '2027-04-30', '2027-07-30', '2027-10-29']);
  });
});

describe('calendar and backlog', () => {
  it('lists dated items and unfilled slot occurrences by date; the backlog holds undated items', () => {
    const s = cleanStrategy();
    const cal = calendar(s, { from: '2027-01-04', to: '2027-01-17' });
    assert.deepEqual(cal.map((e) => [e.date, e.status, e.item ?? e.slot]), [
      ['2027-01-05', 'slot', 'li-mardi'],
      ['2027-01-12', 'planned', 'art-roi'],
      ['2027-01-12', 'slot', 'li-mardi'],
    ]);
    s.plan.items[0].channel = 'li';
    assert.deepEqual(calendar(s, { from: '2027-01-04', to: '2027-01-17' }).map((e) => e.item ?? e.slot), ['li-mardi', 'art-roi']);
    assert.deepEqual(backlog(s).map((b) => [b.status, b.items.map((i) => i.id)]), [['idea', []], ['backlog', ['art-budget']]]);
    const span = planSpan(s)!;
    assert.deepEqual([isoOf(span.from), isoOf(span.to)], ['2027-01-04', '2027-03-31']);
  });
});

describe('comparison of cycles', () => {
  it('reports added, removed and changed entities per section, and plain values', () => {
    const a = cleanStrategy();
    const b = cleanStrategy();
    b.plan.items[0].status = 'published';
    b.plan.items[0].url = 'https://example.org/roi';
    b.plan.items.splice(1, 1);
    b.kpis.push({ ...b.kpis[0], id: 'kpi-abonnes', name: 'Abonnés LinkedIn' });
    b.voice.tone.push('chaleureux');
    b.vision.vision = { fr: 'Nouvelle vision', en: 'New vision' };
    b.name = 'Leadership éclairé 2027 — cycle 2';
    const c = compareCycles({ number: 1, phase: 'plan', startedOn: '2027-01-01', notes: null, strategy: a }, { number: 2, phase: 'improve', startedOn: '2027-04-01', notes: null, strategy: b });
    assert.equal(c.from, 1);
    assert.deepEqual(c.sections.map((x) => x.section), ['vision', 'voice', 'plan', 'kpis']);
    const plan = c.sections.find((x) => x.section === 'plan')!;
    assert.deepEqual(plan.removed, [{ path: 'plan.items', id: 'art-budget' }]);
    assert.deepEqual(plan.changed, [{ path: 'plan.items[id=art-roi]', id: 'art-roi', fields: ['status', 'url'] }]);
    assert.deepEqual(c.sections.find((x) => x.section === 'kpis')!.added, [{ path: 'kpis', id: 'kpi-abonnes' }]);
    assert.deepEqual(c.sections.find((x) => x.section === 'voice')!.added, [{ path: 'voice.tone', id: '"chaleureux"' }]);
    const vision = c.sections.find((x) => x.section === 'vision')!.changed;
    assert.deepEqual(vision.map((x) => x.path), ['vision.vision']);
    assert.deepEqual(c.header.map((x) => x.path), ['name']);
    const same = compareCycles({ number: 1, phase: 'plan', startedOn: '2027-01-01', notes: null, strategy: a }, { number: 2, phase: 'act', startedOn: '2027-01-02', notes: null, strategy: cleanStrategy() });
    assert.deepEqual([same.sections, same.header], [[], []]);
  });
});
