/**
 * Rule `objective-baseline` (warning): an objective with a target but no baseline cannot show
 * progress — the starting value must be known (the source article: baseline, target, date).
 */
import type { Finding, Rule } from '../model.js';
import { finding, nameOf, t } from './common.js';

export const objectiveBaseline: Rule = {
  id: 'objective-baseline',
  severity: 'warning',
  title: { fr: 'Objectif sans point de départ', en: 'Objective without baseline' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    s.vision.objectives.forEach((o, i) => {
      if (o.baseline !== null) return;
      const n = nameOf(o.text, o.id, L);
      out.push(finding(objectiveBaseline, `vision.objectives[${i}].baseline`, t(L, `L’objectif « ${n} » n’a pas de point de départ (valeur actuelle).`, `Objective "${n}" has no baseline (current value).`)));
    });
    return out;
  },
};
