/**
 * The strategy and maturity pages in a real browser (the setup: ./support.ts — Chromium, the
 * server over the demonstration workspace, the app as built from the sources now).
 *
 * - every finding of the checker is shown beside the entry or field its `where` names, with the
 *   counts by severity the API gives; a summary link moves the focus to it;
 * - an edit made in the form that breaks a rule (an objective without a target) makes the
 *   finding the API then gives appear beside that objective once saved; fixing it makes it go;
 * - a strategy the API refuses: each problem beside its field (from the JSON pointer), focus on
 *   the first, nothing written;
 * - the cycle's phase, a new cycle, the comparison of two cycles, the report links;
 * - the maturity questionnaire answered with the keyboard gives the stage, reasons and next
 *   steps the API computes for those answers, and the history grows;
 * - in French: the questions, labels, section names and findings, and numbers typed with a
 *   decimal comma.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { SECTION_LABELS, SECTIONS } from '../../src/core/strategy/model.js';
import { api as apiOf, type BrowserSuite, eventually, open as openOf, SKIP, startSuite } from './support.js';

let s: BrowserSuite & { close(): Promise<void> };
let base: string;
let fieldPath: string;
const api = <T>(path: string) => apiOf<T>(s, path);
const open = (path: string) => openOf(s, path);

interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  where: string;
}
type Strategy = { vision: { goals: { id: string }[]; objectives: { id: string; target: number | null }[] }; kpis: { id: string; baseline: number | null }[] } & Record<string, unknown>;

const findings = async (lang = 'en') => (await api<{ findings: Finding[] }>(`${base}/check?lang=${lang}`)).findings;
const strategy = async () => (await api<{ cycle: { number: number }; strategy: Strategy }>(base)).strategy;
const norm = (where: string) => where.replace(/\[(\d+)\]/g, '.$1');
const count = (list: Finding[], sev: Finding['severity']) => list.filter((x) => x.severity === sev).length;

async function openStrategy(): Promise<Page> {
  const { page } = await open(`${fieldPath}/strategy`);
  await page.getByTestId('finding-counts').waitFor();
  return page;
}

/** The counts by severity the page shows. */
async function shownCounts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const sev of ['error', 'warning', 'info']) out[sev] = Number(await page.locator(`[data-testid=finding-counts] [data-severity=${sev}] .n`).textContent());
  return out;
}

