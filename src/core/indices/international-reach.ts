/**
 * Index 7, international_reach — international visibility and presence.
 *
 * Three parts, combined with the configured shares (countryShare, foreignShare, languageShare;
 * a part without evidence is left out and the others are renormalised):
 *  - spread over countries: the effective number of countries N = exp(H), the Hill number of
 *    order 1 of the country distribution, scored min(1, ln N / ln countryCap);
 *  - foreign share: the share of that distribution outside the field's home country (left out
 *    when the field is worldwide);
 *  - spread over languages: exp(H) of the language distribution, scored min(1, ln N / ln languageCap).
 * The country distribution mixes, half and half when both exist, the audience by country
 * (`audience_country`, shares or counts normalised) and the countries of dated activity
 * (talks, courses, media, publications with a country), each weighted by recency.
 * Signal = 100 × Σ share·part / Σ share.
 * References: Shannon (1948) entropy; Hill (1973), "Diversity and evenness", Ecology 54 —
 * exp(H) as an effective number of categories; Jost (2006) on effective numbers.
 */
import { NO_DAY } from '../dates.js';
import { kindCode } from '../evidence/kinds.js';
import { recencyLookup, recencyWeight } from '../ranking/normalise.js';
import { type Marked, newSignal, nextMark, num, param, pct, scratchFor, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

const AUDIENCE_COUNTRY = kindCode('audience_country');

interface Reach {
  items: number;
  countries: number;
  effCountries: number;
  foreign: number | null;
  effLanguages: number | null;
  raw: number;
}

/** exp(Shannon entropy) of the positive weights in `w` at the ids in `ids[0..n)`. */
function effectiveNumber(w: Float64Array, ids: Int32Array, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += w[ids[i]];
  if (total <= 0) return 0;
  let h = 0;
  for (let i = 0; i < n; i++) {
    const p = w[ids[i]] / total;
    if (p > 0) h -= p * Math.log(p);
  }
  return Math.exp(h);
}

interface Scratch extends Marked {
  aud: Float64Array;
  act: Float64Array;
  lang: Float64Array;
  mix: Float64Array;
  stampC: Int32Array;
  stampL: Int32Array;
  cIds: Int32Array;
  lIds: Int32Array;
}

function scratch(ctx: IndexContext): Scratch {
  const n = ctx.table.strings.length;
  return scratchFor(ctx.table, 'international_reach', () => ({
    epoch: 0,
    aud: new Float64Array(n),
    act: new Float64Array(n),
    lang: new Float64Array(n),
    mix: new Float64Array(n),
    stampC: new Int32Array(n),
    stampL: new Int32Array(n),
    cIds: new Int32Array(n),
    lIds: new Int32Array(n),
  }));
}

function reach(ctx: IndexContext, c: number, s: Scratch): Reach {
  const { table, asOfDay, params, homeCountry } = ctx;
  const h = params.halfLifeDays;
  const lut = recencyLookup(table, asOfDay, h);
  const mark = nextMark(s);
  let nc = 0;
  let nl = 0;
  let items = 0;
  let audTotal = 0;
  let actTotal = 0;
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    const co = table.country[r];
    const la = table.language[r];
    if (co < 0 && la < 0) continue;
    const d = table.day[r];
    if (d !== NO_DAY && d > asOfDay) continue;
    const age = asOfDay - d;
    const w = d === NO_DAY ? 1 : age < lut.length ? lut[age] : recencyWeight(age, h);
    items++;
    if (co >= 0) {
      if (s.stampC[co] !== mark) {
        s.stampC[co] = mark;
        s.aud[co] = 0;
        s.act[co] = 0;
        s.cIds[nc++] = co;
      }
      if (table.kind[r] === AUDIENCE_COUNTRY) {
        const v = table.value[r];
        if (v === v && v > 0) {
          s.aud[co] += v;
          audTotal += v;
        }
      } else {
        s.act[co] += w;
        actTotal += w;
      }
    }
    if (la >= 0) {
      if (s.stampL[la] !== mark) {
        s.stampL[la] = mark;
        s.lang[la] = 0;
        s.lIds[nl++] = la;
      }
      s.lang[la] += w;
    }
  }
  if (items === 0) return { items, countries: 0, effCountries: 0, foreign: null, effLanguages: null, raw: NaN };
  const aShare = audTotal > 0 ? (actTotal > 0 ? 0.5 : 1) : 0;
  const bShare = actTotal > 0 ? 1 - aShare : 0;
  let foreignMass = 0;
  let mass = 0;
  for (let i = 0; i < nc; i++) {
    const id = s.cIds[i];
    const m = (audTotal > 0 ? (aShare * s.aud[id]) / audTotal : 0) + (actTotal > 0 ? (bShare * s.act[id]) / actTotal : 0);
    s.mix[id] = m;
    mass += m;
    if (homeCountry !== null && table.strings[id] !== homeCountry) foreignMass += m;
  }
  let num_ = 0;
  let den = 0;
  let effCountries = 0;
  let foreign: number | null = null;
  if (mass > 0) {
    effCountries = effectiveNumber(s.mix, s.cIds, nc);
    num_ += param(params, 'countryShare') * Math.min(1, Math.log(effCountries) / Math.log(param(params, 'countryCap')));
    den += param(params, 'countryShare');
    if (homeCountry !== null) {
      foreign = foreignMass / mass;
      num_ += param(params, 'foreignShare') * foreign;
      den += param(params, 'foreignShare');
    }
  }
  let effLanguages: number | null = null;
  if (nl > 0) {
    effLanguages = effectiveNumber(s.lang, s.lIds, nl);
    num_ += param(params, 'languageShare') * Math.min(1, Math.log(effLanguages) / Math.log(param(params, 'languageCap')));
    den += param(params, 'languageShare');
  }
  const raw = den > 0 ? (100 * num_) / den : NaN;
  return { items, countries: nc, effCountries, foreign, effLanguages, raw };
}

