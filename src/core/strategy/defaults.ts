/**
 * The strategy checker's defaults in one object: cadence norms per channel kind (each with the
 * source it is drawn from), hours one content item takes by form, and the thresholds of the
 * influencer and capacity rules. Callers may pass another object of the same shape.
 *
 * A cadence norm is the range a source gives (items per week); the rule flags a channel only
 * when its cadence is *far* from it — below `min ÷ cadenceFactor` or above `max × cadenceFactor`
 * — so a plan that merely differs from a guide is not blamed, one that posts a newsletter every
 * day or a LinkedIn page once a month is. The four social networks' ranges are Hootsuite's; for
 * the other kinds no single study gives one, and the range is this project's rule of thumb,
 * said as such in its source. Kinds without a norm (TikTok, media, other) are not checked.
 */
import type { ChannelKind, ContentForm } from './model.js';

export interface CadenceNorm {
  /** Items per week, inclusive range. */
  min: number;
  max: number;
  source: string;
}

export interface StrategyDefaults {
  /** Norms per channel kind; kinds without one are not checked. */
  cadence: Partial<Record<ChannelKind, CadenceNorm>>;
  /** How far outside a norm's range a cadence must be to be flagged (a factor, ≥ 1). */
  cadenceFactor: number;
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

const HOOTSUITE = 'Hootsuite, “How often to post on social media” (2023)';
const THUMB = 'rule of thumb of this project, no single study';

export const STRATEGY_DEFAULTS: StrategyDefaults = {
  cadence: {
    linkedin: { min: 7, max: 35, source: `${HOOTSUITE}: 1 to 5 posts a day` },
    x: { min: 7, max: 35, source: `${HOOTSUITE}: 1 to 5 posts a day` },
    facebook: { min: 7, max: 14, source: `${HOOTSUITE}: 1 to 2 posts a day` },
    instagram: { min: 3, max: 7, source: `${HOOTSUITE}: 3 to 7 posts a week` },
    youtube: { min: 12 / 52, max: 1, source: `${THUMB}: monthly to weekly videos` },
    blog: { min: 12 / 52, max: 3, source: `${THUMB}: monthly to three posts a week` },
    newsletter: { min: 12 / 52, max: 1, source: `${THUMB}: monthly to weekly issues` },
    podcast: { min: 12 / 52, max: 1, source: `${THUMB}: monthly to weekly episodes` },
    webinar: { min: 4 / 52, max: 12 / 52, source: `${THUMB}: quarterly to monthly webinars` },
    events: { min: 1 / 52, max: 12 / 52, source: `${THUMB}: yearly to monthly events` },
  },
  cadenceFactor: 2,
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
  effortSource: 'Orbit Media Studios, Annual Blogger Survey (recent editions: about 3½ to 4 hours a blog post); other forms: estimates to be replaced by the team’s own',
  capacityTolerance: 1,
  lowRankShare: 0.5,
  poorFakeShare: 0.25,
  openSlotDays: 90,
};
