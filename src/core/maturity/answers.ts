/**
 * Validation of a set of answers to the maturity questionnaire: every question answered once,
 * on the closed scale (a whole number 0–4, or the scale's key: none, started, partly, mostly,
 * fully), no unknown question. Every problem is reported, each naming the question (and the
 * path in the input, so a file reader can give its line and column); nothing is guessed.
 *
 * Also the shape of an answers file: `{ version?, date?, answers: { <question id>: <answer> } }`,
 * or the answers map alone.
 */
import { dayOf, isoOf } from '../dates.js';
import { QUESTIONNAIRE_VERSION, QUESTIONS, SCALE, type AnswerValue } from './questionnaire.js';
import type { Labelled } from './stages.js';

/** Question id → answer. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface AnswerIssue {
  /** The question concerned, or null for a problem of the whole input. */
  question: string | null;
  /** Path of the faulty value in the input (keys), for a file's line and column. */
  path: (string | number)[];
  /** True when the problem is the key at `path` (an unknown key), or the map there lacks one. */
  atKey?: boolean;
  message: Labelled;
}

export interface AnswersInput {
  /** ISO date the assessment was made, or null (the caller decides: today). */
  date: string | null;
  answers: Answers;
}

export class AnswersError extends Error {
  constructor(readonly issues: AnswerIssue[]) {
    super(issues.map((i) => i.message.en).join('; '));
    this.name = 'AnswersError';
  }
}

function isCalendarDay(s: string): boolean {
  try {
    return isoOf(dayOf(s)) === s;
  } catch {
    return false;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const SCALE_KEYS = SCALE.map((s) => s.key).join(', ');

function answerValue(v: unknown): AnswerValue | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4) return v as AnswerValue;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (/^[0-4]$/.test(s)) return Number(s) as AnswerValue;
    const k = SCALE.find((x) => x.key === s);
    if (k) return k.value;
  }
  return null;
}

function show(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  if (v === null || v === undefined) return 'nothing';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Checks an answers map (question id → answer); throws AnswersError listing every problem. */
export function validateAnswers(raw: unknown, path: (string | number)[] = []): Answers {
  if (!isRecord(raw)) {
    throw new AnswersError([
      {
        question: null,
        path,
        message: {
          fr: `les réponses doivent être une table « identifiant de question : réponse », pas ${show(raw)}`,
          en: `the answers must be a map "question id: answer", not ${show(raw)}`,
        },
      },
    ]);
  }
  const issues: AnswerIssue[] = [];
  const out: Record<string, AnswerValue> = {};
  const known = new Set(QUESTIONS.map((q) => q.id));
  for (const [id, v] of Object.entries(raw)) {
    if (!known.has(id)) {
      issues.push({
        question: id,
        path: [...path, id],
        atKey: true,
        message: { fr: `question inconnue « ${id} » (voir \`eclaireur maturity template\`)`, en: `unknown question "${id}" (see \`eclaireur maturity template\`)` },
      });
      continue;
    }
    const a = answerValue(v);
    if (a === null) {
      issues.push({
        question: id,
        path: [...path, id],
        message: {
          fr: `question « ${id} » : réponse ${show(v)} hors de l’échelle ; attendu un entier de 0 à 4 ou l’un de ${SCALE_KEYS}`,
          en: `question "${id}": answer ${show(v)} is not on the scale; expected a whole number 0–4 or one of ${SCALE_KEYS}`,
        },
      });
      continue;
    }
    out[id] = a;
  }
  for (const q of QUESTIONS) {
    if (!(q.id in raw)) {
      issues.push({
        question: q.id,
        path,
        atKey: true,
        message: { fr: `question « ${q.id} » sans réponse (${q.text.fr})`, en: `question "${q.id}" is not answered (${q.text.en})` },
      });
    }
  }
  if (issues.length > 0) throw new AnswersError(issues);
  return out;
}

/** Checks a whole answers document: `{ version?, date?, answers }` or the answers map alone. */
export function parseAnswersInput(raw: unknown): AnswersInput {
  if (isRecord(raw) && 'answers' in raw) {
    const issues: AnswerIssue[] = [];
    for (const k of Object.keys(raw)) {
      if (k !== 'answers' && k !== 'date' && k !== 'version') {
        issues.push({ question: null, path: [k], atKey: true, message: { fr: `clé inconnue « ${k} » (attendu : version, date, answers)`, en: `unknown key "${k}" (expected: version, date, answers)` } });
      }
    }
    const version = raw.version;
    if (version !== undefined && version !== null && String(version) !== QUESTIONNAIRE_VERSION) {
      issues.push({
        question: null,
        path: ['version'],
        message: {
          fr: `réponses au questionnaire version ${show(version)} ; celui-ci est la version ${QUESTIONNAIRE_VERSION}`,
          en: `answers to questionnaire version ${show(version)}; this one is version ${QUESTIONNAIRE_VERSION}`,
        },
      });
    }
    let date: string | null = null;
    const d = raw.date instanceof Date ? raw.date.toISOString().slice(0, 10) : raw.date;
    if (d !== undefined && d !== null) {
      if (typeof d === 'string' && isCalendarDay(d)) date = d;
      else issues.push({ question: null, path: ['date'], message: { fr: `date ${show(d)} invalide ; attendu AAAA-MM-JJ`, en: `date ${show(d)} is not valid; expected YYYY-MM-DD` } });
    }
    let answers: Answers = {};
    try {
      answers = validateAnswers(raw.answers, ['answers']);
    } catch (e) {
      if (!(e instanceof AnswersError)) throw e;
      issues.push(...e.issues);
    }
    if (issues.length > 0) throw new AnswersError(issues);
    return { date, answers };
  }
  return { date: null, answers: validateAnswers(raw) };
}
