/**
 * Index 5, community_contribution — talks, teaching, social involvement.
 *
 * Signal: the recency-weighted rate per year (recency-rate.ts) of talks (talkWeight), courses
 * taught (courseWeight) and volunteer roles (volunteerRoleWeight), half-life halfLifeDays.
 * Reference: the "service" and "dissemination" activity counts of academic evaluation
 * (e.g. DORA's recommendation to value contributions beyond publications); EWMA recency.
 */
import { kindWeights, num, param, t } from './common.js';
import { rateSignal } from './recency-rate.js';
import { explainRate } from './publishing.js';
import type { IndexModule } from './types.js';
import type { IndexParams } from '../ranking/config.js';

function weights(params: IndexParams): Float64Array {
  return kindWeights({ talk: param(params, 'talkWeight'), course: param(params, 'courseWeight'), volunteer_role: param(params, 'volunteerRoleWeight') });
}

export const communityContribution: IndexModule = {
  key: 'community_contribution',
  label: { en: 'Contribution to the web community', fr: 'Contribution à la communauté du Web' },
  signal(ctx) {
    return rateSignal(ctx, weights(ctx.params), 'year');
  },
  explain(ctx, c, lang) {
    return explainRate(ctx, c, lang, weights(ctx.params), 'year', ['Aucune conférence, aucun cours ni rôle bénévole daté.', 'No dated talk, course or volunteer role.']);
  },
  describe(params, lang) {
    const w = (n: string) => num(param(params, n), lang, 2);
    return {
      signal: t(
        lang,
        `Taux annuel pondéré par l’ancienneté (demi-vie ${params.halfLifeDays} j) : conférence ×${w('talkWeight')}, cours ×${w('courseWeight')}, rôle bénévole ×${w('volunteerRoleWeight')}.`,
        `Recency-weighted rate per year (half-life ${params.halfLifeDays} d): talk ×${w('talkWeight')}, course ×${w('courseWeight')}, volunteer role ×${w('volunteerRoleWeight')}.`,
      ),
      references: ['San Francisco Declaration on Research Assessment (DORA, 2012): value all research outputs and contributions.', 'Hunter, J. S. (1986). The exponentially weighted moving average.'],
      limits: t(lang, 'Une conférence devant 20 personnes compte autant qu’une plénière ; la durée d’un rôle bénévole n’est pas mesurée.', 'A talk to 20 people counts as much as a keynote; the length of a volunteer role is not measured.'),
    };
  },
};
