/**
 * Test support for the strategy's tests (not part of the build): a small, coherent strategy on
 * which the checker finds nothing, for tests to break one thing at a time.
 */
import type { InfluencerStanding, Strategy } from './model.js';

export function cleanStrategy(): Strategy {
  return {
    version: 1,
    name: 'Leadership éclairé 2027',
    organisation: 'Agence Boréale',
    lang: 'fr',
    vision: {
      vision: { fr: 'Être la référence du marketing B2B responsable au Québec.', en: 'Be the reference for responsible B2B marketing in Québec.' },
      mission: null,
      goals: [{ id: 'notoriete', text: 'Notoriété auprès des directions marketing' }],
      objectives: [
        { id: 'obj-leads', text: 'Générer des prospects qualifiés', goal: 'notoriete', kpis: ['kpi-mql'], baseline: 20, target: 45, unit: 'MQL/mois', date: '2027-06-30' },
      ],
    },
    voice: { tone: ['expert', 'accessible'], do: ['citer nos sources'], dont: ['jargon creux'], samples: [], valueProposition: 'Des données, pas des opinions.' },
    audiences: {
      segments: [
        { id: 'cmo-pme', name: { fr: 'Directions marketing de PME', en: 'SME marketing heads' }, persona: null, needs: ['prouver le ROI'], questions: ['Quel budget pour LinkedIn ?'], whereabouts: ['linkedin'] },
      ],
      influencers: [{ candidateKey: 'karine-ouimet', name: 'Karine Ouimet', segments: ['cmo-pme'], role: 'invitée du webinaire' }],
      communities: [{ id: 'amq', name: 'Association marketing de Québec', platform: 'linkedin', size: 4200, activity: 'medium', url: null }],
    },
    competition: { competitors: [{ id: 'concurrent-a', name: 'Agence Alpha', channels: ['linkedin', 'blog'], content: ['baromètre annuel'], owns: ['le baromètre'] }] },
    plan: {
      projects: [{ id: 'serie-roi', name: 'Série ROI', type: 'editorial-series', objectives: ['obj-leads'], owner: 'sophie', start: '2027-01-04', end: '2027-03-31' }],
      channels: [
        { id: 'li', kind: 'linkedin', name: 'Page LinkedIn', segments: ['cmo-pme'], cadence: { count: 5, per: 'week' }, owner: 'sophie' },
        { id: 'blogue', kind: 'blog', name: 'Blogue', segments: ['cmo-pme'], cadence: { count: 2, per: 'month' }, owner: 'sophie' },
      ],
      items: [
        {
          id: 'art-roi',
          title: { fr: 'Mesurer le ROI du leadership éclairé', en: 'Measuring thought leadership ROI' },
          form: 'article',
          channel: 'blogue',
          segments: ['cmo-pme'],
          objectives: ['obj-leads'],
          project: 'serie-roi',
          topic: 'ROI',
          keywords: { primary: 'ROI leadership éclairé', secondary: ['mesure'] },
          owner: 'sophie',
          status: 'planned',
          date: '2027-01-12',
          effortHours: null,
          url: null,
        },
        {
          id: 'art-budget',
          title: 'Budget LinkedIn B2B',
          form: 'article',
          channel: 'blogue',
          segments: ['cmo-pme'],
          objectives: ['obj-leads'],
          project: 'serie-roi',
          topic: 'budget',
          keywords: { primary: 'budget LinkedIn B2B', secondary: [] },
          owner: 'sophie',
          status: 'backlog',
          date: null,
          effortHours: null,
          url: null,
        },
      ],
      people: [{ id: 'sophie', name: 'Sophie Tremblay', role: 'stratège', hoursPerWeek: 10, effort: { article: 5 } }],
      budget: { currency: 'CAD', total: 12000, lines: [{ label: 'Promotion LinkedIn', amount: 6000, project: 'serie-roi' }] },
      milestones: [{ id: 'm-bilan', name: 'Bilan du trimestre', date: '2027-03-31', project: 'serie-roi' }],
      slots: [
        { id: 'li-mardi', channel: 'li', title: 'Publication du mardi', form: 'social-post', freq: 'weekly', interval: 1, days: ['TU'], monthDay: null, nth: null, time: '09:00', start: '2027-01-05', until: '2027-03-30', owner: 'sophie', effortHours: 1 },
      ],
    },
    seo: { topics: [{ segment: 'cmo-pme', topics: ['ROI', 'budget'] }] },
    kpis: [{ id: 'kpi-mql', name: 'Prospects qualifiés (MQL)', formula: 'count(MQL) per month', source: 'CRM HubSpot', frequency: 'monthly', baseline: 20, target: 45, unit: 'MQL' }],
  };
}

export function standings(): Map<string, InfluencerStanding> {
  return new Map([['karine-ouimet', { rank: 3, of: 120, fakeShare: 0.08 }]]);
}