describe('the strategy and maturity pages in Chromium', { skip: SKIP ? 'ECLAIREUR_SKIP_BROWSER=1' : false }, () => {
  before(async () => {
    s = await startSuite();
    base = `/api/fields/${s.t.fieldId}/strategy`;
    fieldPath = `/fields/${s.t.fieldId}`;
    // A page left with unsaved changes asks before leaving: the tests leave.
    s.page.on('dialog', (d) => void d.accept());
  });
  afterEach(() => assert.deepEqual(s.pageErrors.splice(0), [], 'no error in the page'));
  after(async () => {
    await s?.close();
  });

  it('shows the seven sections and every finding of the checker beside what it points at, with the counts by severity', async () => {
    const page = await openStrategy();
    const list = await findings();
    assert.ok(list.length >= 5, `the demo's strategy has findings (${list.length})`);
    assert.deepEqual(await shownCounts(page), { error: count(list, 'error'), warning: count(list, 'warning'), info: count(list, 'info') });
    for (const [i, sec] of SECTIONS.entries()) assert.equal(await page.locator(`#section-${sec}-title`).textContent(), `${i + 1}. ${SECTION_LABELS[sec].en}`);
    // Each finding: once in the form, its text as the API gives it, inside the entry it names.
    const placed = await page.$$eval('li.finding', (els) =>
      els.map((el) => ({ where: el.getAttribute('data-where')!, text: el.textContent ?? '', at: el.parentElement!.closest('[data-path]')?.getAttribute('data-path') ?? el.closest('[data-section]')?.getAttribute('data-section') ?? '' })),
    );
    assert.equal(placed.length, list.length, 'every finding is shown once in the form');
    for (const f of list) {
      const p = placed.find((x) => x.where === f.where && x.text.includes(f.message));
      assert.ok(p, `finding shown: ${f.where} ${f.message}`);
      assert.ok(p.at !== '' && (norm(f.where) === p.at || norm(f.where).startsWith(`${p.at}.`)), `${f.where} is shown beside ${p.at}`);
    }
    // An objective without a due date: the finding is in that objective's fieldset, next to its date.
    const late = list.find((f) => f.rule === 'objective-measurable')!;
    const entry = page.locator(`fieldset[data-path="${norm(late.where).split('.').slice(0, 3).join('.')}"]`);
    assert.match((await entry.locator('li.finding').first().textContent()) ?? '', new RegExp(late.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // The summary links to it: the focus moves to the finding.
    await page.getByTestId('findings-summary').locator(`a[href="#finding-${list.indexOf(late)}"]`).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), `finding-${list.indexOf(late)}`);
  });

  it('an objective left without a target: once saved, the checker’s finding appears beside it; a target again, and it goes', async () => {
    const page = await openStrategy();
    const before = await findings();
    const objective = page.locator('fieldset[data-path="vision.objectives.0"]');
    const target = objective.getByLabel('Target', { exact: true });
    const was = (await strategy()).vision.objectives[0].target;
    assert.equal(await target.inputValue(), String(was));
    assert.equal(await objective.locator('li.finding').count(), 0, 'no finding on the first objective');

    await target.fill('');
    await eventually(async () => assert.match((await page.getByTestId('save-status').textContent()) ?? '', /Unsaved changes/));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => assert.match((await page.getByTestId('save-status').textContent()) ?? '', /^Saved in cycle 2\./));
    assert.equal((await strategy()).vision.objectives[0].target, null, 'saved through the API');
    const after = await findings();
    const added = after.find((f) => f.where === 'vision.objectives[0].target');
    assert.ok(added, 'the API now finds the missing target');
    assert.equal(added.rule, 'objective-measurable');
    await eventually(async () => assert.deepEqual((await objective.locator('li.finding').allTextContents()).map((x) => x.includes(added.message)), [true]));
    assert.equal(await target.getAttribute('aria-invalid'), 'true');
    assert.equal((await shownCounts(page)).error, count(before, 'error') + 1);

    await target.fill(String(was));
    await target.press('Control+s'); // the keyboard shortcut saves too
    await eventually(async () => assert.equal(await objective.locator('li.finding').count(), 0));
    assert.equal((await strategy()).vision.objectives[0].target, was);
    assert.deepEqual(await findings(), before);
    assert.equal((await shownCounts(page)).error, count(before, 'error'));
    assert.equal(await target.getAttribute('aria-invalid'), null);
  });

  it('a strategy the API refuses: each problem beside its field, the focus on the first, nothing written', async () => {
    const page = await openStrategy();
    const saved = await strategy();
    // What the API says about the same edit, sent directly.
    const body = structuredClone(saved);
    body.vision.goals[0].id = 'bad id';
    (body.kpis[0] as Record<string, unknown>).baseline = 'lots';
    const r = await fetch(`${s.origin}${base}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(r.status, 400);
    const problem = (await r.json()) as { errors: { pointer: string; detail: string }[] };
    assert.equal(problem.errors.length, 2);

    await page.locator('#f-vision-goals-0-id').fill('bad id');
    await page.locator('#f-kpis-0-baseline').fill('lots');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('problems').waitFor();
    assert.equal(await page.getByTestId('problems').locator('li').count(), 2);
    const first = `f${problem.errors[0].pointer.replace(/\//g, '-')}`;
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), first));
    for (const e of problem.errors) {
      const id = `f${e.pointer.replace(/\//g, '-')}`;
      assert.equal(await page.locator(`#${id}-err`).textContent(), e.detail, `${e.pointer} beside its field`);
      assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true');
      assert.match((await page.locator(`#${id}`).getAttribute('aria-describedby')) ?? '', new RegExp(`${id}-err`));
    }
    assert.match((await page.getByTestId('save-status').textContent()) ?? '', /Not saved/);
    assert.deepEqual(await strategy(), saved, 'nothing written');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    assert.equal(await page.locator('#f-vision-goals-0-id').inputValue(), saved.vision.goals[0].id);
    await eventually(async () => assert.match((await page.getByTestId('save-status').textContent()) ?? '', /All changes saved|^$/));
  });

  it('adds and removes entries: a KPI added with its fields is saved; removed, it is gone', async () => {
    const page = await openStrategy();
    const n = (await strategy()).kpis.length;
    // The first KPI removed (not saved): a finding on a later KPI stays beside that KPI, now one up.
    const later = (await findings()).find((f) => Number(/^kpis\[(\d+)\]/.exec(f.where)?.[1] ?? 0) >= 1)!;
    const k = Number(/^kpis\[(\d+)\]/.exec(later.where)![1]);
    assert.equal(await page.locator(`fieldset[data-path="kpis.${k}"] li.finding`, { hasText: later.message }).count(), 1);
    await page.getByRole('button', { name: /^Remove KPI 1:/ }).click();
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-kpis-add', 'the focus goes to the list’s add button'));
    await eventually(async () => assert.equal(await page.locator(`fieldset[data-path="kpis.${k - 1}"] li.finding`, { hasText: later.message }).count(), 1));
    await eventually(async () => assert.match((await page.getByTestId('save-status').textContent()) ?? '', /removed \(not saved yet\)/));
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await eventually(async () => assert.equal(await page.locator(`fieldset[data-path="kpis.${k}"] li.finding`, { hasText: later.message }).count(), 1));
    // The demo's strategy is written in French: an English name alone is kept as {en}.
    await page.getByRole('button', { name: 'Add a KPI' }).click();
    const entry = page.locator(`fieldset[data-path="kpis.${n}"]`);
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), `f-kpis-${n}-id`, 'the new entry’s first field has the focus'));
    assert.equal(await entry.getByLabel('Id', { exact: true }).inputValue(), `kpi-${n + 1}`);
    await entry.getByLabel('Name (English)').fill('Webinar attendees');
    await entry.getByLabel('Measured').selectOption('monthly');
    await entry.getByLabel('Source (tool or report)').fill('Zoom reports');
    await entry.getByLabel('Baseline (today)').fill('1,250');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => assert.match((await page.getByTestId('save-status').textContent()) ?? '', /^Saved/));
    const kpi = (await strategy()).kpis[n] as Record<string, unknown>;
    assert.deepEqual({ ...kpi }, { id: `kpi-${n + 1}`, name: { en: 'Webinar attendees' }, formula: null, source: 'Zoom reports', frequency: 'monthly', baseline: 1250, target: null, unit: null });
    await entry.getByRole('button', { name: /^Remove KPI/ }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => assert.equal((await strategy()).kpis.length, n));
  });

  it('the cycle: its phase changed, a new cycle started, two cycles compared, the report in the page’s language', async () => {
    const page = await openStrategy();
    await page.getByLabel('Phase of cycle 2').selectOption('act');
    await eventually(async () => assert.equal((await api<{ items: { phase: string }[] }>(`${base}/cycles`)).items[1].phase, 'act'));
    await eventually(async () => assert.match((await page.getByTestId('save-status').textContent()) ?? '', /Cycle 2 is now in phase “Act”/));
    // Cycles 1 and 2 compared (the default: the last two): what the API lists.
    const cmp = await api<{ sections: { added: { id: string }[] }[] }>(`${base}/compare?a=1&b=2`);
    const added = cmp.sections.flatMap((x) => x.added.map((a) => a.id));
    await eventually(async () => assert.equal(await page.locator('[data-testid=compare-table] tr.change-added').count(), added.length));
    assert.match((await page.getByTestId('compare-table').textContent()) ?? '', /obj-medias/);
    // A new cycle.
    await page.getByLabel('Why this new cycle (optional)').fill('Bilan du premier trimestre');
    await page.getByRole('button', { name: 'Start cycle 3' }).click();
    await eventually(async () => assert.match((await page.getByTestId('cycle').locator('h2').textContent()) ?? '', /^Cycle 3/));
    const cycles = await api<{ items: { number: number; notes: string | null; phase: string }[] }>(`${base}/cycles`);
    assert.deepEqual(cycles.items.at(-1), { ...cycles.items.at(-1)!, number: 3, notes: 'Bilan du premier trimestre', phase: 'plan' });
    assert.equal(await page.locator('[data-testid=cycles] tbody tr').count(), 3);
    await page.getByTestId('compare-same').waitFor();
    await page.getByLabel('Earlier cycle').selectOption('1');
    await eventually(async () => assert.equal(await page.locator('[data-testid=compare-table] tr.change-added').count(), added.length));
    // The report's links: this cycle, the page's language; the HTML and the Markdown are served.
    for (const format of ['html', 'md', 'pdf']) {
      const href = await page.getByTestId('reports').locator(`a[data-format=${format}]`).getAttribute('href');
      assert.equal(href, `${base}/report?format=${format}&lang=en&cycle=3`);
    }
    const html = await fetch(`${s.origin}${base}/report?format=html&lang=en&cycle=3`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    const md = await fetch(`${s.origin}${base}/report?format=md&lang=en&cycle=3`);
    assert.equal(md.status, 200);
    assert.match(await md.text(), /^# /m);
  });

  it('maturity: the questionnaire answered with the keyboard gives the stage the API computes for those answers; the history grows', async () => {
    const q = await api<{ questions: { id: string; text: { en: string } }[] }>('/api/maturity/questionnaire');
    const pattern = [4, 4, 3, 3, 3, 4, 3, 3, 3, 3, 4, 2, 2, 1, 1, 0, 0, 1];
    const answers = Object.fromEntries(q.questions.map((x, i) => [x.id, pattern[i]]));
    const r = await fetch(`${s.origin}/api/fields/${s.t.fieldId}/maturity`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers, save: false }) });
    const expected = (await r.json()) as { stage: string; explanation: { headline: string; reasons: string[]; nextSteps: string[] } };
    const historyBefore = (await api<{ total: number }>(`/api/fields/${s.t.fieldId}/maturity`)).total;

    const { page } = await open(`${fieldPath}/maturity`);
    await page.locator(`#q-${q.questions[0].id}-0`).waitFor();
    assert.equal(await page.locator(`fieldset#q-${q.questions[0].id} legend`).evaluate((el) => el.firstChild?.textContent), q.questions[0].text.en);
    // The keyboard only: into the first group, Space picks "not at all", the right arrow moves up
    // the scale, Tab goes to the next statement.
    await page.locator(`#q-${q.questions[0].id}-0`).focus();
    for (const x of q.questions) {
      await page.keyboard.press('Space');
      for (let k = 0; k < answers[x.id]; k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    }
    for (const x of q.questions) assert.equal(await page.locator(`#q-${x.id}-${answers[x.id]}`).isChecked(), true, `${x.id} answered ${answers[x.id]}`);
    assert.equal(await page.getByTestId('answered').textContent(), `${q.questions.length} of ${q.questions.length} answered`);
    // A day of its own (a second assessment the same day would replace the first).
    await page.getByLabel('Date of the assessment').fill('2027-03-31');
    await page.getByRole('button', { name: 'See the stage' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('result').waitFor();
    assert.equal(await page.getByTestId('result').getAttribute('data-stage'), expected.stage);
    assert.equal(await page.getByTestId('headline').textContent(), expected.explanation.headline);
    assert.deepEqual(await page.getByTestId('reasons').locator('li').allTextContents(), expected.explanation.reasons);
    assert.deepEqual(await page.getByTestId('next-steps').locator('li').allTextContents(), expected.explanation.nextSteps);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'maturity-result', 'the focus goes to the result');
    const history = await api<{ total: number; items: { stage: string; answers: Record<string, number> }[] }>(`/api/fields/${s.t.fieldId}/maturity`);
    assert.equal(history.total, historyBefore + 1);
    assert.equal(history.items.at(-1)!.stage, expected.stage);
    assert.equal((history.items.at(-1) as { date?: string }).date, '2027-03-31');
    assert.match((await page.getByTestId('result').textContent()) ?? '', /Kept in the history as the assessment of March 31, 2027/);
    assert.deepEqual(history.items.at(-1)!.answers, answers);
    await eventually(async () => assert.equal(await page.locator('[data-testid=history] tbody tr').count(), history.total));
    assert.equal(await page.locator('[data-testid=history] tbody tr').first().getAttribute('data-stage'), expected.stage);
  });

  it('maturity: a statement left unanswered is named and focused; nothing is sent', async () => {
    const { page } = await open(`${fieldPath}/maturity`);
    const q = await api<{ questions: { id: string; text: { en: string } }[] }>('/api/maturity/questionnaire');
    const total = (await api<{ total: number }>(`/api/fields/${s.t.fieldId}/maturity`)).total;
    await page.getByRole('button', { name: /^Start from the answers of/ }).click();
    await page.locator(`#q-${q.questions[4].id}-0`).waitFor();
    await page.getByRole('button', { name: 'Clear the answers' }).click();
    await page.locator(`#q-${q.questions[0].id}-2`).check();
    await page.getByRole('button', { name: 'See the stage' }).click();
    await page.getByTestId('missing').waitFor();
    assert.equal(await page.getByTestId('missing').locator('li').count(), q.questions.length - 1);
    assert.equal(await page.evaluate(() => document.activeElement?.id), `q-${q.questions[1].id}-0`);
    assert.equal((await api<{ total: number }>(`/api/fields/${s.t.fieldId}/maturity`)).total, total);
  });

  it('in French: the questions, the labels, the section names, the findings; a number typed with a decimal comma', async () => {
    const q = await api<{ questions: { id: string; text: { fr: string } }[]; scale: { label: { fr: string } }[] }>('/api/maturity/questionnaire');
    const { page } = await open(`${fieldPath}/maturity`);
    await page.locator(`#q-${q.questions[0].id}-0`).waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Maturité');
    assert.equal(await page.locator(`fieldset#q-${q.questions[0].id} legend`).evaluate((el) => el.firstChild?.textContent), q.questions[0].text.fr);
    assert.match((await page.locator(`label[for="q-${q.questions[0].id}-4"]`).textContent()) ?? '', new RegExp(q.scale[4].label.fr));
    assert.equal(await page.getByRole('button', { name: 'Voir l’étape' }).count(), 1);

    await page.getByRole('link', { name: 'Stratégie' }).click();
    await page.getByTestId('finding-counts').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Stratégie');
    for (const [i, sec] of SECTIONS.entries()) assert.equal(await page.locator(`#section-${sec}-title`).textContent(), `${i + 1}. ${SECTION_LABELS[sec].fr}`);
    const fr = await findings('fr');
    for (const f of fr) assert.equal(await page.locator('li.finding', { hasText: f.message }).count(), 1, `in French: ${f.message}`);
    // A KPI without a baseline: 3,5 typed in French is 3.5; the finding goes once saved.
    const kpis = (await strategy()).kpis;
    const i = kpis.findIndex((k) => k.baseline === null);
    assert.ok(i >= 0, 'the demo has a KPI without baseline');
    const missing = fr.find((f) => f.where === `kpis[${i}].baseline`)!;
    const entry = page.locator(`fieldset[data-path="kpis.${i}"]`);
    assert.equal(await entry.locator('li.finding', { hasText: missing.message }).count(), 1);
    await entry.getByLabel('Point de départ (aujourd’hui)').fill('3,5');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await eventually(async () => assert.match((await page.getByTestId('save-status').textContent()) ?? '', /^Enregistré dans le cycle/));
    assert.equal((await strategy()).kpis[i].baseline, 3.5);
    await eventually(async () => assert.equal(await entry.locator('li.finding', { hasText: missing.message }).count(), 0));
    assert.equal(await entry.getByLabel('Point de départ (aujourd’hui)').inputValue(), '3,5');
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Strategy');
  });
});
