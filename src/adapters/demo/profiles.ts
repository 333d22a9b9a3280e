/**
 * The profiles that shape the demonstration workspace, in one defaults object: the field, the
 * dates, the candidate tiers (stars, established, middle, emerging), the trajectories (steady,
 * rising, fading, newcomer) and the archetypes (blogger-author, speaker-teacher, media
 * spokesperson, audience builder, international consultant, academic, practitioner), each with
 * its rates of evidence and its chance of having evidence at all for each index.
 *
 * Rates are for a candidate of level 1 (a star) at full activity; the generator scales them by
 * the candidate's level and by the trajectory's activity at each date. They are set so that
 * the scorers' defaults (RANKING_DEFAULTS: caps and half-lives) see the whole range from 0 to
 * 100 on every index.
 */
import type { IndexKey } from '../../core/domain.js';
import type { DemoPlatform } from './names.js';

export type Tier = 'star' | 'established' | 'middle' | 'emerging';
export type Trajectory = 'steady' | 'rising' | 'fading' | 'newcomer';
export type Archetype =
  | 'blogger_author'
  | 'speaker_teacher'
  | 'media_spokesperson'
  | 'audience_builder'
  | 'international_consultant'
  | 'academic'
  | 'practitioner';

/** The indices a candidate may lack evidence for (ranking agreement follows from the lists). */
export type GappedIndex = Exclude<IndexKey, 'ranking_agreement'>;

export interface ArchetypeProfile {
  label: { fr: string; en: string };
  /** Relative share among non-star candidates. */
  weight: number;
  /** Relative chance that a star has this archetype. */
  starWeight: number;
  /** Probability of having any evidence for each index (before the tier's adjustment). */
  presence: Record<GappedIndex, number>;
  /** Affinity for each platform (0–1): chance of holding a profile there. */
  platforms: Partial<Record<DemoPlatform, number>>;
  /** Chance of a post in a given week on a platform where active, at level 1 and full activity. */
  weeklyPostChance: number;
  /** Mean posts in an active week. */
  postsPerActiveWeek: number;
  blogPostsPerMonth: number;
  articlesPerYear: number;
  whitePapersPerYear: number;
  booksPerDecade: number;
  talksPerYear: number;
  coursesPerYear: number;
  volunteerRolesPerDecade: number;
  mediaMentionsPerYear: number;
  mediaQuotesPerYear: number;
  /** Share of talks and media that happen abroad. */
  abroadShare: number;
  /** Share of the audience outside Canada. */
  foreignAudience: number;
  /** Share of the candidate's content in their second language. */
  secondLanguage: number;
  /** Expected peer mentions received per year. */
  peerPull: number;
  /** Median total followers over all platforms. */
  followers: number;
  /** Usual estimated fake share [low, high]. */
  fakeShare: readonly [number, number];
  /** Chance that one of the candidate's accounts has bought followers (fake share 0.4–0.7). */
  boughtChance: number;
  websiteChance: number;
  knowledgeBaseChance: number;
  /** Range of the share of first-page search results about the person, at level 1. */
  searchShare: readonly [number, number];
}

export interface TierProfile {
  share: number;
  /** Level: multiplies the rates; lognormal noise around it. */
  level: number;
  /** How much of the missing chance (1 − presence) remains: 0.15 for stars, >1 makes gaps likelier. */
  gapFactor: number;
}

export interface TrajectoryProfile {
  share: number;
}

