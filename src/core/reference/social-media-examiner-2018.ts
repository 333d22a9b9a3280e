/**
 * Social Media Examiner, 2018 Social Media Marketing Industry Report (Michael A. Stelzner),
 * a survey of 5,726 marketers, as quoted by the source article ("Comment exercer un leadership
 * éclairé en pleine transformation numérique", 27 November 2018).
 *
 * Only the figures the article states are kept: platforms used for business content —
 * Facebook first (no percentage quoted), LinkedIn second at 79 %, Twitter just behind at
 * 70 %, Snapchat last at 7 %; benefits of social media marketing — increased exposure first at
 * 87 %, then increased traffic and lead generation (no percentages quoted), thought leadership
 * last at 46 %.
 */
import type { ReferenceDataset } from './types.js';

export const SME_2018_ID = 'sme-2018';

export const SOCIAL_MEDIA_EXAMINER_2018: ReferenceDataset = {
  source: {
    id: SME_2018_ID,
    title: '2018 Social Media Marketing Industry Report',
    publisher: 'Social Media Examiner',
    year: 2018,
    sampleSize: 5726,
    population: { fr: 'marketeurs d’entreprises de toutes tailles et de tous secteurs', en: 'marketers in a wide range of businesses' },
    citedIn: 'Comment exercer un leadership éclairé en pleine transformation numérique (27 novembre 2018)',
  },
  figures: [
    {
      source: SME_2018_ID,
      topic: 'platform-use',
      subject: 'facebook',
      label: { fr: 'Facebook', en: 'Facebook' },
      share: null,
      position: 1,
      last: false,
      statement: { fr: 'Première plateforme utilisée pour diffuser des contenus professionnels', en: 'First platform used for business content' },
    },
    {
      source: SME_2018_ID,
      topic: 'platform-use',
      subject: 'linkedin',
      label: { fr: 'LinkedIn', en: 'LinkedIn' },
      share: 0.79,
      position: 2,
      last: false,
      statement: { fr: 'Deuxième plateforme utilisée pour diffuser des contenus professionnels', en: 'Second platform used for business content' },
    },
    {
      source: SME_2018_ID,
      topic: 'platform-use',
      subject: 'x',
      label: { fr: 'Twitter (X)', en: 'Twitter (X)' },
      share: 0.7,
      position: 3,
      last: false,
      statement: { fr: 'Suit LinkedIn de près parmi les plateformes utilisées pour les contenus professionnels', en: 'Just behind LinkedIn among platforms used for business content' },
    },
    {
      source: SME_2018_ID,
      topic: 'platform-use',
      subject: 'snapchat',
      label: { fr: 'Snapchat', en: 'Snapchat' },
      share: 0.07,
      position: null,
      last: true,
      statement: { fr: 'Dernière plateforme utilisée pour les contenus professionnels', en: 'Last platform used for business content' },
    },
    {
      source: SME_2018_ID,
      topic: 'benefit',
      subject: 'exposure',
      label: { fr: 'Plus grande visibilité', en: 'Increased exposure' },
      share: 0.87,
      position: 1,
      last: false,
      statement: { fr: 'Premier bénéfice nommé des médias sociaux', en: 'First benefit of social media named' },
    },
    {
      source: SME_2018_ID,
      topic: 'benefit',
      subject: 'traffic',
      label: { fr: 'Accroissement du trafic', en: 'Increased traffic' },
      share: null,
      position: null,
      last: false,
      statement: { fr: 'Nommé après la visibilité (pourcentage non cité)', en: 'Named after exposure (percentage not quoted)' },
    },
    {
      source: SME_2018_ID,
      topic: 'benefit',
      subject: 'leads',
      label: { fr: 'Génération de leads', en: 'Lead generation' },
      share: null,
      position: null,
      last: false,
      statement: { fr: 'Nommé après la visibilité (pourcentage non cité)', en: 'Named after exposure (percentage not quoted)' },
    },
    {
      source: SME_2018_ID,
      topic: 'benefit',
      subject: 'thought-leadership',
      label: { fr: 'Leadership éclairé', en: 'Thought leadership' },
      share: 0.46,
      position: null,
      last: true,
      statement: { fr: 'Dernier bénéfice nommé : il demande plus d’efforts et d’expérience', en: 'Last benefit named: it takes more effort and experience' },
    },
  ],
};
