/**
 * Index 2, digital_identity — a structured, extensive presence in search engines.
 *
 * Signal: a 0–100 composite of four parts, each with its points in the configuration:
 *   own website (websitePoints if any `website` item);
 *   linked profiles (profilePoints × min(1, Σ profiles / profileCap), a verified profile
 *     counting 1 and an unverified one `unverifiedProfileWeight`; one per platform, the best);
 *   knowledge-base entries (knowledgeBasePoints × min(1, entries / knowledgeBaseCap));
 *   share of the first page of search results about the person (searchPoints × latest share).
 * Parts without evidence give 0 points; the index is missing only when none has evidence.
 * References: the IndieWeb rel=me verification of linked identities; Google's Knowledge Graph
 * and Wikidata as the knowledge bases search engines draw identity panels from.
 */
import { NO_DAY } from '../dates.js';
import { kindCode } from '../evidence/kinds.js';
import { type Marked, newSignal, nextMark, num, param, pct, scratchFor, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

const IDENTITY = kindCode('identity');
const WEBSITE = kindCode('website');
const KB = kindCode('knowledge_base');
const SEARCH = kindCode('search_share');

interface Parts {
  items: number;
  website: boolean;
  profiles: number;
  profileValue: number;
  knowledgeBase: number;
  search: number | null;
  raw: number;
}

function parts(ctx: IndexContext, c: number, s: Scratch): Parts {
  const { best, stamp, list } = s;
  const { table, asOfDay, params } = ctx;
  const unverified = param(params, 'unverifiedProfileWeight');
  let items = 0;
  let website = false;
  let profiles = 0;
  let kb = 0;
  let searchDay = -Infinity;
  let search: number | null = null;
  const mark = nextMark(s);
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    const k = table.kind[r];
    if (k !== IDENTITY && k !== WEBSITE && k !== KB && k !== SEARCH) continue;
    const d = table.day[r];
    if (d !== NO_DAY && d > asOfDay) continue;
    items++;
    if (k === WEBSITE) website = true;
    else if (k === KB) kb++;
    else if (k === SEARCH) {
      const v = table.value[r];
      const day = d === NO_DAY ? -1e9 : d;
      if (v === v && day >= searchDay) {
        searchDay = day;
        search = Math.min(1, Math.max(0, v));
      }
    } else {
      const p = table.key[r];
      if (p < 0) continue;
      const w = table.value[r] >= 1 ? 1 : unverified;
      if (stamp[p] !== mark) {
        stamp[p] = mark;
        best[p] = w;
        list[profiles++] = p;
      } else if (w > best[p]) best[p] = w;
    }
  }
  let profileValue = 0;
  for (let i = 0; i < profiles; i++) profileValue += best[list[i]];
  const raw =
    (website ? param(params, 'websitePoints') : 0) +
    param(params, 'profilePoints') * Math.min(1, profileValue / param(params, 'profileCap')) +
    param(params, 'knowledgeBasePoints') * Math.min(1, kb / param(params, 'knowledgeBaseCap')) +
    param(params, 'searchPoints') * (search ?? 0);
  return { items, website, profiles, profileValue, knowledgeBase: kb, search, raw };
}

interface Scratch extends Marked {
  best: Float64Array;
  stamp: Int32Array;
  list: Int32Array;
}

function scratch(ctx: IndexContext): Scratch {
  const n = ctx.table.strings.length;
  return scratchFor(ctx.table, 'digital_identity', () => ({ epoch: 0, best: new Float64Array(n), stamp: new Int32Array(n), list: new Int32Array(n) }));
}

export const digitalIdentity: IndexModule = {
  key: 'digital_identity',
  label: { en: 'Digital identity', fr: 'Identité numérique' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const s = scratch(ctx);
    for (let c = 0; c < C; c++) {
      const p = parts(ctx, c, s);
      out.evidence[c] = p.items;
      if (p.items > 0) out.raw[c] = p.raw;
    }
    return out;
  },
  explain(ctx, c, lang) {
    const s = scratch(ctx);
    const p = parts(ctx, c, s);
    if (p.items === 0) return t(lang, 'Aucun site, profil, entrée de base de connaissances ni résultat de recherche.', 'No website, profile, knowledge-base entry or search result.');
    const site = p.website ? t(lang, 'site personnel', 'own website') : t(lang, 'pas de site personnel', 'no own website');
    const search = p.search === null ? t(lang, 'part des résultats de recherche inconnue', 'search-result share unknown') : t(lang, `${pct(p.search, lang)} des premiers résultats de recherche`, `${pct(p.search, lang)} of top search results`);
    return t(
      lang,
      `${site} ; ${num(p.profiles, lang, 0)} profils liés (valeur ${num(p.profileValue, lang, 1)}) ; ${num(p.knowledgeBase, lang, 0)} entrées de base de connaissances ; ${search} : ${num(p.raw, lang, 1)} points sur 100.`,
      `${site}; ${num(p.profiles, lang, 0)} linked profiles (value ${num(p.profileValue, lang, 1)}); ${num(p.knowledgeBase, lang, 0)} knowledge-base entries; ${search}: ${num(p.raw, lang, 1)} points out of 100.`,
    );
  },
  describe(params, lang) {
    const p = (n: string) => num(param(params, n), lang, 2);
    return {
      signal: t(
        lang,
        `Composite sur 100 : site personnel ${p('websitePoints')} pts ; profils liés ${p('profilePoints')} pts × min(1, profils/${p('profileCap')}) (non vérifié = ${p('unverifiedProfileWeight')}) ; entrées de base de connaissances ${p('knowledgeBasePoints')} pts × min(1, n/${p('knowledgeBaseCap')}) ; part des premiers résultats de recherche ${p('searchPoints')} pts × part.`,
        `Composite out of 100: own website ${p('websitePoints')} pts; linked profiles ${p('profilePoints')} pts × min(1, profiles/${p('profileCap')}) (unverified = ${p('unverifiedProfileWeight')}); knowledge-base entries ${p('knowledgeBasePoints')} pts × min(1, n/${p('knowledgeBaseCap')}); share of top search results ${p('searchPoints')} pts × share.`,
      ),
      references: ['IndieWeb, rel=me (https://microformats.org/wiki/rel-me).', 'Wikidata and the knowledge panels of search engines.'],
      limits: t(lang, 'La part des résultats de recherche est saisie par l’utilisateur : elle dépend du moteur, du pays et de la date de la recherche.', 'The search-result share is entered by the user: it depends on the engine, the country and the date of the search.'),
    };
  },
};