export interface DemoDefaults {
  seed: number;
  candidates: number;
  field: { topic: string; region: string; languages: string[] };
  asOf: string;
  previousAsOf: string;
  /** Earliest date of dated evidence other than first activity. */
  evidenceFrom: string;
  /** First week of the weekly post series (enough for 52 weeks before the previous as-of). */
  postsFrom: string;
  firstActivityRange: readonly [string, string];
  frenchShare: number;
  /** Size of the pool of outside accounts who mention candidates. */
  outsideAccounts: number;
  /** Share of peer mentions that come from other candidates (the rest: outside accounts). */
  candidatePeerShare: number;
  /** Share of audience rows that carry an estimated fake share. */
  fakeShareKnown: number;
  levelNoise: number;
  /** Per-index lognormal noise on a candidate's rates, so indices are not all correlated. */
  indexNoise: number;
  tiers: Record<Tier, TierProfile>;
  trajectories: Record<Trajectory, TrajectoryProfile>;
  archetypes: Record<Archetype, ArchetypeProfile>;
  rankings: {
    local: { list: string; year: number; size: number; sourceUrl: string };
    global: { list: string; year: number; size: number; sourceUrl: string; entries: readonly [number, number] };
  };
  note: string;
}

const presence = (
  peer_recognition: number,
  digital_identity: number,
  multi_platform_presence: number,
  publishing: number,
  community_contribution: number,
  media_presence: number,
  international_reach: number,
  experience: number,
  qualified_audience: number,
): Record<GappedIndex, number> => ({
  peer_recognition,
  digital_identity,
  multi_platform_presence,
  publishing,
  community_contribution,
  media_presence,
  international_reach,
  experience,
  qualified_audience,
});

