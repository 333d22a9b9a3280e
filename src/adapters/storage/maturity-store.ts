/**
 * The field's maturity assessments in the store (issue 6, migration 0006): saving one (one per
 * field and day — a second the same day replaces the first, under the same id, in one
 * transaction) and reading them back, oldest first. Answers are stored as JSON in questionnaire order, so the same
 * answers are the same text on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';
import { QUESTIONS, isStageKey, type AnswerValue, type Answers, type StageKey } from '../../core/maturity/index.js';
import type { Database } from './schema.js';

export interface NewAssessment {
  /** ISO day the assessment was made. */
  date: string;
  questionnaireVersion: string;
  answers: Answers;
  stage: StageKey;
}

export interface StoredAssessment extends NewAssessment {
  id: number;
  fieldId: number;
}

/** Answers as canonical JSON: known questions in questionnaire order, then any others by id. */
function answersJson(a: Answers): string {
  const o: Record<string, AnswerValue> = {};
  for (const q of QUESTIONS) if (a[q.id] !== undefined) o[q.id] = a[q.id]!;
  for (const k of Object.keys(a).sort()) if (!(k in o)) o[k] = a[k]!;
  return JSON.stringify(o);
}

/** Saves an assessment; returns its id and whether it replaced one of the same day. */
export async function saveAssessment(db: Kysely<Database>, fieldId: number, a: NewAssessment): Promise<{ id: number; replaced: boolean }> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.date)) throw new Error(`maturity assessment date: expected YYYY-MM-DD, got "${a.date}"`);
  return db.transaction().execute(async (trx) => {
    const field = await trx.selectFrom('fields').select('id').where('id', '=', fieldId).executeTakeFirst();
    if (!field) throw new Error(`no field with id ${fieldId}`);
    const values = { questionnaire_version: a.questionnaireVersion, answers: answersJson(a.answers), stage: a.stage, created_at: new Date().toISOString() };
    const old = await trx.selectFrom('maturity_assessments').select('id').where('field_id', '=', fieldId).where('assessed_on', '=', a.date).executeTakeFirst();
    if (old) {
      // The same day again: the new answers replace the old, under the same id.
      await trx.updateTable('maturity_assessments').set(values).where('id', '=', old.id).execute();
      return { id: Number(old.id), replaced: true };
    }
    const row = await trx
      .insertInto('maturity_assessments')
      .values({ field_id: fieldId, assessed_on: a.date, ...values })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), replaced: false };
  });
}

/** The field's assessments, oldest first (by day). */
export async function listAssessments(db: Kysely<Database>, fieldId: number): Promise<StoredAssessment[]> {
  const rows = await db.selectFrom('maturity_assessments').selectAll().where('field_id', '=', fieldId).orderBy('assessed_on').orderBy('id').execute();
  return rows.map((r) => {
    if (!isStageKey(r.stage)) throw new Error(`maturity assessment ${r.id}: unknown stage "${r.stage}" in the store`);
    return {
      id: Number(r.id),
      fieldId: r.field_id,
      date: r.assessed_on,
      questionnaireVersion: r.questionnaire_version,
      answers: JSON.parse(r.answers) as Answers,
      stage: r.stage,
    };
  });
}

/** The field's latest assessment, or null. */
export async function latestAssessment(db: Kysely<Database>, fieldId: number): Promise<StoredAssessment | null> {
  const all = await listAssessments(db, fieldId);
  return all.at(-1) ?? null;
}
