/**
 * The editorial calendar page in a real browser (the setup: ./support.ts — Chromium, the server
 * over the demonstration workspace with its strategy, Boréal Stratégies, the app as built now).
 *
 * - the month shows the API's calendar for its range (every dated item on its day, every open
 *   slot occurrence), the backlog beside it;
 * - a backlog item dragged with the mouse onto a day is planned on that day (in the API); a
 *   dated item dragged to another day is rescheduled; one dragged onto the backlog is
 *   unscheduled;
 * - the same from the keyboard, with an item's "Move" dialog; the focus follows the item;
 * - a move the API refuses (the item was moved meanwhile: 409) puts the item back and shows the
 *   problem;
 * - the capacity figures are the core's `weeklyLoad` on the strategy the API holds, over
 *   capacity marked as the rule marks it; the checker's calendar findings are the API's;
 * - month and week views, bookmarked in the address; French dates (Intl, fr-CA) when switched;
 *   the export links ask for the range shown.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { STRATEGY_DEFAULTS } from '../../src/core/strategy/defaults.js';
import type { ContentItem, Finding, Strategy } from '../../src/core/strategy/model.js';
import { weeklyLoad } from '../../src/core/strategy/rules/person-over-capacity.js';
import type { TestServer } from '../../src/http/test-support.js';
import { api as apiOf, type BrowserSuite, eventually, open as openOf, SKIP, startSuite } from './support.js';

let s: BrowserSuite & { close(): Promise<void> };
let t: TestServer;
let base: string;
const api = <T>(path: string) => apiOf<T>(s, path);
const open = (path: string) => openOf(s, path);

interface Entry {
  date: string;
  item: string | null;
  slot: string | null;
  status: string;
}
const strategy = async () => (await api<{ strategy: Strategy }>(base)).strategy;
const itemOf = async (id: string): Promise<ContentItem> => (await strategy()).plan.items.find((i) => i.id === id)!;
const cell = (page: Page, date: string) => page.locator(`[data-testid=cal-grid] td[data-date="${date}"]`);
const card = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dtf = (locale: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o });
const hoursText = (locale: string, h: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(h);

/** The Monday-to-Sunday days of the month's grid, as the page must lay them out. */
function monthGrid(month: string): { from: string; to: string; weeks: string[] } {
  const first = utc(`${month}-01`);
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const back = (first.getUTCDay() + 6) % 7; // days since Monday
  const fwd = 6 - ((last.getUTCDay() + 6) % 7);
  const from = new Date(first.getTime() - back * 86400000);
  const to = new Date(last.getTime() + fwd * 86400000);
  const weeks: string[] = [];
  for (let d = from.getTime(); d <= to.getTime(); d += 7 * 86400000) weeks.push(new Date(d).toISOString().slice(0, 10));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), weeks };
}