/** Every parameter of the demonstration generator. */
export const DEMO_DEFAULTS: DemoDefaults = {
  seed: 20181127,
  candidates: 150,
  field: { topic: 'Marketing B2B au Québec', region: 'CA-QC', languages: ['fr', 'en'] },
  asOf: '2026-11-27',
  previousAsOf: '2025-11-27',
  evidenceFrom: '2005-01-01',
  postsFrom: '2024-09-02',
  firstActivityRange: ['1996-01-01', '2024-12-31'],
  frenchShare: 0.6,
  outsideAccounts: 900,
  candidatePeerShare: 0.35,
  fakeShareKnown: 0.7,
  levelNoise: 0.35,
  indexNoise: 0.55,
  tiers: {
    star: { share: 0.06, level: 1, gapFactor: 0.15 },
    established: { share: 0.2, level: 0.45, gapFactor: 0.6 },
    middle: { share: 0.46, level: 0.2, gapFactor: 1 },
    emerging: { share: 0.28, level: 0.07, gapFactor: 1.3 },
  },
  trajectories: {
    steady: { share: 0.55 },
    rising: { share: 0.12 },
    fading: { share: 0.2 },
    newcomer: { share: 0.13 },
  },
  archetypes: {
    blogger_author: {
      label: { fr: 'blogueur·euse et auteur·rice', en: 'blogger and author' },
      weight: 0.15,
      starWeight: 3,
      presence: presence(0.85, 0.92, 0.85, 0.98, 0.6, 0.45, 0.75, 0.9, 0.85),
      platforms: { linkedin: 0.95, x: 0.8, bluesky: 0.45, facebook: 0.6, youtube: 0.3, mastodon: 0.25, quora: 0.3, pinterest: 0.15, instagram: 0.3 },
      weeklyPostChance: 0.8,
      postsPerActiveWeek: 3,
      blogPostsPerMonth: 3,
      articlesPerYear: 4,
      whitePapersPerYear: 1,
      booksPerDecade: 3,
      talksPerYear: 5,
      coursesPerYear: 0.5,
      volunteerRolesPerDecade: 1,
      mediaMentionsPerYear: 6,
      mediaQuotesPerYear: 2,
      abroadShare: 0.15,
      foreignAudience: 0.3,
      secondLanguage: 0.2,
      peerPull: 14,
      followers: 60_000,
      fakeShare: [0.04, 0.15],
      boughtChance: 0.03,
      websiteChance: 0.97,
      knowledgeBaseChance: 0.1,
      searchShare: [0.55, 0.9],
    },
    speaker_teacher: {
      label: { fr: 'conférencier·ère et formateur·rice', en: 'speaker and teacher' },
      weight: 0.13,
      starWeight: 3,
      presence: presence(0.85, 0.88, 0.75, 0.75, 0.98, 0.5, 0.8, 0.92, 0.8),
      platforms: { linkedin: 0.97, x: 0.6, youtube: 0.6, facebook: 0.5, instagram: 0.35, bluesky: 0.3, tiktok: 0.1 },
      weeklyPostChance: 0.6,
      postsPerActiveWeek: 2,
      blogPostsPerMonth: 0.8,
      articlesPerYear: 2,
      whitePapersPerYear: 0.5,
      booksPerDecade: 1.5,
      talksPerYear: 16,
      coursesPerYear: 3,
      volunteerRolesPerDecade: 3,
      mediaMentionsPerYear: 6,
      mediaQuotesPerYear: 2,
      abroadShare: 0.25,
      foreignAudience: 0.3,
      secondLanguage: 0.25,
      peerPull: 13,
      followers: 40_000,
      fakeShare: [0.03, 0.12],
      boughtChance: 0.03,
      websiteChance: 0.85,
      knowledgeBaseChance: 0.08,
      searchShare: [0.5, 0.85],
    },
    media_spokesperson: {
      label: { fr: 'porte-parole médiatique', en: 'media spokesperson' },
      weight: 0.1,
      starWeight: 2,
      presence: presence(0.85, 0.88, 0.85, 0.6, 0.6, 0.98, 0.7, 0.9, 0.85),
      platforms: { x: 0.9, linkedin: 0.85, facebook: 0.75, instagram: 0.5, bluesky: 0.4, youtube: 0.3, tiktok: 0.15 },
      weeklyPostChance: 0.75,
      postsPerActiveWeek: 4,
      blogPostsPerMonth: 0.4,
      articlesPerYear: 3,
      whitePapersPerYear: 0,
      booksPerDecade: 1,
      talksPerYear: 4,
      coursesPerYear: 0.2,
      volunteerRolesPerDecade: 1,
      mediaMentionsPerYear: 30,
      mediaQuotesPerYear: 14,
      abroadShare: 0.1,
      foreignAudience: 0.2,
      secondLanguage: 0.15,
      peerPull: 12,
      followers: 90_000,
      fakeShare: [0.05, 0.18],
      boughtChance: 0.05,
      websiteChance: 0.6,
      knowledgeBaseChance: 0.25,
      searchShare: [0.6, 0.95],
    },
    audience_builder: {
      label: { fr: 'bâtisseur·euse d’auditoire sur les réseaux', en: 'social-media audience builder' },
      weight: 0.1,
      starWeight: 1,
      presence: presence(0.6, 0.97, 0.99, 0.5, 0.3, 0.35, 0.85, 0.8, 0.99),
      platforms: { instagram: 0.95, tiktok: 0.85, youtube: 0.75, x: 0.7, facebook: 0.8, linkedin: 0.7, snapchat: 0.5, pinterest: 0.5, bluesky: 0.2, quora: 0.15 },
      weeklyPostChance: 0.95,
      postsPerActiveWeek: 6,
      blogPostsPerMonth: 0.3,
      articlesPerYear: 0.3,
      whitePapersPerYear: 0.1,
      booksPerDecade: 0.3,
      talksPerYear: 2,
      coursesPerYear: 0.3,
      volunteerRolesPerDecade: 0.3,
      mediaMentionsPerYear: 3,
      mediaQuotesPerYear: 0.5,
      abroadShare: 0.1,
      foreignAudience: 0.45,
      secondLanguage: 0.3,
      peerPull: 4,
      followers: 400_000,
      fakeShare: [0.15, 0.35],
      boughtChance: 0.55,
      websiteChance: 0.5,
      knowledgeBaseChance: 0.02,
      searchShare: [0.3, 0.7],
    },
    international_consultant: {
      label: { fr: 'consultant·e international·e', en: 'international consultant' },
      weight: 0.08,
      starWeight: 2,
      presence: presence(0.8, 0.9, 0.8, 0.85, 0.85, 0.55, 0.98, 0.9, 0.85),
      platforms: { linkedin: 0.98, x: 0.75, youtube: 0.35, bluesky: 0.35, mastodon: 0.2, quora: 0.2, facebook: 0.3 },
      weeklyPostChance: 0.7,
      postsPerActiveWeek: 2,
      blogPostsPerMonth: 1,
      articlesPerYear: 4,
      whitePapersPerYear: 2,
      booksPerDecade: 1.5,
      talksPerYear: 9,
      coursesPerYear: 0.5,
      volunteerRolesPerDecade: 0.5,
      mediaMentionsPerYear: 5,
      mediaQuotesPerYear: 2,
      abroadShare: 0.65,
      foreignAudience: 0.6,
      secondLanguage: 0.45,
      peerPull: 11,
      followers: 35_000,
      fakeShare: [0.03, 0.1],
      boughtChance: 0.02,
      websiteChance: 0.95,
      knowledgeBaseChance: 0.08,
      searchShare: [0.5, 0.85],
    },
    academic: {
      label: { fr: 'universitaire', en: 'academic' },
      weight: 0.08,
      starWeight: 1,
      presence: presence(0.75, 0.82, 0.5, 0.97, 0.98, 0.55, 0.7, 0.95, 0.5),
      platforms: { linkedin: 0.9, x: 0.4, mastodon: 0.45, bluesky: 0.55, youtube: 0.15 },
      weeklyPostChance: 0.35,
      postsPerActiveWeek: 1.5,
      blogPostsPerMonth: 0.3,
      articlesPerYear: 5,
      whitePapersPerYear: 0.3,
      booksPerDecade: 2,
      talksPerYear: 5,
      coursesPerYear: 4,
      volunteerRolesPerDecade: 2,
      mediaMentionsPerYear: 5,
      mediaQuotesPerYear: 3,
      abroadShare: 0.35,
      foreignAudience: 0.35,
      secondLanguage: 0.45,
      peerPull: 9,
      followers: 8_000,
      fakeShare: [0.02, 0.08],
      boughtChance: 0,
      websiteChance: 0.7,
      knowledgeBaseChance: 0.3,
      searchShare: [0.4, 0.8],
    },
    practitioner: {
      label: { fr: 'praticien·ne (agence ou entreprise)', en: 'practitioner (agency or in-house)' },
      weight: 0.36,
      starWeight: 0,
      presence: presence(0.78, 0.85, 0.82, 0.65, 0.55, 0.35, 0.7, 0.88, 0.82),
      platforms: { linkedin: 0.97, x: 0.45, facebook: 0.5, instagram: 0.35, bluesky: 0.25, youtube: 0.15, mastodon: 0.08, quora: 0.08, pinterest: 0.08, tiktok: 0.1, snapchat: 0.05 },
      weeklyPostChance: 0.6,
      postsPerActiveWeek: 2,
      blogPostsPerMonth: 1,
      articlesPerYear: 1.5,
      whitePapersPerYear: 1,
      booksPerDecade: 0.3,
      talksPerYear: 5,
      coursesPerYear: 0.5,
      volunteerRolesPerDecade: 1.5,
      mediaMentionsPerYear: 5,
      mediaQuotesPerYear: 1.5,
      abroadShare: 0.08,
      foreignAudience: 0.15,
      secondLanguage: 0.2,
      peerPull: 9,
      followers: 25_000,
      fakeShare: [0.04, 0.15],
      boughtChance: 0.05,
      websiteChance: 0.6,
      knowledgeBaseChance: 0.01,
      searchShare: [0.3, 0.75],
    },
  },
  rankings: {
    local: {
      list: 'Palmarès fictif des influenceurs B2B du Québec',
      year: 2025,
      size: 50,
      sourceUrl: 'https://example.org/palmares-fictif-influenceurs-b2b-quebec-2025',
    },
    global: {
      list: 'Fictional Global B2B Marketing Top 100',
      year: 2026,
      size: 100,
      sourceUrl: 'https://fictional-b2b-weekly.example/global-b2b-marketing-top-100-2026',
      entries: [5, 9],
    },
  },
  note: 'Données fictives de démonstration / fictional demonstration data',
};
