/**
 * An assessment in sentences, in French or English: the stage, why the organisation is there,
 * what holds the next stage back, and the next steps. The text and report writers show these.
 */
import type { Lang } from '../domain.js';
import type { MaturityAssessment } from './assess.js';
import { QUESTIONS, SCALE_MAX, scaleLabel } from './questionnaire.js';
import { stageOf } from './stages.js';

export interface MaturityExplanation {
  /** "Stage 3 of 6: Engagement — Dialogue deepens commitment". */
  headline: string;
  description: string;
  /** Why the organisation is at its stage. */
  reasons: string[];
  /** What holds the next stage back. */
  blocking: string[];
  /** Stages above the next one already met, or null. */
  ahead: string | null;
  nextSteps: string[];
}

function num(x: number, lang: Lang): string {
  const s = (Math.round(x * 100) / 100).toString();
  return lang === 'fr' ? s.replace('.', ',') : s;
}

function quote(id: string, lang: Lang): string {
  const q = QUESTIONS.find((x) => x.id === id)!;
  return lang === 'fr' ? `« ${q.text.fr} »` : `“${q.text.en}”`;
}

export function explainMaturity(a: MaturityAssessment, lang: Lang): MaturityExplanation {
  const s = stageOf(a.stage);
  const fr = lang === 'fr';
  const headline = fr ? `Étape ${s.number} sur 6 : ${s.name.fr} — ${s.motto.fr}` : `Stage ${s.number} of 6: ${s.name.en} — ${s.motto.en}`;
  const reasons: string[] = [];
  const status = a.stages[s.number - 1]!;
  const { stageMean, questionFloor } = a.params;
  const floorLabel = scaleLabel(questionFloor, lang);
  if (!a.reached) {
    reasons.push(
      fr
        ? `Les critères de la planification ne sont pas encore remplis (moyenne ${num(status.mean, lang)} sur ${SCALE_MAX}, réponse la plus basse ${status.min}) : l’organisation commence l’étape 1.`
        : `Planning’s criteria are not met yet (mean ${num(status.mean, lang)} of ${SCALE_MAX}, lowest answer ${status.min}): the organisation is starting stage 1.`,
    );
  } else {
    reasons.push(
      fr
        ? `Les critères des étapes 1 à ${s.number} sont remplis : à chacune, moyenne d’au moins ${num(stageMean, lang)} sur ${SCALE_MAX} et aucune réponse sous « ${floorLabel} ». Pour l’étape ${s.number}, moyenne ${num(status.mean, lang)} :`
        : `The criteria of stages 1 to ${s.number} are met: for each, a mean of at least ${num(stageMean, lang)} of ${SCALE_MAX} and no answer below “${floorLabel}”. For stage ${s.number}, mean ${num(status.mean, lang)}:`,
    );
    for (const r of a.supporting) reasons.push(`${quote(r.question, lang)} — ${scaleLabel(r.answer, lang)} (${r.answer})`);
  }
  const blocking: string[] = [];
  if (a.next !== null) {
    const n = stageOf(a.next);
    const ns = a.stages[n.number - 1]!;
    blocking.push(
      fr
        ? `Ce qui retient l’étape ${n.number} (${n.name.fr}) : moyenne ${num(ns.mean, lang)} (seuil ${num(stageMean, lang)}), réponse la plus basse ${ns.min} (plancher ${questionFloor}).`
        : `What holds stage ${n.number} (${n.name.en}) back: mean ${num(ns.mean, lang)} (threshold ${num(stageMean, lang)}), lowest answer ${ns.min} (floor ${questionFloor}).`,
    );
    for (const b of a.blocking) {
      const why =
        b.reason === 'floor'
          ? fr
            ? `sous le plancher « ${floorLabel} »`
            : `below the floor “${floorLabel}”`
          : fr
            ? 'tire la moyenne sous le seuil'
            : 'pulls the mean under the threshold';
      blocking.push(`${quote(b.question, lang)} — ${scaleLabel(b.answer, lang)} (${b.answer})${fr ? ' : ' : ': '}${why}`);
    }
  }
  const ahead =
    a.ahead.length === 0
      ? null
      : fr
        ? `Déjà atteint plus haut, hors de l’ordre : ${a.ahead.map((k) => stageOf(k).name.fr).join(', ')} — l’acquis compte dès que l’étape suivante est franchie.`
        : `Already met higher up, out of order: ${a.ahead.map((k) => stageOf(k).name.en).join(', ')} — it counts as soon as the next stage is reached.`;
  const nextSteps = a.nextSteps.map((x) => x.action[lang]);
  return { headline, description: s.description[lang], reasons, blocking, ahead, nextSteps };
}
