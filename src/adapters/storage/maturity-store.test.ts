/**
 * Maturity assessments in the store: saved, replaced the same day, listed oldest first, kept per
 * field, removed with their field — on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUESTIONNAIRE_VERSION, QUESTIONS, assessMaturity, type AnswerValue, type Answers } from '../../core/maturity/index.js';
import { storeTargets } from './test-support.js';
import { latestAssessment, listAssessments, saveAssessment } from './maturity-store.js';

const targets = storeTargets('m');

/** A consultancy a year apart: presence only in 2025, engagement by 2026. */
function answers(values: number[]): Answers {
  return Object.fromEntries(QUESTIONS.map((q, i) => [q.id, values[i] as AnswerValue]));
}
const Y2025 = answers([3, 3, 3, 3, 3, 2, 2, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0]);
const Y2026 = answers([4, 3, 3, 4, 3, 3, 3, 3, 2, 2, 1, 2, 1, 1, 0, 0, 1, 0]);

for (const [name, open, skip] of targets) {
  describe(`maturity assessments on ${name}`, { skip: skip ? 'TEST_DATABASE_URL is not set' : false }, () => {
    it('saves, replaces the same day, lists oldest first, per field', async () => {
      const { store, drop } = await open();
      try {
        const ws = await store.ensureWorkspace('w');
        const f = await store.createField({ workspaceId: ws.id, topic: 'Marketing B2B', region: 'CA-QC', languages: ['fr'] });
        const g = await store.createField({ workspaceId: ws.id, topic: 'Other', region: null, languages: ['en'] });
        assert.equal(await latestAssessment(store.db, f.id), null);
        const a26 = assessMaturity(Y2026);
        const a25 = assessMaturity(Y2025);
        assert.equal(a25.stage, 'presence');
        assert.equal(a26.stage, 'engagement');
        const first = await saveAssessment(store.db, f.id, { date: '2026-11-27', questionnaireVersion: QUESTIONNAIRE_VERSION, answers: Y2025, stage: a25.stage });
        assert.equal(first.replaced, false);
        // The same day again: the second answers replace the first.
        const again = await saveAssessment(store.db, f.id, { date: '2026-11-27', questionnaireVersion: QUESTIONNAIRE_VERSION, answers: Y2026, stage: a26.stage });
        assert.equal(again.replaced, true);
        assert.equal(again.id, first.id);
        await saveAssessment(store.db, f.id, { date: '2025-11-27', questionnaireVersion: QUESTIONNAIRE_VERSION, answers: Y2025, stage: a25.stage });
        await saveAssessment(store.db, g.id, { date: '2026-01-15', questionnaireVersion: QUESTIONNAIRE_VERSION, answers: Y2025, stage: a25.stage });
        const list = await listAssessments(store.db, f.id);
        assert.deepEqual(
          list.map((x) => [x.date, x.stage]),
          [
            ['2025-11-27', 'presence'],
            ['2026-11-27', 'engagement'],
          ],
        );
        assert.deepEqual(list[1]!.answers, Y2026);
        assert.deepEqual(Object.keys(list[1]!.answers), QUESTIONS.map((q) => q.id));
        assert.equal((await latestAssessment(store.db, f.id))!.date, '2026-11-27');
        assert.equal((await listAssessments(store.db, g.id)).length, 1);
        const snap = await store.snapshot();
        assert.equal(snap.maturity_assessments.length, 3);
      } finally {
        await store.close();
        await drop();
      }
    });

    it('a bad date or an unknown field writes nothing', async () => {
      const { store, drop } = await open();
      try {
        const ws = await store.ensureWorkspace('w');
        const f = await store.createField({ workspaceId: ws.id, topic: 'T', region: null, languages: ['fr'] });
        const stage = assessMaturity(Y2025).stage;
        await assert.rejects(saveAssessment(store.db, f.id, { date: '27/11/2026', questionnaireVersion: QUESTIONNAIRE_VERSION, answers: Y2025, stage }), /expected YYYY-MM-DD, got "27\/11\/2026"/);
        await assert.rejects(saveAssessment(store.db, f.id + 99, { date: '2026-11-27', questionnaireVersion: QUESTIONNAIRE_VERSION, answers: Y2025, stage }), /no field with id/);
        assert.deepEqual(await listAssessments(store.db, f.id), []);
      } finally {
        await store.close();
        await drop();
      }
    });
  });
}
