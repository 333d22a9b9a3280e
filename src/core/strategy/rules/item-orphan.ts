/**
 * Rule `item-orphan` (warning): a content item (past the idea stage) that serves no objective or
 * addresses no segment is effort the strategy does not explain. Ideas are exempt: they are raw.
 */
import type { Finding, Rule } from '../model.js';
import { finding, nameOf, t } from './common.js';

export const itemOrphan: Rule = {
  id: 'item-orphan',
  severity: 'warning',
  title: { fr: 'Contenu qui ne sert aucun objectif ou aucun segment', en: 'Content item serving no objective or no segment' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    s.plan.items.forEach((it, i) => {
      if (it.status === 'idea') return;
      const n = nameOf(it.title, it.id, L);
      const w = `plan.items[${i}]`;
      if (it.objectives.length === 0) out.push(finding(itemOrphan, `${w}.objectives`, t(L, `Le contenu « ${n} » ne sert aucun objectif.`, `Content item "${n}" serves no objective.`)));
      if (it.segments.length === 0) out.push(finding(itemOrphan, `${w}.segments`, t(L, `Le contenu « ${n} » ne s’adresse à aucun segment.`, `Content item "${n}" addresses no segment.`)));
    });
    return out;
  },
};
