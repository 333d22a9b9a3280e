/**
 * Index 10, ranking_agreement — agreement with other rankings.
 *
 * Simple evidence form (until the rank aggregation of issue 5 replaces it): each external
 * list L of the field gives the candidate the position score p = 1 − (rank − 1)/size (1 for
 * the top, 1/size for the last; 0 when absent from the list). Signal = 100 × Σ_L p / (number
 * of lists of the field): being high in every list scores 100, appearing in one list of two
 * at most 50. The size of a list is its declared size, else its largest rank seen. A list
 * of year Y is dated January 1 of Y: a ranking as of an earlier date does not know it.
 * References: Borda (1781) positional scoring; Dwork, Kumar, Naor, Sivakumar (2001), "Rank
 * aggregation methods for the Web" (partial lists), which issue 5 implements.
 */
import { NO_DAY } from '../dates.js';
import { kindCode } from '../evidence/kinds.js';
import { newSignal, num, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

const RANK = kindCode('external_rank');

const listCache = new WeakMap<object, Map<number, { ids: number[]; size: Float64Array }>>();

/** Whether row r is known at the reference date (undated rows always are). */
const known = (ctx: IndexContext, r: number): boolean => {
  const d = ctx.table.day[r];
  return d === NO_DAY || d <= ctx.asOfDay;
};

/** The field's lists known at the reference date (interned ids) and their sizes, computed once per table and date. */
function lists(ctx: IndexContext): { ids: number[]; size: Float64Array } {
  const { table } = ctx;
  let byDay = listCache.get(table);
  if (!byDay) listCache.set(table, (byDay = new Map()));
  const cached = byDay.get(ctx.asOfDay);
  if (cached) return cached;
  const size = new Float64Array(table.strings.length);
  const seen = new Uint8Array(table.strings.length);
  const ids: number[] = [];
  for (let r = 0; r < table.rows; r++) {
    if (table.kind[r] !== RANK || !known(ctx, r)) continue;
    const l = table.key[r];
    if (l < 0) continue;
    if (!seen[l]) {
      seen[l] = 1;
      ids.push(l);
    }
    const declared = table.value2[r];
    const s = declared === declared ? Math.max(declared, table.value[r]) : table.value[r];
    if (s > size[l]) size[l] = s;
  }
  byDay.set(ctx.asOfDay, { ids, size });
  return { ids, size };
}

function positions(ctx: IndexContext, c: number, size: Float64Array): { list: number; rank: number; size: number; p: number }[] {
  const { table } = ctx;
  const out: { list: number; rank: number; size: number; p: number }[] = [];
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    if (table.kind[r] !== RANK || !known(ctx, r)) continue;
    const l = table.key[r];
    const rank = table.value[r];
    if (l < 0 || !(rank >= 1)) continue;
    const s = Math.max(size[l], rank);
    out.push({ list: l, rank, size: s, p: 1 - (rank - 1) / s });
  }
  return out;
}

export const rankingAgreement: IndexModule = {
  key: 'ranking_agreement',
  label: { en: 'Agreement with other rankings', fr: 'Unanimité dans les autres classements' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const { ids, size } = lists(ctx);
    if (ids.length === 0) return out;
    const { table } = ctx;
    const { offsets, kind, key, value } = table;
    const best = new Float64Array(table.strings.length);
    const stamp = new Int32Array(table.strings.length);
    // The rows positions() would list, read in place (no array per candidate).
    for (let c = 0; c < C; c++) {
      let n = 0;
      // One position per list (the best, should a list name a candidate twice).
      let sum = 0;
      for (let r = offsets[c], end = offsets[c + 1]; r < end; r++) {
        if (kind[r] !== RANK || !known(ctx, r)) continue;
        const l = key[r];
        const rank = value[r];
        if (l < 0 || !(rank >= 1)) continue;
        const p = 1 - (rank - 1) / Math.max(size[l], rank);
        n++;
        if (stamp[l] !== c + 1) {
          stamp[l] = c + 1;
          best[l] = p;
          sum += p;
        } else if (p > best[l]) {
          sum += p - best[l];
          best[l] = p;
        }
      }
      if (n === 0) continue;
      out.evidence[c] = n;
      out.raw[c] = (100 * sum) / ids.length;
    }
    return out;
  },
  explain(ctx, c, lang) {
    const { ids, size } = lists(ctx);
    const ps = positions(ctx, c, size);
    if (ps.length === 0) return t(lang, `Absent des ${ids.length} autres classements du milieu.`, `Absent from the field’s ${ids.length} other rankings.`);
    const parts = ps
      .map((x) => ({ ...x, name: ctx.table.strings[x.list] }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((x) => t(lang, `${num(x.rank, lang, 0)}e sur ${num(x.size, lang, 0)} dans « ${x.name} »`, `#${num(x.rank, lang, 0)} of ${num(x.size, lang, 0)} in "${x.name}"`));
    const absent = ids.length - new Set(ps.map((x) => x.list)).size;
    const tail = absent > 0 ? t(lang, ` ; absent de ${absent} liste(s)`, `; absent from ${absent} list(s)`) : '';
    return `${parts.join(lang === 'fr' ? ' ; ' : '; ')}${tail}.`;
  },
  describe(_params, lang) {
    return {
      signal: t(
        lang,
        '100 × moyenne, sur toutes les listes externes du milieu, de la position normalisée 1 − (rang − 1)/taille (0 si absent de la liste).',
        '100 × mean, over all the field’s external lists, of the normalised position 1 − (rank − 1)/size (0 when absent from the list).',
      ),
      references: ['Borda, J.-C. de (1781). Mémoire sur les élections au scrutin.', 'Dwork, C., Kumar, R., Naor, M., Sivakumar, D. (2001). Rank aggregation methods for the Web. WWW 2001.'],
      limits: t(lang, 'Ne tient pas compte des égalités ni des tranches (« 101–150 ») ; l’appariement des noms entre listes est fait à l’import, par identifiant.', 'Ties and bands ("101–150") are not modelled; entries are matched to candidates at import, by key.'),
    };
  },
};
