/**
 * Index 10, ranking_agreement — agreement with other rankings ("unanimité dans les autres
 * classements").
 *
 * The field's external lists known at the reference date (a list of year Y from January 1 of
 * Y), each a partial ranking of candidates with ties (equal ranks share their positions) and
 * bands (an entry published in "101–150" holds the interval [101, 150], mid-position 125.5,
 * however few of the band's entries are candidates) and its size (declared, else its largest
 * rank or band end). Their consensus by Borda count
 * (`AGREEMENT_DEFAULTS.index.method`, core/agreement/borda.ts), then for each candidate the
 * agreement signal of core/agreement/agreement-index.ts, 0–100: the mean of
 *   coverage  = lists that rank the candidate / all the field's lists,
 *   position  = 1 − (consensus rank − 1)/(candidates ranked by any list),
 *   unanimity = 1 − 2 × standard deviation over the lists of 1 − (rank − 1)/size, rank the
 *               mid-position of the entry's interval (0 when absent),
 * so that being high in every list scores near 100 and being top of one list of two, absent
 * from the other, much less. Missing (null) for a candidate no list ranks.
 * References: Borda (1781); Dwork, Kumar, Naor, Sivakumar (2001), "Rank aggregation methods
 * for the Web" (partial lists, MC4 and local Kemenization, available to
 * `eclaireur rankings aggregate`).
 */
import { NO_DAY } from '../dates.js';
import { kindCode } from '../evidence/kinds.js';
import { AGREEMENT_DEFAULTS } from '../agreement/defaults.js';
import { agreement, type AgreementEntry } from '../agreement/agreement-index.js';
import { rankingsFromTable } from '../agreement/from-table.js';
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
    const bandEnd = bandEndAt(table, r);
    if (bandEnd > size[l]) size[l] = bandEnd;
  }
  byDay.set(ctx.asOfDay, { ids, size });
  return { ids, size };
}

/** The band end of row r when it opens a band (a whole number above its rank), else NaN. */
function bandEndAt(table: IndexContext['table'], r: number): number {
  const e = table.value3 ? table.value3[r] : NaN;
  return e > table.value[r] && e === Math.floor(e) ? e : NaN;
}

function positions(ctx: IndexContext, c: number, size: Float64Array): { list: number; rank: number; bandEnd: number; size: number }[] {
  const { table } = ctx;
  const out: { list: number; rank: number; bandEnd: number; size: number }[] = [];
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    if (table.kind[r] !== RANK || !known(ctx, r)) continue;
    const l = table.key[r];
    const rank = table.value[r];
    if (l < 0 || !(rank >= 1) || rank !== Math.floor(rank)) continue;
    const bandEnd = bandEndAt(table, r);
    out.push({ list: l, rank, bandEnd, size: Math.max(size[l], rank, bandEnd === bandEnd ? bandEnd : 0) });
  }
  return out;
}

interface Agreement {
  entries: (AgreementEntry | null)[];
  lists: number;
  universe: number;
}

const agreementCache = new WeakMap<object, Map<number, Agreement>>();

/** The agreement of every candidate at the reference date, computed once per table and date. */
function agreementOf(ctx: IndexContext): Agreement {
  const { table } = ctx;
  let byDay = agreementCache.get(table);
  if (!byDay) agreementCache.set(table, (byDay = new Map()));
  const cached = byDay.get(ctx.asOfDay);
  if (cached) return cached;
  const C = table.candidateCount;
  const rankings = rankingsFromTable(table, ctx.asOfDay, String);
  const out: Agreement = { entries: new Array<AgreementEntry | null>(C).fill(null), lists: rankings.length, universe: 0 };
  if (rankings.length > 0) {
    const a = agreement(rankings, { method: AGREEMENT_DEFAULTS.index.method });
    out.universe = a.entries.length;
    for (const e of a.entries) out.entries[Number(e.item)] = e;
  }
  byDay.set(ctx.asOfDay, out);
  return out;
}

