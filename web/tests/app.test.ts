/**
 * The web app's rankings, candidate, compare and imports pages in a real browser (the setup:
 * ./support.ts — Chromium, the server over the demonstration workspace, the app as built from
 * the sources now).
 *
 * - the ranking shows the latest run's candidates in rank order, virtualised;
 * - a weight moved with the keyboard re-ranks live: the new order is the one computed here,
 *   independently, from the run's per-index scores; a header sorts the table (aria-sort);
 * - a candidate's page shows each index's score, contribution and explanation, and the
 *   evidence behind them with the file and line it came from;
 * - a broken file dropped on the imports page lists its problems with line numbers, and the
 *   store is unchanged; a good file chosen with the file input is imported;
 * - the language switch turns the pages to French with fr-CA numbers, and stays on reload.
 *
 * One browser and one server for the whole file.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { INDEX_KEYS, type IndexKey } from '../../src/core/domain.js';
import { indexLabel } from '../../src/core/indices/registry.js';
import type { RankingEntry, RankingResult } from '../../src/core/ranking/result.js';
import type { TestServer } from '../../src/http/test-support.js';
import { api as apiOf, type BrowserSuite, eventually, open as openOf, SKIP, startSuite } from './support.js';

let s: BrowserSuite & { close(): Promise<void> };
let t: TestServer;
let result: RankingResult;
const api = <T>(path: string) => apiOf<T>(s, path);
const open = (path: string, o: { width?: number } = {}) => openOf(s, path, o);

const rowKeys = (page: Page) => page.$$eval('[data-testid=ranking] tbody tr[data-key]', (rows) => rows.map((r) => r.getAttribute('data-key')!));
const rowRank = (page: Page, key: string) => page.locator(`[data-testid=ranking] tbody tr[data-key="${key}"] .rank`).textContent();

/**
 * The order under `weights`, computed here from the per-index scores without the core: the
 * weighted mean of the scores (a missing one counts 0), more indices with evidence first on a
 * tie, then the key. Also each total, to check that no near-tie makes the comparison fragile.
 */
