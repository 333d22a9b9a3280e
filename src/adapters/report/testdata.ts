/**
 * Writes nothing: a fabricated but realistic ranking for the report writers' tests and demo —
 * twelve candidates with accented French names, missing indices, an exact tie, a name that
 * tries script injection and evidence with a `javascript:` URL — plus its evidence lines,
 * index descriptions and a comparison with an earlier run. Scores and contributions are
 * computed as the ranking defines them (Σ w·s / Σw, missing = 0), so they add up.
 */
import { INDEX_KEYS, type EvidenceKindName, type IndexKey, type Lang } from '../../core/domain.js';
import type { IndexDescription } from '../../core/indices/types.js';
import type { Comparison, ComparisonMove, IndexDriver } from '../../core/ranking/comparison.js';
import { RANKING_DEFAULTS, type RankingConfig } from '../../core/ranking/config.js';
import type { IndexResult, RankingEntry, RankingResult } from '../../core/ranking/result.js';
import { numUpTo } from './format.js';
import type { EvidenceLine } from './html-details.js';

export const XSS_NAME = '<script>alert(1)</script>';
export const JS_URL = 'javascript:alert(document.cookie)';

type Scores = (number | null)[];

/** Index scores in INDEX_KEYS order; null = no evidence. */
const PEOPLE: { id: string; name: string; scores: Scores; evidence: number[] }[] = [
  { id: 'etremblay', name: 'Élise Tremblay', scores: [88, 92, 75, 81, 70, 64, 55, 90, 72, 95], evidence: [41, 9, 160, 48, 22, 17, 12, 1, 5, 3] },
  { id: 'fbelanger', name: 'François Bélanger', scores: [79, 85, 82, 77, 48, 71, 40, 75, 80, 60], evidence: [30, 7, 210, 36, 9, 21, 8, 1, 6, 2] },
  { id: 'gcote', name: 'Geneviève Côté', scores: [72, 70, 66, 90, 81, 35, null, 70, 58, 55], evidence: [25, 6, 98, 62, 31, 6, 0, 1, 4, 2] },
  { id: 'mgagnon', name: 'Mélanie Gagnon-Lévesque', scores: [64, 80, 71, 52, 66, 58, 47, 55, 69, null], evidence: [19, 8, 120, 15, 14, 11, 9, 1, 5, 0] },
  { id: 'jouellet', name: 'Jérôme Ouellet', scores: [58, 62, 49, 60, 44, 77, 52, 85, 41, 40], evidence: [14, 5, 60, 18, 8, 26, 10, 1, 3, 1] },
  { id: 'zpelletier', name: 'Zoé Pelletier', scores: [55, 60, 70, 45, 50, 40, 30, 45, 60, 35], evidence: [12, 6, 88, 11, 9, 7, 5, 1, 4, 1] },
  { id: 'emorin', name: 'Ève Morin', scores: [55, 60, 70, 45, 50, 40, 30, 45, 60, 35], evidence: [13, 5, 91, 10, 7, 8, 6, 1, 4, 1] },
  { id: 'blavoie', name: 'Benoît Lavoie', scores: [49, 55, 58, null, 35, 62, 28, 60, 50, 30], evidence: [11, 4, 70, 0, 5, 14, 4, 1, 3, 1] },
  { id: 'nfortin', name: 'Noémie Fortin', scores: [44, 58, 62, 70, null, null, 25, 30, 55, null], evidence: [9, 5, 75, 24, 0, 0, 3, 1, 4, 0] },
  { id: 'x-inject', name: XSS_NAME, scores: [30, 40, 52, 38, 20, 15, null, 20, 35, null], evidence: [5, 3, 40, 8, 2, 2, 0, 1, 2, 0] },
  { id: 'hroy', name: 'Hélène Roy', scores: [22, 45, 30, 25, 28, null, 18, 65, null, null], evidence: [4, 3, 22, 5, 4, 0, 2, 1, 0, 0] },
  { id: 'cbouchard', name: 'Chloé Bouchard', scores: [18, 35, 40, null, null, 12, null, 15, 28, null], evidence: [3, 2, 30, 0, 0, 1, 0, 1, 2, 0] },
];

