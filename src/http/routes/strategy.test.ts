/**
 * The strategy over HTTP, against the store and the core run on the same cycle (as `eclaireur
 * strategy …` does): the document, its replacement (checked by the file's schema, problems
 * with JSON pointers), the checker's findings, cycles, comparison, calendar and its exports,
 * the report; bad parameters are 400 problems naming them, a missing cycle or strategy a 404,
 * a PDF without Chromium a 501.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { calendar } from '../../core/strategy/calendar.js';
import { checkStrategy } from '../../core/strategy/check.js';
import { findChromium } from '../../adapters/report/strategy/index.js';
import { strategyStore } from '../../adapters/storage/strategy-store.js';
import { influencerStandings } from '../../adapters/strategy/standings.js';
import { testServer, type TestServer } from '../test-support.js';

let t: TestServer;
let base: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}/strategy`;
});
after(async () => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PUT', url: string, payload?: unknown) => t.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('the strategy', () => {
  it('gives the current cycle’s strategy, or cycle N; 404 for a cycle or field that is not there, 400 for a bad number', async () => {
    const current = (await strategyStore(t.store.db).getCycle(t.fieldId))!;
    const r = await get(base);
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().cycle.number, current.number);
    assert.deepEqual(r.json().strategy, JSON.parse(JSON.stringify(current.strategy)));
    assert.equal((await get(`${base}?cycle=1`)).json().cycle.number, 1);
    const none = await get(`${base}?cycle=99`);
    assert.equal(none.statusCode, 404);
    assert.equal(none.json().errors[0].field, 'cycle');
    const bad = await get(`${base}?cycle=zero`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'cycle');
    assert.equal((await get('/api/fields/999/strategy')).statusCode, 404);
  });

  it('gives the checker’s findings as `strategy check --json` does, in the language asked', async () => {
    const c = (await strategyStore(t.store.db).getCycle(t.fieldId))!;
    const influencers = await influencerStandings(t.store, t.fieldId, c.strategy);
    const en = (await get(`${base}/check`)).json();
    assert.deepEqual(en.findings, checkStrategy(c.strategy, { lang: 'en', influencers }));
    assert.equal(en.influencersChecked, true);
    const fr = (await get(`${base}/check?lang=fr`)).json();
    assert.deepEqual(fr.findings, checkStrategy(c.strategy, { lang: 'fr', influencers }));
    assert.equal((await get(`${base}/check?lang=de`)).json().errors[0].field, 'lang');
  });

  it('reads the latest run once for the influencers’ standing, not on every check', async () => {
    await get(`${base}/check`);
    const getRun = t.store.getRun.bind(t.store);
    let reads = 0;
    t.store.getRun = async (...a) => {
      reads++;
      return getRun(...a);
    };
    try {
      for (let i = 0; i < 3; i++) assert.equal((await get(`${base}/check`)).statusCode, 200);
      assert.equal(reads, 0, 'the parsed run is the server’s cached one');
    } finally {
      t.store.getRun = getRun;
    }
  });

  it('replaces a strategy (cycle 1 for a field that has none), validated by the file’s schema with JSON pointers', async () => {
    const demo = (await get(base)).json().strategy;
    const f = (await send('POST', '/api/fields', { topic: 'Stratégie vide' })).json();
    const url = `/api/fields/${f.id}/strategy`;
    assert.equal((await get(url)).statusCode, 404);
    assert.equal((await get(`${url}/calendar`)).statusCode, 404);
    const created = await send('PUT', url, { ...demo, name: 'Plan 2027' });
    assert.equal(created.statusCode, 200, created.body);
    assert.deepEqual(created.json(), { cycle: 1, created: true });
    const again = await send('PUT', url, { ...demo, name: 'Plan 2027 bis' });
    assert.deepEqual(again.json(), { cycle: 1, created: false });
    assert.equal((await get(url)).json().strategy.name, 'Plan 2027 bis');
    const items = demo.plan.items.map((x: object, i: number) => (i === 1 ? { ...x, status: 'bogus' } : x));
    const bad = await send('PUT', url, { ...demo, plan: { ...demo.plan, items }, extra: 1 });
    assert.equal(bad.statusCode, 400);
    const p = bad.json();
    assert.equal(p.type, 'urn:eclaireur:problem:validation');
    assert.ok(p.errors.some((e: { pointer: string; in: string }) => e.in === 'body' && e.pointer === '/plan/items/1/status'), JSON.stringify(p.errors));
    assert.equal((await get(url)).json().strategy.name, 'Plan 2027 bis');
    const noName = await send('PUT', url, { version: demo.version });
    assert.equal(noName.json().errors[0].field, 'name');
  });

  it('lists cycles, starts one, sets its phase, compares two', async () => {
    const before = (await get(`${base}/cycles`)).json();
    assert.ok(before.total >= 1);
    const made = await send('POST', `${base}/cycles`, { phase: 'act', startedOn: '2026-12-01', notes: 'second wind' });
    assert.equal(made.statusCode, 201, made.body);
    const c = made.json();
    assert.equal(c.number, before.total + 1);
    assert.equal(c.phase, 'act');
    assert.equal(made.headers.location, `${base}?cycle=${c.number}`);
    const moved = await send('PUT', `${base}/cycles/${c.number}/phase`, { phase: 'measure' });
    assert.equal(moved.json().phase, 'measure');
    assert.equal((await send('PUT', `${base}/cycles/${c.number}/phase`, { phase: 'sleep' })).json().errors[0].field, 'phase');
    const missing = await send('PUT', `${base}/cycles/99/phase`, { phase: 'act' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().errors[0].field, 'cycle');
    assert.equal((await send('POST', `${base}/cycles`, { phase: 'later' })).statusCode, 400);
    const same = (await get(`${base}/compare?a=${c.number - 1}&b=${c.number}`)).json();
    assert.deepEqual(same, { from: c.number - 1, to: c.number, sections: [], header: [] });
    const one = (await get(`${base}/compare?a=1&b=${c.number}`)).json();
    assert.equal(one.from, 1);
    const noA = await get(`${base}/compare?a=99&b=1`);
    assert.equal(noA.statusCode, 404);
    assert.equal(noA.json().errors[0].field, 'a');
    assert.equal((await get(`${base}/compare?a=1`)).json().errors[0].field, 'b');
  });

  it('gives the calendar and the backlog, and its .ics and CSV exports', async () => {
    const c = (await strategyStore(t.store.db).getCycle(t.fieldId))!;
    const all = (await get(`${base}/calendar`)).json();
    assert.deepEqual(all.entries, JSON.parse(JSON.stringify(calendar(c.strategy))));
    assert.ok(Array.isArray(all.backlog));
    const some = (await get(`${base}/calendar?from=2026-01-01&to=2026-01-31`)).json();
    assert.deepEqual(some.entries, JSON.parse(JSON.stringify(calendar(c.strategy, { from: '2026-01-01', to: '2026-01-31' }))));
    assert.ok(some.entries.every((e: { date: string }) => e.date >= '2026-01-01' && e.date <= '2026-01-31'));
    const backwards = await get(`${base}/calendar?from=2026-02-01&to=2026-01-01`);
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().errors[0].field, 'to');
    assert.equal((await get(`${base}/calendar?from=yesterday`)).json().errors[0].field, 'from');
    const ics = await get(`${base}/calendar.ics`);
    assert.equal(ics.statusCode, 200);
    assert.match(ics.headers['content-type'] as string, /^text\/calendar/);
    assert.match(ics.body, /^BEGIN:VCALENDAR/);
    const csv = await get(`${base}/calendar.csv?lang=fr`);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.headers['content-disposition'] as string, /attachment/);
    assert.ok(csv.body.length > 0);
    assert.equal((await get(`${base}/calendar.csv?layout=excel`)).json().errors[0].field, 'layout');
  });

  it('prints the report as a PDF when Chromium is found', { skip: findChromium() === null ? 'chromium is not installed' : false, timeout: 180_000 }, async () => {
    const r = await get(`${base}/report?format=pdf&lang=fr&asOf=2026-11-27`);
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    assert.equal(r.headers['content-type'], 'application/pdf');
    assert.equal(r.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('gives the report as HTML or Markdown; a PDF without Chromium is a 501 saying so', async () => {
    const html = await get(`${base}/report?asOf=2026-11-27`);
    assert.equal(html.statusCode, 200);
    assert.match(html.headers['content-type'] as string, /^text\/html/);
    assert.match(html.body, /<html/i);
    const md = await get(`${base}/report?format=md&lang=fr&asOf=2026-11-27`);
    assert.match(md.headers['content-type'] as string, /^text\/markdown/);
    assert.ok(md.body.startsWith('#'));
    const saved = process.env.ECLAIREUR_CHROMIUM;
    process.env.ECLAIREUR_CHROMIUM = '/nonexistent/chromium';
    try {
      const pdf = await get(`${base}/report?format=pdf`);
      assert.equal(pdf.statusCode, 501);
      assert.equal(pdf.json().type, 'urn:eclaireur:problem:not-available');
      assert.match(pdf.json().detail, /Chromium/);
    } finally {
      if (saved === undefined) delete process.env.ECLAIREUR_CHROMIUM;
      else process.env.ECLAIREUR_CHROMIUM = saved;
    }
    assert.equal((await get(`${base}/report?format=docx`)).json().errors[0].field, 'format');
  });
});
