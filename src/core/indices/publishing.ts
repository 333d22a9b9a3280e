/**
 * Index 4, publishing — an active blog and other publications.
 *
 * Signal: the recency-weighted rate of publications per month (recency-rate.ts), each kind
 * weighted: blog post blogPostWeight, article articleWeight, white paper whitePaperWeight,
 * book bookWeight; half-life halfLifeDays. A steady blogger of two posts a month scores a raw
 * 2; a book counts as bookWeight posts in the month it came out and fades with the half-life.
 * References: posts per month from RSS/Atom feeds (RFC 4287) as the activity measure of a
 * blog; EWMA recency weighting (see recency-rate.ts).
 */
import { KIND_BY_CODE } from '../evidence/kinds.js';
import { kindWeights, num, param, t } from './common.js';
import { rateOf, rateSignal, unitWord } from './recency-rate.js';
import type { IndexContext, IndexModule } from './types.js';
import type { IndexParams } from '../ranking/config.js';

function weights(params: IndexParams): Float64Array {
  return kindWeights({
    blog_post: param(params, 'blogPostWeight'),
    article: param(params, 'articleWeight'),
    white_paper: param(params, 'whitePaperWeight'),
    book: param(params, 'bookWeight'),
  });
}

export function explainRate(ctx: IndexContext, c: number, lang: 'fr' | 'en', w: Float64Array, unit: 'month' | 'year', none: [string, string]): string {
  const byKind = new Map<number, number>();
  const r = rateOf(ctx, c, w, unit, byKind);
  if (r.items === 0) return t(lang, none[0], none[1]);
  const parts = [...byKind.entries()].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${num(n, lang, 0)} × ${KIND_BY_CODE[k].label[lang]}`);
  return t(
    lang,
    `${parts.join(', ')} ; taux pondéré par l’ancienneté (demi-vie ${ctx.params.halfLifeDays} j) : ${num(r.rate, lang, 2)} ${unitWord(unit, lang)}.`,
    `${parts.join(', ')}; recency-weighted rate (half-life ${ctx.params.halfLifeDays} d): ${num(r.rate, lang, 2)} ${unitWord(unit, lang)}.`,
  );
}

export const publishing: IndexModule = {
  key: 'publishing',
  label: { en: 'Active blog and other publications', fr: 'Blogue actif et autres publications' },
  signal(ctx) {
    return rateSignal(ctx, weights(ctx.params), 'month');
  },
  explain(ctx, c, lang) {
    return explainRate(ctx, c, lang, weights(ctx.params), 'month', ['Aucune publication datée.', 'No dated publication.']);
  },
  describe(params, lang) {
    const w = (n: string) => num(param(params, n), lang, 2);
    return {
      signal: t(
        lang,
        `Taux de publications par mois pondéré par l’ancienneté (demi-vie ${params.halfLifeDays} j) : billet ×${w('blogPostWeight')}, article ×${w('articleWeight')}, livre blanc ×${w('whitePaperWeight')}, livre ×${w('bookWeight')}.`,
        `Recency-weighted rate of publications per month (half-life ${params.halfLifeDays} d): blog post ×${w('blogPostWeight')}, article ×${w('articleWeight')}, white paper ×${w('whitePaperWeight')}, book ×${w('bookWeight')}.`,
      ),
      references: ['RFC 4287, The Atom Syndication Format (the dated entries a feed import reads).', 'Hunter, J. S. (1986). The exponentially weighted moving average. Journal of Quality Technology 18(4).'],
      limits: t(lang, 'Compte des publications, pas leur audience ni leur qualité.', 'Counts publications, not their readership or quality.'),
    };
  },
};
