/**
 * Writes the words of every report (HTML, text, CSV, XLSX) in Québec French and English: one
 * message table per language, with the labels of the ten indices. French literals go through
 * `fr`, which puts the non-breaking spaces of Québec typography in place; values (numbers
 * already formatted, user strings already escaped where needed) are interpolated as given.
 */
import type { IndexKey, Lang } from '../../core/domain.js';
import type { MoveStatus } from '../../core/ranking/comparison.js';
import { en, fr, qc } from './typography.js';

export interface Messages {
  indexLabel: Record<IndexKey, string>;
  moveStatus: Record<MoveStatus, string>;

  // Summary
  defaultTitle(topic: string): string;
  summary: string;
  field: string;
  region: string;
  worldwide: string;
  languages: string;
  asOf: string;
  asOfLatest: string;
  candidates: string;
  evidenceItems: string;
  fingerprint: string;
  generatedBy: string;
  contents: string;
  /** The colon between a label and its value, with the language's spacing. */
  colon: string;

  // Ranking table
  ranking: string;
  rankingCaption(n: string): string;
  rank: string;
  name: string;
  score: string;
  rankInterval: string;
  contributions: string;
  missingIndices: string;
  change: string;
  intervalAria(rank: string, best: string, worst: string): string;
  barAria(name: string, score: string): string;
  legend: string;
  filterLabel: string;
  sortHint: string;
  outOf100: string;
  newEntry: string;
  rose(n: string): string;
  fell(n: string): string;
  unchanged: string;

  // Candidate details
  details: string;
  detailsIntro: string;
  detailsSummary(rank: string, score: string, interval: string, missing: string): string;
  index: string;
  weight: string;
  contribution: string;
  evidence: string;
  explanation: string;
  missing: string;
  missingShort: string;
  andMore(n: string): string;
  evidenceNotIncluded: string;
  source: string;
  origin: string;
  unlinkedUrl: string;
  undated: string;
  value: string;
  missingCount(n: number): string;
  backToTable: string;

  // Comparison
  changesSince(label: string): string;
  comparisonIntro(a: string, b: string): string;
  runLine(label: string, asOf: string, candidates: string): string;
  before: string;
  after: string;
  rankChange: string;
  scoreChange: string;
  drivers: string;
  none: string;
  comparisonOtherRun: string;

  // Methodology
  methodology: string;
  methodIntro: string;
  signal: string;
  normalisation: string;
  normalisationMethod: Record<'log-cap' | 'linear-cap' | 'percentile', string>;
  cap: string;
  halfLife: string;
  halfLifeValue(days: string): string;
  noDecay: string;
  otherParams: string;
  evidenceKinds: string;
  references: string;
  limits: string;
  notDescribed: string;
  totalScore: string;
  totalScoreText: string;
  missingRule: string;
  tieBreak: string;
  tieBreakText: string;
  intervals: string;
  intervalsText(draws: string, concentration: string, seed: string, lower: string, upper: string): string;
  intervalsOff: string;
  asOfText(date: string): string;
  asOfLatestText: string;
  reproduce: string;
  reproduceText: string;
  configuration: string;
  weightShare(w: string, share: string): string;

  // CSV / XLSX / text
  csv: {
    rank: string;
    id: string;
    name: string;
    score: string;
    best: string;
    worst: string;
    missing: string;
    indexScore(label: string): string;
    indexContribution(label: string): string;
  };
  sheet: { ranking: string; scores: string; contributions: string; methodology: string };
  bestRank: string;
  missingList: string;
  weightShareCol: string;
  methodCol: string;
  summaryRows: string;
  worstRank: string;
  id: string;
  key: string;
  item: string;
  interval: string;
  missingCol: string;
  counts: string;
  moreEntries(n: string): string;
  comparisonTitle(a: string, b: string): string;
}

