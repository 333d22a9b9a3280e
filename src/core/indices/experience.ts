/**
 * Index 8, experience — years of experience in web-related fields.
 *
 * Signal: years from the earliest evidence of professional activity online (`first_activity`,
 * or the earliest social post, publication, talk, course or volunteer role, whichever is
 * earlier) to the reference date, in years of 365.2425 days. Normalised linearly up to the
 * cap (default 20 years = 100).
 * Reference: tenure as an expertise proxy (Ericsson et al. 1993, deliberate practice over
 * years); the source article's "expérience dans les domaines reliés au Web".
 */
import { DAYS_PER_YEAR, NO_DAY, isoOf } from '../dates.js';
import { kindWeights, num, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

const ACTIVITY = kindWeights({ first_activity: 1, post: 1, blog_post: 1, article: 1, book: 1, white_paper: 1, talk: 1, course: 1, volunteer_role: 1 });

function earliest(ctx: IndexContext, c: number): { items: number; day: number } {
  const { table, asOfDay } = ctx;
  let items = 0;
  let first = Infinity;
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    if (ACTIVITY[table.kind[r]] === 0) continue;
    const d = table.day[r];
    if (d === NO_DAY || d > asOfDay) continue;
    items++;
    if (d < first) first = d;
  }
  return { items, day: first };
}

export const experience: IndexModule = {
  key: 'experience',
  label: { en: 'Experience in web-related fields', fr: 'Expérience dans les domaines reliés au Web' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const raw = new Float64Array(C).fill(NaN);
    const evidence = new Int32Array(C);
    for (let c = 0; c < C; c++) {
      const e = earliest(ctx, c);
      evidence[c] = e.items;
      if (e.items > 0) raw[c] = (ctx.asOfDay - e.day) / DAYS_PER_YEAR;
    }
    return { raw, evidence };
  },
  explain(ctx, c, lang) {
    const e = earliest(ctx, c);
    if (e.items === 0) return t(lang, 'Aucune activité professionnelle en ligne datée.', 'No dated professional activity online.');
    const years = (ctx.asOfDay - e.day) / DAYS_PER_YEAR;
    return t(lang, `Première activité en ligne datée du ${isoOf(e.day)} : ${num(years, lang, 1)} ans.`, `Earliest online activity dated ${isoOf(e.day)}: ${num(years, lang, 1)} years.`);
  },
  describe(_params, lang) {
    return {
      signal: t(
        lang,
        'Années écoulées depuis la plus ancienne preuve d’activité professionnelle en ligne (première activité déclarée, ou plus ancienne publication, conférence, cours ou publication sociale).',
        'Years since the earliest evidence of professional activity online (declared first activity, or the earliest publication, talk, course or social post).',
      ),
      references: ['Ericsson, K. A., Krampe, R. T., Tesch-Römer, C. (1993). The role of deliberate practice in the acquisition of expert performance. Psychological Review 100(3).'],
      limits: t(lang, 'L’ancienneté n’est pas la compétence ; une activité non documentée n’est pas comptée.', 'Seniority is not skill; undocumented activity is not counted.'),
    };
  },
};
