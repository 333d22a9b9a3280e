/**
 * The stage rule: places an organisation on Altimeter's six stages from its answers, and says
 * why and what comes next.
 *
 * Reference: Li and Solis, *The Evolution of Social Business* (Altimeter Group, 2013) — the
 * stages are cumulative (an organisation builds each on the one before), so the rule is a
 * Guttman-style cumulative scale: the organisation is at the highest stage whose criteria are
 * met together with those of every stage before it.
 *
 * The rule, with the thresholds of MATURITY_DEFAULTS (answers 0–4):
 *   1. A stage's criteria are met when the mean of its answers is at least `stageMean` (2.5)
 *      and none of its answers is below `questionFloor` (2, "partly").
 *   2. The stage is the highest stage S such that the criteria of Planning … S are all met.
 *      When Planning's own criteria are not met, the organisation is at Planning, not yet
 *      reached (`reached: false`): planning is where everyone starts.
 *   3. The reasons: the answers of the stage reached (what put it there), and the answers of the
 *      next stage that hold it back — below the floor, or, when the next stage's mean falls
 *      short, below the mean threshold. Stages above the next one already met are named
 *      (ahead of the stage, out of order).
 *   4. The next steps: the action of each holding-back question, lowest answer first (ties in
 *      questionnaire order). At Converged, the actions of the answers still below "fully".
 */
import { MATURITY_DEFAULTS, type MaturityParams } from './defaults.js';
import type { Answers } from './answers.js';
import { QUESTIONNAIRE_VERSION, QUESTIONS, SCALE_MAX, questionsOf, type AnswerValue, type Dimension } from './questionnaire.js';
import { STAGES, type Labelled, type StageKey } from './stages.js';

export interface StageStatus {
  stage: StageKey;
  /** Mean of the stage's answers (0–4). */
  mean: number;
  /** Lowest of the stage's answers. */
  min: number;
  met: boolean;
}

export interface AnswerRef {
  question: string;
  stage: StageKey;
  dimension: Dimension;
  answer: AnswerValue;
}

export interface Blocker extends AnswerRef {
  /** `floor`: below the floor on its own; `mean`: pulls the stage's mean under the threshold. */
  reason: 'floor' | 'mean';
}

export interface MaturityAssessment {
  questionnaireVersion: string;
  /** The stage the organisation is at. */
  stage: StageKey;
  /** False only when Planning's own criteria are not met yet. */
  reached: boolean;
  /** Every stage's mean, lowest answer and whether its criteria are met, in order. */
  stages: StageStatus[];
  /** The answers that put the organisation at its stage (its stage's answers; none when not reached). */
  supporting: AnswerRef[];
  /** The stage to work on next: the one after `stage`, `stage` itself when not reached, null at Converged. */
  next: StageKey | null;
  /** The answers of `next` that hold it back, lowest first. */
  blocking: Blocker[];
  /** Stages above `next` whose criteria are already met. */
  ahead: StageKey[];
  /** What to do next, in order. */
  nextSteps: { question: string; action: Labelled }[];
  params: MaturityParams;
}

function ref(id: string, answers: Answers): AnswerRef {
  const q = QUESTIONS.find((x) => x.id === id)!;
  return { question: q.id, stage: q.stage, dimension: q.dimension, answer: answers[q.id]! };
}

/** Places the organisation on a stage. `answers` must be complete and valid (validateAnswers). */
export function assessMaturity(answers: Answers, params: MaturityParams = MATURITY_DEFAULTS): MaturityAssessment {
  for (const q of QUESTIONS) {
    const a = answers[q.id];
    if (a === undefined) throw new Error(`question "${q.id}" is not answered`);
    if (!Number.isInteger(a) || a < 0 || a > SCALE_MAX) throw new Error(`question "${q.id}": answer ${a} is not on the 0–${SCALE_MAX} scale`);
  }
  const stages: StageStatus[] = STAGES.map((s) => {
    const vals: number[] = questionsOf(s.key).map((q) => answers[q.id]!);
    const mean = vals.reduce((x: number, y: number) => x + y, 0) / vals.length;
    const min = Math.min(...vals);
    return { stage: s.key, mean, min, met: mean >= params.stageMean && min >= params.questionFloor };
  });
  let top = -1;
  while (top + 1 < stages.length && stages[top + 1]!.met) top++;
  const reached = top >= 0;
  const at = Math.max(top, 0);
  const stage = STAGES[at]!.key;
  const nextIndex = reached ? at + 1 : 0;
  const next = nextIndex < STAGES.length ? STAGES[nextIndex]!.key : null;
  const supporting = reached ? questionsOf(stage).map((q) => ref(q.id, answers)) : [];

  let blocking: Blocker[] = [];
  if (next !== null) {
    const status = stages[nextIndex]!;
    const meanShort = status.mean < params.stageMean;
    for (const q of questionsOf(next)) {
      const a = answers[q.id]!;
      if (a < params.questionFloor) blocking.push({ ...ref(q.id, answers), reason: 'floor' });
      else if (meanShort && a < params.stageMean) blocking.push({ ...ref(q.id, answers), reason: 'mean' });
    }
    blocking = stable(blocking, (b) => b.answer);
  }
  const ahead = stages.filter((s, i) => i > nextIndex && s.met).map((s) => s.stage);
  const order = new Map(QUESTIONS.map((q, i) => [q.id, i]));
  const stepsFrom =
    next !== null
      ? blocking.map((b) => b.question)
      : stable(
          QUESTIONS.filter((q) => answers[q.id]! < SCALE_MAX),
          (q) => answers[q.id]!,
        ).map((q) => q.id);
  const nextSteps = stepsFrom.map((id) => ({ question: id, action: QUESTIONS[order.get(id)!]!.action }));
  return { questionnaireVersion: QUESTIONNAIRE_VERSION, stage, reached, stages, supporting, next, blocking, ahead, nextSteps, params: { ...params } };
}

/** Sorts by key ascending, keeping the input order among equal keys. */
function stable<T>(xs: T[], key: (x: T) => number): T[] {
  return xs
    .map((x, i) => ({ x, i, k: key(x) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
}