export const internationalReach: IndexModule = {
  key: 'international_reach',
  label: { en: 'International visibility and presence', fr: 'Visibilité et présence internationales' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const s = scratch(ctx);
    for (let c = 0; c < C; c++) {
      const r = reach(ctx, c, s);
      out.evidence[c] = r.items;
      out.raw[c] = r.raw;
    }
    return out;
  },
  explain(ctx, c, lang) {
    const r = reach(ctx, c, scratch(ctx));
    if (r.items === 0 || Number.isNaN(r.raw)) return t(lang, 'Aucun pays ni langue connus pour l’auditoire ou les activités.', 'No country or language known for the audience or activities.');
    const parts = [
      t(lang, `${num(r.countries, lang, 0)} pays (nombre effectif ${num(r.effCountries, lang, 2)})`, `${num(r.countries, lang, 0)} countries (effective number ${num(r.effCountries, lang, 2)})`),
    ];
    if (r.foreign !== null) parts.push(t(lang, `${pct(r.foreign, lang)} hors du pays du milieu`, `${pct(r.foreign, lang)} outside the field’s country`));
    if (r.effLanguages !== null) parts.push(t(lang, `nombre effectif de langues ${num(r.effLanguages, lang, 2)}`, `effective number of languages ${num(r.effLanguages, lang, 2)}`));
    return `${parts.join(lang === 'fr' ? ' ; ' : '; ')}.`;
  },
  describe(params, lang) {
    const p = (n: string) => num(param(params, n), lang, 2);
    return {
      signal: t(
        lang,
        `100 × moyenne pondérée de : étendue des pays (${p('countryShare')}) min(1, ln N/ln ${p('countryCap')}) où N = exp(H) est le nombre effectif de pays de l’auditoire et des activités ; part hors du pays du milieu (${p('foreignShare')}) ; étendue des langues (${p('languageShare')}) min(1, ln N/ln ${p('languageCap')}). Activités pondérées par l’ancienneté (demi-vie ${params.halfLifeDays} j).`,
        `100 × weighted mean of: spread over countries (${p('countryShare')}) min(1, ln N/ln ${p('countryCap')}) where N = exp(H) is the effective number of countries of the audience and activities; share outside the field’s country (${p('foreignShare')}); spread over languages (${p('languageShare')}) min(1, ln N/ln ${p('languageCap')}). Activities weighted by recency (half-life ${params.halfLifeDays} d).`,
      ),
      references: ['Shannon, C. E. (1948). A mathematical theory of communication.', 'Hill, M. O. (1973). Diversity and evenness: a unifying notation and its consequences. Ecology 54(2).', 'Jost, L. (2006). Entropy and diversity. Oikos 113(2).'],
      limits: t(lang, 'Dépend des pays et langues saisis ; un auditoire sans ventilation par pays n’y contribue pas.', 'Depends on the countries and languages entered; an audience without a country breakdown does not contribute.'),
    };
  },
};