const RAW_UNITS: Record<IndexKey, (s: number) => number> = {
  peer_recognition: (s) => Math.round(Math.expm1((s / 100) * Math.log1p(100))),
  digital_identity: (s) => s,
  multi_platform_presence: (s) => s,
  publishing: (s) => Math.round(Math.expm1((s / 100) * Math.log1p(8)) * 100) / 100,
  community_contribution: (s) => Math.round(Math.expm1((s / 100) * Math.log1p(24)) * 100) / 100,
  media_presence: (s) => Math.round(Math.expm1((s / 100) * Math.log1p(40)) * 100) / 100,
  international_reach: (s) => s,
  experience: (s) => Math.round((s / 100) * 20 * 10) / 10,
  qualified_audience: (s) => Math.round(Math.expm1((s / 100) * Math.log1p(1_000_000))),
  ranking_agreement: (s) => s,
};

function explanation(key: IndexKey, score: number | null, raw: number | null, evidence: number, lang: Lang): string {
  if (score === null) return lang === 'fr' ? 'Aucune preuve pour cet indice : il compte pour 0.' : 'No evidence for this index: it counts as 0.';
  const r = numUpTo(lang, raw ?? 0, 2);
  const fr: Record<IndexKey, string> = {
    peer_recognition: `${r} pairs distincts du domaine le mentionnent ou le citent (${evidence} mentions).`,
    digital_identity: `Site personnel, profils vérifiés et part des résultats de recherche donnent ${r} points.`,
    multi_platform_presence: `Actif sur plusieurs plateformes dans les 90 derniers jours ; ${evidence} publications lues.`,
    publishing: `${r} publications pondérées par mois sur 12 mois (${evidence} billets, articles et livres).`,
    community_contribution: `${r} points de contribution (conférences, cours, bénévolat ; ${evidence} éléments).`,
    media_presence: `${r} mentions pondérées dans les médias (${evidence} éléments, citations comptées double).`,
    international_reach: `Auditoire et mentions répartis sur plusieurs pays et langues : ${r} points.`,
    experience: `Première activité professionnelle en ligne il y a ${r} ans.`,
    qualified_audience: `Auditoire réel estimé à ${r} abonnés après retrait des faux comptes.`,
    ranking_agreement: `Position moyenne agrégée dans ${evidence} autres classements : ${r} points.`,
  };
  const en: Record<IndexKey, string> = {
    peer_recognition: `${r} distinct peers of the field mention or cite them (${evidence} mentions).`,
    digital_identity: `Own site, verified profiles and share of search results give ${r} points.`,
    multi_platform_presence: `Active on several platforms in the last 90 days; ${evidence} posts read.`,
    publishing: `${r} weighted publications per month over 12 months (${evidence} posts, articles and books).`,
    community_contribution: `${r} contribution points (talks, courses, volunteering; ${evidence} items).`,
    media_presence: `${r} weighted media mentions (${evidence} items, quotes counted double).`,
    international_reach: `Audience and mentions spread over several countries and languages: ${r} points.`,
    experience: `First professional activity online ${r} years ago.`,
    qualified_audience: `Real audience estimated at ${r} followers after removing fake accounts.`,
    ranking_agreement: `Aggregated mean position in ${evidence} other rankings: ${r} points.`,
  };
  return (lang === 'fr' ? fr : en)[key];
}

export function fixtureConfig(): RankingConfig {
  const config = structuredClone(RANKING_DEFAULTS);
  config.asOf = '2025-03-01';
  config.weights.media_presence = 1.5;
  config.weights.ranking_agreement = 0.5;
  return config;
}

function entryOf(p: (typeof PEOPLE)[number], config: RankingConfig, lang: Lang): Omit<RankingEntry, 'rank' | 'rankInterval'> {
  const wsum = INDEX_KEYS.reduce((s, k) => s + config.weights[k], 0);
  const indices: IndexResult[] = INDEX_KEYS.map((key, i) => {
    const score = p.scores[i];
    const weight = config.weights[key];
    const raw = score === null ? null : RAW_UNITS[key](score);
    return {
      key,
      score,
      weight,
      contribution: score === null ? 0 : (weight * score) / wsum,
      evidence: p.evidence[i],
      raw,
      explanation: explanation(key, score, raw, p.evidence[i], lang),
    };
  });
  let score = 0;
  for (const r of indices) score += r.contribution;
  return {
    candidateId: p.id,
    name: p.name,
    score,
    missing: INDEX_KEYS.filter((_, i) => p.scores[i] === null),
    indices,
  };
}

