/**
 * Moving one content item (PATCH …/strategy/items/:itemId), against the store and the core on
 * the demonstration strategy: a backlog item given a date becomes planned, a dated item moves,
 * one taken back to the backlog loses its date; a status that contradicts the date is a 400
 * naming it, an unknown item or field a 404, a move of an item changed meanwhile a 409 that
 * writes nothing; the rest of the strategy is untouched; the findings answered are the
 * checker's; concurrent moves of different items all stay.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { movedStatus } from '../../core/strategy/calendar.js';
import { checkStrategy } from '../../core/strategy/check.js';
import type { Strategy } from '../../core/strategy/model.js';
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

const current = async (): Promise<Strategy> => (await strategyStore(t.store.db).getCycle(t.fieldId))!.strategy;
const item = async (id: string) => (await current()).plan.items.find((i) => i.id === id)!;
const patch = (id: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'PATCH', url: `${base}/items/${encodeURIComponent(id)}`, payload, headers });

describe('moving a content item', () => {
  it('gives the status a move implies, or the one asked', () => {
    assert.equal(movedStatus('backlog', '2027-02-02'), 'planned');
    assert.equal(movedStatus('idea', '2027-02-02'), 'planned');
    assert.equal(movedStatus('ready', '2027-02-02'), 'ready');
    assert.equal(movedStatus('planned', null), 'backlog');
    assert.equal(movedStatus('idea', null), 'idea');
    assert.equal(movedStatus('planned', '2027-02-02', 'ready'), 'ready');
  });

  it('schedules a backlog item (planned on that day), moves it, takes it back; nothing else changes; the findings are the checker’s', async () => {
    const start = await current();
    const backlogItem = start.plan.items.find((i) => i.status === 'backlog')!;
    const r = await patch(backlogItem.id, { date: '2027-02-10' });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.equal(body.item.status, 'planned');
    assert.equal(body.item.date, '2027-02-10');
    const after1 = await current();
    const expected = structuredClone(start);
    expected.plan.items.find((i) => i.id === backlogItem.id)!.date = '2027-02-10';
    expected.plan.items.find((i) => i.id === backlogItem.id)!.status = 'planned';
    assert.deepEqual(after1, expected, 'only the item moved');
    const influencers = await influencerStandings(t.store, t.fieldId, after1);
    assert.deepEqual(body.findings, checkStrategy(after1, { lang: 'en', influencers }));

    const moved = await patch(backlogItem.id, { date: '2027-02-17', expected: { date: '2027-02-10', status: 'planned' } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal((await item(backlogItem.id)).date, '2027-02-17');
    assert.equal((await item(backlogItem.id)).status, 'planned');

    const back = await patch(backlogItem.id, { date: null });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(back.json().item.status, 'backlog');
    assert.equal(back.json().item.date, null);
    assert.deepEqual(await current(), start, 'back where it started');
  });

  it('keeps a ready item ready when rescheduled; takes an explicit status that agrees with the date', async () => {
    const ready = (await current()).plan.items.find((i) => i.status === 'ready')!;
    const r = await patch(ready.id, { date: '2027-01-27' });
    assert.equal(r.json().item.status, 'ready');
    const p = await patch(ready.id, { date: '2027-01-26', status: 'planned' });
    assert.equal(p.json().item.status, 'planned');
    const i = await patch(ready.id, { date: null, status: 'idea' });
    assert.equal(i.json().item.status, 'idea');
    assert.equal((await patch(ready.id, { date: '2027-01-26', status: 'ready' })).statusCode, 200);
  });

  it('refuses a status that contradicts the date, a bad date, an unknown item or field (problems naming them, in the language asked)', async () => {
    const id = (await current()).plan.items.find((i) => i.status === 'planned')!.id;
    const before = await current();
    const a = await patch(id, { date: '2027-02-10', status: 'backlog' });
    assert.equal(a.statusCode, 400);
    assert.equal(a.json().type, 'urn:eclaireur:problem:validation');
    assert.equal(a.json().errors[0].field, 'date');
    const b = await patch(id, { date: null, status: 'planned' }, { 'accept-language': 'fr-CA' });
    assert.equal(b.statusCode, 400);
    assert.match(b.json().detail, /a une date/);
    const c = await patch(id, { date: '2027-02-30' });
    assert.equal(c.statusCode, 400);
    assert.equal(c.json().errors[0].field, 'date');
    assert.equal((await patch(id, {})).json().errors[0].field, 'date', 'date is required (null to unschedule)');
    assert.equal((await patch(id, { date: '2027-02-10', status: 'sent' })).json().errors[0].field, 'status');
    const d = await patch('no-such-item', { date: '2027-02-10' });
    assert.equal(d.statusCode, 404);
    assert.equal(d.json().errors[0].field, 'itemId');
    const e = await t.app.inject({ method: 'PATCH', url: `/api/fields/999/strategy/items/${id}`, payload: { date: null } });
    assert.equal(e.statusCode, 404);
    assert.deepEqual(await current(), before, 'nothing written');
  });

  it('answers 404 for a field without a strategy', async () => {
    const f = (await t.app.inject({ method: 'POST', url: '/api/fields', payload: { topic: 'Sans stratégie' } })).json();
    const r = await t.app.inject({ method: 'PATCH', url: `/api/fields/${f.id}/strategy/items/x`, payload: { date: null } });
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().type, 'urn:eclaireur:problem:not-found');
  });

  it('writes nothing when the item was changed meanwhile (409 saying where it is now)', async () => {
    const it0 = (await current()).plan.items.find((i) => i.status === 'planned')!;
    const before = await current();
    const r = await patch(it0.id, { date: '2027-05-05', expected: { date: '2000-01-01', status: it0.status } });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().type, 'urn:eclaireur:problem:conflict');
    assert.ok(r.json().detail.includes(it0.date!), r.json().detail);
    assert.equal(r.json().errors[0].field, 'expected');
    assert.deepEqual(await current(), before);
  });

  it('keeps every one of concurrent moves of different items', async () => {
    const items = (await current()).plan.items.filter((i) => i.date !== null).slice(0, 5);
    const days = ['2027-05-03', '2027-05-04', '2027-05-05', '2027-05-06', '2027-05-07'];
    const rs = await Promise.all(items.map((i, k) => patch(i.id, { date: days[k] })));
    for (const r of rs) assert.equal(r.statusCode, 200, r.body);
    const after = await current();
    items.forEach((i, k) => assert.equal(after.plan.items.find((x) => x.id === i.id)!.date, days[k]));
  });

  it('is in the OpenAPI description', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    assert.ok(doc.paths['/api/fields/{fieldId}/strategy/items/{itemId}']?.patch);
  });
});
