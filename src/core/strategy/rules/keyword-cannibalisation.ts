/**
 * Rule `keyword-cannibalisation` (warning): two dated items with the same primary keyword
 * (compared after NFKC and lower-casing) published in the same calendar month compete for the
 * same search results (keyword cannibalisation). Each item after the first of the month is
 * flagged, naming the one it competes with.
 */
import type { Finding, Rule } from '../model.js';
import { finding, keywordKey, t } from './common.js';

export const keywordCannibalisation: Rule = {
  id: 'keyword-cannibalisation',
  severity: 'warning',
  title: { fr: 'Deux contenus sur le même mot-clé principal le même mois', en: 'Two items on the same primary keyword in the same month' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    const first = new Map<string, string>();
    const dated = s.plan.items.map((it, i) => ({ it, i })).filter(({ it }) => it.date !== null && it.keywords.primary !== null && keywordKey(it.keywords.primary) !== '');
    dated.sort((a, b) => (a.it.date! < b.it.date! ? -1 : a.it.date! > b.it.date! ? 1 : a.i - b.i));
    for (const { it, i } of dated) {
      const month = it.date!.slice(0, 7);
      const key = `${month}\u0000${keywordKey(it.keywords.primary!)}`;
      const other = first.get(key);
      if (other === undefined) {
        first.set(key, it.id);
        continue;
      }
      out.push(
        finding(
          keywordCannibalisation,
          `plan.items[${i}].keywords.primary`,
          t(
            L,
            `Les contenus « ${other} » et « ${it.id} » visent le même mot-clé principal « ${it.keywords.primary} » en ${month} : ils se concurrencent dans les résultats de recherche.`,
            `Items "${other}" and "${it.id}" target the same primary keyword "${it.keywords.primary}" in ${month}: they compete in search results.`,
          ),
        ),
      );
    }
    return out;
  },
};