const cp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The fabricated ranking result (explanations in `lang`). */
export function fixtureResult(lang: Lang = 'fr'): RankingResult {
  const config = fixtureConfig();
  const entries = PEOPLE.map((p) => entryOf(p, config, lang)).sort(
    (a, b) => b.score - a.score || a.missing.length - b.missing.length || cp(a.name, b.name) || cp(a.candidateId, b.candidateId),
  );
  const n = entries.length;
  const spread = [0, 1, 1, 2, 1, 2, 2, 1, 2, 1, 1, 0];
  return {
    config,
    fingerprint: '9f2c4e1a7b3d58c6e0f41a2b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d',
    field: { topic: 'Marketing numérique B2B', region: 'CA-QC', languages: ['fr', 'en'] },
    candidates: n,
    evidence: PEOPLE.reduce((s, p) => s + p.evidence.reduce((a, b) => a + b, 0), 0),
    entries: entries.map((e, i) => ({
      ...e,
      rank: i + 1,
      rankInterval: [Math.max(1, i + 1 - spread[i]), Math.min(n, i + 1 + spread[(i + 3) % n])] as [number, number],
    })),
  };
}

function line(index: IndexKey, kind: EvidenceKindName, date: string | null, value: number | null, detail: string, sourceUrl: string | null, origin: string | null): EvidenceLine {
  return { index, kind, date, value, detail, sourceUrl, origin };
}

/** Evidence lines for some candidates: one with more than eight posts, one with a javascript: URL. */
export function fixtureEvidence(): Map<string, EvidenceLine[]> {
  const m = new Map<string, EvidenceLine[]>();
  const elise: EvidenceLine[] = [];
  for (let i = 0; i < 12; i++) {
    const month = String(12 - (i % 12)).padStart(2, '0');
    elise.push(
      line('publishing', 'blog_post', `2024-${month}-15`, null, `Billet : « L’IA générative en marketing B2B », partie ${i + 1}`, `https://elisetremblay.ca/blogue/ia-partie-${i + 1}`, `evidence/elise.csv:${10 + i}`),
    );
  }
  elise.push(line('publishing', 'book', '2023-09-20', null, 'Livre : Le leadership éclairé au Québec', 'https://editions.example.ca/leadership-eclaire', 'evidence/elise.csv:40'));
  elise.push(line('media_presence', 'media_quote', '2025-01-22', null, 'Citée par Le Devoir sur la publicité en ligne', 'https://www.ledevoir.com/economie/123456', 'evidence/medias.csv:3'));
  elise.push(line('media_presence', 'media_mention', '2024-11-05', null, 'Radio-Canada, émission du matin', 'http://ici.radio-canada.ca/ohdio/77', 'evidence/medias.csv:4'));
  elise.push(line('qualified_audience', 'audience', '2025-02-28', 48200, 'LinkedIn : 48 200 abonnés, faux comptes estimés à 6 %', 'https://www.linkedin.com/in/elise-tremblay', 'evidence/auditoires.xlsx:2'));
  elise.push(line('experience', 'first_activity', '2006-04-01', null, 'Premier blogue professionnel', null, 'evidence/elise.csv:2'));
  elise.push(line('peer_recognition', 'peer_mention', '2025-02-10', null, '@fbelanger.bsky.social la cite', 'https://bsky.app/profile/fbelanger.bsky.social/post/3k', 'evidence/bluesky.json:88'));
  m.set('etremblay', elise);
  m.set('fbelanger', [
    line('publishing', 'article', '2025-02-01', null, 'Article dans Infopresse', 'https://www.infopresse.com/article/2025/2/1', 'evidence/francois.csv:5'),
    line('community_contribution', 'talk', '2024-10-17', null, 'Conférence au Web à Québec (WAQ)', 'https://webaquebec.org/programmation', 'evidence/francois.csv:6'),
    line('digital_identity', 'website', null, null, 'Site personnel', 'https://fbelanger.ca', 'evidence/identites.csv:7'),
  ]);
  m.set('x-inject', [
    line('media_presence', 'media_mention', '2024-06-01', null, '<img src=x onerror=alert(2)> dans un balado', JS_URL, 'evidence/<pirate>.csv:1'),
    line('digital_identity', 'knowledge_base', null, null, 'Entrée Wikidata', 'data:text/html,<script>alert(3)</script>', 'evidence/identites.csv:99'),
  ]);
  return m;
}

