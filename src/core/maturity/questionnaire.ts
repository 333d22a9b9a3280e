/**
 * The maturity questionnaire: eighteen statements, three per stage of Altimeter's model, each
 * about one dimension of the practice, answered on one closed five-point scale of how far the
 * statement is true of the organisation today (0 not at all … 4 fully).
 *
 * Reference: the stages and their criteria follow Li and Solis, *The Evolution of Social
 * Business* (Altimeter Group, 2013), which characterises each stage by listening, presence,
 * dialogue, governance (policy, centre of excellence), executive sponsorship, measurement
 * against business outcomes and integration across business units. The wording is ours. The
 * five-point agreement scale is the usual Likert form (Likert 1932).
 *
 * The questionnaire has a version: stored assessments keep the version they were answered
 * with, and a change to a question's meaning must bump it.
 */
import type { Labelled, StageKey } from './stages.js';

export const QUESTIONNAIRE_VERSION = '2026.1';

export const DIMENSIONS = {
  listening: { fr: 'Écoute', en: 'Listening' },
  direction: { fr: 'Orientation', en: 'Direction' },
  presence: { fr: 'Présence', en: 'Presence' },
  dialogue: { fr: 'Dialogue', en: 'Dialogue' },
  influence: { fr: 'Influence', en: 'Influence' },
  governance: { fr: 'Gouvernance', en: 'Governance' },
  resources: { fr: 'Ressources', en: 'Resources' },
  measurement: { fr: 'Mesure', en: 'Measurement' },
  leadership: { fr: 'Direction générale', en: 'Executive leadership' },
  integration: { fr: 'Intégration', en: 'Integration' },
  culture: { fr: 'Culture', en: 'Culture' },
} as const satisfies Record<string, Labelled>;
export type Dimension = keyof typeof DIMENSIONS;

/** The closed answer scale: the value, the key a file may use instead, and its labels. */
export const SCALE = [
  { value: 0, key: 'none', label: { fr: 'pas du tout', en: 'not at all' } },
  { value: 1, key: 'started', label: { fr: 'à peine amorcé', en: 'just started' } },
  { value: 2, key: 'partly', label: { fr: 'en partie', en: 'partly' } },
  { value: 3, key: 'mostly', label: { fr: 'en grande partie', en: 'mostly' } },
  { value: 4, key: 'fully', label: { fr: 'entièrement', en: 'fully' } },
] as const;
export type AnswerValue = 0 | 1 | 2 | 3 | 4;
export const SCALE_MAX = 4;

export interface Question {
  /** Stable id, the key of the answer in a file. */
  id: string;
  stage: StageKey;
  dimension: Dimension;
  /** The statement the respondent rates. */
  text: Labelled;
  /** What to do to make the statement true (a next step when the answer holds a stage back). */
  action: Labelled;
}

