import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswersError, parseAnswersInput, validateAnswers, type Answers } from './answers.js';
import { assessMaturity } from './assess.js';
import { explainMaturity } from './explain.js';
import { QUESTIONS, type AnswerValue } from './questionnaire.js';
import { STAGE_KEYS } from './stages.js';

/** Answers given stage by stage, in questionnaire order (three per stage). */
function answers(...perStage: [number, number, number][]): Answers {
  const flat = perStage.flat();
  assert.equal(flat.length, QUESTIONS.length);
  return Object.fromEntries(QUESTIONS.map((q, i) => [q.id, flat[i] as AnswerValue]));
}

// Realistic organisations, one per stage.
const ORGS = {
  // A family-owned manufacturer: no one watches social media, a dormant Facebook page.
  notStarted: answers([1, 0, 2], [1, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]),
  // An engineering firm that listens and wrote its goals, but has no regular presence yet.
  planning: answers([3, 3, 3], [2, 1, 1], [1, 0, 0], [0, 0, 0], [1, 0, 0], [0, 0, 0]),
  // A SaaS start-up that publishes weekly on LinkedIn but rarely answers anyone.
  presence: answers([3, 3, 4], [3, 3, 3], [2, 1, 0], [1, 1, 2], [2, 0, 0], [0, 1, 0]),
  // A B2B agency that converses and works with influencers, without policy or budget.
  engagement: answers([4, 3, 3], [4, 3, 3], [3, 3, 3], [1, 2, 2], [2, 1, 1], [1, 2, 1]),
  // A mid-size insurer with a social media policy, a centre of excellence and monthly KPIs.
  formalized: answers([4, 4, 3], [4, 4, 4], [3, 3, 2], [3, 3, 3], [1, 2, 2], [1, 1, 2]),
  // A consulting group whose partners sponsor it and whose KPIs go to the board.
  strategic: answers([4, 4, 4], [4, 4, 4], [3, 3, 3], [4, 3, 3], [3, 3, 3], [2, 1, 2]),
  // A software company where social is part of how everyone works.
  converged: answers([4, 4, 4], [4, 4, 4], [4, 4, 3], [4, 4, 4], [4, 3, 4], [4, 3, 3]),
};

describe('maturity stage rule', () => {
  it('places each realistic organisation on its stage', () => {
    const got = Object.fromEntries(Object.entries(ORGS).map(([k, a]) => [k, [assessMaturity(a).stage, assessMaturity(a).reached]]));
    assert.deepEqual(got, {
      notStarted: ['planning', false],
      planning: ['planning', true],
      presence: ['presence', true],
      engagement: ['engagement', true],
      formalized: ['formalized', true],
      strategic: ['strategic', true],
      converged: ['converged', true],
    });
  });

  it('gives the answers that put the organisation there and those that block the next stage', () => {
    const a = assessMaturity(ORGS.presence);
    assert.deepEqual(
      a.supporting.map((r) => [r.question, r.answer]),
      [
        ['presence-profiles', 3],
        ['presence-cadence', 3],
        ['presence-owners', 3],
      ],
    );
    assert.equal(a.next, 'engagement');
    // Engagement: 2, 1, 0 → mean 1 < 2.5; 1 and 0 under the floor, 2 pulls the mean down.
    assert.deepEqual(
      a.blocking.map((b) => [b.question, b.answer, b.reason]),
      [
        ['engagement-influencers', 0, 'floor'],
        ['engagement-conversations', 1, 'floor'],
        ['engagement-response', 2, 'mean'],
      ],
    );
    assert.deepEqual(
      a.nextSteps.map((s) => s.question),
      ['engagement-influencers', 'engagement-conversations', 'engagement-response'],
    );
    assert.deepEqual(a.ahead, []);
  });

  it('an organisation that has not met Planning starts there, with Planning’s own blockers', () => {
    const a = assessMaturity(ORGS.notStarted);
    assert.equal(a.stage, 'planning');
    assert.equal(a.reached, false);
    assert.equal(a.next, 'planning');
    assert.deepEqual(a.supporting, []);
    assert.deepEqual(
      a.blocking.map((b) => [b.question, b.reason]),
      [
        ['planning-goals', 'floor'],
        ['planning-listening', 'floor'],
        ['planning-audiences', 'mean'],
      ],
    );
  });

  it('at Converged there is no next stage; the steps raise what is not yet fully true', () => {
    const a = assessMaturity(ORGS.converged);
    assert.equal(a.next, null);
    assert.deepEqual(a.blocking, []);
    assert.deepEqual(
      a.nextSteps.map((s) => s.question),
      ['engagement-influencers', 'strategic-outcomes', 'converged-advocacy', 'converged-insights'],
    );
  });

  it('stages are cumulative: a later stage met out of order is named as ahead, not counted', () => {
    // Policy, team and reporting in place (Formalized met) but hardly any dialogue.
    const a = assessMaturity(answers([3, 3, 3], [3, 3, 3], [2, 1, 2], [3, 3, 3], [1, 1, 1], [0, 0, 0]));
    assert.equal(a.stage, 'presence');
    assert.equal(a.next, 'engagement');
    assert.deepEqual(a.ahead, ['formalized']);
    const fr = explainMaturity(a, 'fr');
    assert.match(fr.ahead ?? '', /Formalisation/);
  });

  it('thresholds: a mean of exactly 2.5 with no answer under 2 meets the stage; one answer under 2 blocks even with a high mean', () => {
    // Presence (2, 3, 3): mean 2.67, met; (2, 2, 3): mean 2.33, not met.
    assert.equal(assessMaturity(answers([3, 2, 3], [2, 3, 3], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0])).stage, 'presence');
    const short = assessMaturity(answers([3, 2, 3], [2, 2, 3], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]));
    assert.equal(short.stage, 'planning');
    assert.deepEqual(
      short.blocking.map((b) => [b.question, b.reason]),
      [
        ['presence-profiles', 'mean'],
        ['presence-cadence', 'mean'],
      ],
    );
    const floor = assessMaturity(answers([4, 4, 4], [4, 4, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]));
    assert.equal(floor.stage, 'planning');
    assert.deepEqual(
      floor.blocking.map((b) => [b.question, b.reason]),
      [['presence-owners', 'floor']],
    );
    // Three whole answers never average exactly 2.5: the boundary itself (mean == threshold
    // is met) is checked with a threshold of 8/3, the mean of (3, 3, 2).
    assert.equal(assessMaturity(answers([3, 3, 3], [3, 3, 2], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]), { stageMean: 8 / 3, questionFloor: 2 }).stage, 'presence');
    assert.equal(assessMaturity(answers([3, 3, 3], [3, 3, 2], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]), { stageMean: 2.7, questionFloor: 2 }).stage, 'planning');
  });

  it('explains the stage in both languages', () => {
    const a = assessMaturity(ORGS.engagement);
    const en = explainMaturity(a, 'en');
    const fr = explainMaturity(a, 'fr');
    assert.equal(en.headline, 'Stage 3 of 6: Engagement — Dialogue deepens commitment');
    assert.equal(fr.headline, 'Étape 3 sur 6 : Engagement — Le dialogue approfondit l’engagement');
    assert.match(en.blocking[0]!, /stage 4 \(Formalized\) back: mean 1\.67 \(threshold 2\.5\), lowest answer 1 \(floor 2\)/);
    assert.match(fr.blocking[0]!, /étape 4 \(Formalisation\) : moyenne 1,67 \(seuil 2,5\)/);
    assert.equal(en.nextSteps[0], 'Write the policy and guidelines, have them adopted and train the people who publish.');
    assert.equal(fr.reasons.length, 4);
  });

  it('every stage has three questions and every question a known stage', () => {
    for (const s of STAGE_KEYS) assert.equal(QUESTIONS.filter((q) => q.stage === s).length, 3, s);
    assert.equal(new Set(QUESTIONS.map((q) => q.id)).size, QUESTIONS.length);
  });
});

