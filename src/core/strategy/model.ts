/**
 * The thought-leadership strategy (issue 6): the seven sections of the source article's skeleton
 * (vision and objectives; personality and voice; audiences; competition; action plan; SEO and
 * indexing; KPIs) and the cycles a strategy lives in (plan, act, measure, evaluate, improve).
 *
 * Pure types and closed vocabularies: no I/O. Every entity a section refers to has a stable
 * `id` (a short slug the user writes, e.g. `obj-leads`); references between sections are by id
 * (a content item's `channel`, `segments`, `objectives`, `owner`…), so the strategy file stays
 * human-editable and the checker can say exactly what is missing where.
 *
 * Dates are ISO calendar days `YYYY-MM-DD` (see `../dates.ts`); a missing value is `null`,
 * never an absent key, so a strategy read from a file and written back is the same text.
 */

import type { Lang } from '../domain.js';
import type { StrategyDefaults } from './defaults.js';

/**
 * Prose the user writes: a plain string (in the strategy's language) or the two languages.
 * Either language may be missing; `textIn` picks the asked one, then the other.
 */
export type Text = string | { fr?: string; en?: string };

/** A closed-vocabulary entry with its bilingual label. */
export interface Labelled {
  fr: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Closed vocabularies

/** Forms of content (the article's list, plus the usual social formats). */
export const CONTENT_FORMS = {
  'white-paper': { fr: 'Livre blanc', en: 'White paper' },
  webinar: { fr: 'Webinaire', en: 'Webinar' },
  'case-study': { fr: 'Étude de cas', en: 'Case study' },
  article: { fr: 'Billet de blogue ou article', en: 'Blog post or article' },
  infographic: { fr: 'Infographie', en: 'Infographic' },
  'slide-deck': { fr: 'Présentation', en: 'Slide deck' },
  video: { fr: 'Vidéo', en: 'Video' },
  podcast: { fr: 'Balado', en: 'Podcast' },
  newsletter: { fr: 'Infolettre', en: 'Newsletter' },
  'social-post': { fr: 'Publication sociale', en: 'Social post' },
  ebook: { fr: 'Livre numérique', en: 'E-book' },
  'research-report': { fr: 'Rapport de recherche', en: 'Research report' },
  talk: { fr: 'Conférence', en: 'Talk' },
  'press-release': { fr: 'Communiqué de presse', en: 'Press release' },
  'opinion-piece': { fr: 'Lettre d’opinion', en: 'Opinion piece' },
} as const satisfies Record<string, Labelled>;
export type ContentForm = keyof typeof CONTENT_FORMS;

/** Kinds of channel; the cadence norms of the checker are given per kind. */
export const CHANNEL_KINDS = {
  linkedin: { fr: 'LinkedIn', en: 'LinkedIn' },
  x: { fr: 'X (Twitter)', en: 'X (Twitter)' },
  facebook: { fr: 'Facebook', en: 'Facebook' },
  instagram: { fr: 'Instagram', en: 'Instagram' },
  youtube: { fr: 'YouTube', en: 'YouTube' },
  tiktok: { fr: 'TikTok', en: 'TikTok' },
  blog: { fr: 'Blogue', en: 'Blog' },
  newsletter: { fr: 'Infolettre', en: 'Newsletter' },
  podcast: { fr: 'Balado', en: 'Podcast' },
  webinar: { fr: 'Webinaires', en: 'Webinars' },
  events: { fr: 'Événements', en: 'Events' },
  media: { fr: 'Médias', en: 'Media' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Record<string, Labelled>;
export type ChannelKind = keyof typeof CHANNEL_KINDS;

export const PROJECT_TYPES = {
  campaign: { fr: 'Campagne', en: 'Campaign' },
  'editorial-series': { fr: 'Série éditoriale', en: 'Editorial series' },
  'flagship-content': { fr: 'Contenu phare', en: 'Flagship content' },
  event: { fr: 'Événement', en: 'Event' },
  research: { fr: 'Recherche', en: 'Research' },
  partnership: { fr: 'Partenariat', en: 'Partnership' },
  'always-on': { fr: 'Présence continue', en: 'Always-on' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Record<string, Labelled>;
export type ProjectType = keyof typeof PROJECT_TYPES;

/** Planning is apart from scheduling: ideas and backlog have no date; planned onwards do. */
export const ITEM_STATUSES = {
  idea: { fr: 'Idée', en: 'Idea' },
  backlog: { fr: 'À planifier', en: 'Backlog' },
  planned: { fr: 'Planifié', en: 'Planned' },
  ready: { fr: 'Prêt', en: 'Ready' },
  published: { fr: 'Publié', en: 'Published' },
} as const satisfies Record<string, Labelled>;
export type ItemStatus = keyof typeof ITEM_STATUSES;
export const UNDATED_STATUSES: readonly ItemStatus[] = ['idea', 'backlog'];

export const FREQUENCIES = {
  daily: { fr: 'Quotidienne', en: 'Daily' },
  weekly: { fr: 'Hebdomadaire', en: 'Weekly' },
  monthly: { fr: 'Mensuelle', en: 'Monthly' },
  quarterly: { fr: 'Trimestrielle', en: 'Quarterly' },
  yearly: { fr: 'Annuelle', en: 'Yearly' },
} as const satisfies Record<string, Labelled>;
export type Frequency = keyof typeof FREQUENCIES;

export const ACTIVITY_LEVELS = {
  low: { fr: 'Faible', en: 'Low' },
  medium: { fr: 'Moyenne', en: 'Medium' },
  high: { fr: 'Forte', en: 'High' },
} as const satisfies Record<string, Labelled>;
export type ActivityLevel = keyof typeof ACTIVITY_LEVELS;

/** The cycle a strategy lives in (plan–do–check–act, as the article describes it). */
export const CYCLE_PHASES = {
  plan: { fr: 'Planifier', en: 'Plan' },
  act: { fr: 'Agir', en: 'Act' },
  measure: { fr: 'Mesurer', en: 'Measure' },
  evaluate: { fr: 'Évaluer', en: 'Evaluate' },
  improve: { fr: 'Améliorer', en: 'Improve' },
} as const satisfies Record<string, Labelled>;
export type CyclePhase = keyof typeof CYCLE_PHASES;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const CADENCE_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type CadencePeriod = (typeof CADENCE_PERIODS)[number];

// ---------------------------------------------------------------------------------------------
// 1. Vision, goals and objectives

export interface Goal {
  id: string;
  text: Text;
}

/** A measurable objective: at least one KPI, a baseline, a target and a date. */
export interface Objective {
  id: string;
  text: Text;
  /** The goal it serves (a `Goal.id`), or null. */
  goal: string | null;
  /** KPI ids (`Kpi.id`) that measure it. */
  kpis: string[];
  baseline: number | null;
  target: number | null;
  /** Unit of baseline and target, e.g. `leads/month`, `%`. */
  unit: string | null;
  /** The date the target is due (ISO). */
  date: string | null;
}

export interface VisionSection {
  vision: Text;
  mission: Text | null;
  goals: Goal[];
  objectives: Objective[];
}

// ---------------------------------------------------------------------------------------------
// 2. Personality and voice

export interface VoiceSection {
  /** Tone attributes, e.g. "expert but approachable". */
  tone: Text[];
  do: Text[];
  dont: Text[];
  samples: Text[];
  valueProposition: Text | null;
}

// ---------------------------------------------------------------------------------------------
// 3. Audiences

/** A segment described as a persona: needs, the questions they ask, where they are. */
export interface Segment {
  id: string;
  name: Text;
  persona: Text | null;
  needs: Text[];
  questions: Text[];
  /** Where they are: platforms, media, events, communities (free text or channel kinds). */
  whereabouts: string[];
}

/** An influencer the plan counts on, linked to a candidate of the field's ranking by key. */
export interface Influencer {
  candidateKey: string;
  name: string | null;
  /** Segments (ids) the influencer reaches. */
  segments: string[];
  /** What the plan expects of them (co-author, guest, relay…). */
  role: Text | null;
}

export interface Community {
  id: string;
  name: string;
  platform: string;
  size: number | null;
  activity: ActivityLevel | null;
  url: string | null;
}

export interface AudiencesSection {
  segments: Segment[];
  influencers: Influencer[];
  communities: Community[];
}

// ---------------------------------------------------------------------------------------------
// 4. Competition

export interface Competitor {
  id: string;
  name: string;
  /** The channels they are known to use (channel kinds or free names). */
  channels: string[];
  /** Their notable content. */
  content: Text[];
  /** What they own in the conversation (topics, formats, events). */
  owns: Text[];
}

export interface CompetitionSection {
  competitors: Competitor[];
}

// ---------------------------------------------------------------------------------------------
// 5. Action plan

export interface Project {
  id: string;
  name: Text;
  type: ProjectType;
  /** Objective ids it serves. */
  objectives: string[];
  owner: string | null;
  start: string | null;
  end: string | null;
}

/** How often a channel publishes: `count` items per `per`. */
export interface Cadence {
  count: number;
  per: CadencePeriod;
}

export interface Channel {
  id: string;
  kind: ChannelKind;
  name: string;
  /** Segment ids the channel is meant to reach. */
  segments: string[];
  cadence: Cadence | null;
  owner: string | null;
}

export interface Keywords {
  /** The one keyword the item is meant to rank for. */
  primary: string | null;
  secondary: string[];
}

export interface ContentItem {
  id: string;
  title: Text;
  form: ContentForm;
  /** Channel id. */
  channel: string | null;
  /** Segment ids. */
  segments: string[];
  /** Objective ids. */
  objectives: string[];
  /** Project id. */
  project: string | null;
  topic: string | null;
  keywords: Keywords;
  /** Person id. */
  owner: string | null;
  status: ItemStatus;
  /** Publication date; null for ideas and backlog. */
  date: string | null;
  /** Hours of work; null takes the owner's per-form effort, then the defaults. */
  effortHours: number | null;
  url: string | null;
}

export interface Person {
  id: string;
  name: string;
  role: string | null;
  hoursPerWeek: number;
  /** Hours one item of a form takes this person (overrides the defaults). */
  effort: Partial<Record<ContentForm, number>>;
}

export interface BudgetLine {
  label: Text;
  amount: number;
  project: string | null;
}

export interface Budget {
  currency: string;
  total: number | null;
  lines: BudgetLine[];
}

export interface Milestone {
  id: string;
  name: Text;
  date: string;
  project: string | null;
}

/**
 * A recurring slot of a channel, expanded into dated occurrences: every `interval` weeks on
 * `days`, or every `interval` months on day `monthDay` (1–31, clipped to the month's end) or on
 * the `nth` (1–4, or -1 for last) `days[0]` of the month.
 */
export interface RecurringSlot {
  id: string;
  channel: string;
  title: Text | null;
  form: ContentForm | null;
  freq: 'weekly' | 'monthly';
  interval: number;
  days: Weekday[];
  monthDay: number | null;
  nth: number | null;
  /** Local time `HH:MM`, or null for all-day. */
  time: string | null;
  start: string;
  until: string | null;
  owner: string | null;
  effortHours: number | null;
}

export interface ActionPlanSection {
  projects: Project[];
  channels: Channel[];
  items: ContentItem[];
  people: Person[];
  budget: Budget;
  milestones: Milestone[];
  slots: RecurringSlot[];
}

// ---------------------------------------------------------------------------------------------
// 6. SEO and indexing (keywords per item are on the items)

export interface SegmentTopics {
  segment: string;
  topics: string[];
}

export interface SeoSection {
  topics: SegmentTopics[];
}

// ---------------------------------------------------------------------------------------------
// 7. KPIs

export interface Kpi {
  id: string;
  name: Text;
  formula: string | null;
  /** Where the figure comes from (tool, report, export). */
  source: string | null;
  frequency: Frequency | null;
  baseline: number | null;
  target: number | null;
  unit: string | null;
}

// ---------------------------------------------------------------------------------------------
// The strategy and its cycles

export const STRATEGY_FORMAT_VERSION = 1;

export interface Strategy {
  version: typeof STRATEGY_FORMAT_VERSION;
  name: string;
  organisation: string | null;
  /** The language plain-string prose is written in. */
  lang: Lang;
  vision: VisionSection;
  voice: VoiceSection;
  audiences: AudiencesSection;
  competition: CompetitionSection;
  plan: ActionPlanSection;
  seo: SeoSection;
  kpis: Kpi[];
}

/** The seven sections, in the article's order (keys of `Strategy`). */
export const SECTIONS = ['vision', 'voice', 'audiences', 'competition', 'plan', 'seo', 'kpis'] as const;
export type SectionKey = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<SectionKey, Labelled> = {
  vision: { fr: 'Vision, buts et objectifs', en: 'Vision, goals and objectives' },
  voice: { fr: 'Personnalité et voix', en: 'Personality and voice' },
  audiences: { fr: 'Auditoires', en: 'Audiences' },
  competition: { fr: 'Concurrence', en: 'Competition' },
  plan: { fr: 'Plan d’action', en: 'Action plan' },
  seo: { fr: 'Référencement et indexation', en: 'SEO and indexing' },
  kpis: { fr: 'Indicateurs de performance', en: 'KPIs' },
};

/** One kept cycle of a strategy: its number (1, 2, …), its phase, and the strategy as it stood. */
export interface StrategyCycle {
  number: number;
  phase: CyclePhase;
  /** ISO date the cycle started. */
  startedOn: string;
  notes: string | null;
  strategy: Strategy;
}

// ---------------------------------------------------------------------------------------------
// The checker's vocabulary (rules live in ./rules/, one a file)

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id, e.g. `objective-measurable`. */
  rule: string;
  severity: Severity;
  message: string;
  /** A path in the strategy, e.g. `vision.objectives[2].kpis`. */
  where: string;
}

/** What the checker knows about an influencer from the field's data (filled by the CLI). */
export interface InfluencerStanding {
  /** 1-based rank in the latest ranking run, or null when not ranked. */
  rank: number | null;
  /** How many were ranked in that run. */
  of: number;
  /** Share of fake or inactive followers from the latest audience audit, 0–1, or null. */
  fakeShare: number | null;
}

export interface CheckContext {
  lang: Lang;
  /**
   * Candidate key → standing; a key absent from the map is not a candidate of the field. null:
   * no field data (the influencer rule says nothing).
   */
  influencers: ReadonlyMap<string, InfluencerStanding> | null;
  /** Norms and thresholds; default STRATEGY_DEFAULTS (./defaults.ts). */
  defaults?: StrategyDefaults;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** What the rule checks, in both languages (for the docs and the report). */
  title: Labelled;
  check(strategy: Strategy, ctx: CheckContext): Finding[];
}

/** Prose in the asked language, falling back to the other, then to the empty string. */
export function textIn(text: Text | null | undefined, lang: Lang): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang === 'fr' ? 'en' : 'fr'] ?? '';
}

/** An empty strategy with every section present. */
export function emptyStrategy(name: string, lang: Lang = 'fr'): Strategy {
  return {
    version: STRATEGY_FORMAT_VERSION,
    name,
    organisation: null,
    lang,
    vision: { vision: '', mission: null, goals: [], objectives: [] },
    voice: { tone: [], do: [], dont: [], samples: [], valueProposition: null },
    audiences: { segments: [], influencers: [], communities: [] },
    competition: { competitors: [] },
    plan: {
      projects: [],
      channels: [],
      items: [],
      people: [],
      budget: { currency: 'CAD', total: null, lines: [] },
      milestones: [],
      slots: [],
    },
    seo: { topics: [] },
    kpis: [],
  };
}