export const QUESTIONS: readonly Question[] = [
  // Planning — listen to learn
  {
    id: 'planning-listening',
    stage: 'planning',
    dimension: 'listening',
    text: { fr: 'Nous suivons ce qui se dit de notre organisation, de nos concurrents et de nos sujets dans les médias sociaux.', en: 'We monitor what is said about our organisation, our competitors and our topics on social media.' },
    action: { fr: 'Mettre en place une veille (mots-clés, comptes des concurrents) et en lire le résumé chaque semaine.', en: 'Set up monitoring (keywords, competitors’ accounts) and read its summary every week.' },
  },
  {
    id: 'planning-goals',
    stage: 'planning',
    dimension: 'direction',
    text: { fr: 'Ce que les médias sociaux doivent apporter à nos affaires est écrit, en objectifs reliés à nos objectifs d’affaires.', en: 'What social media must bring the business is written down, as goals tied to our business objectives.' },
    action: { fr: 'Écrire deux ou trois objectifs mesurables (indicateur, valeur de départ, cible, date) dans la section 1 de la stratégie.', en: 'Write two or three measurable objectives (KPI, baseline, target, date) in section 1 of the strategy.' },
  },
  {
    id: 'planning-audiences',
    stage: 'planning',
    dimension: 'direction',
    text: { fr: 'Nous savons quels publics nous voulons joindre et sur quelles plateformes ils se trouvent.', en: 'We know which audiences we want to reach and on which platforms they are.' },
    action: { fr: 'Décrire les segments visés (besoins, questions, où ils se trouvent) dans la section 3 de la stratégie.', en: 'Describe the target segments (needs, questions, where they are) in section 3 of the strategy.' },
  },
  // Presence — stake our claim
  {
    id: 'presence-profiles',
    stage: 'presence',
    dimension: 'presence',
    text: { fr: 'L’organisation a des profils officiels complets et à jour sur les plateformes où sont ses publics.', en: 'The organisation has complete, up-to-date official profiles on the platforms where its audiences are.' },
    action: { fr: 'Ouvrir ou compléter les profils officiels (description, liens, visuels) sur chaque plateforme visée.', en: 'Open or complete the official profiles (description, links, visuals) on each target platform.' },
  },
  {
    id: 'presence-cadence',
    stage: 'presence',
    dimension: 'presence',
    text: { fr: 'Nous publions du contenu au moins chaque semaine sur ces canaux, selon un calendrier.', en: 'We publish content at least weekly on those channels, following a calendar.' },
    action: { fr: 'Tenir un calendrier éditorial avec une cadence par canal.', en: 'Keep an editorial calendar with a cadence per channel.' },
  },
  {
    id: 'presence-owners',
    stage: 'presence',
    dimension: 'resources',
    text: { fr: 'Des personnes nommées sont responsables de chaque compte officiel.', en: 'Named people are responsible for each official account.' },
    action: { fr: 'Nommer un responsable et un substitut pour chaque compte.', en: 'Name an owner and a backup for each account.' },
  },
  // Engagement — dialogue deepens commitment
  {
    id: 'engagement-response',
    stage: 'engagement',
    dimension: 'dialogue',
    text: { fr: 'Nous répondons aux commentaires, questions et mentions en moins d’un jour ouvrable.', en: 'We answer comments, questions and mentions within one business day.' },
    action: { fr: 'Fixer un délai de réponse, une rotation de modération, et mesurer le délai réel.', en: 'Set a response time and a moderation rota, and measure the actual delay.' },
  },
  {
    id: 'engagement-conversations',
    stage: 'engagement',
    dimension: 'dialogue',
    text: { fr: 'Nous prenons part aux conversations lancées par d’autres (groupes, communautés, publications de pairs).', en: 'We take part in conversations started by others (groups, communities, peers’ posts).' },
    action: { fr: 'Choisir les communautés du milieu et y contribuer chaque semaine.', en: 'Pick the field’s communities and contribute to them every week.' },
  },
  {
    id: 'engagement-influencers',
    stage: 'engagement',
    dimension: 'influence',
    text: { fr: 'Nous collaborons avec des influenceurs ou des experts du milieu (entrevues, contenus coécrits, invitations).', en: 'We work with influencers or experts of the field (interviews, co-written content, invitations).' },
    action: { fr: 'Retenir quelques influenceurs bien classés et à l’auditoire sain, et leur proposer une collaboration.', en: 'Pick a few well-ranked influencers with a sound audience and offer them a collaboration.' },
  },
  // Formalized — organize for scale
  {
    id: 'formalized-policy',
    stage: 'formalized',
    dimension: 'governance',
    text: { fr: 'Une politique écrite (voix, approbation, escalade de crise) s’applique dans toute l’organisation.', en: 'A written policy (voice, approval, crisis escalation) applies across the organisation.' },
    action: { fr: 'Rédiger la politique et les lignes directrices, les faire adopter et former les personnes qui publient.', en: 'Write the policy and guidelines, have them adopted and train the people who publish.' },
  },
  {
    id: 'formalized-team',
    stage: 'formalized',
    dimension: 'resources',
    text: { fr: 'Une équipe ou un centre d’excellence coordonne les médias sociaux, avec un budget propre.', en: 'A team or centre of excellence coordinates social media, with a budget of its own.' },
    action: { fr: 'Créer le centre d’excellence (rôles, heures par semaine) et lui donner une ligne budgétaire.', en: 'Create the centre of excellence (roles, hours per week) and give it a budget line.' },
  },
  {
    id: 'formalized-reporting',
    stage: 'formalized',
    dimension: 'measurement',
    text: { fr: 'Nous faisons rapport chaque mois sur des indicateurs convenus (formule, source, valeur de départ, cible).', en: 'We report every month on agreed KPIs (formula, source, baseline, target).' },
    action: { fr: 'Définir les indicateurs dans la section 7 de la stratégie et produire un rapport mensuel.', en: 'Define the KPIs in section 7 of the strategy and produce a monthly report.' },
  },
  // Strategic — become a social business
  {
    id: 'strategic-sponsor',
    stage: 'strategic',
    dimension: 'leadership',
    text: { fr: 'La haute direction commandite les initiatives sociales et y prend part visiblement.', en: 'Senior executives sponsor the social initiatives and take part in them visibly.' },
    action: { fr: 'Obtenir un commanditaire à la direction et lui réserver une prise de parole par mois.', en: 'Get an executive sponsor and plan one piece of content a month under their name.' },
  },
  {
    id: 'strategic-outcomes',
    stage: 'strategic',
    dimension: 'measurement',
    text: { fr: 'Les résultats sociaux sont reliés aux résultats d’affaires (occasions, ventes, fidélisation) et revus par la direction.', en: 'Social results are tied to business outcomes (leads, sales, retention) and reviewed by management.' },
    action: { fr: 'Relier chaque indicateur à un objectif d’affaires et le revoir chaque trimestre en comité de direction.', en: 'Tie each KPI to a business objective and review it every quarter with management.' },
  },
  {
    id: 'strategic-units',
    stage: 'strategic',
    dimension: 'integration',
    text: { fr: 'Plusieurs unités (ventes, service, RH, produits) mènent des initiatives sociales coordonnées.', en: 'Several business units (sales, service, HR, product) run coordinated social initiatives.' },
    action: { fr: 'Inviter deux autres unités au plan d’action, avec leurs propres projets et responsables.', en: 'Bring two more business units into the action plan, with projects and owners of their own.' },
  },
  // Converged — business becomes social
  {
    id: 'converged-strategy',
    stage: 'converged',
    dimension: 'integration',
    text: { fr: 'Le social fait partie de la stratégie d’affaires et numérique globale, et non d’un plan à part.', en: 'Social is part of the overall business and digital strategy, not a separate plan.' },
    action: { fr: 'Fusionner les objectifs sociaux dans la planification annuelle de l’organisation.', en: 'Merge the social objectives into the organisation’s annual planning.' },
  },
  {
    id: 'converged-advocacy',
    stage: 'converged',
    dimension: 'culture',
    text: { fr: 'Des employés de toute l’organisation partagent publiquement leur expertise dans le cours normal de leur travail.', en: 'Employees across the organisation share their expertise publicly as a normal part of their work.' },
    action: { fr: 'Lancer un programme d’ambassadeurs (formation, contenus prêts à partager, reconnaissance).', en: 'Start an employee advocacy programme (training, ready-to-share content, recognition).' },
  },
  {
    id: 'converged-insights',
    stage: 'converged',
    dimension: 'listening',
    text: { fr: 'Les enseignements des conversations sociales nourrissent régulièrement les décisions de produit, de service et de planification.', en: 'Insights from social conversations routinely feed product, service and planning decisions.' },
    action: { fr: 'Transmettre chaque mois un résumé de la veille aux équipes produit et service, et suivre les décisions prises.', en: 'Send a monthly listening summary to the product and service teams, and track the decisions taken.' },
  },
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

export function questionsOf(stage: StageKey): Question[] {
  return QUESTIONS.filter((q) => q.stage === stage);
}

export function scaleLabel(value: number, lang: 'fr' | 'en'): string {
  return SCALE.find((s) => s.value === value)?.label[lang] ?? String(value);
}