export const rankingAgreement: IndexModule = {
  key: 'ranking_agreement',
  label: { en: 'Agreement with other rankings', fr: 'Unanimité dans les autres classements' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const { size } = lists(ctx);
    const ag = agreementOf(ctx);
    for (let c = 0; c < C; c++) {
      const e = ag.entries[c];
      if (!e || e.signal === null) continue;
      out.raw[c] = e.signal;
      out.evidence[c] = positions(ctx, c, size).length;
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
      .map((x) =>
        x.bandEnd === x.bandEnd
          ? t(lang, `tranche ${num(x.rank, lang, 0)}–${num(x.bandEnd, lang, 0)} sur ${num(x.size, lang, 0)} dans « ${x.name} »`, `band #${num(x.rank, lang, 0)}–${num(x.bandEnd, lang, 0)} of ${num(x.size, lang, 0)} in "${x.name}"`)
          : t(lang, `${num(x.rank, lang, 0)}e sur ${num(x.size, lang, 0)} dans « ${x.name} »`, `#${num(x.rank, lang, 0)} of ${num(x.size, lang, 0)} in "${x.name}"`),
      );
    const absent = ids.length - new Set(ps.map((x) => x.list)).size;
    const tail = absent > 0 ? t(lang, ` ; absent de ${absent} liste(s)`, `; absent from ${absent} list(s)`) : '';
    const e = agreementOf(ctx).entries[c];
    const u = agreementOf(ctx).universe;
    const figures = e
      ? t(
          lang,
          ` Consensus (Borda) : ${num(e.aggregatedRank, lang, 0)}e sur ${num(u, lang, 0)} ; couverture ${num(e.coverage, lang, 2)}, position ${num(e.position, lang, 2)}, unanimité ${num(e.unanimity, lang, 2)} → ${num(e.signal ?? 0, lang, 1)}.`,
          ` Consensus (Borda): #${num(e.aggregatedRank, lang, 0)} of ${num(u, lang, 0)}; coverage ${num(e.coverage, lang, 2)}, position ${num(e.position, lang, 2)}, unanimity ${num(e.unanimity, lang, 2)} → ${num(e.signal ?? 0, lang, 1)}.`,
        )
      : '';
    return `${parts.join(lang === 'fr' ? ' ; ' : '; ')}${tail}.${figures}`;
  },
  describe(_params, lang) {
    return {
      signal: t(
        lang,
        'Consensus des listes externes du milieu (Borda, égalités et tranches partagées) ; signal = 100 × moyenne de la couverture (listes qui classent la personne / toutes), de la position au consensus 1 − (rang − 1)/n et de l’unanimité 1 − 2 × écart-type des positions normalisées 1 − (rang − 1)/taille, rang = milieu de l’intervalle de l’entrée (0 si absente).',
        'Consensus of the field’s external lists (Borda, ties and bands shared); signal = 100 × mean of coverage (lists ranking the person / all), consensus position 1 − (rank − 1)/n and unanimity 1 − 2 × standard deviation of the normalised positions 1 − (rank − 1)/size, rank the mid-position of the entry’s interval (0 when absent).',
      ),
      references: ['Borda, J.-C. de (1781). Mémoire sur les élections au scrutin.', 'Dwork, C., Kumar, R., Naor, M., Sivakumar, D. (2001). Rank aggregation methods for the Web. WWW 2001.'],
      limits: t(
        lang,
        'Une tranche (« 101–150 ») occupe toutes ses positions (milieu 125,5), même si peu de ses entrées sont des candidats, à condition que sa fin soit importée (colonne fin_tranche) ; sans elle, les entrées de même rang sont une égalité à cette position. Les entrées sont appariées aux candidats par identifiant à l’import, ou par nom avec « rankings match ».',
        'A band ("101–150") occupies all its positions (mid-position 125.5) however few of its entries are candidates, provided its end is imported (column band_end); without it, entries of equal rank are a tie at that position. Entries are matched to candidates by key at import, or by name with "rankings match".',
      ),
    };
  },
};
