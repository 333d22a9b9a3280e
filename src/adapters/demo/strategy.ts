/**
 * The demonstration workspace's thought-leadership strategy (issue 6): Boréal Stratégies, a
 * fictional B2B marketing firm in Québec, plans its first half of 2027 — vision and measurable
 * objectives, voice, three audience segments, influencers taken from the demonstration field's
 * candidates, communities, competitors, an action plan (projects, channels with cadences,
 * content items from idea to published, four people, budget, milestones, recurring slots), SEO
 * topics and KPIs.
 *
 * The plan is realistic and imperfect on purpose, so that `eclaireur strategy check` has a
 * handful of real findings: an objective without a due date, two KPIs lacking a source or a
 * baseline, a segment no content addresses, an X account below the usual cadence, an analyst
 * over capacity in the week the research report comes out, two January items on the same
 * primary keyword, a backlog item serving no objective, a competitor whose channels are unknown,
 * and (from the field's data) an influencer ranked low and one with a poor audience audit.
 *
 * Two cycles are kept: the autumn 2026 draft (cycle 1, evaluated) and the current plan (cycle 2).
 */
import type { Strategy } from '../../core/strategy/model.js';
import { StrategySchema } from '../strategy/schema.js';
import type { Store } from '../storage/index.js';
import { strategyStore } from '../storage/strategy-store.js';

const S = StrategySchema.parse.bind(StrategySchema);

