/**
 * The maturity diagnostic (docs/maturity.md): `GET /api/maturity/questionnaire` (the 18
 * questions in French and English, the answer scale, the six stages), `POST
 * /api/fields/:fieldId/maturity` (answers → the stage with its reasons and next steps, stored
 * with the field, one per day: what `eclaireur maturity --answers FILE --json` prints) and `GET
 * /api/fields/:fieldId/maturity` (the stored assessments, oldest first: `eclaireur maturity
 * history --json`). Answers are checked by the same code as an answers file: every question
 * answered once, on the scale; a missing or unknown question is a 400 naming it.
 */
import { z } from 'zod';
import { AnswersError, assessMaturity, QUESTIONNAIRE_VERSION, QUESTIONS, SCALE, STAGES, stageOf, STAGE_KEYS, validateAnswers } from '../../core/maturity/index.js';
import { listAssessments, saveAssessment } from '../../adapters/storage/maturity-store.js';
import { maturityJson } from '../../cli/commands/maturity.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { pageOf, pageQuery, slicePage } from '../pagination.js';
import { pointerOf, ProblemError, problemSchema } from '../problem.js';

const labelled = z.object({ fr: z.string(), en: z.string() });

const questionnaireSchema = z
  .object({
    version: z.string(),
    scale: z.array(z.object({ value: z.number().int(), key: z.string(), label: labelled })),
    stages: z.array(z.object({ key: z.enum(STAGE_KEYS), number: z.number().int(), name: labelled, motto: labelled, description: labelled })),
    questions: z.array(z.object({ id: z.string(), stage: z.enum(STAGE_KEYS), dimension: z.string(), text: labelled, action: labelled })),
  })
  .meta({ id: 'MaturityQuestionnaire' });

const answerValue = z.union([z.number(), z.string()]).describe('0–4, or none, started, partly, mostly, fully');

const assessmentBody = z.object({
  answers: z.record(z.string(), answerValue).describe('question id → answer; every question of the questionnaire, once'),
  date: z.iso.date().optional().describe('day of the assessment (default: today); a second assessment the same day replaces the first'),
  save: z.boolean().default(true).describe('false: only look, store nothing'),
});

const assessmentSchema = z
  .object({
    date: z.string(),
    questionnaireVersion: z.string(),
    stage: z.enum(STAGE_KEYS),
    stageNumber: z.number().int(),
    saved: z.object({ id: z.number().int(), replaced: z.boolean() }).nullable(),
  })
  .catchall(z.unknown())
  .meta({ id: 'MaturityAssessment', description: 'what `eclaireur maturity --json` prints: stages, supporting, blocking, nextSteps, explanation…' });

const storedSchema = z
  .object({ id: z.number().int(), date: z.string(), stage: z.enum(STAGE_KEYS), stageNumber: z.number().int(), questionnaireVersion: z.string(), answers: z.record(z.string(), z.number().int()) })
  .meta({ id: 'StoredMaturityAssessment' });

const routes: ApiRoutes = async (app) => {
  app.get(
    '/api/maturity/questionnaire',
    { schema: { tags: ['maturity'], summary: 'The maturity questionnaire: questions (French and English), answer scale, stages', querystring: z.strictObject({}).describe('no parameters'), response: { 200: questionnaireSchema, 400: problemSchema } } },
    async () => ({
      version: QUESTIONNAIRE_VERSION,
      scale: SCALE.map((s) => ({ value: s.value, key: s.key, label: s.label })),
      stages: STAGES.map((s) => ({ key: s.key, number: s.number, name: s.name, motto: s.motto, description: s.description })),
      questions: QUESTIONS.map((q) => ({ id: q.id, stage: q.stage, dimension: q.dimension, text: q.text, action: q.action })),
    }),
  );

  app.post(
    '/api/fields/:fieldId/maturity',
    {
      schema: {
        tags: ['maturity'],
        summary: 'Assess the field’s maturity from answers: the stage, why, what holds the next one back, the next steps; stored',
        params: fieldParams,
        body: assessmentBody,
        response: { 200: assessmentSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = app.eclaireur.langOf(req);
      let answers;
      try {
        answers = validateAnswers(req.body.answers, ['answers']);
      } catch (e) {
        if (!(e instanceof AnswersError)) throw e;
        const errors = e.issues.map((i) => {
          const path = i.question !== null && !i.path.includes(i.question) ? [...i.path, i.question] : i.path;
          return { in: 'body' as const, field: path.join('.'), pointer: pointerOf(path), code: i.atKey ? 'key' : 'value', detail: i.message[lang] };
        });
        throw new ProblemError('validation', lang === 'fr' ? `${errors.length} problème(s) dans les réponses` : `${errors.length} problem(s) in the answers`, errors);
      }
      const date = req.body.date ?? new Date().toISOString().slice(0, 10);
      const a = assessMaturity(answers);
      const saved = req.body.save ? await saveAssessment(app.eclaireur.store.db, field.id, { date, questionnaireVersion: a.questionnaireVersion, answers, stage: a.stage }) : null;
      return { ...maturityJson(a, date, lang), saved } as z.infer<typeof assessmentSchema>;
    },
  );

  app.get(
    '/api/fields/:fieldId/maturity',
    { schema: { tags: ['maturity'], summary: 'The field’s stored maturity assessments, oldest first', params: fieldParams, querystring: pageQuery, response: { 200: pageOf(storedSchema), 404: problemSchema } } },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const list = await listAssessments(app.eclaireur.store.db, field.id);
      return slicePage(
        list.map((x) => ({ id: x.id, date: x.date, stage: x.stage, stageNumber: stageOf(x.stage).number, questionnaireVersion: x.questionnaireVersion, answers: x.answers })),
        req.query,
      );
    },
  );
};

export default routes;
