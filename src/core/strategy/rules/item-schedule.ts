/**
 * Rule `item-schedule` (error): planning is kept apart from scheduling — an idea or a backlog
 * item has no date yet; a planned, ready or published item has one.
 */
import { UNDATED_STATUSES, type Finding, type Rule } from '../model.js';
import { finding, nameOf, t } from './common.js';

export const itemSchedule: Rule = {
  id: 'item-schedule',
  severity: 'error',
  title: { fr: 'Date incohérente avec le statut du contenu', en: 'Date inconsistent with the item’s status' },
  check(s, ctx) {
    const L = ctx.lang;
    const out: Finding[] = [];
    s.plan.items.forEach((it, i) => {
      const n = nameOf(it.title, it.id, L);
      const undated = UNDATED_STATUSES.includes(it.status);
      if (undated && it.date !== null) out.push(finding(itemSchedule, `plan.items[${i}].date`, t(L, `Le contenu « ${n} » est au statut « ${it.status} » mais a une date : planifiez-le (planned) ou retirez la date.`, `Item "${n}" is "${it.status}" but has a date: make it planned or remove the date.`)));
      if (!undated && it.date === null) out.push(finding(itemSchedule, `plan.items[${i}].date`, t(L, `Le contenu « ${n} » est au statut « ${it.status} » mais n’a pas de date.`, `Item "${n}" is "${it.status}" but has no date.`)));
    });
    return out;
  },
};
