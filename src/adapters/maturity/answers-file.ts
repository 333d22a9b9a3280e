/**
 * Reading a maturity answers file (YAML or JSON — JSON is YAML 1.2, so one parser reads both,
 * with a LineCounter for positions) and writing a blank one to fill in. Every problem comes out
 * as `file:line:column: message`: syntax errors where the parser stopped, an answer off the
 * scale at its value, an unknown key at the key, a missing answer at the `answers` key (or the
 * document's start when the file is the answers map alone).
 *
 * The file: `{ version?, date?, answers: { <question id>: 0–4 | none | started | partly |
 * mostly | fully } }`, or the answers map alone.
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import type { Lang } from '../../core/domain.js';
import { AnswersError, QUESTIONNAIRE_VERSION, QUESTIONS, SCALE, parseAnswersInput, stageOf, type AnswersInput } from '../../core/maturity/index.js';

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class AnswersFileError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'AnswersFileError';
  }
}

/**
 * Where a problem is, as an offset in the text: the node at `path` (its key instead with
 * `atKey`: an unknown key, or the key of a map that lacks one), else its closest ancestor.
 */
function offsetOf(doc: Document.Parsed, path: (string | number)[], atKey = false): number {
  if (atKey && path.length > 0) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** Parses and checks an answers file's text; throws AnswersFileError naming line and column. */
export function readAnswersText(text: string, file: string, lang: Lang): AnswersInput {
  const src = text.replace(/^\uFEFF/, '');
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new AnswersFileError(
      doc.errors.map((e) => ({ file, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1, message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') })),
    );
  }
  const raw: unknown = doc.toJS();
  try {
    return parseAnswersInput(raw);
  } catch (e) {
    if (!(e instanceof AnswersError)) throw e;
    throw new AnswersFileError(
      e.issues.map((i) => {
        const pos = lc.linePos(offsetOf(doc, i.path, i.atKey));
        return { file, line: pos.line, column: pos.col, message: i.message[lang] };
      }),
    );
  }
}

/** A blank answers file in YAML: each question as a comment above its empty answer. */
export function answersTemplate(lang: Lang, date: string): string {
  const fr = lang === 'fr';
  const scale = SCALE.map((s) => `${s.value} = ${s.key} (${s.label[lang]})`).join(', ');
  const out = [
    fr ? '# Diagnostic de maturité (Altimeter, six étapes) — répondez à chaque énoncé :' : '# Maturity diagnostic (Altimeter, six stages) — answer each statement:',
    fr ? `# à quel point est-il vrai de votre organisation aujourd’hui ? ${scale}` : `# how far is it true of your organisation today? ${scale}`,
    `version: "${QUESTIONNAIRE_VERSION}"`,
    `date: ${date}`,
    'answers:',
  ];
  let stage = '';
  for (const q of QUESTIONS) {
    if (q.stage !== stage) {
      stage = q.stage;
      const s = stageOf(q.stage);
      out.push(`  # ${s.number}. ${s.name[lang]} — ${s.motto[lang]}`);
    }
    out.push(`  # ${q.text[lang]}`, `  ${q.id}:`);
  }
  return `${out.join('\n')}\n`;
}
