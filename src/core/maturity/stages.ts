/**
 * The six stages of social business transformation, in order, with what each means and the
 * steps that lead an organisation to it.
 *
 * Reference: Charlene Li and Brian Solis, *The Evolution of Social Business: Six Stages of
 * Social Business Transformation*, Altimeter Group, March 2013 (the figure the source article
 * reproduces). The stages and their mottos are Altimeter's; the descriptions and the steps
 * are our summary of the report's advice, written for a B2B thought-leadership team.
 */
import type { Lang } from '../domain.js';

export interface Labelled {
  fr: string;
  en: string;
}

export const STAGE_KEYS = ['planning', 'presence', 'engagement', 'formalized', 'strategic', 'converged'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export interface Stage {
  key: StageKey;
  /** 1 (Planning) to 6 (Converged). */
  number: number;
  name: Labelled;
  /** Altimeter's one-line motto of the stage. */
  motto: Labelled;
  description: Labelled;
  /** What to do to reach this stage from the one before (in order). */
  steps: Labelled[];
}

export const STAGES: readonly Stage[] = [
  {
    key: 'planning',
    number: 1,
    name: { fr: 'Planification', en: 'Planning' },
    motto: { fr: 'Écouter pour apprendre', en: 'Listen to learn' },
    description: {
      fr: 'L’organisation écoute les conversations de son milieu, s’informe sur ses publics et définit ce que les médias sociaux doivent apporter à ses affaires.',
      en: 'The organisation listens to its field’s conversations, learns about its audiences and decides what social media should do for the business.',
    },
    steps: [
      { fr: 'Mettre en place une veille des mentions de l’organisation, de ses concurrents et de ses sujets.', en: 'Set up monitoring of mentions of the organisation, its competitors and its topics.' },
      { fr: 'Écrire les objectifs d’affaires que la présence sociale doit servir.', en: 'Write down the business objectives the social presence must serve.' },
      { fr: 'Décrire les publics visés et les plateformes où ils se trouvent.', en: 'Describe the target audiences and the platforms where they are.' },
    ],
  },
  {
    key: 'presence',
    number: 2,
    name: { fr: 'Présence', en: 'Presence' },
    motto: { fr: 'Occuper sa place', en: 'Stake our claim' },
    description: {
      fr: 'L’organisation a des comptes officiels complets là où sont ses publics et y publie régulièrement, surtout pour diffuser.',
      en: 'The organisation has complete official accounts where its audiences are and publishes there regularly, mostly to broadcast.',
    },
    steps: [
      { fr: 'Ouvrir ou compléter les profils officiels sur les plateformes des publics visés.', en: 'Open or complete the official profiles on the target audiences’ platforms.' },
      { fr: 'Fixer une cadence de publication par canal et la tenir (calendrier éditorial).', en: 'Set a publishing cadence per channel and keep it (editorial calendar).' },
      { fr: 'Nommer un responsable pour chaque compte officiel.', en: 'Name an owner for each official account.' },
    ],
  },
  {
    key: 'engagement',
    number: 3,
    name: { fr: 'Engagement', en: 'Engagement' },
    motto: { fr: 'Le dialogue approfondit l’engagement', en: 'Dialogue deepens commitment' },
    description: {
      fr: 'L’organisation converse : elle répond, participe aux conversations des autres et travaille avec les influenceurs de son milieu.',
      en: 'The organisation converses: it answers, takes part in others’ conversations and works with its field’s influencers.',
    },
    steps: [
      { fr: 'Fixer un délai de réponse aux commentaires et aux questions, et le mesurer.', en: 'Set a response time for comments and questions, and measure it.' },
      { fr: 'Participer chaque semaine aux conversations des communautés du milieu.', en: 'Take part every week in the field’s communities’ conversations.' },
      { fr: 'Choisir quelques influenceurs du classement et leur proposer une collaboration (entrevue, contenu coécrit).', en: 'Pick a few influencers from the ranking and offer them a collaboration (interview, co-written content).' },
    ],
  },
  {
    key: 'formalized',
    number: 4,
    name: { fr: 'Formalisation', en: 'Formalized' },
    motto: { fr: 'S’organiser pour grandir', en: 'Organize for scale' },
    description: {
      fr: 'L’organisation encadre ses pratiques : politique et lignes directrices, équipe ou centre d’excellence avec budget, indicateurs suivis chaque mois.',
      en: 'The organisation frames its practice: policy and guidelines, a team or centre of excellence with a budget, KPIs reported every month.',
    },
    steps: [
      { fr: 'Rédiger une politique des médias sociaux (voix, approbation, escalade de crise) et la faire adopter.', en: 'Write a social media policy (voice, approval, crisis escalation) and have it adopted.' },
      { fr: 'Créer une équipe ou un centre d’excellence avec un budget propre.', en: 'Create a team or centre of excellence with a budget of its own.' },
      { fr: 'Définir les indicateurs (formule, source, fréquence) et en faire rapport chaque mois.', en: 'Define the KPIs (formula, source, frequency) and report them every month.' },
    ],
  },
  {
    key: 'strategic',
    number: 5,
    name: { fr: 'Stratégique', en: 'Strategic' },
    motto: { fr: 'Devenir une entreprise sociale', en: 'Become a social business' },
    description: {
      fr: 'Le social devient une affaire de direction : la haute direction le porte, les résultats sont reliés aux objectifs d’affaires et plusieurs unités s’y engagent.',
      en: 'Social becomes a leadership matter: executives sponsor it, results are tied to business outcomes and several business units take part.',
    },
    steps: [
      { fr: 'Obtenir un commanditaire à la haute direction qui prend part visiblement aux initiatives.', en: 'Get an executive sponsor who takes part in the initiatives visibly.' },
      { fr: 'Relier les indicateurs aux résultats d’affaires (occasions, ventes, fidélisation) et les revoir en comité de direction.', en: 'Tie the KPIs to business outcomes (leads, sales, retention) and review them with management.' },
      { fr: 'Étendre les initiatives aux ventes, au service, aux RH et aux produits, coordonnées par le centre d’excellence.', en: 'Extend the initiatives to sales, service, HR and product, coordinated by the centre of excellence.' },
    ],
  },
  {
    key: 'converged',
    number: 6,
    name: { fr: 'Convergence', en: 'Converged' },
    motto: { fr: 'L’entreprise devient sociale', en: 'Business becomes social' },
    description: {
      fr: 'Le social n’est plus un plan à part : il fait partie de la stratégie d’affaires et numérique, les employés partagent leur expertise et les conversations nourrissent les décisions.',
      en: 'Social is no longer a separate plan: it is part of the business and digital strategy, employees share their expertise and conversations feed decisions.',
    },
    steps: [
      { fr: 'Intégrer le plan social à la stratégie d’affaires et numérique de l’organisation.', en: 'Merge the social plan into the organisation’s business and digital strategy.' },
      { fr: 'Lancer un programme d’ambassadeurs pour que les experts internes publient sous leur nom.', en: 'Start an employee advocacy programme so that in-house experts publish under their own names.' },
      { fr: 'Faire remonter les enseignements de la veille aux décisions de produit, de service et de planification.', en: 'Feed what listening teaches into product, service and planning decisions.' },
    ],
  },
];

const BY_KEY = new Map(STAGES.map((s) => [s.key, s]));

export function stageOf(key: StageKey): Stage {
  const s = BY_KEY.get(key);
  if (!s) throw new Error(`unknown maturity stage "${key}"`);
  return s;
}

export function stageName(key: StageKey, lang: Lang): string {
  return stageOf(key).name[lang];
}

export function isStageKey(x: unknown): x is StageKey {
  return typeof x === 'string' && BY_KEY.has(x as StageKey);
}
