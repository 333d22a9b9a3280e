/**
 * The strategy checker's defaults in one object: cadence norms per channel kind (each with the
 * source it is drawn from), hours one content item takes by form, and the thresholds of the
 * influencer and capacity rules. Callers may pass another object of the same shape.
 *
 * The cadence norms are deliberately wide ranges (items per week): the rule flags a plan that
 * is far from common practice (a newsletter every day, a LinkedIn page once a quarter), not one
 * that differs from a single study. Where no study gives a range, the source says so.
 */
import type { ChannelKind, ContentForm } from './model.js';

export interface CadenceNorm {
  /** Items per week, inclusive range. */
  min: number;
  max: number;
  source: string;
}

export interface StrategyDefaults {
  /** Norms per channel kind; kinds without one (media, other) are not checked. */
  cadence: Partial<Record<ChannelKind, CadenceNorm>>;
  /** Hours of work per item, by form, when neither the item nor its owner says. */
  effortHours: Record<ContentForm, number>;
  effortSource: string;
  /** Load over `hoursPerWeek × capacityTolerance` is over capacity. */
  capacityTolerance: number;
  /** An influencer ranked below this share of the ranking (rank / of > x) "ranks low". */
  lowRankShare: number;
  /** An audience audit with more fake or inactive followers than this is poor. */
  poorFakeShare: number;
  /** Slots without an end are expanded this many days past the plan's other dates. */
  openSlotDays: number;
}

const HOOTSUITE = 'Hootsuite, “How often to post on social media” (2024 edition), ranges per network';
const LINKEDIN = 'LinkedIn Pages best practices (LinkedIn Marketing Solutions): post at least weekly; Hootsuite (2024): up to 1–2 a day';
const HUBSPOT = 'HubSpot, “How often should you blog” (2023): 1–4 posts a week for small teams, more for large ones';
const CUSTOM = 'common practice (weekly to monthly issues), no single study';

export const STRATEGY_DEFAULTS: StrategyDefaults = {
  cadence: {
    linkedin: { min: 1, max: 14, source: LINKEDIN },
    x: { min: 3, max: 35, source: HOOTSUITE },
    facebook: { min: 1, max: 14, source: HOOTSUITE },
    instagram: { min: 1, max: 10, source: HOOTSUITE },
    tiktok: { min: 1, max: 14, source: HOOTSUITE },
    youtube: { min: 0.25, max: 3, source: 'YouTube Creator Academy: a regular schedule, weekly to monthly for brand channels' },
    blog: { min: 0.25, max: 5, source: HUBSPOT },
    newsletter: { min: 0.23, max: 2, source: CUSTOM },
    podcast: { min: 0.23, max: 1, source: 'Edison Research / podcast hosts: weekly to monthly episodes; more than weekly is rare outside daily news' },
    webinar: { min: 1 / 13, max: 1, source: 'ON24 Webinar Benchmarks: B2B programmes run monthly to quarterly' },
    events: { min: 1 / 52, max: 1, source: CUSTOM },
  },
  effortHours: {
    'white-paper': 40,
    webinar: 16,
    'case-study': 12,
    article: 4,
    infographic: 8,
    'slide-deck': 6,
    video: 10,
    podcast: 6,
    newsletter: 3,
    'social-post': 0.5,
    ebook: 30,
    'research-report': 60,
    talk: 12,
    'press-release': 3,
    'opinion-piece': 5,
  },
  effortSource: 'Orbit Media Studios, Annual Blogger Survey (2023: about 4 hours a blog post); other forms: estimates to be replaced by the team’s own',
  capacityTolerance: 1,
  lowRankShare: 0.5,
  poorFakeShare: 0.25,
  openSlotDays: 90,
};
