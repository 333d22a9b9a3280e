/**
 * Rule `cadence-norm` (warning): a channel whose cadence (items per week; a month is 52/12
 * weeks) lies outside the norm of its kind — the ranges and their sources are in
 * `STRATEGY_DEFAULTS.cadence` (defaults.ts). Kinds without a norm are not checked.
 */
import type { Finding, Rule } from '../model.js';
import { defaultsOf, finding, num, perWeek, t } from './common.js';

export const cadenceNorm: Rule = {
  id: 'cadence-norm',
  severity: 'warning',
  title: { fr: 'Canal à une cadence loin de la norme', en: 'Channel with a cadence far from its norm' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    const d = defaultsOf(ctx);
    s.plan.channels.forEach((c, i) => {
      const norm = d.cadence[c.kind];
      if (!c.cadence || !norm) return;
      const w = perWeek(c.cadence);
      if (w >= norm.min - 1e-9 && w <= norm.max + 1e-9) return;
      const dir = w < norm.min ? t(L, 'sous', 'below') : t(L, 'au-dessus de', 'above');
      out.push(
        finding(
          cadenceNorm,
          `plan.channels[${i}].cadence`,
          t(
            L,
            `Le canal « ${c.name} » publie ${num(w, L, 2)} fois par semaine, ${dir} la norme (${num(norm.min, L, 2)} à ${num(norm.max, L, 2)} par semaine ; source : ${norm.source}).`,
            `Channel "${c.name}" publishes ${num(w, L, 2)} times a week, ${dir} the norm (${num(norm.min, L, 2)} to ${num(norm.max, L, 2)} a week; source: ${norm.source}).`,
          ),
        ),
      );
    });
    return out;
  },
};