describe('maturity answers', () => {
  const full = Object.fromEntries(QUESTIONS.map((q) => [q.id, 2]));

  it('accepts whole numbers, digit strings and the scale’s keys', () => {
    const a = validateAnswers({ ...full, 'planning-listening': 'mostly', 'planning-goals': '4', 'planning-audiences': 'Fully' });
    assert.equal(a['planning-listening'], 3);
    assert.equal(a['planning-goals'], 4);
    assert.equal(a['planning-audiences'], 4);
  });

  it('a missing answer is an error naming the question', () => {
    const { 'formalized-team': _, ...missing } = full;
    assert.throws(
      () => validateAnswers(missing),
      (e: unknown) => e instanceof AnswersError && e.issues.length === 1 && e.issues[0]!.question === 'formalized-team' && /question "formalized-team" is not answered/.test(e.message),
    );
  });

  it('reports every problem at once: unknown question, answer off the scale, with their paths', () => {
    const bad = { ...full, 'presence-cadence': 5, 'strategic-units': 'often', 'engagement-reply': 3 };
    try {
      parseAnswersInput({ date: '2026-11-27', answers: bad });
      assert.fail('expected an error');
    } catch (e) {
      assert.ok(e instanceof AnswersError);
      assert.deepEqual(
        e.issues.map((i) => [i.question, i.path.join('.')]),
        [
          ['presence-cadence', 'answers.presence-cadence'],
          ['strategic-units', 'answers.strategic-units'],
          ['engagement-reply', 'answers.engagement-reply'],
        ],
      );
      assert.match(e.issues[1]!.message.fr, /réponse "often" hors de l’échelle/);
    }
  });

  it('reads the date and checks the questionnaire version', () => {
    assert.deepEqual(parseAnswersInput({ version: '2026.1', date: '2026-11-27', answers: full }).date, '2026-11-27');
    assert.equal(parseAnswersInput(full).date, null);
    assert.throws(() => parseAnswersInput({ version: '2019.1', answers: full }), /questionnaire version "2019.1"/);
    assert.throws(() => parseAnswersInput({ date: '2026-02-30', answers: full }), /date "2026-02-30" is not valid/);
    assert.throws(() => parseAnswersInput({ answers: [1, 2] }), /must be a map/);
    assert.throws(() => assessMaturity({}), /question "planning-listening" is not answered/);
  });
});