/** The current plan (cycle 2). */
export const DEMO_STRATEGY: Strategy = S({
  version: 1,
  name: 'Leadership éclairé Boréal — 2027',
  organisation: 'Boréal Stratégies B2B (fictive)',
  lang: 'fr',
  vision: {
    vision: {
      fr: 'Être, d’ici 2028, la voix de référence du marketing B2B fondé sur les données au Québec.',
      en: 'By 2028, be the reference voice of data-driven B2B marketing in Québec.',
    },
    mission: {
      fr: 'Aider les PME québécoises à vendre mieux à d’autres entreprises, avec des preuves plutôt que des promesses.',
      en: 'Help Québec SMEs sell better to other businesses, with evidence rather than promises.',
    },
    goals: [
      { id: 'but-notoriete', text: { fr: 'Être reconnus par les directions marketing B2B du Québec', en: 'Be recognised by Québec’s B2B marketing leaders' } },
      { id: 'but-demande', text: { fr: 'Transformer l’attention en demandes de mandats', en: 'Turn attention into requests for proposals' } },
      { id: 'but-autorite', text: { fr: 'Devenir une source citée par les médias d’affaires', en: 'Become a source quoted by the business press' } },
    ],
    objectives: [
      {
        id: 'obj-portee',
        text: { fr: 'Doubler la portée organique de la page LinkedIn', en: 'Double the LinkedIn page’s organic reach' },
        goal: 'but-notoriete',
        kpis: ['kpi-impressions', 'kpi-engagement'],
        baseline: 60000,
        target: 120000,
        unit: 'impressions/mois',
        date: '2027-06-30',
      },
      {
        id: 'obj-prospects',
        text: { fr: 'Générer 40 prospects qualifiés (MQL) par mois', en: 'Generate 40 marketing-qualified leads a month' },
        goal: 'but-demande',
        kpis: ['kpi-mql'],
        baseline: 18,
        target: 40,
        unit: 'MQL/mois',
        date: '2027-12-31',
      },
      {
        id: 'obj-infolettre',
        text: { fr: 'Atteindre 5 000 abonnés à l’infolettre Le Phare', en: 'Reach 5,000 subscribers to the Le Phare newsletter' },
        goal: 'but-notoriete',
        kpis: ['kpi-abonnes'],
        baseline: 2100,
        target: 5000,
        unit: 'abonnés',
        date: '2027-12-31',
      },
      {
        id: 'obj-medias',
        text: { fr: 'Être cités dans les médias d’affaires québécois', en: 'Be quoted in Québec’s business press' },
        goal: 'but-autorite',
        kpis: ['kpi-mentions'],
        baseline: 3,
        target: 12,
        unit: 'mentions/an',
        date: null,
      },
    ],
  },
  voice: {
    tone: [
      { fr: 'Experte, sans jargon', en: 'Expert, without jargon' },
      { fr: 'Chaleureuse et directe', en: 'Warm and direct' },
      { fr: 'Appuyée sur des données', en: 'Backed by data' },
    ],
    do: [
      { fr: 'Citer la source et l’année de chaque chiffre', en: 'Give the source and year of every figure' },
      { fr: 'Donner un exemple québécois concret', en: 'Give a concrete Québec example' },
      { fr: 'Publier d’abord en français, puis adapter en anglais', en: 'Publish in French first, then adapt into English' },
    ],
    dont: [
      { fr: 'Promettre des résultats garantis', en: 'Promise guaranteed results' },
      { fr: 'Anglicismes inutiles (« leads », « funnel ») dans les textes français', en: 'Needless anglicisms in French texts' },
    ],
    samples: [
      {
        fr: 'Nous avons analysé 212 campagnes LinkedIn de PME québécoises : voici les trois réglages qui doublent le taux de réponse.',
        en: 'We analysed 212 LinkedIn campaigns by Québec SMEs: here are the three settings that double the reply rate.',
      },
    ],
    valueProposition: {
      fr: 'Le marketing B2B mesuré, expliqué par ceux qui le pratiquent au Québec.',
      en: 'Measured B2B marketing, explained by those who practise it in Québec.',
    },
  },
  audiences: {
    segments: [
      {
        id: 'seg-dir-marketing',
        name: { fr: 'Directions marketing de PME B2B (50 à 500 employés)', en: 'Marketing heads of B2B SMEs (50–500 staff)' },
        persona: { fr: 'Isabelle, 44 ans, VP marketing d’un fabricant de Drummondville', en: 'Isabelle, 44, marketing VP at a Drummondville manufacturer' },
        needs: [
          { fr: 'Prouver le rendement du marketing à la direction', en: 'Prove marketing’s return to the executive team' },
          { fr: 'Choisir où investir un petit budget', en: 'Choose where to spend a small budget' },
        ],
        questions: [
          { fr: 'Combien investir sur LinkedIn pour un marché de niche ?', en: 'How much to spend on LinkedIn for a niche market?' },
          { fr: 'Comment mesurer l’effet du contenu sur les ventes ?', en: 'How to measure content’s effect on sales?' },
        ],
        whereabouts: ['linkedin', 'newsletter', 'events'],
      },
      {
        id: 'seg-saas',
        name: { fr: 'Équipes ventes et marketing des entreprises SaaS', en: 'Sales and marketing teams of SaaS firms' },
        persona: { fr: 'Kevin, 31 ans, responsable de la croissance d’un SaaS montréalais', en: 'Kevin, 31, growth lead at a Montréal SaaS' },
        needs: [{ fr: 'Accélérer le cycle de vente', en: 'Shorten the sales cycle' }],
        questions: [{ fr: 'Quels contenus font avancer un prospect ?', en: 'Which content moves a prospect forward?' }],
        whereabouts: ['linkedin', 'x', 'podcast'],
      },
      {
        id: 'seg-pdg-manufacturier',
        name: { fr: 'PDG de PME manufacturières', en: 'CEOs of manufacturing SMEs' },
        persona: { fr: 'Alain, 58 ans, PDG d’une PME de 120 employés en Beauce', en: 'Alain, 58, CEO of a 120-person firm in Beauce' },
        needs: [{ fr: 'Comprendre ce que le marketing peut faire pour l’exportation', en: 'Understand what marketing can do for exports' }],
        questions: [{ fr: 'Le contenu, ça vend vraiment des machines ?', en: 'Does content really sell machines?' }],
        whereabouts: ['events', 'media', 'linkedin'],
      },
    ],
    influencers: [
      { candidateKey: 'jean-francois-levesque', name: 'Jean-François Lévesque', segments: ['seg-dir-marketing'], role: { fr: 'Invité du webinaire de mars', en: 'Guest of the March webinar' } },
      { candidateKey: 'roxanne-dube', name: 'Roxanne Dubé', segments: ['seg-dir-marketing', 'seg-pdg-manufacturier'], role: { fr: 'Coautrice du baromètre', en: 'Co-author of the barometer' } },
      { candidateKey: 'lyne-vachon', name: 'Lyne Vachon', segments: ['seg-saas'], role: { fr: 'Relais sur LinkedIn', en: 'LinkedIn relay' } },
      { candidateKey: 'maude-beaulieu', name: 'Maude Beaulieu', segments: ['seg-saas'], role: { fr: 'Invitée du balado', en: 'Podcast guest' } },
      { candidateKey: 'pierre-luc-belanger', name: 'Pierre-Luc Bélanger', segments: ['seg-pdg-manufacturier'], role: { fr: 'Témoignage client', en: 'Client testimonial' } },
    ],
    communities: [
      { id: 'com-groupe-li', name: 'Marketing B2B Québec (groupe LinkedIn)', platform: 'linkedin', size: 8200, activity: 'high', url: null },
      { id: 'com-meetup', name: 'Meetup Croissance B2B Montréal', platform: 'meetup', size: 1900, activity: 'medium', url: null },
      { id: 'com-slack', name: 'Slack des responsables marketing SaaS du Québec', platform: 'slack', size: 640, activity: 'high', url: null },
    ],
  },
  competition: {
    competitors: [
      {
        id: 'conc-nordet',
        name: 'Agence Nordet (fictive)',
        channels: ['linkedin', 'blog', 'podcast'],
        content: [{ fr: 'Balado hebdomadaire sur la vente B2B', en: 'Weekly podcast on B2B sales' }],
        owns: [{ fr: 'La vente sociale', en: 'Social selling' }],
      },
      {
        id: 'conc-cohorte',
        name: 'Cohorte Numérique (fictive)',
        channels: ['linkedin', 'webinar', 'youtube'],
        content: [{ fr: 'Webinaires mensuels sur l’automatisation', en: 'Monthly webinars on automation' }],
        owns: [{ fr: 'L’automatisation du marketing', en: 'Marketing automation' }],
      },
      {
        id: 'conc-parallele',
        name: 'Studio Parallèle (fictif)',
        channels: [],
        content: [{ fr: 'Études de cas sectorielles', en: 'Industry case studies' }],
        owns: [],
      },
    ],
  },
  plan: {
    projects: [
      { id: 'prj-barometre', name: { fr: 'Baromètre du marketing B2B au Québec 2027', en: 'Québec B2B Marketing Barometer 2027' }, type: 'research', objectives: ['obj-medias', 'obj-prospects'], owner: 'marc', start: '2026-12-01', end: '2027-04-15' },
      { id: 'prj-serie-roi', name: { fr: 'Série « Le ROI du contenu »', en: '“Content ROI” series' }, type: 'editorial-series', objectives: ['obj-prospects', 'obj-portee'], owner: 'sophie', start: '2027-01-05', end: '2027-06-30' },
      { id: 'prj-webinaires', name: { fr: 'Webinaires trimestriels', en: 'Quarterly webinars' }, type: 'event', objectives: ['obj-prospects', 'obj-infolettre'], owner: 'david', start: '2027-01-01', end: '2027-06-30' },
      { id: 'prj-presence', name: { fr: 'Présence continue LinkedIn', en: 'Always-on LinkedIn' }, type: 'always-on', objectives: ['obj-portee'], owner: 'sophie', start: '2026-12-01', end: null },
    ],
    channels: [
      { id: 'ch-linkedin', kind: 'linkedin', name: 'Page LinkedIn de Boréal', segments: ['seg-dir-marketing', 'seg-saas', 'seg-pdg-manufacturier'], cadence: { count: 4, per: 'week' }, owner: 'sophie' },
      { id: 'ch-x', kind: 'x', name: 'Compte X @boreal_b2b', segments: ['seg-saas'], cadence: { count: 1, per: 'week' }, owner: 'julie' },
      { id: 'ch-blogue', kind: 'blog', name: 'Blogue Boréal', segments: ['seg-dir-marketing', 'seg-saas'], cadence: { count: 3, per: 'month' }, owner: 'sophie' },
      { id: 'ch-infolettre', kind: 'newsletter', name: 'Infolettre Le Phare', segments: ['seg-dir-marketing', 'seg-saas'], cadence: { count: 1, per: 'month' }, owner: 'sophie' },
      { id: 'ch-webinaires', kind: 'webinar', name: 'Webinaires Boréal', segments: ['seg-dir-marketing'], cadence: { count: 1, per: 'quarter' }, owner: 'david' },
      { id: 'ch-balado', kind: 'podcast', name: 'Balado « Preuves à l’appui »', segments: ['seg-saas'], cadence: { count: 2, per: 'month' }, owner: 'david' },
      { id: 'ch-medias', kind: 'media', name: 'Relations de presse', segments: ['seg-pdg-manufacturier'], cadence: null, owner: 'david' },
    ],
    items: [
      {
        id: 'art-tendances-2027',
        title: { fr: 'Marketing B2B au Québec : sept tendances pour 2027', en: 'B2B marketing in Québec: seven trends for 2027' },
        form: 'article',
        channel: 'ch-blogue',
        segments: ['seg-dir-marketing'],
        objectives: ['obj-portee'],
        project: 'prj-serie-roi',
        topic: 'tendances',
        keywords: { primary: 'marketing B2B Québec', secondary: ['tendances 2027', 'PME'] },
        owner: 'sophie',
        status: 'published',
        date: '2027-01-12',
        url: 'https://boreal.example/blogue/tendances-2027',
      },
      {
        id: 'info-chiffres',
        title: { fr: 'Infographie : le marketing B2B au Québec en chiffres', en: 'Infographic: B2B marketing in Québec in numbers' },
        form: 'infographic',
        channel: 'ch-linkedin',
        segments: ['seg-dir-marketing', 'seg-saas'],
        objectives: ['obj-portee'],
        project: 'prj-serie-roi',
        topic: 'chiffres clés',
        keywords: { primary: 'Marketing B2B Québec', secondary: ['statistiques'] },
        owner: 'julie',
        status: 'ready',
        date: '2027-01-26',
      },
      {
        id: 'art-roi-contenu',
        title: { fr: 'Mesurer le ROI du contenu B2B sans logiciel coûteux', en: 'Measuring B2B content ROI without costly software' },
        form: 'article',
        channel: 'ch-blogue',
        segments: ['seg-dir-marketing'],
        objectives: ['obj-prospects'],
        project: 'prj-serie-roi',
        topic: 'ROI',
        keywords: { primary: 'ROI contenu B2B', secondary: ['mesure', 'attribution'] },
        owner: 'sophie',
        status: 'planned',
        date: '2027-02-09',
      },
      {
        id: 'phare-fevrier',
        title: { fr: 'Le Phare — février : le budget LinkedIn d’une PME', en: 'Le Phare — February: an SME’s LinkedIn budget' },
        form: 'newsletter',
        channel: 'ch-infolettre',
        segments: ['seg-dir-marketing', 'seg-saas'],
        objectives: ['obj-infolettre'],
        project: null,
        topic: 'budget',
        keywords: { primary: null, secondary: [] },
        owner: 'sophie',
        status: 'planned',
        date: '2027-02-03',
      },
      {
        id: 'balado-ep12',
        title: { fr: 'Balado, épisode 12 : vendre un SaaS au Québec et en Ontario', en: 'Podcast episode 12: selling SaaS in Québec and Ontario' },
        form: 'podcast',
        channel: 'ch-balado',
        segments: ['seg-saas'],
        objectives: ['obj-portee'],
        project: null,
        topic: 'vente SaaS',
        keywords: { primary: 'vente SaaS Québec', secondary: [] },
        owner: 'david',
        status: 'planned',
        date: '2027-02-18',
      },
      {
        id: 'web-mars',
        title: { fr: 'Webinaire : ce que le baromètre 2027 dit de vos concurrents', en: 'Webinar: what the 2027 barometer says about your competitors' },
        form: 'webinar',
        channel: 'ch-webinaires',
        segments: ['seg-dir-marketing'],
        objectives: ['obj-prospects', 'obj-infolettre'],
        project: 'prj-webinaires',
        topic: 'baromètre',
        keywords: { primary: 'baromètre marketing B2B', secondary: [] },
        owner: 'david',
        status: 'planned',
        date: '2027-03-24',
        effortHours: 4,
      },
      {
        id: 'rapport-barometre',
        title: { fr: 'Baromètre du marketing B2B au Québec 2027 (rapport)', en: 'Québec B2B Marketing Barometer 2027 (report)' },
        form: 'research-report',
        channel: 'ch-blogue',
        segments: ['seg-dir-marketing', 'seg-saas'],
        objectives: ['obj-medias', 'obj-prospects'],
        project: 'prj-barometre',
        topic: 'baromètre',
        keywords: { primary: 'baromètre marketing B2B Québec', secondary: ['étude', 'sondage'] },
        owner: 'marc',
        status: 'planned',
        date: '2027-03-16',
        effortHours: 30,
      },
      {
        id: 'communique-barometre',
        title: { fr: 'Communiqué : lancement du baromètre 2027', en: 'Press release: the 2027 barometer is out' },
        form: 'press-release',
        channel: 'ch-medias',
        segments: ['seg-dir-marketing'],
        objectives: ['obj-medias'],
        project: 'prj-barometre',
        topic: 'baromètre',
        keywords: { primary: null, secondary: [] },
        owner: 'david',
        status: 'planned',
        date: '2027-03-16',
      },
      {
        id: 'etude-cas-saas',
        title: { fr: 'Étude de cas : un SaaS de Québec réduit son cycle de vente de 30 %', en: 'Case study: a Québec City SaaS cuts its sales cycle by 30%' },
        form: 'case-study',
        channel: 'ch-blogue',
        segments: ['seg-saas'],
        objectives: ['obj-prospects'],
        project: 'prj-serie-roi',
        topic: 'cycle de vente',
        keywords: { primary: 'cycle de vente SaaS', secondary: [] },
        owner: 'sophie',
        status: 'planned',
        date: '2027-04-13',
      },
      {
        id: 'video-barometre',
        title: { fr: 'Vidéo : trois chiffres du baromètre en 90 secondes', en: 'Video: three barometer figures in 90 seconds' },
        form: 'video',
        channel: 'ch-linkedin',
        segments: ['seg-dir-marketing'],
        objectives: ['obj-portee'],
        project: 'prj-barometre',
        topic: 'baromètre',
        keywords: { primary: null, secondary: [] },
        owner: 'julie',
        status: 'backlog',
        date: null,
      },
      {
        id: 'guide-automatisation',
        title: { fr: 'Guide des outils d’automatisation pour PME', en: 'Guide to automation tools for SMEs' },
        form: 'ebook',
        channel: 'ch-blogue',
        segments: ['seg-saas'],
        objectives: [],
        project: null,
        topic: 'automatisation',
        keywords: { primary: 'automatisation marketing PME', secondary: [] },
        owner: 'sophie',
        status: 'backlog',
        date: null,
      },
      {
        id: 'idee-tournee-regions',
        title: { fr: 'Tournée des régions : déjeuners-causeries avec les chambres de commerce', en: 'Regional tour: breakfast talks with chambers of commerce' },
        form: 'talk',
        channel: null,
        segments: [],
        objectives: [],
        project: null,
        topic: null,
        keywords: { primary: null, secondary: [] },
        owner: null,
        status: 'idea',
        date: null,
      },
    ],
    people: [
      { id: 'sophie', name: 'Sophie Tremblay', role: 'Stratège de contenu', hoursPerWeek: 20, effort: { article: 5, newsletter: 3 } },
      { id: 'marc', name: 'Marc-André Gagnon', role: 'Analyste', hoursPerWeek: 12, effort: {} },
      { id: 'julie', name: 'Julie Nguyen', role: 'Conceptrice graphique', hoursPerWeek: 8, effort: { infographic: 6 } },
      { id: 'david', name: 'David Côté', role: 'Associé, porte-parole', hoursPerWeek: 6, effort: { podcast: 3, 'press-release': 2 } },
    ],
    budget: {
      currency: 'CAD',
      total: 48000,
      lines: [
        { label: { fr: 'Sondage du baromètre (panel)', en: 'Barometer survey (panel)' }, amount: 18000, project: 'prj-barometre' },
        { label: { fr: 'Promotion LinkedIn', en: 'LinkedIn promotion' }, amount: 12000, project: 'prj-presence' },
        { label: { fr: 'Plateforme de webinaires', en: 'Webinar platform' }, amount: 4800, project: 'prj-webinaires' },
        { label: { fr: 'Montage du balado', en: 'Podcast editing' }, amount: 6000, project: null },
        { label: { fr: 'Réserve', en: 'Contingency' }, amount: 7200, project: null },
      ],
    },
    milestones: [
      { id: 'jal-questionnaire', name: { fr: 'Questionnaire du baromètre en ligne', en: 'Barometer survey live' }, date: '2027-01-18', project: 'prj-barometre' },
      { id: 'jal-lancement', name: { fr: 'Lancement du baromètre', en: 'Barometer launch' }, date: '2027-03-16', project: 'prj-barometre' },
      { id: 'jal-bilan-t1', name: { fr: 'Bilan du premier trimestre', en: 'First-quarter review' }, date: '2027-03-31', project: null },
      { id: 'jal-bilan-s1', name: { fr: 'Bilan du semestre et cycle suivant', en: 'Half-year review and next cycle' }, date: '2027-06-30', project: null },
    ],
    slots: [
      { id: 'slot-li', channel: 'ch-linkedin', title: { fr: 'Publication LinkedIn', en: 'LinkedIn post' }, form: 'social-post', freq: 'weekly', interval: 1, days: ['TU', 'TH'], time: '08:30', start: '2027-01-05', until: '2027-06-30', owner: 'sophie', effortHours: 0.75 },
      { id: 'slot-x', channel: 'ch-x', title: { fr: 'Fil X de la semaine', en: 'Weekly X thread' }, form: 'social-post', freq: 'weekly', interval: 1, days: ['WE'], time: '12:00', start: '2027-01-06', until: '2027-06-30', owner: 'julie', effortHours: 1 },
      { id: 'slot-phare', channel: 'ch-infolettre', title: { fr: 'Le Phare (infolettre)', en: 'Le Phare (newsletter)' }, form: 'newsletter', freq: 'monthly', interval: 1, days: ['WE'], nth: 1, time: '07:00', start: '2027-01-01', until: '2027-06-30', owner: 'sophie', effortHours: null },
      { id: 'slot-balado', channel: 'ch-balado', title: { fr: 'Épisode du balado', en: 'Podcast episode' }, form: 'podcast', freq: 'weekly', interval: 2, days: ['TH'], time: '06:00', start: '2027-01-07', until: '2027-06-30', owner: 'david', effortHours: null },
    ],
  },
  seo: {
    topics: [
      { segment: 'seg-dir-marketing', topics: ['ROI du marketing', 'budget marketing PME', 'baromètre marketing B2B'] },
      { segment: 'seg-saas', topics: ['cycle de vente SaaS', 'vente sociale', 'automatisation'] },
      { segment: 'seg-pdg-manufacturier', topics: ['marketing industriel', 'exportation'] },
    ],
  },
  kpis: [
    { id: 'kpi-impressions', name: { fr: 'Impressions organiques LinkedIn', en: 'LinkedIn organic impressions' }, formula: 'somme des impressions des publications de la page, par mois', source: 'LinkedIn Page Analytics', frequency: 'monthly', baseline: 60000, target: 120000, unit: 'impressions' },
    { id: 'kpi-engagement', name: { fr: 'Taux d’engagement LinkedIn', en: 'LinkedIn engagement rate' }, formula: '(réactions + commentaires + partages + clics) / impressions', source: 'LinkedIn Page Analytics', frequency: 'monthly', baseline: null, target: 0.045, unit: '%' },
    { id: 'kpi-mql', name: { fr: 'Prospects qualifiés marketing (MQL)', en: 'Marketing-qualified leads (MQL)' }, formula: 'contacts passés au stade MQL dans le mois', source: 'HubSpot CRM', frequency: 'monthly', baseline: 18, target: 40, unit: 'MQL' },
    { id: 'kpi-abonnes', name: { fr: 'Abonnés à l’infolettre', en: 'Newsletter subscribers' }, formula: 'abonnés actifs en fin de mois', source: 'Mailchimp', frequency: 'monthly', baseline: 2100, target: 5000, unit: 'abonnés' },
    { id: 'kpi-mentions', name: { fr: 'Mentions dans les médias d’affaires', en: 'Business press mentions' }, formula: 'articles qui citent Boréal ou ses porte-parole', source: null, frequency: 'quarterly', baseline: 3, target: 12, unit: 'mentions' },
  ],
});

