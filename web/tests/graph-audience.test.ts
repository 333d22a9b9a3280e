/**
 * The graph and audience pages in a real browser (the setup: ./support.ts — Chromium, the
 * server over the demonstration workspace, the app as built from the sources now).
 *
 * - the field's graph is drawn by sigma.js in WebGL: a canvas of non-zero size with coloured
 *   pixels on it, as many nodes and edges as the API gave; the legend's communities are the
 *   API's; an account found by name shows its authority, community and who points to it as the
 *   API's drawing says, and clicking it in the drawing (centred by the search) shows it again;
 *   the "top N" control redraws with N accounts; without WebGL the page says so and keeps its
 *   tables;
 * - a follower sample built from real rows of the Cresci et al. (2015) data set (a known mix:
 *   75 fake accounts among 300, plus one broken row), uploaded for a demo candidate, shows the
 *   fake share and interval the API computes for the same file, the suspects with their
 *   reasons, the row left out with its line and column; the stored audit then appears in the
 *   candidate's list, and is audited again in place (same sample, same model); the model's evaluation is shown beside the paper's.
 *
 * The sample is built at run time from /work/shared/data (or ECLAIREUR_CRESCI); without it the
 * audience upload test is skipped. One browser and one server for the whole file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../src/http/test-support.js';
import { api as apiOf, type BrowserSuite, eventually, open as openOf, SKIP, startSuite } from './support.js';

let s: BrowserSuite & { close(): Promise<void> };
let t: TestServer;
const api = <T>(path: string) => apiOf<T>(s, path);
const open = (path: string) => openOf(s, path);

interface Drawing {
  totalNodes: number;
  nodes: { id: number; name: string; candidate: string | null; authority: number; community: number }[];
  edges: [number, number, number][];
}
interface Communities {
  count: number;
  communities: { rank: number; size: number; authority: number; candidates: { key: string; name: string }[] }[];
}

const CRESCI = process.env.ECLAIREUR_CRESCI ?? '/work/shared/data/cresci-2015-fake-followers/profiles.csv';

/**
 * 300 real profiles, 225 genuine (every fifth of E13 and TFP's) and 75 fake (every eighth of
 * INT, FSF and TWT's), shuffled by a fixed rule, without the `dataset` and `label` columns; a
 * broken row (a count that is not a number) as line `badLine`.
 */
function cresciSample(): { csv: string; fake: number; rows: number; badLine: number } {
  const lines = readFileSync(CRESCI, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const cut = header.indexOf('dataset');
  assert.ok(cut > 0 && header[cut + 1] === 'label');
  const rows = lines.slice(1).map((l) => l.split(','));
  const humans = rows.filter((r) => r[cut + 1] === 'human').filter((_, i) => i % 5 === 0).slice(0, 225);
  const fakes = rows.filter((r) => r[cut + 1] === 'fake').filter((_, i) => i % 8 === 0).slice(0, 75);
  assert.equal(humans.length, 225);
  assert.equal(fakes.length, 75);
  const mixed = [...humans, ...fakes].map((r, i) => ({ r, k: (i * 7919) % 300 })).sort((a, b) => a.k - b.k).map((x) => x.r.slice(0, cut).join(','));
  const bad = ['broken', 'many', ...header.slice(3, cut).map(() => '')].join(',');
  const body = [...mixed.slice(0, 40), bad, ...mixed.slice(40)];
  return { csv: `${header.slice(0, cut).join(',')}\n${body.join('\n')}\n`, fake: 75, rows: 301, badLine: 42 };
}

/** Pixels of the element that are clearly coloured (not white, grey or black), from a screenshot decoded by the browser. */
async function colouredPixels(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]) > 40) n++;
    return n;
  }, png.toString('base64'));
}

