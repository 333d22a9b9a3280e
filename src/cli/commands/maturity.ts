/**
 * `eclaireur maturity`: the maturity diagnostic (Altimeter's six stages of social business
 * transformation). Answers come from a YAML or JSON file (`--answers FILE`) or are asked one by
 * one on the terminal (in the --lang language); the command prints the stage, why the
 * organisation is there, what holds the next stage back and the next steps (text or --json),
 * and stores the assessment with the field (one per day; `--no-save` to only look).
 *   eclaireur maturity history    the stored assessments, oldest first
 *   eclaireur maturity template   a blank answers file with the questions as comments
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Lang } from '../../core/domain.js';
import {
  QUESTIONNAIRE_VERSION,
  QUESTIONS,
  SCALE,
  STAGES,
  assessMaturity,
  explainMaturity,
  stageOf,
  type AnswerValue,
  type Answers,
  type MaturityAssessment,
} from '../../core/maturity/index.js';
import { AnswersFileError, answersTemplate, readAnswersText } from '../../adapters/maturity/answers-file.js';
import { listAssessments, saveAssessment } from '../../adapters/storage/maturity-store.js';
import { globals, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { resolveField } from './field.js';

const MESSAGES = {
  en: {
    title: 'Maturity',
    why: 'Why',
    blocking: 'What holds the next stage back',
    steps: 'Next steps',
    stages: 'Stages (mean of 4, ✓ criteria met)',
    saved: (date: string, replaced: boolean) => `saved: assessment of ${date}${replaced ? ' (replaces that day’s)' : ''}, questionnaire ${QUESTIONNAIRE_VERSION}`,
    noFile: (f: string) => `${f}: no such file`,
    badDate: (d: string) => `--date: expected YYYY-MM-DD, got "${d}"`,
    prompt: 'answer 0–4 (or none, started, partly, mostly, fully)',
    again: (s: string) => `"${s}" is not on the scale; answer 0, 1, 2, 3 or 4`,
    ended: (id: string) => `the input ended before question "${id}" was answered; nothing was saved`,
    empty: 'no maturity assessment yet: run `eclaireur maturity`',
    history: (n: number) => `${n} assessment(s):`,
    wrote: (f: string) => `wrote ${f}`,
  },
  fr: {
    title: 'Maturité',
    why: 'Pourquoi',
    blocking: 'Ce qui retient l’étape suivante',
    steps: 'Prochaines étapes',
    stages: 'Étapes (moyenne sur 4, ✓ critères remplis)',
    saved: (date: string, replaced: boolean) => `enregistré : diagnostic du ${date}${replaced ? ' (remplace celui du jour)' : ''}, questionnaire ${QUESTIONNAIRE_VERSION}`,
    noFile: (f: string) => `${f} : fichier introuvable`,
    badDate: (d: string) => `--date : attendu AAAA-MM-JJ, reçu « ${d} »`,
    prompt: 'répondez de 0 à 4 (ou none, started, partly, mostly, fully)',
    again: (s: string) => `« ${s} » n’est pas sur l’échelle ; répondez 0, 1, 2, 3 ou 4`,
    ended: (id: string) => `l’entrée s’est terminée avant la réponse à la question « ${id} » ; rien n’a été enregistré`,
    empty: 'aucun diagnostic de maturité encore : lancez `eclaireur maturity`',
    history: (n: number) => `${n} diagnostic(s) :`,
    wrote: (f: string) => `écrit : ${f}`,
  },
};

/** Where interactive answers are read from (tests replace it). */
export const maturityInput: { stream: NodeJS.ReadableStream } = { stream: process.stdin };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkDate(d: string, lang: Lang): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  if (!ok) throw new UsageError(MESSAGES[lang].badDate(d));
  return d;
}

/** Reads and checks an answers file; problems become a UsageError listing `file:line:column`. */
export function readAnswersFile(path: string, lang: Lang): { date: string | null; answers: Answers } {
  if (!existsSync(path)) throw new UsageError(MESSAGES[lang].noFile(path));
  try {
    return readAnswersText(readFileSync(path, 'utf8'), path, lang);
  } catch (e) {
    if (e instanceof AnswersFileError) throw new UsageError(e.message);
    throw e;
  }
}

function parseAnswer(s: string): AnswerValue | null {
  const t = s.trim().toLowerCase();
  if (/^[0-4]$/.test(t)) return Number(t) as AnswerValue;
  return SCALE.find((x) => x.key === t || x.label.en === t || x.label.fr === t)?.value ?? null;
}