/** The autumn 2026 draft (cycle 1): before the barometer and the X account were added. */
export function demoDraftStrategy(): Strategy {
  const s = structuredClone(DEMO_STRATEGY);
  s.name = 'Leadership éclairé Boréal — ébauche de l’automne 2026';
  s.vision.objectives = s.vision.objectives.filter((o) => o.id !== 'obj-medias');
  s.vision.objectives[1].target = 30;
  s.plan.projects = s.plan.projects.filter((p) => p.id !== 'prj-barometre');
  s.plan.channels = s.plan.channels.filter((c) => c.id !== 'ch-x' && c.id !== 'ch-medias');
  s.plan.items = s.plan.items.filter((i) => !['rapport-barometre', 'communique-barometre', 'video-barometre', 'web-mars'].includes(i.id));
  s.plan.slots = s.plan.slots.filter((x) => x.id !== 'slot-x');
  s.plan.milestones = s.plan.milestones.filter((m) => m.project !== 'prj-barometre');
  s.plan.budget.lines = s.plan.budget.lines.filter((l) => l.project !== 'prj-barometre');
  s.plan.budget.total = 30000;
  s.plan.people = s.plan.people.filter((p) => p.id !== 'marc');
  s.kpis = s.kpis.filter((k) => k.id !== 'kpi-mentions');
  s.vision.goals = s.vision.goals.filter((g) => g.id !== 'but-autorite');
  for (const i of s.plan.items) if (i.status === 'published' || i.status === 'ready') i.status = 'planned';
  return StrategySchema.parse(s);
}

/**
 * Stores the demonstration strategy for the field when it has none: the draft as cycle 1
 * (phase "evaluate"), the current plan as cycle 2 (phase "plan"). A field that already has a
 * strategy keeps it (the user may have edited it). Returns the number of cycles written.
 */
export async function saveDemoStrategy(store: Store, fieldId: number): Promise<number> {
  const ss = strategyStore(store.db);
  if ((await ss.cycles(fieldId)).length > 0) return 0;
  await ss.createCycles(fieldId, [
    { phase: 'evaluate', startedOn: '2026-09-08', notes: 'Ébauche de l’automne 2026.', strategy: demoDraftStrategy() },
    { phase: 'plan', startedOn: '2026-11-27', notes: 'Ajout du baromètre, du compte X et des relations de presse après le bilan de l’ébauche.', strategy: DEMO_STRATEGY },
  ]);
  return 2;
}