describe('the calendar page in Chromium', { skip: SKIP ? 'ECLAIREUR_SKIP_BROWSER=1' : false }, () => {
  before(async () => {
    s = await startSuite();
    t = s.t;
    base = `/api/fields/${t.fieldId}/strategy`;
  });
  afterEach(() => assert.deepEqual(s.pageErrors.splice(0), [], 'no error in the page'));
  after(async () => {
    await s?.close();
  });

  it('shows the month the API gives: every dated item on its day, every open slot, the backlog beside; Monday first', async () => {
    const { page } = await open(`/fields/${t.fieldId}/calendar?view=month&date=2027-02-01`);
    await page.locator('[data-testid=cal-grid]').waitFor();
    assert.equal(await page.locator('[data-testid=period]').textContent(), dtf('en-CA', { month: 'long', year: 'numeric' }).format(utc('2027-02-01')));
    const g = monthGrid('2027-02');
    assert.equal(await page.locator('[data-testid=cal-grid] td[data-date]').first().getAttribute('data-date'), g.from, 'the grid starts on a Monday');
    assert.equal(await page.locator('[data-testid=cal-grid] td[data-date]').last().getAttribute('data-date'), g.to);
    assert.equal(await page.locator('[data-testid=cal-grid] tbody tr').count(), g.weeks.length);
    assert.equal(await page.locator('[data-testid=cal-grid] thead th').nth(1).textContent(), dtf('en-CA', { weekday: 'short' }).format(utc('2027-02-01')));
    const cal = await api<{ entries: Entry[]; backlog: { status: string; items: ContentItem[] }[] }>(`${base}/calendar?from=${g.from}&to=${g.to}`);
    const dated = cal.entries.filter((e) => e.item !== null);
    const slots = cal.entries.filter((e) => e.slot !== null && e.item === null);
    assert.ok(dated.length >= 3 && slots.length >= 8, `the demo's February: ${dated.length} items, ${slots.length} slots`);
    for (const e of dated) assert.equal(await cell(page, e.date).locator(`[data-item="${e.item}"]`).count(), 1, `${e.item} on ${e.date}`);
    for (const e of slots) assert.equal(await cell(page, e.date).locator(`[data-slot="${e.slot}"]`).count(), 1, `${e.slot} on ${e.date}`);
    assert.equal(await page.locator('[data-testid=cal-grid] [data-item]').count(), dated.length);
    assert.equal(await page.locator('[data-testid=cal-grid] [data-slot]').count(), slots.length);
    const waiting = cal.backlog.flatMap((b) => b.items.map((i) => i.id));
    assert.ok(waiting.length >= 2);
    assert.deepEqual(await page.locator('[data-testid=backlog] [data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item'))), waiting);
  });

  it('drags a backlog item onto a day (planned on that day), a dated item to another day, and one back to the backlog — with the mouse', async () => {
    const { page } = await open(`/fields/${t.fieldId}/calendar?view=month&date=2027-02-01`);
    const s0 = await strategy();
    const waiting = s0.plan.items.find((i) => i.status === 'backlog')!;
    await card(page, waiting.id).dragTo(cell(page, '2027-02-10'));
    await eventually(async () => {
      const it = await itemOf(waiting.id);
      assert.equal(it.status, 'planned');
      assert.equal(it.date, '2027-02-10');
    });
    await cell(page, '2027-02-10').locator(`[data-item="${waiting.id}"]`).waitFor();
    assert.equal(await page.locator(`[data-testid=backlog] [data-item="${waiting.id}"]`).count(), 0);
    assert.match((await page.locator('[data-testid=cal-status]').textContent()) ?? '', /February 10, 2027/);

    // A dated item of February, to another day.
    const dated = s0.plan.items.find((i) => i.status === 'planned' && i.date?.startsWith('2027-02'))!;
    await card(page, dated.id).dragTo(cell(page, '2027-02-25'));
    await eventually(async () => assert.equal((await itemOf(dated.id)).date, '2027-02-25'));
    assert.equal((await itemOf(dated.id)).status, 'planned');
    await cell(page, '2027-02-25').locator(`[data-item="${dated.id}"]`).waitFor();

    // And the first one back to the backlog.
    await card(page, waiting.id).dragTo(page.locator('[data-testid=backlog]'));
    await eventually(async () => {
      const it = await itemOf(waiting.id);
      assert.equal(it.status, 'backlog');
      assert.equal(it.date, null);
    });
    await page.locator(`[data-testid=backlog] [data-item="${waiting.id}"]`).waitFor();
    // Nothing else moved.
    const s1 = await strategy();
    for (const i of s0.plan.items) if (i.id !== dated.id) assert.deepEqual(s1.plan.items.find((x) => x.id === i.id), i);
  });

  it('moves an item from the keyboard: the Move dialog, a date, Enter; the focus follows the item; back to the backlog too', async () => {
    const { page } = await open(`/fields/${t.fieldId}/calendar?view=month&date=2027-02-01`);
    const s0 = await strategy();
    const it = s0.plan.items.find((i) => i.status === 'planned' && i.date?.startsWith('2027-02') && i.date !== '2027-02-24')!;
    const move = card(page, it.id).locator('button.cal-move');
    await move.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-testid=move-dialog]');
    await dialog.locator('input[type=date]').waitFor();
    assert.equal(await dialog.locator('input[type=date]').evaluate((e) => e === document.activeElement), true, 'the date field has the focus');
    assert.equal(await dialog.locator('input[type=date]').inputValue(), it.date);
    await dialog.locator('input[type=date]').fill('2027-02-24');
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal((await itemOf(it.id)).date, '2027-02-24'));
    await cell(page, '2027-02-24').locator(`[data-item="${it.id}"]`).waitFor();
    await eventually(async () => assert.equal(await card(page, it.id).locator('button.cal-move').evaluate((e) => e === document.activeElement), true, 'focus on the moved item'));
    assert.match(page.url(), /date=2027-02-24/);

    // A backlog item scheduled from the keyboard, then taken back with the dialog's button.
    const waiting = s0.plan.items.find((i) => i.status === 'idea' || i.status === 'backlog')!;
    await card(page, waiting.id).locator('button.cal-move').focus();
    await page.keyboard.press('Enter');
    await dialog.locator('input[type=date]').fill('2027-02-16');
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal((await itemOf(waiting.id)).date, '2027-02-16'));
    assert.equal((await itemOf(waiting.id)).status, 'planned');
    await cell(page, '2027-02-16').locator(`[data-item="${waiting.id}"]`).waitFor();
    await card(page, waiting.id).locator('button.cal-move').focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Back to the backlog' }).focus();
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal((await itemOf(waiting.id)).date, null));
    assert.equal((await itemOf(waiting.id)).status, 'backlog');
    await page.locator(`[data-testid=backlog] [data-item="${waiting.id}"]`).waitFor();
    // Escape closes the dialog without moving anything.
    await card(page, it.id).locator('button.cal-move').focus();
    await page.keyboard.press('Enter');
    await dialog.locator('input[type=date]').waitFor();
    await page.keyboard.press('Escape');
    await eventually(async () => assert.equal(await dialog.evaluate((d) => (d as HTMLDialogElement).open), false));
    assert.equal((await itemOf(it.id)).date, '2027-02-24');

    // An open slot filled from the keyboard: the backlog item of the slot's channel is offered
    // first; once scheduled there, it fills the slot (the occurrence is gone, as the core says).
    const cal = await api<{ entries: Entry[] }>(`${base}/calendar?from=2027-02-01&to=2027-02-28`);
    const slot = cal.entries.find((e) => e.item === null && e.slot === 'slot-li')!;
    const li = (await strategy()).plan.items.find((i) => i.channel === 'ch-linkedin' && i.date === null)!;
    await cell(page, slot.date).locator(`[data-slot="slot-li"] button`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await dialog.locator('select').inputValue(), li.id, 'the slot’s channel first');
    await dialog.getByRole('button', { name: 'Schedule' }).focus();
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal((await itemOf(li.id)).date, slot.date));
    await cell(page, slot.date).locator(`[data-item="${li.id}"]`).waitFor();
    assert.equal(await cell(page, slot.date).locator('[data-slot="slot-li"]').count(), 0, 'the slot is filled');
    const after = await api<{ entries: Entry[] }>(`${base}/calendar?from=${slot.date}&to=${slot.date}`);
    assert.ok(!after.entries.some((e) => e.slot === 'slot-li' && e.item === null));

    // Shift+arrows on a dated item's button: a day, a day, a week later — saved in order; the
    // view follows the item into March, and so does the focus.
    const focused = () => eventually(async () => assert.equal(await card(page, it.id).locator('button.cal-move').evaluate((e) => e === document.activeElement), true, 'focus on the moved item'));
    await card(page, it.id).locator('button.cal-move').focus();
    for (const key of ['Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowDown']) {
      await page.keyboard.press(key);
      await focused();
    }
    // Three moves of one item are saved one after the other (a busy machine: up to 20 s).
    await eventually(async () => assert.equal((await itemOf(it.id)).date, '2027-03-05'), 20_000);
    await eventually(async () => assert.match(page.url(), /date=2027-03-05/));
    await cell(page, '2027-03-05').locator(`[data-item="${it.id}"]`).waitFor();
    await eventually(async () => assert.equal(await card(page, it.id).locator('button.cal-move').evaluate((e) => e === document.activeElement), true));
    assert.equal(await page.locator('.error[role=alert]').count(), 0);
  });

  it('puts an item back and shows the problem when the API refuses the move (moved meanwhile: 409)', async () => {
    const { page } = await open(`/fields/${t.fieldId}/calendar?view=month&date=2027-02-01`);
    const it = (await strategy()).plan.items.find((i) => i.status === 'planned' && i.date?.startsWith('2027-02'))!;
    await cell(page, it.date!).locator(`[data-item="${it.id}"]`).waitFor();
    // Someone else moves it while the page shows it where it was.
    const r = await fetch(`${s.origin}${base}/items/${it.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ date: '2027-02-05' }) });
    assert.equal(r.status, 200);
    await card(page, it.id).dragTo(cell(page, '2027-02-19'));
    const alert = page.locator('.error[role=alert]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /changed meanwhile.*2027-02-05/);
    assert.match((await page.locator('[data-testid=cal-status]').textContent()) ?? '', /could not be moved/);
    assert.equal((await itemOf(it.id)).date, '2027-02-05', 'the API kept the other move');
    // The page reloads the plan: the item is where the API has it.
    await cell(page, '2027-02-05').locator(`[data-item="${it.id}"]`).waitFor();
    assert.equal(await cell(page, '2027-02-19').locator(`[data-item="${it.id}"]`).count(), 0);
  });

  it('shows each person’s hours per week as the core counts them, over capacity marked; the checker’s calendar findings', async () => {
    const month = '2027-03';
    const { page } = await open(`/fields/${t.fieldId}/calendar?view=month&date=${month}-01`);
    await page.locator('[data-testid=capacity]').waitFor();
    const st = await strategy();
    const g = monthGrid(month);
    const load = weeklyLoad(st, STRATEGY_DEFAULTS, { from: g.from, to: g.to });
    let overs = 0;
    for (const p of st.plan.people) {
      const row = page.locator(`[data-testid=capacity] tr[data-person="${p.id}"]`);
      const cells = row.locator('td[data-week]');
      assert.equal(await cells.count(), g.weeks.length);
      for (let k = 0; k < g.weeks.length; k++) {
        const c = cells.nth(k);
        const week = (await c.getAttribute('data-week'))!;
        const h = load.get(p.id)?.get(week) ?? 0;
        assert.equal(Number(await c.getAttribute('data-hours')), h, `${p.id} ${week}`);
        assert.equal(await c.locator('.cal-hours').textContent(), hoursText('en-CA', h));
        const over = h > p.hoursPerWeek * STRATEGY_DEFAULTS.capacityTolerance;
        assert.equal(((await c.getAttribute('class')) ?? '').includes('over'), over, `${p.id} ${week} over: ${h} of ${p.hoursPerWeek}`);
        if (over) overs++;
      }
    }
    // The demo's barometer launch (a 30-hour report for a 12-hour analyst) is over capacity in March.
    assert.ok(overs >= 1, 'at least one week over capacity in March 2027');
    const check = await api<{ findings: Finding[] }>(`${base}/check`);
    const expected = check.findings.filter((f) => ['item-schedule', 'person-over-capacity', 'cadence-norm'].includes(f.rule)).map((f) => f.message);
    assert.ok(expected.some((m) => /Marc-André/.test(m)));
    const shown = await page.locator('[data-testid=findings] li').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    assert.equal(shown.length, expected.length);
    expected.forEach((m, i) => assert.ok(shown[i].endsWith(m), `${shown[i]} ends with ${m}`));
  });

  it('switches to the week (in the address), moves by week, exports the range shown; French dates when switched', async () => {
    const { page } = await open(`/fields/${t.fieldId}/calendar?view=month&date=2027-03-16`);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await eventually(async () => assert.match(page.url(), /view=week/));
    assert.equal(await page.locator('[data-testid=cal-grid] tbody tr').count(), 1);
    const days = await page.locator('[data-testid=cal-grid] td[data-date]').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    assert.deepEqual(days, ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19', '2027-03-20', '2027-03-21']);
    assert.equal(await page.locator('[data-testid=period]').textContent(), dtf('en-CA', { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(utc('2027-03-15'), utc('2027-03-21')));
    // The week's capacity: one column, the core's figures.
    const load = weeklyLoad(await strategy(), STRATEGY_DEFAULTS, { from: '2027-03-15', to: '2027-03-21' });
    assert.equal(await page.locator('[data-testid=capacity] tr[data-person="marc"] td[data-week]').count(), 1);
    assert.equal(Number(await page.locator('[data-testid=capacity] tr[data-person="marc"] td[data-week]').getAttribute('data-hours')), load.get('marc')?.get('2027-W11') ?? 0);
    const ics = await page.getByRole('link', { name: 'iCalendar (.ics)' }).getAttribute('href');
    assert.match(ics!, /calendar\.ics\?from=2027-03-15&to=2027-03-21&lang=en$/);
    const r = await fetch(`${s.origin}${ics}`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /^BEGIN:VCALENDAR/);
    assert.match((await page.getByRole('link', { name: 'CSV, Hootsuite bulk layout' }).getAttribute('href'))!, /layout=hootsuite&from=2027-03-15&to=2027-03-21/);
    await page.getByRole('button', { name: 'Next week' }).click();
    await eventually(async () => assert.match(page.url(), /date=2027-03-23/));
    assert.equal(await page.locator('[data-testid=cal-grid] td[data-date]').first().getAttribute('data-date'), '2027-03-22');

    // Bookmarked: the address alone opens the same view.
    await page.reload();
    await page.locator('[data-testid=cal-grid][data-view=week]').waitFor();

    await page.getByRole('button', { name: 'Français' }).click();
    await eventually(async () => assert.equal(await page.locator('h1').textContent(), 'Calendrier éditorial'));
    assert.equal(await page.locator('[data-testid=period]').textContent(), dtf('fr-CA', { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(utc('2027-03-22'), utc('2027-03-28')));
    assert.equal(await page.locator('[data-testid=cal-grid] thead th').nth(1).textContent(), dtf('fr-CA', { weekday: 'short' }).format(utc('2027-03-22')));
    await page.getByRole('button', { name: 'Mois', exact: true }).click();
    await eventually(async () => assert.equal(await page.locator('[data-testid=period]').textContent(), dtf('fr-CA', { month: 'long', year: 'numeric' }).format(utc('2027-03-01'))));
    assert.equal(await page.locator('[data-testid=period]').textContent(), 'mars 2027');
    assert.match((await page.getByRole('link', { name: 'iCalendar (.ics)' }).getAttribute('href'))!, /from=2027-03-01&to=2027-03-31&lang=fr$/);
    // The checker's findings come in French.
    await eventually(async () => assert.match((await page.locator('[data-testid=findings]').textContent()) ?? '', /par semaine/));
    await page.getByRole('button', { name: 'English' }).click();
    await eventually(async () => assert.equal(await page.locator('h1').textContent(), 'Editorial calendar'));
  });
});
