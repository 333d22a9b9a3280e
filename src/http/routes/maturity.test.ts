/**
 * The maturity diagnostic over HTTP: the questionnaire, an assessment from answers (the same
 * stage and next steps as the core, stored, the same day replaced), the history; a missing or
 * unknown question, an answer off the scale, a bad date are 400 problems naming them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assessMaturity, QUESTIONS, SCALE } from '../../core/maturity/index.js';
import { testServer, type TestServer } from '../test-support.js';

let t: TestServer;
let base: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}/maturity`;
});
after(async () => t.close());

const answers = (v: (i: number) => number | string) => Object.fromEntries(QUESTIONS.map((q, i) => [q.id, v(i)]));
const post = (body: unknown, headers: Record<string, string> = {}, url = base) => t.app.inject({ method: 'POST', url, payload: body as object, headers });

describe('maturity', () => {
  it('gives the questionnaire in French and English with its scale', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/maturity/questionnaire' });
    assert.equal(r.statusCode, 200);
    const q = r.json();
    assert.equal(q.questions.length, QUESTIONS.length);
    assert.equal(q.questions[0].id, QUESTIONS[0].id);
    assert.ok(q.questions[0].text.fr && q.questions[0].text.en);
    assert.deepEqual(q.scale.map((s: { key: string }) => s.key), SCALE.map((s) => s.key));
    assert.equal(q.stages.length, 6);
  });

  it('assesses answers as the core does, stores them, replaces the same day, lists the history', async () => {
    const a = answers((i) => (i < 9 ? 4 : i < 12 ? 'partly' : 0));
    const expected = assessMaturity(answers((i) => (i < 9 ? 4 : i < 12 ? 2 : 0)) as never);
    const r = await post({ answers: a, date: '2026-11-01' });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.equal(body.stage, expected.stage);
    assert.equal(body.date, '2026-11-01');
    assert.equal(body.saved.replaced, false);
    assert.ok(Array.isArray(body.nextSteps) && body.explanation.headline);
    const again = (await post({ answers: answers(() => 'fully'), date: '2026-11-01' }, { 'accept-language': 'fr-CA' })).json();
    assert.equal(again.saved.replaced, true);
    assert.equal(again.saved.id, body.saved.id);
    assert.equal(again.stage, 'converged');
    const looked = (await post({ answers: a, date: '2026-11-02', save: false })).json();
    assert.equal(looked.saved, null);
    const h = (await t.app.inject({ method: 'GET', url: base })).json();
    const mine = h.items.filter((x: { date: string }) => x.date === '2026-11-01' || x.date === '2026-11-02');
    assert.equal(mine.length, 1);
    assert.equal(mine[0].stage, 'converged');
    assert.equal(mine[0].answers[QUESTIONS[0].id], 4);
  });

  it('names a missing question, an unknown one and an answer off the scale (400)', async () => {
    const a: Record<string, unknown> = answers(() => 2);
    delete a[QUESTIONS[3].id];
    a['no-such-question'] = 1;
    a[QUESTIONS[0].id] = 7;
    const r = await post({ answers: a });
    assert.equal(r.statusCode, 400);
    const p = r.json();
    assert.equal(p.type, 'urn:eclaireur:problem:validation');
    const fields = p.errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, [`answers.${QUESTIONS[0].id}`, `answers.${QUESTIONS[3].id}`, 'answers.no-such-question'].sort());
    assert.ok(p.errors.some((e: { pointer: string }) => e.pointer === `/answers/${QUESTIONS[3].id}`));
  });

  it('answers 400 for a bad date or no answers, 404 for no field', async () => {
    const d = await post({ answers: answers(() => 1), date: '2026-13-40' });
    assert.equal(d.statusCode, 400);
    assert.equal(d.json().errors[0].field, 'date');
    const n = await post({});
    assert.equal(n.statusCode, 400);
    assert.equal(n.json().errors[0].field, 'answers');
    assert.equal((await post({ answers: answers(() => 1) }, {}, '/api/fields/999/maturity')).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/fields/999/maturity' })).statusCode, 404);
  });
});