const FR: Messages = {
  indexLabel: {
    peer_recognition: 'Reconnaissance par les pairs',
    digital_identity: 'Identité numérique',
    multi_platform_presence: 'Présence multiplateforme',
    publishing: 'Publications',
    community_contribution: 'Contribution à la communauté',
    media_presence: 'Présence médiatique',
    international_reach: 'Rayonnement international',
    experience: 'Expérience',
    qualified_audience: 'Auditoire qualifié',
    ranking_agreement: 'Concordance avec d’autres classements',
  },
  moveStatus: { rose: 'En hausse', fell: 'En baisse', entered: 'Nouveaux venus', left: 'Sortis', unchanged: 'Inchangés' },

  defaultTitle: (topic) => fr`Classement des leaders d’opinion — ${topic}`,
  summary: 'Sommaire',
  field: 'Domaine',
  region: 'Région',
  worldwide: 'monde entier',
  languages: 'Langues',
  asOf: 'Date de référence',
  asOfLatest: 'date de la preuve la plus récente',
  candidates: 'Candidats',
  evidenceItems: 'Éléments de preuve',
  fingerprint: 'Empreinte (SHA-256)',
  generatedBy: 'Rapport produit par Éclaireur. Il est autonome : aucune ressource externe n’est chargée, les liens vers les sources ne sont pas consultés.',
  contents: 'Sommaire du rapport',
  colon: ' : ',

  ranking: 'Classement',
  rankingCaption: (n) => fr`Classement de ${n} candidats selon le score total (sur 100). Cliquez sur un en-tête pour trier.`,
  rank: 'Rang',
  name: 'Nom',
  score: 'Score',
  rankInterval: 'Intervalle de rang',
  contributions: 'Contributions des indices',
  missingIndices: 'Indices manquants',
  change: 'Évolution',
  intervalAria: (rank, best, worst) => fr`Rang ${rank} ; intervalle du rang ${best} au rang ${worst}`,
  barAria: (name, score) => fr`Contributions des indices au score de ${name} : ${score} sur 100`,
  legend: 'Légende des indices',
  filterLabel: 'Filtrer par nom',
  sortHint: 'Trier',
  outOf100: 'sur 100',
  newEntry: 'nouveau',
  rose: (n) => fr`en hausse de ${n}`,
  fell: (n) => fr`en baisse de ${n}`,
  unchanged: 'inchangé',

  details: 'Détail par candidat',
  detailsIntro: 'Chaque score est expliqué jusqu’à ses preuves. Un indice sans preuve est marqué « manquant » : il compte pour 0 et n’est jamais remplacé par une moyenne.',
  detailsSummary: (rank, score, interval, missing) => fr`rang ${rank} — score ${score} — intervalle ${interval} — ${missing}`,
  index: 'Indice',
  weight: 'Poids',
  contribution: 'Contribution',
  evidence: 'Preuves',
  explanation: 'Explication',
  missing: 'manquant — aucune preuve',
  missingShort: 'manquant',
  andMore: (n) => fr`… et ${n} de plus`,
  evidenceNotIncluded: 'Le détail des preuves de cet indice n’est pas inclus dans ce rapport.',
  source: 'source',
  origin: 'origine',
  unlinkedUrl: 'adresse non liée (protocole non permis)',
  undated: 'sans date',
  value: 'valeur',
  missingCount: (n) => (n === 0 ? 'aucun indice manquant' : n === 1 ? '1 indice manquant' : `${n} indices manquants`),
  backToTable: 'Retour au classement',

  changesSince: (label) => fr`Changements depuis ${label}`,
  comparisonIntro: (a, b) => fr`Comparaison de ${a} à ${b}.`,
  runLine: (label, asOf, candidates) => fr`${label} (au ${asOf}, ${candidates} candidats)`,
  before: 'Avant',
  after: 'Après',
  rankChange: 'Variation de rang',
  scoreChange: 'Variation de score',
  drivers: 'Principaux moteurs',
  none: 'Aucun.',
  comparisonOtherRun: 'Attention : la comparaison ne porte pas sur le calcul présenté dans ce rapport (empreintes différentes).',

  methodology: 'Méthodologie',
  methodIntro:
    'Chaque candidat est évalué sur dix indices. Chaque indice est calculé à partir de preuves datées et sourcées, puis normalisé de 0 à 100 et pondéré. Les preuves manquantes restent visibles comme manquantes.',
  signal: 'Signal mesuré',
  normalisation: 'Normalisation',
  normalisationMethod: {
    'log-cap': 'logarithmique plafonnée : 100 · ln(1 + x) / ln(1 + plafond), au plus 100',
    'linear-cap': 'linéaire plafonnée : 100 · x / plafond, au plus 100',
    percentile: 'rang centile dans la cohorte (moitié des égalités comptée)',
  },
  cap: 'plafond',
  halfLife: 'Demi-vie des preuves datées',
  halfLifeValue: (days) => fr`${days} jours (poids 0,5^(âge / demi-vie))`,
  noDecay: 'aucune (pas d’amortissement)',
  otherParams: 'Autres paramètres',
  evidenceKinds: 'Types de preuves',
  references: 'Références',
  limits: 'Limites',
  notDescribed: 'Description non fournie pour cet indice.',
  totalScore: 'Score total',
  totalScoreText:
    'Le score total est la moyenne pondérée des scores des indices : score = Σ(wᵢ · sᵢ) / Σwᵢ, où wᵢ est le poids de l’indice i et sᵢ son score de 0 à 100. La contribution d’un indice est wᵢ · sᵢ / Σwᵢ ; les contributions s’additionnent pour donner le score.',
  missingRule: 'Un indice sans preuve compte pour sᵢ = 0 (son poids reste au dénominateur) et il est signalé comme manquant ; il n’est jamais remplacé par une moyenne.',
  tieBreak: 'Départage des égalités',
  tieBreakText:
    'À score égal, le candidat qui a des preuves pour le plus d’indices passe devant ; puis l’ordre des noms par points de code Unicode ; puis l’identifiant du candidat.',
  intervals: 'Intervalles de rang',
  intervalsText: (draws, concentration, seed, lower, upper) =>
    fr`Pour mesurer la sensibilité du classement aux poids, ${draws} vecteurs de poids sont tirés selon une loi de Dirichlet de paramètres αᵢ = ${concentration} · wᵢ / Σw (graine ${seed}). Le rang de chaque candidat est recalculé pour chaque tirage ; l’intervalle affiché va du ${lower} au ${upper} centile de ces rangs (meilleur rang, pire rang).`,
  intervalsOff: 'Les intervalles de rang sont désactivés (0 tirage) : chaque intervalle se réduit au rang.',
  asOfText: (d) => fr`Les preuves datées après le ${d} sont ignorées ; l’âge des preuves est compté jusqu’à cette date.`,
  asOfLatestText: 'La date de référence est celle de la preuve la plus récente.',
  reproduce: 'Reproduire ce classement',
  reproduceText:
    'L’empreinte est le SHA-256 des entrées canoniques (candidats, preuves) et de la configuration. Relancer le classement avec les mêmes preuves et la configuration ci-dessous (aussi enregistrée dans la sortie JSON) redonne la même empreinte et le même classement, octet pour octet.',
  configuration: 'Configuration complète (JSON)',
  weightShare: (w, share) => fr`${w} (${share} du total)`,

  csv: {
    rank: 'rang',
    id: 'identifiant',
    name: 'nom',
    score: 'score',
    best: 'rang_meilleur',
    worst: 'rang_pire',
    missing: 'indices_manquants',
    indexScore: (label) => fr`${label} (score)`,
    indexContribution: (label) => fr`${label} (contribution)`,
  },
  sheet: { ranking: 'Classement', scores: 'Scores par indice', contributions: 'Contributions', methodology: 'Méthodologie' },
  bestRank: 'Meilleur rang',
  missingList: 'Indices manquants (liste)',
  weightShareCol: 'Part du poids total',
  methodCol: 'Méthode',
  summaryRows: 'Calcul',
  worstRank: 'Pire rang',
  id: 'Identifiant',
  key: 'Clé',
  item: 'Élément',
  interval: 'Intervalle',
  missingCol: 'Manquants',
  counts: 'Bilan',
  moreEntries: (n) => fr`… et ${n} autres candidats`,
  comparisonTitle: (a, b) => fr`Comparaison : ${a} → ${b}`,
};

