/**
 * Rule `cadence-norm` (warning): a channel whose cadence (items per week; a month is 52/12
 * weeks) is far from the norm of its kind — below the norm's minimum divided by
 * `cadenceFactor`, or above its maximum times it. The ranges, their sources and the factor are
 * in `STRATEGY_DEFAULTS` (defaults.ts). Kinds without a norm are not checked.
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
      const f = Math.max(1, d.cadenceFactor);
      if (w >= norm.min / f - 1e-9 && w <= norm.max * f + 1e-9) return;
      const dir = w < norm.min ? t(L, 'loin sous', 'far below') : t(L, 'loin au-dessus de', 'far above');
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