/** Asks the questions one by one (prompts on stderr, so --json output stays clean). */
async function askAnswers(lang: Lang): Promise<Answers> {
  const m = MESSAGES[lang];
  const rl = createInterface({ input: maturityInput.stream, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const out: Record<string, AnswerValue> = {};
  const scale = SCALE.map((s) => `${s.value} ${s.label[lang]}`).join(' · ');
  try {
    for (const [i, q] of QUESTIONS.entries()) {
      const s = stageOf(q.stage);
      io.err(`\n[${i + 1}/${QUESTIONS.length}] ${s.name[lang]}\n  ${q.text[lang]}\n  ${scale}\n`);
      for (;;) {
        io.err(`${m.prompt}> `);
        const next = await lines.next();
        if (next.done) throw new UsageError(m.ended(q.id));
        const a = parseAnswer(String(next.value));
        if (a !== null) {
          out[q.id] = a;
          break;
        }
        io.err(`${m.again(String(next.value).trim())}\n`);
      }
    }
  } finally {
    rl.close();
  }
  io.err('\n');
  return out;
}

function fmt(x: number, lang: Lang): string {
  const s = x.toFixed(2).replace(/\.?0+$/, '');
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** The assessment as text, in the language. */
export function maturityText(a: MaturityAssessment, lang: Lang): string {
  const m = MESSAGES[lang];
  const e = explainMaturity(a, lang);
  const colon = lang === 'fr' ? ' :' : ':';
  const lines = [`${m.title}${colon} ${e.headline}`, e.description, '', `${m.why}${colon}`, ...e.reasons.map((r) => `  - ${r}`)];
  if (e.blocking.length > 0) lines.push('', `${m.blocking}${colon}`, ...e.blocking.map((r) => `  - ${r}`));
  if (e.ahead) lines.push('', e.ahead);
  if (e.nextSteps.length > 0) lines.push('', `${m.steps}${colon}`, ...e.nextSteps.map((s, i) => `  ${i + 1}. ${s}`));
  lines.push('', `${m.stages}${colon}`, `  ${a.stages.map((s) => `${stageOf(s.stage).name[lang]} ${fmt(s.mean, lang)}${s.met ? ' ✓' : ''}`).join(' · ')}`);
  return `${lines.join('\n')}\n`;
}

/** The assessment as plain data for --json (and the report). */
export function maturityJson(a: MaturityAssessment, date: string, lang: Lang): Record<string, unknown> {
  return {
    date,
    questionnaireVersion: a.questionnaireVersion,
    stage: a.stage,
    stageNumber: stageOf(a.stage).number,
    reached: a.reached,
    next: a.next,
    stages: a.stages,
    supporting: a.supporting,
    blocking: a.blocking,
    ahead: a.ahead,
    nextSteps: a.nextSteps.map((s) => ({ question: s.question, action: s.action[lang] })),
    explanation: explainMaturity(a, lang),
    params: a.params,
  };
}

interface AssessOptions {
  answers?: string;
  date?: string;
  json?: boolean;
  save: boolean;
  field?: string;
}

export function registerMaturity(program: Command): Command {
  const maturity = program
    .command('maturity')
    .description('maturity diagnostic (Altimeter’s six stages): the stage, why, and the next steps; stored with the field')
    .option('--answers <file>', 'answers file (YAML or JSON; see `eclaireur maturity template`); without it, the questions are asked')
    .option('--date <YYYY-MM-DD>', 'date of the assessment (default: the file’s date, else today)')
    .option('--json', 'print the assessment as JSON')
    .option('--no-save', 'do not store the assessment')
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .action(async (o: AssessOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      const fromFile = o.answers !== undefined ? readAnswersFile(o.answers, g.lang) : null;
      const date = o.date !== undefined ? checkDate(o.date, g.lang) : (fromFile?.date ?? today());
      // Check the store before asking eighteen questions.
      const run = async (save: ((a: MaturityAssessment, answers: Answers) => Promise<string | null>) | null) => {
        const answers = fromFile ? fromFile.answers : await askAnswers(g.lang);
        const a = assessMaturity(answers);
        const saved = save ? await save(a, answers) : null;
        if (o.json) io.out(`${JSON.stringify({ ...maturityJson(a, date, g.lang), saved: saved !== null }, null, 2)}\n`);
        else io.out(maturityText(a, g.lang));
        if (saved) io.err(`${saved}\n`);
      };
      if (!o.save) return run(null);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        await run(async (a, answers) => {
          const r = await saveAssessment(store.db, field.id, { date, questionnaireVersion: a.questionnaireVersion, answers, stage: a.stage });
          return m.saved(date, r.replaced);
        });
      });
    });
  maturity
    .command('history')
    .description('the field’s stored maturity assessments, oldest first')
    .option('--json', 'print them as JSON')
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .action(async (o: { json?: boolean; field?: string }, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const list = await listAssessments(store.db, field.id);
        if (o.json) {
          io.out(`${JSON.stringify(list.map((x) => ({ date: x.date, stage: x.stage, stageNumber: stageOf(x.stage).number, questionnaireVersion: x.questionnaireVersion, answers: x.answers })), null, 2)}\n`);
          return;
        }
        if (list.length === 0) {
          io.out(`${m.empty}\n`);
          return;
        }
        const lines = [m.history(list.length)];
        for (const x of list) {
          const s = stageOf(x.stage);
          lines.push(`  ${x.date}  ${s.number}/${STAGES.length} ${s.name[g.lang].padEnd(14)} (questionnaire ${x.questionnaireVersion})`);
        }
        io.out(`${lines.join('\n')}\n`);
      });
    });
  maturity
    .command('template')
    .description('a blank answers file (YAML) with the questions as comments, in the --lang language')
    .option('--out <file>', 'write it to this file (default: print it)')
    .action((o: { out?: string }, cmd: Command) => {
      const g = globals(cmd);
      const text = answersTemplate(g.lang, today());
      if (o.out) {
        writeFileSync(o.out, text);
        io.err(`${MESSAGES[g.lang].wrote(o.out)}\n`);
      } else io.out(text);
    });
  for (const c of [maturity, ...maturity.commands]) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return maturity;
}