const EN: Messages = {
  indexLabel: {
    peer_recognition: 'Peer recognition',
    digital_identity: 'Digital identity',
    multi_platform_presence: 'Multi-platform presence',
    publishing: 'Publishing',
    community_contribution: 'Community contribution',
    media_presence: 'Media presence',
    international_reach: 'International reach',
    experience: 'Experience',
    qualified_audience: 'Qualified audience',
    ranking_agreement: 'Agreement with other rankings',
  },
  moveStatus: { rose: 'Rose', fell: 'Fell', entered: 'Entered', left: 'Left', unchanged: 'Unchanged' },

  defaultTitle: (topic) => en`Thought-leadership ranking — ${topic}`,
  summary: 'Summary',
  field: 'Field',
  region: 'Region',
  worldwide: 'worldwide',
  languages: 'Languages',
  asOf: 'As of',
  asOfLatest: 'date of the latest evidence',
  candidates: 'Candidates',
  evidenceItems: 'Evidence items',
  fingerprint: 'Fingerprint (SHA-256)',
  generatedBy: 'Report produced by Éclaireur. It is self-contained: no external resource is loaded, and source links are not fetched.',
  contents: 'Contents',
  colon: ': ',

  ranking: 'Ranking',
  rankingCaption: (n) => en`Ranking of ${n} candidates by total score (out of 100). Click a header to sort.`,
  rank: 'Rank',
  name: 'Name',
  score: 'Score',
  rankInterval: 'Rank interval',
  contributions: 'Index contributions',
  missingIndices: 'Missing indices',
  change: 'Change',
  intervalAria: (rank, best, worst) => en`Rank ${rank}; interval from rank ${best} to rank ${worst}`,
  barAria: (name, score) => en`Index contributions to the score of ${name}: ${score} out of 100`,
  legend: 'Index legend',
  filterLabel: 'Filter by name',
  sortHint: 'Sort',
  outOf100: 'out of 100',
  newEntry: 'new',
  rose: (n) => en`up ${n}`,
  fell: (n) => en`down ${n}`,
  unchanged: 'unchanged',

  details: 'Candidate details',
  detailsIntro:
    'Every score is explained down to its evidence. An index without evidence is marked “missing”: it counts as 0 and is never replaced by an average.',
  detailsSummary: (rank, score, interval, missing) => en`rank ${rank} — score ${score} — interval ${interval} — ${missing}`,
  index: 'Index',
  weight: 'Weight',
  contribution: 'Contribution',
  evidence: 'Evidence',
  explanation: 'Explanation',
  missing: 'missing — no evidence',
  missingShort: 'missing',
  andMore: (n) => en`… and ${n} more`,
  evidenceNotIncluded: 'The evidence lines of this index are not included in this report.',
  source: 'source',
  origin: 'origin',
  unlinkedUrl: 'address not linked (protocol not allowed)',
  undated: 'undated',
  value: 'value',
  missingCount: (n) => (n === 0 ? 'no missing index' : n === 1 ? '1 missing index' : `${n} missing indices`),
  backToTable: 'Back to the ranking',

  changesSince: (label) => en`Changes since ${label}`,
  comparisonIntro: (a, b) => en`Comparison from ${a} to ${b}.`,
  runLine: (label, asOf, candidates) => en`${label} (as of ${asOf}, ${candidates} candidates)`,
  before: 'Before',
  after: 'After',
  rankChange: 'Rank change',
  scoreChange: 'Score change',
  drivers: 'Main drivers',
  none: 'None.',
  comparisonOtherRun: 'Note: the comparison is not about the run shown in this report (different fingerprints).',

  methodology: 'Methodology',
  methodIntro:
    'Each candidate is assessed on ten indices. Each index is computed from dated, sourced evidence, normalised to 0–100 and weighted. Missing evidence stays visible as missing.',
  signal: 'Signal measured',
  normalisation: 'Normalisation',
  normalisationMethod: {
    'log-cap': 'logarithmic with a cap: 100 · ln(1 + x) / ln(1 + cap), at most 100',
    'linear-cap': 'linear with a cap: 100 · x / cap, at most 100',
    percentile: 'percentile rank in the cohort (half of the ties counted)',
  },
  cap: 'cap',
  halfLife: 'Half-life of dated evidence',
  halfLifeValue: (days) => en`${days} days (weight 0.5^(age / half-life))`,
  noDecay: 'none (no decay)',
  otherParams: 'Other parameters',
  evidenceKinds: 'Evidence kinds',
  references: 'References',
  limits: 'Limits',
  notDescribed: 'No description supplied for this index.',
  totalScore: 'Total score',
  totalScoreText:
    'The total score is the weighted mean of the index scores: score = Σ(wᵢ · sᵢ) / Σwᵢ, where wᵢ is the weight of index i and sᵢ its 0–100 score. The contribution of an index is wᵢ · sᵢ / Σwᵢ; the contributions add up to the score.',
  missingRule: 'An index without evidence counts as sᵢ = 0 (its weight stays in the denominator) and is flagged as missing; it is never replaced by an average.',
  tieBreak: 'Tie-break',
  tieBreakText:
    'On equal scores, the candidate with evidence for more indices comes first; then names in Unicode code-point order; then the candidate id.',
  intervals: 'Rank intervals',
  intervalsText: (draws, concentration, seed, lower, upper) =>
    en`To measure how sensitive the ranking is to the weights, ${draws} weight vectors are drawn from a Dirichlet distribution with parameters αᵢ = ${concentration} · wᵢ / Σw (seed ${seed}). Each candidate's rank is recomputed for every draw; the interval shown runs from the ${lower} to the ${upper} percentile of those ranks (best rank, worst rank).`,
  intervalsOff: 'Rank intervals are disabled (0 draws): every interval is the rank itself.',
  asOfText: (d) => en`Evidence dated after ${d} is ignored; the age of evidence is counted up to that date.`,
  asOfLatestText: 'The reference date is the date of the latest evidence.',
  reproduce: 'Reproducing this ranking',
  reproduceText:
    'The fingerprint is the SHA-256 of the canonical inputs (candidates, evidence) and the configuration. Re-running the ranking with the same evidence and the configuration below (also recorded in the JSON output) gives the same fingerprint and the same ranking, byte for byte.',
  configuration: 'Full configuration (JSON)',
  weightShare: (w, share) => en`${w} (${share} of the total)`,

  csv: {
    rank: 'rank',
    id: 'id',
    name: 'name',
    score: 'score',
    best: 'rank_best',
    worst: 'rank_worst',
    missing: 'missing_indices',
    indexScore: (label) => en`${label} (score)`,
    indexContribution: (label) => en`${label} (contribution)`,
  },
  sheet: { ranking: 'Ranking', scores: 'Index scores', contributions: 'Contributions', methodology: 'Methodology' },
  bestRank: 'Best rank',
  missingList: 'Missing indices (list)',
  weightShareCol: 'Share of total weight',
  methodCol: 'Method',
  summaryRows: 'Run',
  worstRank: 'Worst rank',
  id: 'Id',
  key: 'Key',
  item: 'Item',
  interval: 'Interval',
  missingCol: 'Missing',
  counts: 'Counts',
  moreEntries: (n) => en`… and ${n} more candidates`,
  comparisonTitle: (a, b) => en`Comparison: ${a} → ${b}`,
};

/** The report words of a language. */
export function messages(lang: Lang): Messages {
  return lang === 'fr' ? FR : EN;
}

/** French static messages go through typography once, at load. */
function typeset(m: Messages): void {
  const visit = (o: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') o[k] = qc(v);
      else if (v && typeof v === 'object') visit(v as Record<string, unknown>);
    }
  };
  visit(m as unknown as Record<string, unknown>);
}
typeset(FR);