/** Index descriptions as the index modules would give them. */
export function fixtureMethodology(lang: Lang): IndexDescription[] {
  const fr = lang === 'fr';
  return INDEX_KEYS.map((key) => ({
    key,
    label: key,
    signal: fr
      ? `Signal de l’indice ${key}, calculé à partir des preuves datées qui le nourrissent.`
      : `Signal of the ${key} index, computed from the dated evidence that feeds it.`,
    normalisation: fr ? 'Normalisé de 0 à 100 selon la méthode et le plafond configurés.' : 'Normalised to 0–100 with the configured method and cap.',
    references:
      key === 'peer_recognition'
        ? ['Page, L., Brin, S. et al. (1999). The PageRank Citation Ranking.', 'https://doi.org/10.1145/324133.324140', JS_URL]
        : key === 'qualified_audience'
          ? ['Social Media Examiner (2018), Social Media Marketing Industry Report, 5 726 répondants.']
          : [],
    limits: fr ? 'Dépend de la couverture des sources importées.' : 'Depends on the coverage of the imported sources.',
  }));
}

function drivers(list: [IndexKey, number][]): IndexDriver[] {
  return list.map(([key, change]) => ({ key, change }));
}

/** A comparison with the 2024 run, B being the fixture result. */
export function fixtureComparison(result: RankingResult): Comparison {
  const before: Record<string, number> = {
    etremblay: 3,
    fbelanger: 1,
    gcote: 2,
    mgagnon: 4,
    jouellet: 8,
    zpelletier: 6,
    emorin: 5,
    blavoie: 7,
    nfortin: 9,
    hroy: 10,
    cbouchard: 11,
  };
  const moveDrivers: Record<string, IndexDriver[]> = {
    etremblay: drivers([
      ['publishing', 4.2],
      ['media_presence', -1.0],
      ['peer_recognition', 2.5],
      ['experience', 0.3],
    ]),
    fbelanger: drivers([
      ['media_presence', -2.4],
      ['community_contribution', -1.1],
    ]),
    jouellet: drivers([
      ['media_presence', 3.6],
      ['international_reach', 1.2],
    ]),
    emorin: drivers([['publishing', -1.8]]),
    gcote: drivers([['peer_recognition', -0.7]]),
  };
  const moves: ComparisonMove[] = [];
  for (const e of result.entries) {
    const b = before[e.candidateId];
    if (b === undefined) {
      moves.push({ candidateId: e.candidateId, name: e.name, status: 'entered', before: null, after: { rank: e.rank, score: e.score }, rankChange: null, scoreChange: null, drivers: [] });
      continue;
    }
    const prevScore = Math.round((e.score - (e.rank < b ? 3.1 : e.rank > b ? -2.2 : 0.4)) * 10) / 10;
    const rankChange = b - e.rank;
    moves.push({
      candidateId: e.candidateId,
      name: e.name,
      status: rankChange > 0 ? 'rose' : rankChange < 0 ? 'fell' : 'unchanged',
      before: { rank: b, score: prevScore },
      after: { rank: e.rank, score: e.score },
      rankChange,
      scoreChange: e.score - prevScore,
      drivers: moveDrivers[e.candidateId] ?? drivers([['multi_platform_presence', rankChange >= 0 ? 0.6 : -0.6]]),
    });
  }
  moves.push({
    candidateId: 'magirard',
    name: 'Marc-André Girard',
    status: 'left',
    before: { rank: 12, score: 21.4 },
    after: null,
    rankChange: null,
    scoreChange: null,
    drivers: [],
  });
  const counts = { rose: 0, fell: 0, entered: 0, left: 0, unchanged: 0 };
  for (const mv of moves) counts[mv.status]++;
  return {
    a: { label: 'Classement 2024', fingerprint: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809', asOf: '2024-03-01', candidates: 12 },
    b: { label: 'Classement 2025', fingerprint: result.fingerprint, asOf: result.config.asOf, candidates: result.candidates },
    counts,
    moves,
  };
}