describe('the graph and audience pages in Chromium', { skip: SKIP ? 'ECLAIREUR_SKIP_BROWSER=1' : false }, () => {
  before(async () => {
    s = await startSuite();
    t = s.t;
  });
  afterEach(() => assert.deepEqual(s.pageErrors.splice(0), [], 'no error in the page'));
  after(async () => {
    await s?.close();
  });

  it('draws the field’s graph in WebGL: the API’s nodes and edges, coloured, with the legend of its communities', async () => {
    const d = await api<Drawing>(`/api/fields/${t.fieldId}/graph`);
    const c = await api<Communities>(`/api/fields/${t.fieldId}/graph/communities`);
    const { page } = await open(`/fields/${t.fieldId}/graph`);
    const canvas = page.getByTestId('graph-canvas');
    await page.locator('[data-testid=graph-canvas][data-layout=done]').waitFor({ timeout: 30_000 });
    assert.equal(await canvas.getAttribute('data-nodes'), String(d.nodes.length));
    const edges = new Set(d.edges.filter(([a, b]) => a !== b).map(([a, b]) => `${a}>${b}`));
    assert.equal(await canvas.getAttribute('data-edges'), String(edges.size));
    const sizes = await page.$$eval('[data-testid=graph-canvas] canvas', (cs) => cs.map((x) => [x.clientWidth, x.clientHeight]));
    assert.ok(sizes.length > 0 && sizes.every(([w, h]) => w > 100 && h > 100), JSON.stringify(sizes));
    const coloured = await colouredPixels(page, '[data-testid=graph-canvas]');
    assert.ok(coloured > 500, `the nodes are drawn in colour: ${coloured} coloured pixels`);
    assert.match((await canvas.getAttribute('aria-label')) ?? '', new RegExp(`the ${d.nodes.length} accounts with the most authority`));
    assert.equal(await page.getByTestId('graph-failure').count(), 0);

    // The legend: the API's communities, their share of authority and size.
    const legend = await page.$$eval('[data-testid=legend] tbody tr[data-community]', (rows) =>
      rows.map((r) => [r.getAttribute('data-community'), r.querySelector('.share')!.textContent, r.querySelector('.size')!.textContent]),
    );
    const expected = c.communities.map((x) => [String(x.rank), `${(x.authority * 100).toFixed(1)} %`, x.size.toLocaleString('en-CA')]);
    if (c.count > c.communities.length) {
      const rest = c.communities.reduce((sum, x) => sum + x.authority, 0);
      expected.push(['others', `${((1 - rest) * 100).toFixed(1)} %`, String(c.count - c.communities.length)]);
    }
    assert.deepEqual(legend, expected);
    // The accessible equivalent: the accounts drawn, in the API's order.
    const names = await page.$$eval('[data-testid=graph-nodes] tbody tr[data-key]', (rows) => rows.map((r) => r.getAttribute('data-key')));
    assert.ok(names.length >= 5);
    assert.deepEqual(names, d.nodes.slice(0, names.length).map((n) => n.name));
  });

  it('finds an account by name: its authority, community and who points to it, as the API says; clicking it in the drawing shows it again', async () => {
    const d = await api<Drawing>(`/api/fields/${t.fieldId}/graph`);
    const into = new Map<number, { id: number; w: number }[]>();
    for (const [a, b, w] of d.edges) if (a !== b) into.set(b, [...(into.get(b) ?? []), { id: a, w }]);
    // The non-candidate pointed to by the most drawn accounts.
    const target = d.nodes.filter((n) => n.candidate === null).sort((a, b) => (into.get(b.id)?.length ?? 0) - (into.get(a.id)?.length ?? 0) || a.id - b.id)[0];
    const pointers = (into.get(target.id) ?? []).sort((a, b) => b.w - a.w || a.id - b.id).map((p) => d.nodes[p.id].name);
    assert.ok(pointers.length > 0);

    const { page } = await open(`/fields/${t.fieldId}/graph`);
    const canvas = page.getByTestId('graph-canvas');
    await page.locator('[data-testid=graph-canvas][data-layout=done]').waitFor({ timeout: 30_000 });
    await page.getByLabel('Find an account').fill(target.name);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const details = page.getByTestId('graph-details');
    const check = async () => {
      assert.equal((await details.getByTestId('details-name').textContent())?.trim(), target.name);
      assert.equal(await details.getByTestId('details-authority').textContent(), `${(target.authority * 100).toFixed(3)} %`);
      assert.equal(await details.getByTestId('details-rank').textContent(), String(target.id + 1));
      assert.equal(await details.getByTestId('details-community').textContent(), `Community ${target.community}`);
      assert.equal(await details.getByTestId('details-kind').textContent(), 'Not a candidate');
      assert.deepEqual(await details.locator('[data-testid=details-pointed-by] li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-key'))), pointers.slice(0, 15));
    };
    await eventually(check);
    // The search centred the drawing on it: a click in the middle selects it.
    await page.locator(`[data-testid=graph-canvas][data-focused="${target.name.replace(/"/g, '\\"')}"]`).waitFor();
    await page.getByRole('button', { name: 'Clear the selection' }).click();
    await eventually(async () => assert.match((await details.textContent()) ?? '', /Hover or click an account/));
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 40);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await eventually(check);

    // Another account chosen in the list of who points to it.
    await details.getByRole('button', { name: pointers[0], exact: true }).click();
    await eventually(async () => assert.equal((await details.getByTestId('details-name').textContent())?.trim(), pointers[0]));

    // Top 100: redrawn with 100 accounts.
    await page.getByLabel('Accounts drawn', { exact: true }).selectOption('100');
    await eventually(async () => assert.equal(await canvas.getAttribute('data-nodes'), '100'), 15_000);
  });

  it('without WebGL, says so and keeps the tables (no crash)', async () => {
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      // A browser that refuses WebGL contexts.
      await page.addInitScript(() => {
        const get = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
          return /webgl/i.test(kind) ? null : (get as (...a: unknown[]) => unknown).call(this, kind, ...rest);
        } as typeof get;
      });
      await page.goto(`${s.origin}/fields/${t.fieldId}/graph`);
      await page.getByTestId('graph-failure').waitFor({ timeout: 15_000 });
      assert.match((await page.getByTestId('graph-failure').textContent()) ?? '', /cannot draw the graph \(WebGL is unavailable/);
      await page.locator('[data-testid=legend] tbody tr').first().waitFor();
      await page.locator('[data-testid=graph-nodes] tbody tr[data-key]').first().waitFor();
      await page.locator('[data-testid=discover] tbody tr[data-key]').first().waitFor();
      assert.equal(await page.locator('[data-testid=graph-canvas] canvas').count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('audits a follower sample uploaded for a candidate: the API’s fake share and interval, the suspects, the row left out; then stored in the candidate’s list', { skip: existsSync(CRESCI) ? false : `no ${CRESCI}` }, async () => {
    const sample = cresciSample();
    const cands = await api<{ items: { key: string; name: string }[] }>(`/api/fields/${t.fieldId}/candidates?limit=10000`);
    const cand = cands.items[3];
    // What the API computes for the same file, not stored (the audit is deterministic).
    const form = new FormData();
    form.append('file', new Blob([sample.csv], { type: 'text/csv' }), 'followers.csv');
    const posted = await fetch(`${s.origin}/api/fields/${t.fieldId}/audience/audits?followers=12000`, { method: 'POST', body: form });
    assert.equal(posted.status, 202);
    let job = (await posted.json()) as { id: string; status: string; result?: unknown };
    while (job.status !== 'succeeded' && job.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 100));
      job = await api(`/api/jobs/${job.id}`);
    }
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    const r = job.result as {
      sampleSize: number;
      usable: number;
      leftOut: number;
      fakeShare: number;
      interval: [number, number];
      realAudience: { estimate: number };
      problems: { line: number; column: string | null }[];
      suspects: { line: number; probability: number; reasons: { feature: string }[]; rules: string[] }[];
    };
    assert.equal(r.sampleSize, sample.rows);
    assert.equal(r.usable, sample.rows - 1);
    // The known mix: 75 fake of 300.
    const truth = sample.fake / (sample.rows - 1);
    assert.ok(r.interval[0] <= truth && truth <= r.interval[1], `${truth} in [${r.interval.join(', ')}]`);

    const before = await api<{ total: number }>(`/api/fields/${t.fieldId}/audience/audits?candidate=${cand.key}`);
    const { page } = await open(`/fields/${t.fieldId}/audience`);
    await page.locator('h1', { hasText: 'Audiences' }).waitFor();
    await page.getByLabel('Candidate', { exact: true }).selectOption(cand.key);
    await page.getByLabel('Platform of the followers').selectOption('x');
    await page.getByLabel('Followers on that platform (optional)').fill('12000');
    await page.getByLabel(/^Follower sample/).setInputFiles({ name: 'followers.csv', mimeType: 'text/csv', buffer: Buffer.from(sample.csv) });
    await page.getByRole('button', { name: 'Upload and audit' }).click();
    const result = page.getByTestId('audit-result');
    await result.waitFor({ timeout: 30_000 });
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    assert.equal(await result.getByTestId('result-share').textContent(), pct(r.fakeShare));
    assert.equal(await result.getByTestId('result-interval').textContent(), `95 % interval: ${pct(r.interval[0])} to ${pct(r.interval[1])}`);
    assert.equal(await result.getByTestId('result-sample').textContent(), r.sampleSize.toLocaleString('en-CA'));
    assert.equal(await result.getByTestId('result-usable').textContent(), r.usable.toLocaleString('en-CA'));
    assert.equal(await result.getByTestId('result-left-out').textContent(), '1');
    assert.match((await result.getByTestId('result-real').textContent()) ?? '', new RegExp(`^${Math.round(r.realAudience.estimate).toLocaleString('en-CA')} `));
    assert.match((await result.getByTestId('result-stored').textContent()) ?? '', new RegExp(`Stored as the audience of ${cand.name} on x`));
    // The row left out, by line and column.
    assert.deepEqual(r.problems.map((p) => [p.line, p.column]), [[sample.badLine, 'statuses_count']]);
    const left = await result.locator('[data-testid=audience-problems] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    assert.equal(left.length, 1);
    assert.deepEqual(left[0].slice(0, 2), [String(sample.badLine), 'statuses_count']);
    // The suspects: the API's, in its order, with their reasons and rules.
    assert.ok(r.suspects.length > 0 && r.suspects.length <= 50);
    const rows = await result.locator('[data-testid=suspects] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        line: Number(tr.getAttribute('data-line')),
        probability: tr.querySelector('.probability')!.textContent,
        features: Array.from(tr.querySelectorAll('[data-feature]'), (x) => x.getAttribute('data-feature')),
        rules: Array.from(tr.querySelectorAll('[data-rule]'), (x) => x.getAttribute('data-rule')),
      })),
    );
    assert.deepEqual(
      rows,
      r.suspects.map((x) => ({ line: x.line, probability: `${Math.round(x.probability * 100)} %`, features: x.reasons.map((y) => y.feature), rules: x.rules })),
    );
    assert.ok(rows.every((x) => x.line !== sample.badLine && x.line >= 2 && x.line <= sample.rows + 1));

    // Stored: the candidate's list shows it, with the same share and interval.
    const after = await api<{ items: { id: number; fakeShare: number; interval: [number, number]; platform: string }[]; total: number }>(`/api/fields/${t.fieldId}/audience/audits?candidate=${cand.key}`);
    assert.equal(after.total, before.total + 1);
    const stored = after.items.at(-1)!;
    assert.equal(stored.fakeShare, r.fakeShare);
    const group = page.locator(`[data-testid=candidate-audits][data-key="${cand.key}"]`);
    await group.locator(`tr[data-audit="${stored.id}"]`).waitFor();
    const cells = await group.locator(`tr[data-audit="${stored.id}"] td`).allTextContents();
    assert.equal(cells[0], 'x');
    assert.equal(cells[2], `${pct(r.fakeShare)} (${pct(r.interval[0])}–${pct(r.interval[1])})`);
    assert.equal(cells[3], r.sampleSize.toLocaleString('en-CA'));
    assert.equal(cells[5], '12,000');

    // Audited again (the same sample, the same model): the stored audit is updated in place.
    const createdBefore = (await api<{ items: { id: number; createdAt: string }[] }>(`/api/fields/${t.fieldId}/audience/audits?candidate=${cand.key}`)).items.at(-1)!;
    await group.getByRole('button', { name: `Audit ${cand.name}’s latest samples again` }).click();
    await eventually(async () => assert.match((await group.locator('.reaudit-status').textContent()) ?? '', /1 sample\(s\) audited again and stored/), 30_000);
    const again = await api<{ items: { id: number; fakeShare: number; createdAt: string }[]; total: number }>(`/api/fields/${t.fieldId}/audience/audits?candidate=${cand.key}`);
    assert.equal(again.total, before.total + 1);
    assert.equal(again.items.at(-1)!.id, stored.id);
    assert.equal(again.items.at(-1)!.fakeShare, r.fakeShare);
    assert.ok(again.items.at(-1)!.createdAt >= createdBefore.createdAt);
    await eventually(async () => assert.equal(await group.locator('tbody tr').count(), before.total + 1));

    // Filtered to another candidate: this one's audits are not listed.
    await page.getByLabel('Show the audits of').selectOption(cands.items[0].key);
    await eventually(async () => assert.equal(await page.locator(`[data-testid=candidate-audits][data-key="${cand.key}"]`).count(), 0));
  });

  it('shows a failed audit’s problems with their lines, and the model’s evaluation beside the paper’s', async () => {
    const model = await api<{ version: string; evaluation: { rows: { model: string; accuracy: number; mcc: number }[] }; paper: { model: string }[] }>('/api/audience/model');
    const { page } = await open(`/fields/${t.fieldId}/audience`);
    const table = page.getByTestId('model-evaluation');
    await table.waitFor();
    assert.equal(await page.getByTestId('model-version').textContent(), model.version);
    const ids = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')));
    const ours = model.evaluation.rows.map((x) => x.model);
    assert.deepEqual(ids, [...ours, ...model.paper.map((p) => p.model).filter((m) => !ours.includes(m))]);
    const rf = model.evaluation.rows.find((x) => x.model === 'random-forest')!;
    assert.equal(await table.locator('tr[data-model="random-forest"] .accuracy').textContent(), rf.accuracy.toFixed(3));
    assert.equal(await table.locator('tr[data-model="random-forest"] .mcc').textContent(), rf.mcc.toFixed(3));

    // A sample with no usable row: the job fails with the rows and their lines.
    const csv = 'followers_count,friends_count,statuses_count\nmany,3,4\n5,lots,6\n';
    await page.getByLabel(/^Follower sample/).setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and audit' }).click();
    const failed = page.getByTestId('audit-failed');
    await failed.waitFor({ timeout: 30_000 });
    const lines = await failed.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelectorAll('td')[0].textContent, tr.querySelectorAll('td')[1].textContent]));
    assert.deepEqual(lines, [
      ['2', 'followers_count'],
      ['3', 'friends_count'],
    ]);
  });
});