function expected(entries: RankingEntry[], weights: Record<IndexKey, number>): { keys: string[]; total: Map<string, number> } {
  const W = INDEX_KEYS.reduce((s, k) => s + weights[k], 0);
  const rows = entries.map((e) => ({
    key: e.candidateId,
    total: e.indices.reduce((s, x) => s + (x.score ?? 0) * weights[x.key], 0) / W,
    present: e.indices.filter((x) => x.score !== null).length,
  }));
  rows.sort((a, b) => b.total - a.total || b.present - a.present || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { keys: rows.map((r) => r.key), total: new Map(rows.map((r) => [r.key, r.total])) };
}

describe('the web app in Chromium', { skip: SKIP ? 'ECLAIREUR_SKIP_BROWSER=1' : false }, () => {
  before(async () => {
    s = await startSuite();
    t = s.t;
    const runs = await api<{ items: { label: string }[] }>(`/api/fields/${t.fieldId}/runs`);
    result = await api<RankingResult>(`/api/fields/${t.fieldId}/runs/${runs.items.at(-1)!.label}/result`);
  });
  afterEach(() => assert.deepEqual(s.pageErrors.splice(0), [], 'no error in the page'));
  after(async () => {
    await s?.close();
  });

  it('opens on the field’s latest ranking: the demo’s candidates in rank order, only the rows in view rendered', async () => {
    const { page } = await open('/');
    await page.waitForURL(`**/fields/${t.fieldId}/rankings`);
    await page.locator('[data-testid=ranking] tbody tr[data-key]').first().waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Rankings');
    const keys = await rowKeys(page);
    assert.ok(keys.length >= 15 && keys.length < result.entries.length, `virtualised: ${keys.length} of ${result.entries.length} rows rendered`);
    assert.deepEqual(keys, result.entries.slice(0, keys.length).map((e) => e.candidateId));
    const first = result.entries[0];
    assert.equal(await rowRank(page, first.candidateId), '1');
    const row = page.locator(`[data-testid=ranking] tbody tr[data-key="${first.candidateId}"]`);
    assert.equal(await row.locator('.interval').textContent(), `${first.rankInterval[0]}–${first.rankInterval[1]}`);
    assert.equal(await row.locator('.score').textContent(), first.score.toFixed(2));
    assert.match((await page.locator('th[aria-sort=ascending]').textContent()) ?? '', /^Rank/, 'the rank header says it sorts the table');
    assert.equal(await page.locator('th[aria-sort=none]').count(), 5);
    // Scrolled to the end, the last candidates are rendered.
    await page.locator('[data-testid=ranking]').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.locator(`[data-testid=ranking] tbody tr[data-key="${result.entries.at(-1)!.candidateId}"]`).waitFor();
  });

  it('re-ranks live when a weight moves (keyboard), in the order computed from the per-index scores; resets; sorts by a header', async (ctx) => {
    const saved = result.config.weights as Record<IndexKey, number>;
    const before = expected(result.entries, saved);
    assert.deepEqual(before.keys, result.entries.map((e) => e.candidateId), 'the independent computation agrees with the saved run');
    // The index whose weight at 5 moves someone the most.
    let best: { k: IndexKey; key: string; from: number; to: number; keys: string[]; total: Map<string, number> } | null = null;
    for (const k of INDEX_KEYS) {
      const e = expected(result.entries, { ...saved, [k]: 5 });
      for (let p = 0; p < e.keys.length; p++) {
        const from = before.keys.indexOf(e.keys[p]);
        if (!best || Math.abs(from - p) > Math.abs(best.from - best.to)) best = { k, key: e.keys[p], from, to: p, keys: e.keys, total: e.total };
      }
    }
    const { k, key, from, to, keys, total } = best!;
    assert.ok(Math.abs(from - to) >= 3, `${key} moves from ${from + 1} to ${to + 1}`);
    ctx.diagnostic(`${k} weighted 5: ${key} moves from ${from + 1} to ${to + 1}`);
    // No near-tie around the positions compared, so the core's rounding cannot reorder them.
    const gap = (p: number) => Math.abs(total.get(keys[p])! - total.get(keys[p + 1])!);
    for (let p = 0; p < 15; p++) assert.ok(gap(p) > 1e-4, `positions ${p + 1} and ${p + 2} are far enough apart`);
    assert.ok(gap(to) > 1e-4 && (to === 0 || gap(to - 1) > 1e-4));

    const { page } = await open(`/fields/${t.fieldId}/rankings`);
    await page.locator('[data-testid=ranking] tbody tr[data-key]').first().waitFor();
    // The slider, found by its label (the index's name from the core), moved with the keyboard.
    const slider = page.getByLabel(indexLabel(k, 'en'), { exact: true });
    await slider.focus();
    await page.keyboard.press('End');
    assert.equal(await page.getByTestId(`weight-${k}`).textContent(), '5.00');
    await eventually(async () => assert.deepEqual((await rowKeys(page)).slice(0, 15), keys.slice(0, 15), 'the top 15 under the new weights'));
    assert.match((await page.getByRole('status').filter({ hasText: /Re-ranked/ }).textContent()) ?? '', /not saved/);
    // The candidate that moves most, found with the filter: their new rank and the change.
    const name = result.entries.find((e) => e.candidateId === key)!.name;
    await page.getByLabel('Filter by name or key').fill(name);
    await page.locator('[data-testid=ranking] tbody tr[data-key]').first().waitFor();
    assert.equal(await rowRank(page, key), String(to + 1));
    assert.equal(
      await page.locator(`[data-testid=ranking] tbody tr[data-key="${key}"] td:nth-child(2) span`).getAttribute('aria-label'),
      from > to ? `up ${from - to}` : `down ${to - from}`,
    );
    await page.getByLabel('Filter by name or key').fill('');
    // Back to the run's weights: the run's order.
    await page.getByRole('button', { name: 'Reset to the run’s weights' }).click();
    await eventually(async () => assert.deepEqual((await rowKeys(page)).slice(0, 15), before.keys.slice(0, 15)));
    // Sorted by name (a header's button), then by name descending.
    await page.getByRole('button', { name: 'Sort by Candidate' }).click();
    assert.equal(await page.locator('th[aria-sort=ascending]').count(), 1);
    assert.match((await page.locator('th[aria-sort=ascending]').textContent()) ?? '', /Candidate/);
    const collator = new Intl.Collator('en-CA', { sensitivity: 'base' });
    const byName = result.entries.map((e) => e.name).sort((a, b) => collator.compare(a, b));
    assert.equal(await page.locator('[data-testid=ranking] tbody tr[data-key] a.name').first().textContent(), byName[0]);
    await page.getByRole('button', { name: 'Sort by Candidate' }).click();
    assert.match((await page.locator('th[aria-sort=descending]').textContent()) ?? '', /Candidate/);
    assert.equal(await page.locator('[data-testid=ranking] tbody tr[data-key] a.name').first().textContent(), byName.at(-1));
  });

  it('opens a candidate’s page: each index’s score, contribution and explanation, and the evidence with its origin', async () => {
    const { page } = await open(`/fields/${t.fieldId}/rankings`);
    const e = result.entries[1];
    await page.getByRole('link', { name: e.name, exact: true }).click();
    await page.waitForURL(`**/fields/${t.fieldId}/candidates/${e.candidateId}?run=*`);
    await page.locator('h1', { hasText: e.name }).waitFor();
    assert.equal(await page.getByTestId('candidate-rank').textContent(), String(e.rank));
    const rows = page.locator('table.indices tbody tr');
    assert.equal(await rows.count(), 10);
    const table = await page.$$eval('table.indices tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-index'), ...Array.from(tr.querySelectorAll('td'), (td) => td.textContent)]));
    assert.deepEqual(
      table,
      e.indices.map((x) => [x.key, x.score === null ? 'missing' : x.score.toFixed(2), x.weight.toLocaleString('en-CA', { maximumFractionDigits: 2 }), x.contribution.toFixed(3), x.evidence.toLocaleString('en-CA'), x.explanation]),
    );
    const detail = await api<{ evidence: { index: string; origin: { file: string; line: number } | null }[] }>(`/api/fields/${t.fieldId}/candidates/${e.candidateId}`);
    const withEvidence = INDEX_KEYS.find((k) => detail.evidence.some((x) => x.index === k))!;
    const items = detail.evidence.filter((x) => x.index === withEvidence);
    const details = page.locator(`details#ev-${withEvidence}`);
    await details.locator('summary').click();
    assert.equal(await details.locator('tbody tr').count(), Math.min(items.length, 200), 'the first 200 items until all are asked for');
    const o = items[0].origin!;
    assert.equal(await details.locator('tbody tr').first().locator('td').last().textContent(), `${o.file}:${o.line}`);
    if (items.length > 200) {
      await details.getByRole('button', { name: `Show all ${items.length.toLocaleString('en-CA')}` }).click();
      assert.equal(await details.locator('tbody tr').count(), items.length);
    }
    await page.getByRole('link', { name: /Back to the ranking/ }).click();
    await page.waitForURL(`**/fields/${t.fieldId}/rankings?run=*`);
  });

  it('compares the two runs: the counts and the moves the API gives, filtered by status', async () => {
    const runs = await api<{ items: { label: string }[] }>(`/api/fields/${t.fieldId}/runs`);
    const [a, b] = runs.items.slice(-2).map((r) => r.label);
    const cmp = await api<{ counts: Record<string, number>; moves: { items: { candidateId: string; status: string; rankChange: number | null }[] } }>(
      `/api/fields/${t.fieldId}/compare?a=${a}&b=${b}&limit=10000`,
    );
    const { page } = await open(`/fields/${t.fieldId}/rankings`);
    await page.getByRole('link', { name: 'Compare runs' }).click();
    await page.waitForURL(`**/fields/${t.fieldId}/compare`);
    await page.locator('[data-testid=moves] tbody tr[data-key]').first().waitFor();
    assert.equal(await page.getByLabel('Earlier run').inputValue(), a);
    assert.equal(await page.getByLabel('Later run').inputValue(), b);
    const counts = await page.locator('ul.counts li').allTextContents();
    assert.deepEqual(counts, ['rose', 'fell', 'entered', 'left', 'unchanged'].map((s) => `${cmp.counts[s]} ${s}`));
    const shown = await page.$$eval('[data-testid=moves] tbody tr[data-key]', (rows) => rows.map((r) => r.getAttribute('data-key')));
    assert.deepEqual(shown, cmp.moves.items.slice(0, shown.length).map((m) => m.candidateId));
    await page.getByLabel('Show').selectOption('rose');
    await page.waitForURL('**status=rose');
    await eventually(async () => {
      const statuses = await page.locator('[data-testid=moves] tbody tr[data-key] td:nth-child(2)').allTextContents();
      assert.ok(statuses.length > 0 && statuses.every((s) => s === 'rose'), statuses.join());
    });
    assert.equal(
      await page.locator('[data-testid=moves] tbody tr[data-key]').first().getAttribute('data-key'),
      cmp.moves.items.find((m) => m.status === 'rose')!.candidateId,
    );
  });

  it('lists the accounts to discover on the field’s graph page', async () => {
    const d = await api<{ accounts: { name: string; candidates: number }[] }>(`/api/fields/${t.fieldId}/graph/discover?top=500`);
    const { page } = await open(`/fields/${t.fieldId}/graph`);
    await page.locator('[data-testid=discover] tbody tr[data-key]').first().waitFor();
    const names = await page.$$eval('[data-testid=discover] tbody tr[data-key]', (rows) => rows.map((r) => r.getAttribute('data-key')));
    assert.deepEqual(names, d.accounts.slice(0, names.length).map((x) => x.name));
  });

  it('fits a tablet held upright: no sideways scrolling of the page, the weights above the table', async () => {
    const { page } = await open(`/fields/${t.fieldId}/rankings`, { width: 768 });
    await page.locator('[data-testid=ranking] tbody tr[data-key]').first().waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page is no wider than the screen');
    const weights = await page.locator('form.weights').boundingBox();
    const table = await page.getByTestId('ranking').boundingBox();
    assert.ok(weights && table && weights.y + weights.height <= table.y, 'the weights above the table');
  });

  it('fits a tablet held upright on every page: no sideways scrolling, a heading, no error', async () => {
    for (const section of ['rankings', 'compare', 'imports', 'graph', 'published', 'audience', 'strategy', 'calendar', 'maturity', 'reports']) {
      const { page } = await open(`/fields/${t.fieldId}/${section}`, { width: 768 });
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      assert.ok(scroll <= width, `${section}: the page is ${scroll} px wide on a ${width} px screen`);
    }
  });

  it('imports a dropped broken file: its problems with file, line and column, and the store unchanged', async () => {
    const fieldBefore = await api<{ counts: { candidates: number; evidence: number } }>(`/api/fields/${t.fieldId}`);
    const { page } = await open(`/fields/${t.fieldId}/imports`);
    const counts = page.getByTestId('field-counts');
    await counts.waitFor();
    const countsText = await counts.textContent();
    assert.match(countsText ?? '', new RegExp(`${fieldBefore.counts.candidates} candidates`));
    const broken = 'candidate,name,kind,date,value\nann-roy,Ann Roy,book,2019-04-01,1\nann-roy,Ann Roy,talk,yesterday,\nbob-roy,,audience,,-5\n';
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'broken.csv', { type: 'text/csv' }));
      return dt;
    }, broken);
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('problems').waitFor();
    const problems = await page.$$eval('[data-testid=problems] tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    assert.deepEqual(
      problems.map((p) => p.slice(0, 3)),
      [
        ['broken.csv', '3', 'date'],
        ['broken.csv', '4', 'value'],
        ['broken.csv', '4', 'platform'],
        ['broken.csv', '4', 'name'],
      ],
    );
    assert.ok(problems.every((p) => p[3].length > 10), 'each problem says what is wrong');
    assert.match((await page.getByTestId('import-failed').textContent()) ?? '', /store is unchanged/);
    const fieldAfter = await api<{ counts: { candidates: number; evidence: number } }>(`/api/fields/${t.fieldId}`);
    assert.deepEqual(fieldAfter.counts, fieldBefore.counts);
    assert.equal(await counts.textContent(), countsText);

    // A good file, chosen with the file input: imported, and the counts follow.
    await page.locator('#files').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from('candidate,name,kind,date\ncarl-roy,Carl Roy,article,2020-01-01\n') });
    await page.getByText('Imported.').waitFor();
    await page.waitForFunction((n) => document.querySelector('[data-testid=field-counts]')?.textContent?.includes(`${n} candidates`), fieldBefore.counts.candidates + 1);
    assert.equal(await page.getByTestId('problems').count(), 0);
    assert.equal((await api<{ counts: { candidates: number } }>(`/api/fields/${t.fieldId}`)).counts.candidates, fieldBefore.counts.candidates + 1);
  });

  it('switches to French: labels, fr-CA numbers and dates, problems in French; the choice is kept', async () => {
    const { page } = await open(`/fields/${t.fieldId}/rankings`);
    await page.locator('[data-testid=ranking] tbody tr[data-key]').first().waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.locator('h1', { hasText: 'Classement' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');
    assert.deepEqual(await page.locator('header nav a').allTextContents(), ['Classements', 'Comparer deux palmarès', 'Importations', 'Le graphe du milieu', 'Palmarès publiés', 'Auditoires', 'Stratégie', 'Calendrier', 'Maturité', 'Rapports']);
    assert.ok(await page.getByLabel('Filtrer par nom ou identifiant').isVisible());
    assert.ok(await page.getByRole('button', { name: 'Trier par Score' }).isVisible());
    const fr2 = new Intl.NumberFormat('fr-CA', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const first = result.entries[0];
    const score = await page.locator(`[data-testid=ranking] tbody tr[data-key="${first.candidateId}"] .score`).textContent();
    assert.equal(score, fr2.format(first.score));
    assert.match(score!, /^\d+,\d\d$/, 'a decimal comma');
    const meta = (await page.locator('p.meta').first().textContent()) ?? '';
    assert.ok(meta.includes(new Intl.NumberFormat('fr-CA').format(result.evidence)), `${meta}: the evidence count grouped as in fr-CA`);
    assert.ok(meta.includes(new Intl.DateTimeFormat('fr-CA', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${result.config.asOf}T00:00:00Z`))), meta);
    // The index names come from the core, in French.
    assert.ok(await page.getByText('Pondérations', { exact: true }).isVisible());
    // Kept on reload.
    await page.reload();
    await page.locator('h1', { hasText: 'Classement' }).waitFor();
    // The API answers in French too: an import's problems.
    await page.getByRole('link', { name: 'Importations' }).click();
    await page.locator('h1', { hasText: 'Importations' }).waitFor();
    await page.locator('#files').setInputFiles({ name: 'cassé.csv', mimeType: 'text/csv', buffer: Buffer.from('candidat;nom;type;date\nann;Ann;livre;hier\n') });
    await page.getByTestId('problems').waitFor();
    assert.match((await page.getByTestId('problems').textContent()) ?? '', /hier/);
    assert.deepEqual(await page.locator('[data-testid=problems] thead th').allTextContents(), ['Fichier', 'Ligne', 'Colonne', 'Problème']);
    assert.match((await page.getByTestId('import-failed').textContent()) ?? '', /la base est inchangée/);
    // And back to English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('h1', { hasText: 'Imports' }).waitFor();
  });

  it('ranks again with the sliders’ weights and saves the run (a ranking job), then shows it', async () => {
    const runs = await api<{ items: { label: string }[] }>(`/api/fields/${t.fieldId}/runs`);
    const last = runs.items.at(-1)!.label;
    const weights = { ...(result.config.weights as Record<IndexKey, number>), publishing: 5 };
    const want = expected(result.entries, weights);
    const { page } = await open(`/fields/${t.fieldId}/rankings?run=${last}`);
    await page.locator('[data-testid=ranking] tbody tr[data-key]').first().waitFor();
    await page.getByLabel(indexLabel('publishing', 'en'), { exact: true }).focus();
    await page.keyboard.press('End');
    await page.getByLabel('Name of the new run').fill('publishing-x5');
    await page.getByRole('button', { name: 'Rank again and save with these weights' }).click();
    await page.waitForURL('**/rankings?run=publishing-x5', { timeout: 30_000 });
    await eventually(async () => assert.deepEqual((await rowKeys(page)).slice(0, 10), want.keys.slice(0, 10)));
    assert.equal(await page.getByLabel('Run', { exact: true }).inputValue(), 'publishing-x5');
    // The saved run: the sliders' weights, the other settings of the run it started from.
    const saved = await api<RankingResult>(`/api/fields/${t.fieldId}/runs/publishing-x5/result`);
    assert.deepEqual(saved.config.weights, weights);
    assert.deepEqual(saved.config.intervals, result.config.intervals);
    assert.equal(saved.config.asOf, result.config.asOf);
    // Saved, the re-ranking in the browser and the core's run agree on every rank and score.
    const inBrowser = await page.$$eval('[data-testid=ranking] tbody tr[data-key]', (rows) => rows.map((r) => [r.getAttribute('data-key'), r.querySelector('.rank')?.textContent]));
    assert.deepEqual(inBrowser, saved.entries.slice(0, inBrowser.length).map((e) => [e.candidateId, String(e.rank)]));
  });

  it('offers every report for download: a run’s HTML, XLSX, CSV and JSON in the chosen language and comparison, the strategy’s, the templates', async () => {
    const runs = await api<{ items: { label: string }[] }>(`/api/fields/${t.fieldId}/runs`);
    const [a, b] = runs.items.slice(-2).map((r) => r.label);
    const { page } = await open(`/fields/${t.fieldId}/reports`);
    await page.locator('h1', { hasText: 'Reports and exports' }).waitFor();
    assert.equal(await page.getByLabel('Run', { exact: true }).inputValue(), b);
    await page.getByLabel('Changes since (HTML)').selectOption(a);
    await page.getByLabel('Language of the report').selectOption('fr');
    const links = page.locator('[data-testid=ranking-reports] a');
    assert.deepEqual(await links.allTextContents(), ['HTML report', 'Excel workbook (XLSX)', 'CSV', 'Result (JSON)']);
    const hrefs = await links.evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href));
    const want: [string, RegExp][] = [
      ['text/html', /Palmarès|Classement/],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', /^PK/],
      ['text/csv', /^rang|^\uFEFF?rang/i],
      ['application/json', /"fingerprint"/],
    ];
    for (const [i, href] of hrefs.entries()) {
      const r = await fetch(href);
      assert.equal(r.status, 200, href);
      assert.match(r.headers.get('content-type') ?? '', new RegExp(`^${want[i][0]}`), href);
      assert.match((await r.text()).slice(0, 4000), want[i][1], href);
    }
    assert.match(hrefs[0], new RegExp(`/runs/${b}/report\\?format=html&lang=fr&details=200&compareWith=${a}$`));
    const html = await (await fetch(hrefs[0])).text();
    assert.ok(html.includes(a), 'the HTML report shows the changes since the earlier run');
    for (const href of await page.locator('[data-testid=strategy-reports] a:not([data-format=pdf])').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href))) {
      assert.equal((await fetch(href)).status, 200, href);
    }
  });

  // These two change the store's data (a published rank, graph accounts): after the tests that rank it.
  it('imports an edge list into the field’s graph: a bad line listed and nothing written, then a good file counted', async () => {
    const total = async () => (await api<{ nodes: { total: number } }>(`/api/fields/${t.fieldId}/graph/authority?limit=1`)).nodes.total;
    const before = await total();
    const { page } = await open(`/fields/${t.fieldId}/imports`);
    await page.getByRole('heading', { name: 'The field’s interaction graph' }).waitFor();
    await page.locator('#edges-files').setInputFiles({ name: 'mentions.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\nweb-a,web-b\nweb-c\n') });
    await page.getByTestId('edges-problems').waitFor();
    const rows = await page.$$eval('[data-testid=edges-problems] tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    assert.deepEqual(rows.map((r) => r.slice(0, 2)), [['mentions.csv', '3']]);
    assert.match((await page.getByTestId('edges-import-failed').textContent()) ?? '', /graph is unchanged/);
    assert.equal(await total(), before);
    await page.getByLabel('Separator').selectOption('whitespace');
    await page.getByLabel('First line').selectOption('no');
    await page.locator('#edges-files').setInputFiles({ name: 'replies.txt', mimeType: 'text/plain', buffer: Buffer.from('web-a web-b\nweb-b web-c\n') });
    await page.getByText('replies.txt: 2 lines read, 3 new account(s), 2 new link(s), 0 weight(s) changed.').waitFor();
    assert.equal(await total(), before + 3);
    assert.equal(await page.getByTestId('problems').count(), 0, 'the evidence box is untouched');
  });

  it('shows the published rankings’ consensus as the API computes it, a person decides a doubtful match, a list’s file is matched then stored', async () => {
    const input = await t.store.loadScoringInput(t.fieldId);
    const [first, second] = input.candidates;
    await t.store.queueMatch(t.fieldId, {
      entry: 'web-review|',
      list: 'Top 25 Web',
      year: 2026,
      size: 25,
      rank: 7,
      name: `${first.name}e`,
      identifiers: ['@web-review'],
      proposed: first.key,
      score: 0.91,
      alternatives: [second.key],
      file: 'top25.csv',
      line: 8,
    });
    const rra = await api<{ consensus: { items: { key: string; rank: number }[] } }>(`/api/fields/${t.fieldId}/rankings/aggregate?method=rra&limit=10000`);
    assert.ok(rra.consensus.items.length > 10, 'the demonstration has published rankings');
    const { page } = await open(`/fields/${t.fieldId}/published`);
    await page.getByRole('heading', { name: 'Published rankings', level: 1 }).waitFor();
    await page.getByLabel('Method').selectOption('rra');
    await page.waitForURL('**method=rra');
    await eventually(async () => {
      const keys = await page.$$eval('[data-testid=consensus] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-key')));
      assert.deepEqual(keys, rra.consensus.items.map((e) => e.key));
    });
    assert.equal(await page.locator('[data-testid=consensus] thead th').last().textContent(), 'p-value');
    // The doubtful entry: the proposed candidate and the alternative, the other one chosen.
    const item = page.locator('[data-testid=review] li', { hasText: 'Top 25 Web' });
    assert.match((await item.textContent()) ?? '', /top25\.csv:8/);
    await item.getByRole('radio', { name: new RegExp(second.name) }).check();
    await item.getByRole('button', { name: 'This candidate' }).click();
    await page.getByRole('status').filter({ hasText: `matched to ${second.name}` }).waitFor();
    await page.getByTestId('review-empty').waitFor();
    const ranks = (await api<{ externalRanks: { list: string; rank: number }[] }>(`/api/fields/${t.fieldId}/candidates/${second.key}`)).externalRanks.filter((r) => r.list === 'Top 25 Web');
    assert.deepEqual(ranks.map((r) => r.rank), [7]);
    assert.equal((await api<{ total: number }>(`/api/fields/${t.fieldId}/rankings/review`)).total, 0);

    // A published list's file: matched (nothing stored), then matched again and stored.
    const third = input.candidates[2];
    const list = Buffer.from(`rank,name\n1,${third.name}\n2,Zéphyrin Inconnu\nx,Bad Rank\n`);
    await page.locator('#list-file').setInputFiles({ name: 'palmares.csv', mimeType: 'text/csv', buffer: list });
    await page.getByLabel('Name of the list').fill('Palmarès Web');
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    await page.getByTestId('match-problems').waitFor();
    assert.deepEqual(await page.$$eval('[data-testid=match-problems] tbody tr', (trs) => trs.map((tr) => tr.children[1].textContent)), ['4']);
    await page.locator('#list-file').setInputFiles({ name: 'palmares.csv', mimeType: 'text/csv', buffer: Buffer.from(`rank,name\n1,${third.name}\n2,Zéphyrin Inconnu\n`) });
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '2 entries: 1 matched, 0 to review, 1 not matched.' }).waitFor();
    assert.deepEqual(await page.$$eval('[data-testid=match-entries] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-decision'))), ['match', 'no-match']);
    assert.equal((await api<{ externalRanks: { list: string }[] }>(`/api/fields/${t.fieldId}/candidates/${third.key}`)).externalRanks.filter((r) => r.list === 'Palmarès Web').length, 0, 'nothing stored yet');
    await page.getByLabel('Store the matched ranks and queue the doubtful entries').check();
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Stored 1 new rank(s); 0 entr(ies) to review; 0 new candidate(s).' }).waitFor();
    const stored = (await api<{ externalRanks: { list: string; rank: number }[] }>(`/api/fields/${t.fieldId}/candidates/${third.key}`)).externalRanks.filter((r) => r.list === 'Palmarès Web');
    assert.deepEqual(stored.map((r) => r.rank), [1]);
  });

  it('downloads the strategy file from the reports page and takes it back, changed, on the imports page; a broken one by its line', async () => {
    const { page } = await open(`/fields/${t.fieldId}/reports`);
    const href = await page.locator('[data-testid=strategy-reports] a[data-format=yaml]').evaluate((a) => (a as HTMLAnchorElement).href);
    const yaml = await (await fetch(href)).text();
    assert.match(yaml, /^name:/m);
    await open(`/fields/${t.fieldId}/imports`);
    const lines = yaml.split('\n');
    const at = lines.findIndex((l) => /^\s+status: /.test(l));
    const broken = lines.map((l, i) => (i === at ? l.replace(/status: .*/, 'status: someday') : l)).join('\n');
    await page.locator('#strategy-files').setInputFiles({ name: 'plan.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) });
    await page.getByTestId('strategy-problems').waitFor();
    assert.deepEqual(await page.$$eval('[data-testid=strategy-problems] tbody tr', (trs) => trs.map((tr) => tr.children[1].textContent)), [String(at + 1)]);
    const renamed = yaml.replace(/^name: .*$/m, 'name: Plan du navigateur');
    await page.locator('#strategy-files').setInputFiles({ name: 'plan.yaml', mimeType: 'application/yaml', buffer: Buffer.from(renamed) });
    await page.getByText(/plan\.yaml: saved as the strategy of cycle \d+\./).waitFor();
    assert.equal((await api<{ strategy: { name: unknown } }>(`/api/fields/${t.fieldId}/strategy`)).strategy.name, 'Plan du navigateur');
  });

  it('creates a new field from the header: a bad region named under its input, then the field, on its imports page', async () => {
    const before = await api<{ total: number }>('/api/fields');
    const { page } = await open(`/fields/${t.fieldId}/rankings`);
    await page.getByRole('link', { name: 'New field' }).click();
    await page.waitForURL('**/new-field');
    await page.getByLabel('Topic').fill('Cybersécurité industrielle');
    await page.getByLabel(/Home region/).fill('Québec');
    await page.getByRole('button', { name: 'Create the field' }).click();
    await page.locator('#new-region-error').waitFor();
    assert.equal(await page.getByLabel(/Home region/).getAttribute('aria-invalid'), 'true');
    assert.equal((await api<{ total: number }>('/api/fields')).total, before.total, 'nothing created');
    await page.getByLabel(/Home region/).fill('ca-qc');
    await page.getByRole('button', { name: 'Create the field' }).click();
    await page.waitForURL(/\/fields\/\d+\/imports$/);
    const created = (await api<{ items: { id: number; topic: string; region: string; languages: string[] }[] }>('/api/fields')).items.find((x) => x.topic === 'Cybersécurité industrielle')!;
    assert.deepEqual([created.region, created.languages], ['CA-QC', ['fr', 'en']]);
    assert.ok(page.url().endsWith(`/fields/${created.id}/imports`));
    // The header's list of fields follows once it has reloaded; no "no such page" meanwhile.
    await eventually(async () => assert.equal(await page.getByLabel('Field', { exact: true }).inputValue(), String(created.id)));
    assert.equal(await page.getByText('No such page.').count(), 0);
    await page.getByTestId('field-counts').filter({ hasText: '0 candidates' }).waitFor();
  });
});
