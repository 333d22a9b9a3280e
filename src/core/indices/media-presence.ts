/**
 * Index 6, media_presence — in the media as the community's spokesperson.
 *
 * Signal: the recency-weighted rate per year (recency-rate.ts) of media mentions
 * (mentionWeight) and quotes as a spokesperson (quoteWeight: being asked to speak weighs
 * more than being named), half-life halfLifeDays.
 * Reference: share-of-voice and earned-media counts of media monitoring (e.g. the
 * AMEC Integrated Evaluation Framework's "outputs"); EWMA recency.
 */
import { kindWeights, num, param, t } from './common.js';
import { rateSignal } from './recency-rate.js';
import { explainRate } from './publishing.js';
import type { IndexModule } from './types.js';
import type { IndexParams } from '../ranking/config.js';

function weights(params: IndexParams): Float64Array {
  return kindWeights({ media_mention: param(params, 'mentionWeight'), media_quote: param(params, 'quoteWeight') });
}

export const mediaPresence: IndexModule = {
  key: 'media_presence',
  label: { en: 'Presence in the media as spokesperson', fr: 'Présence dans les médias comme porte-parole' },
  signal(ctx) {
    return rateSignal(ctx, weights(ctx.params), 'year');
  },
  explain(ctx, c, lang) {
    return explainRate(ctx, c, lang, weights(ctx.params), 'year', ['Aucune mention ni citation dans les médias.', 'No media mention or quote.']);
  },
  describe(params, lang) {
    const w = (n: string) => num(param(params, n), lang, 2);
    return {
      signal: t(
        lang,
        `Taux annuel pondéré par l’ancienneté (demi-vie ${params.halfLifeDays} j) : mention ×${w('mentionWeight')}, citation comme porte-parole ×${w('quoteWeight')}.`,
        `Recency-weighted rate per year (half-life ${params.halfLifeDays} d): mention ×${w('mentionWeight')}, quote as spokesperson ×${w('quoteWeight')}.`,
      ),
      references: ['AMEC Integrated Evaluation Framework (2016): outputs, out-takes, outcomes.', 'Hunter, J. S. (1986). The exponentially weighted moving average.'],
      limits: t(lang, 'Un média national et un bulletin local pèsent autant ; le ton (positif ou négatif) n’est pas mesuré.', 'A national outlet and a local newsletter weigh the same; tone (positive or negative) is not measured.'),
    };
  },
};
