/**
 * Rule `objective-measurable` (error): an objective must be measurable — at least one KPI, a
 * target and a date (SMART objectives, Doran 1981; the source article's section 1).
 */
import type { Finding, Rule } from '../model.js';
import { finding, nameOf, t } from './common.js';

export const objectiveMeasurable: Rule = {
  id: 'objective-measurable',
  severity: 'error',
  title: { fr: 'Objectif sans indicateur, sans cible ou sans échéance', en: 'Objective without KPI, target or date' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    s.vision.objectives.forEach((o, i) => {
      const w = `vision.objectives[${i}]`;
      const n = nameOf(o.text, o.id, L);
      if (o.kpis.length === 0) out.push(finding(objectiveMeasurable, `${w}.kpis`, t(L, `L’objectif « ${n} » n’est mesuré par aucun indicateur (KPI).`, `Objective "${n}" is measured by no KPI.`)));
      if (o.target === null) out.push(finding(objectiveMeasurable, `${w}.target`, t(L, `L’objectif « ${n} » n’a pas de cible chiffrée.`, `Objective "${n}" has no numeric target.`)));
      if (o.date === null) out.push(finding(objectiveMeasurable, `${w}.date`, t(L, `L’objectif « ${n} » n’a pas d’échéance.`, `Objective "${n}" has no due date.`)));
    });
    return out;
  },
};
