/**
 * The demonstration workspace generator (`eclaireur demo`): a realistic, clearly fictional field
 * "Marketing B2B au Québec" of about 150 invented candidates, with their profiles, dated evidence
 * for all ten indices (with gaps), two fictional external rankings, and enough history (2005 to
 * 2026-11-27) for a ranking as of 2025-11-27 to be compared with one as of 2026-11-27.
 *
 * Deterministic: every draw comes from one seeded `Random`, in a fixed order, so the same seed
 * gives a deep-equal batch. Parameters live in `DEMO_DEFAULTS` (profiles.ts), words in names.ts.
 *
 * Conventions of the batch: profiles are `identities` (IdentityRecord, with `verified`), the
 * positions in other rankings are `externalRanks` (ExternalRankEntry); every other kind is an
 * `evidence` item. `origin` is `{ file: 'demo', line }`, numbered 1, 2, 3… over candidates, then
 * identities, then evidence, then external ranks. Social posts are aggregated per platform and
 * week: one `post` row dated on a day of the week, value = posts that week.
 */
import type {
  CandidateRecord,
  EvidenceItem,
  EvidenceKindName,
  ExternalRankEntry,
  IdentityRecord,
  ImportBatch,
  Lang,
} from '../../core/domain.js';
import { DAYS_PER_YEAR, dayOf, isoOf } from '../../core/dates.js';
import { KIND_BY_CODE, kindCode } from '../../core/evidence/kinds.js';
import { Random } from '../../core/random.js';
import {
  AVOIDED_FULL_NAMES,
  ENGLISH_FIRST_NAMES,
  ENGLISH_SURNAMES,
  FOREIGN_COUNTRIES,
  FOREIGN_EVENTS,
  FOREIGN_MEDIA,
  FRENCH_FIRST_NAMES,
  FRENCH_SURNAMES,
  HOME_EVENTS,
  HOME_MEDIA,
  ORGANISATIONS,
  OUTSIDE_ACCOUNT_PREFIXES,
  PLATFORMS,
  PLATFORM_SINCE,
  PUBLISHERS,
  SCHOOLS,
  TITLE_PATTERNS,
  TOPICS,
  VOLUNTEER_ROLES,
  capitalise,
  platformHandle,
  profileUrl,
  slugify,
  type DemoEvent,
  type DemoPlatform,
  type MediaOutlet,
} from './names.js';
import {
  DEMO_DEFAULTS,
  type Archetype,
  type ArchetypeProfile,
  type GappedIndex,
  type Tier,
  type Trajectory,
} from './profiles.js';

export const DEMO_FIELD: { topic: string; region: string; languages: string[] } = {
  topic: DEMO_DEFAULTS.field.topic,
  region: DEMO_DEFAULTS.field.region,
  languages: [...DEMO_DEFAULTS.field.languages],
};
export const DEMO_AS_OF = '2026-11-27';
export const DEMO_PREVIOUS_AS_OF = '2025-11-27';

export interface DemoOptions {
  /** Seed of the random draws (default DEMO_DEFAULTS.seed). */
  seed?: number;
  /** Number of candidates (default 150). */
  candidates?: number;
}

const GAPPED: readonly GappedIndex[] = [
  'peer_recognition',
  'digital_identity',
  'multi_platform_presence',
  'publishing',
  'community_contribution',
  'media_presence',
  'international_reach',
  'experience',
  'qualified_audience',
];

const AS_OF_DAY = dayOf(DEMO_AS_OF);
const EVIDENCE_FROM_DAY = dayOf(DEMO_DEFAULTS.evidenceFrom);
const POSTS_FROM_DAY = dayOf(DEMO_DEFAULTS.postsFrom);
const FIRST_ACTIVITY_MIN = dayOf(DEMO_DEFAULTS.firstActivityRange[0]);
const FIRST_ACTIVITY_MAX = dayOf(DEMO_DEFAULTS.firstActivityRange[1]);

/** Fractional calendar year of a day number, and back. */
const yearOf = (day: number): number => 1970 + day / DAYS_PER_YEAR;
const dayOfYear = (year: number): number => Math.round((year - 1970) * DAYS_PER_YEAR);
const AS_OF_YEAR = yearOf(AS_OF_DAY);

interface Person {
  i: number;
  key: string;
  name: string;
  first: string;
  last: string;
  nameLang: Lang;
  tier: Tier;
  archetype: Archetype;
  profile: ArchetypeProfile;
  trajectory: Trajectory;
  level: number;
  /** Per-index multiplier of the rates (lognormal noise). */
  noise: Record<GappedIndex, number>;
  has: Record<GappedIndex, boolean>;
  /** First professional activity online, fractional year. */
  start: number;
  /** When the trajectory turns (rise, fall, surge), fractional year. */
  turn: number;
  base: string;
  slug: string;
  lang: Lang;
  second: Lang;
  secondShare: number;
  /** Platforms with a profile, most affine first, and the day each was joined. */
  platforms: DemoPlatform[];
  joined: Map<DemoPlatform, number>;
  website: string | null;
  /** Day of the audience, audience-country and search snapshots. */
  snapshot: number;
  evidence: EvidenceItem[];
}

// ---------------------------------------------------------------------------------------------
// Small random helpers

function poisson(rng: Random, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.normal()));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

function lognormal(rng: Random, sigma: number): number {
  return Math.exp(sigma * rng.normal() - (sigma * sigma) / 2);
}

function uniform(rng: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.next();
}

function weightedPick<T>(rng: Random, items: readonly T[], weight: (t: T) => number): T {
  let total = 0;
  for (const it of items) total += Math.max(0, weight(it));
  if (!(total > 0)) return rng.pick(items);
  let r = rng.next() * total;
  for (const it of items) {
    r -= Math.max(0, weight(it));
    if (r < 0) return it;
  }
  return items[items.length - 1];
}

function shuffle<T>(rng: Random, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const clampDay = (d: number, lo = EVIDENCE_FROM_DAY, hi = AS_OF_DAY): number => Math.min(hi, Math.max(lo, d));

// ---------------------------------------------------------------------------------------------
// Activity over time

/** Activity multiplier of a person at a fractional year (0 before their first activity). */
function activity(p: Person, y: number): number {
  if (y < p.start) return 0;
  const ramp = Math.min(1, 0.35 + (y - p.start) / 3);
  switch (p.trajectory) {
    case 'steady':
      return ramp;
    case 'rising':
      return ramp * (y < p.turn ? 0.35 : 0.35 + 1.4 * Math.min(1, (y - p.turn) / 0.5));
    case 'fading':
      return ramp * (y < p.turn ? 1 : Math.pow(0.5, (y - p.turn) / 0.7));
    case 'newcomer':
      return ramp * (y < p.turn ? 0.45 : 1.8);
  }
}

/**
 * Days of events of a Poisson process with `ratePerYear` × activity, from `fromDay` to the
 * as-of date, drawn period by period (`stepYears` long).
 */
function eventDays(rng: Random, p: Person, ratePerYear: number, fromDay: number, stepYears: number, rateAt?: (y: number) => number): number[] {
  const out: number[] = [];
  if (!(ratePerYear > 0)) return out;
  const stepDays = stepYears * DAYS_PER_YEAR;
  const from = Math.max(fromDay, EVIDENCE_FROM_DAY, dayOfYear(p.start));
  for (let d0 = from; d0 <= AS_OF_DAY; d0 += stepDays) {
    const lo = Math.floor(d0);
    const hi = Math.min(AS_OF_DAY, Math.floor(d0 + stepDays) - 1);
    if (hi < lo) continue;
    const mid = yearOf((lo + hi) / 2);
    const lambda = ratePerYear * (rateAt ? rateAt(mid) : activity(p, mid)) * ((hi - lo + 1) / DAYS_PER_YEAR);
    const n = poisson(rng, lambda);
    for (let k = 0; k < n; k++) out.push(rng.int(lo, hi));
  }
  return out.sort((a, b) => a - b);
}

/** A day drawn uniformly between `from` (at least the person's start) and the as-of date. */
function anyActiveDay(rng: Random, p: Person, from = EVIDENCE_FROM_DAY): number {
  const lo = Math.min(AS_OF_DAY, Math.max(from, dayOfYear(p.start)));
  return rng.int(lo, AS_OF_DAY);
}

// ---------------------------------------------------------------------------------------------
// Records

function item(
  p: Person,
  kind: EvidenceKindName,
  day: number | null,
  fields: Partial<Omit<EvidenceItem, 'candidateKey' | 'kind' | 'date' | 'origin'>>,
): EvidenceItem {
  const e: EvidenceItem = {
    candidateKey: p.key,
    kind,
    date: day === null ? null : isoOf(day),
    value: fields.value ?? null,
    platform: fields.platform ?? null,
    peer: fields.peer ?? null,
    country: fields.country ?? null,
    language: fields.language ?? null,
    fakeShare: fields.fakeShare ?? null,
    sourceUrl: fields.sourceUrl ?? null,
    attributes: fields.attributes ?? {},
    origin: null,
  };
  p.evidence.push(e);
  return e;
}

function pickLang(rng: Random, p: Person): Lang {
  return rng.chance(p.secondShare) ? p.second : p.lang;
}

function title(rng: Random, lang: Lang, year: number): string {
  const t = rng.pick(TOPICS);
  let u = rng.pick(TOPICS);
  if (u === t) u = TOPICS[(TOPICS.indexOf(t) + 1) % TOPICS.length];
  return rng
    .pick(TITLE_PATTERNS[lang])
    .replace('{T}', capitalise(t[lang]))
    .replace('{t}', t[lang])
    .replace('{u}', u[lang])
    .replace('{y}', String(year))
    .replace('{n}', String(rng.int(3, 12)));
}

const yyyy = (day: number): string => isoOf(day).slice(0, 4);
const yyyymm = (day: number): string => isoOf(day).slice(0, 7).replace('-', '/');

// ---------------------------------------------------------------------------------------------
// People

function makeNames(rng: Random, n: number): { first: string; last: string; lang: Lang }[] {
  const nFrench = Math.round(n * DEMO_DEFAULTS.frenchShare);
  const langs: Lang[] = shuffle(rng, Array.from({ length: n }, (_, i) => (i < nFrench ? 'fr' : 'en')));
  const used = new Set<string>(AVOIDED_FULL_NAMES);
  const out: { first: string; last: string; lang: Lang }[] = [];
  for (const lang of langs) {
    const firsts = lang === 'fr' ? FRENCH_FIRST_NAMES : ENGLISH_FIRST_NAMES;
    const lasts = lang === 'fr' ? FRENCH_SURNAMES : ENGLISH_SURNAMES;
    let first = '';
    let last = '';
    for (let attempt = 0; ; attempt++) {
      first = rng.pick(firsts);
      last = rng.pick(lasts);
      if (attempt > 40) {
        // More people than combinations: a middle initial keeps names distinct.
        first = `${first} ${String.fromCharCode(65 + rng.int(0, 25))}.`;
      }
      const folded = slugify(`${first} ${last}`).replace(/-/g, ' ');
      const plain = `${first} ${last}`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      if (!used.has(folded) && !used.has(plain)) {
        used.add(folded);
        used.add(plain);
        break;
      }
    }
    out.push({ first, last, lang });
  }
  return out;
}

function handleBase(rng: Random, first: string, last: string, used: Set<string>): string {
  const f = slugify(first).replace(/-/g, '');
  const l = slugify(last).replace(/-/g, '');
  const forms = [`${f}${l}`, `${f}_${l}`, `${f[0]}${l}`, `${l}${f[0]}`, `${f}${l}_b2b`, `${f}_${l}_mkg`, `${f[0]}_${l}`];
  let base = rng.pick(forms);
  while (used.has(base)) base = `${rng.pick(forms)}${rng.int(2, 99)}`;
  used.add(base);
  return base;
}

function counts(n: number, shares: readonly number[]): number[] {
  const out = shares.map((s) => Math.floor(n * s));
  let rest = n - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % out.length, rest--) out[i]++;
  return out;
}

function makePeople(rng: Random, n: number): Person[] {
  const D = DEMO_DEFAULTS;
  const names = makeNames(rng, n);
  const tierKeys = Object.keys(D.tiers) as Tier[];
  const tierCounts = counts(n, tierKeys.map((t) => D.tiers[t].share));
  if (tierCounts[0] === 0 && n >= 3) {
    tierCounts[0] = 1;
    tierCounts[tierCounts.length - 1]--;
  }
  const tiers: Tier[] = [];
  tierKeys.forEach((t, k) => {
    for (let j = 0; j < tierCounts[k]; j++) tiers.push(t);
  });
  shuffle(rng, tiers);

  const archetypes = Object.keys(D.archetypes) as Archetype[];
  const trajectories = Object.keys(D.trajectories) as Trajectory[];
  const usedHandles = new Set<string>();
  const usedKeys = new Set<string>();
  const people: Person[] = [];
  let starsSeen = 0;

  for (let i = 0; i < n; i++) {
    const { first, last, lang: nameLang } = names[i];
    const tier = tiers[i];
    const archetype =
      tier === 'star'
        ? weightedPick(rng, archetypes, (a) => D.archetypes[a].starWeight)
        : weightedPick(rng, archetypes, (a) => D.archetypes[a].weight);
    const profile = D.archetypes[archetype];

    let trajectory: Trajectory;
    if (tier === 'star') {
      // Most stars hold steady; the second one fades (fell since last year), the third rises.
      trajectory = starsSeen === 1 ? 'fading' : starsSeen === 2 ? 'rising' : 'steady';
      starsSeen++;
    } else {
      trajectory = weightedPick(rng, trajectories, (t) => D.trajectories[t].share);
    }

    let start: number;
    let turn: number;
    switch (trajectory) {
      case 'newcomer':
        start = uniform(rng, 2021, 2024.9);
        turn = uniform(rng, 2025.95, 2026.4);
        break;
      case 'rising':
        start = uniform(rng, tier === 'star' ? 2004 : 2008, 2021);
        turn = uniform(rng, 2025.9, 2026.35);
        break;
      case 'fading': {
        start = uniform(rng, 1996, 2008);
        const recentFall = tier === 'star' || rng.chance(0.5);
        turn = recentFall ? uniform(rng, 2025.1, 2025.9) : uniform(rng, 2014, 2023);
        break;
      }
      default: {
        const range: Record<Tier, [number, number]> = {
          star: [1998, 2010],
          established: [1998, 2015],
          middle: [2001, 2020],
          emerging: [2008, 2023.5],
        };
        start = uniform(rng, range[tier][0], range[tier][1]);
        turn = AS_OF_YEAR + 1;
      }
    }
    start = yearOf(Math.min(FIRST_ACTIVITY_MAX, Math.max(FIRST_ACTIVITY_MIN, dayOfYear(start))));

    const level = D.tiers[tier].level * lognormal(rng, D.levelNoise);
    const noise = {} as Record<GappedIndex, number>;
    const has = {} as Record<GappedIndex, boolean>;
    for (const idx of GAPPED) {
      noise[idx] = lognormal(rng, D.indexNoise);
      const missing = Math.min(1, (1 - profile.presence[idx]) * D.tiers[tier].gapFactor);
      has[idx] = !rng.chance(missing);
    }

    let key = slugify(`${first} ${last}`);
    if (usedKeys.has(key)) {
      let k = 2;
      while (usedKeys.has(`${key}-${k}`)) k++;
      key = `${key}-${k}`;
    }
    usedKeys.add(key);
    const base = handleBase(rng, first, last, usedHandles);
    const lang: Lang = nameLang;
    const second: Lang = lang === 'fr' ? 'en' : 'fr';
    const secondShare = Math.min(0.6, profile.secondLanguage * lognormal(rng, 0.4));

    const p: Person = {
      i,
      key,
      name: `${first} ${last}`,
      first,
      last,
      nameLang,
      tier,
      archetype,
      profile,
      trajectory,
      level,
      noise,
      has,
      start,
      turn,
      base,
      slug: key,
      lang,
      second,
      secondShare,
      platforms: [],
      joined: new Map(),
      website: null,
      snapshot: 0,
      evidence: [],
    };

    // Profiles: by affinity, more for higher levels, 2 to 9.
    const scored = PLATFORMS.map((pl) => ({ pl, a: profile.platforms[pl] ?? 0.02, r: rng.next() }));
    const chosen = scored.filter((s) => s.r < s.a * (0.65 + 0.35 * Math.pow(level, 0.3)));
    const byAffinity = [...scored].sort((x, y) => y.a - x.a || x.r - y.r);
    for (const s of byAffinity) if (chosen.length < 2 && !chosen.includes(s)) chosen.push(s);
    chosen.sort((x, y) => y.a - x.a || x.r - y.r);
    p.platforms = chosen.slice(0, 9).map((s) => s.pl);
    const lateJoiner = (trajectory === 'rising' || trajectory === 'newcomer') && rng.chance(0.5);
    p.platforms.forEach((pl, k) => {
      const since = dayOf(PLATFORM_SINCE[pl]);
      let joined = Math.max(since, dayOfYear(start + uniform(rng, 0, 3)));
      if (lateJoiner && k === p.platforms.length - 1 && k > 0) joined = Math.max(since, dayOfYear(turn));
      p.joined.set(pl, Math.min(joined, AS_OF_DAY - 30));
    });

    // Snapshots (audience exports, search results): autumn 2025, or 2026 for the newer ones.
    const late = start > 2025 || trajectory === 'newcomer' || (trajectory === 'rising' && rng.chance(0.5));
    p.snapshot = late ? rng.int(dayOf('2026-09-01'), dayOf('2026-11-20')) : rng.int(dayOf('2025-09-01'), dayOf('2025-11-20'));
    people.push(p);
  }

  // Every index needs some candidates with evidence and some without, whatever the draw.
  if (n >= 2) {
    const byLevel = [...people].sort((a, b) => a.level - b.level || a.i - b.i);
    for (const idx of GAPPED) {
      if (people.every((p) => p.has[idx])) byLevel.find((p) => p.tier !== 'star')!.has[idx] = false;
      if (people.every((p) => !p.has[idx])) byLevel[byLevel.length - 1].has[idx] = true;
    }
  }
  return people;
}

// ---------------------------------------------------------------------------------------------
// Evidence, kind by kind

function digitalIdentity(rng: Random, p: Person, identities: IdentityRecord[]): void {
  if (!p.has.digital_identity) return;
  const D = DEMO_DEFAULTS;
  const verifiedChance = 0.12 + 0.6 * Math.sqrt(Math.min(1, p.level));
  for (const pl of p.platforms) {
    const r = rng.next();
    identities.push({
      candidateKey: p.key,
      platform: pl,
      handle: r < 0.1 ? null : platformHandle(pl, p.base),
      url: r > 0.95 ? null : profileUrl(pl, p.base),
      verified: rng.chance(verifiedChance),
      origin: null,
    });
  }
  if (rng.chance(p.profile.websiteChance * (p.tier === 'emerging' ? 0.7 : 1))) {
    p.website = `https://${p.slug}.example`;
    const day = clampDay(dayOfYear(p.start + uniform(rng, 0, p.trajectory === 'newcomer' ? 6 : 5)));
    item(p, 'website', day, { sourceUrl: p.website, attributes: { note: D.note } });
  }
  const kbChance = Math.min(0.85, p.profile.knowledgeBaseChance * (p.tier === 'star' ? 4 : p.tier === 'established' ? 1.5 : 0.5));
  if (rng.chance(kbChance)) {
    const wikiName = `${p.first} ${p.last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ /g, '_');
    item(p, 'knowledge_base', anyActiveDay(rng, p, dayOf('2010-01-01')), {
      sourceUrl: `https://wiki.example/wiki/${wikiName}`,
      attributes: { base: 'Wiki fictif' },
    });
    if (rng.chance(0.5)) {
      item(p, 'knowledge_base', anyActiveDay(rng, p, dayOf('2013-01-01')), {
        sourceUrl: `https://wikidata.example/entity/Q${rng.int(10_000_000, 99_999_999)}`,
        attributes: { base: 'Wikidata fictif' },
      });
    }
  }
  if (rng.chance(0.85)) {
    const [lo, hi] = p.profile.searchShare;
    const share = uniform(rng, lo, hi) * (0.3 + 0.7 * Math.sqrt(Math.min(1, p.level * p.noise.digital_identity)));
    item(p, 'search_share', p.snapshot, {
      value: round(Math.min(1, share), 2),
      language: p.lang,
      sourceUrl: `https://example.org/serp/${p.slug}`,
      attributes: { query: p.name, engine: 'moteur de recherche fictif', note: D.note },
    });
  }
}

function posts(rng: Random, p: Person): void {
  if (!p.has.multi_platform_presence) return;
  const prof = p.profile;
  const active = p.platforms.filter((_, k) => k === 0 || rng.chance(0.75));
  const base = Math.min(0.97, prof.weeklyPostChance * Math.pow(p.level * p.noise.multi_platform_presence, 0.4));
  const firstMonday = POSTS_FROM_DAY;
  let made = 0;
  active.forEach((pl, k) => {
    const intensity = k === 0 ? 1 : uniform(rng, 0.3, 0.9);
    const joined = p.joined.get(pl) ?? POSTS_FROM_DAY;
    const perWeek = Math.max(0, prof.postsPerActiveWeek * Math.pow(p.level, 0.25) - 1);
    for (let w = firstMonday; w <= AS_OF_DAY; w += 7) {
      if (w + 6 < joined) continue;
      const chance = Math.min(0.98, base * intensity * activity(p, yearOf(w + 3)));
      if (!rng.chance(chance)) continue;
      const day = Math.min(AS_OF_DAY, Math.max(joined, w + rng.int(0, 6)));
      item(p, 'post', day, {
        value: 1 + poisson(rng, perWeek),
        platform: pl,
        language: pickLang(rng, p),
        sourceUrl: profileUrl(pl, p.base),
      });
      made++;
    }
  });
  if (made === 0) {
    const pl = p.platforms[0];
    item(p, 'post', rng.int(POSTS_FROM_DAY, AS_OF_DAY), { value: 1, platform: pl, language: p.lang, sourceUrl: profileUrl(pl, p.base) });
  }
}

function publishing(rng: Random, p: Person): void {
  if (!p.has.publishing) return;
  const prof = p.profile;
  const lv = p.level * p.noise.publishing;
  const before = p.evidence.length;
  // Some newcomers and risers only start publishing when they turn (2026).
  const lateStart = (p.trajectory === 'newcomer' || p.trajectory === 'rising') && rng.chance(0.5);
  const pubFrom = lateStart ? dayOfYear(p.turn) : EVIDENCE_FROM_DAY;

  const hasBlog = rng.chance(Math.min(0.95, 0.25 + prof.blogPostsPerMonth * 0.3));
  if (hasBlog) {
    const blogStart = Math.max(pubFrom, dayOfYear(p.start + uniform(rng, 0, 4)));
    for (const d of eventDays(rng, p, prof.blogPostsPerMonth * 12 * lv, blogStart, 1 / 12)) {
      const lang = pickLang(rng, p);
      const t = title(rng, lang, Number(yyyy(d)));
      const url = p.website
        ? `${p.website}/${lang === 'fr' ? 'blogue' : 'blog'}/${yyyymm(d)}/${slugify(t).slice(0, 60)}`
        : `https://blogue-fictif.example/@${p.base}/${isoOf(d)}-${slugify(t).slice(0, 50)}`;
      item(p, 'blog_post', d, { language: lang, sourceUrl: url, attributes: { title: t } });
    }
  }
  for (const d of eventDays(rng, p, prof.articlesPerYear * lv, pubFrom, 1)) {
    const lang = pickLang(rng, p);
    const abroad = rng.chance(prof.abroadShare);
    const outlet = pickOutlet(rng, lang, abroad);
    const t = title(rng, lang, Number(yyyy(d)));
    item(p, 'article', d, {
      language: lang,
      country: abroad ? outlet.country : null,
      sourceUrl: `https://${outlet.slug}.example/${yyyy(d)}/${slugify(t).slice(0, 60)}`,
      attributes: { title: t, outlet: outlet.name },
    });
  }
  for (const d of eventDays(rng, p, prof.whitePapersPerYear * lv, Math.max(pubFrom, dayOf('2008-01-01')), 1)) {
    const lang = pickLang(rng, p);
    const t = title(rng, lang, Number(yyyy(d)));
    item(p, 'white_paper', d, {
      language: lang,
      sourceUrl: `${p.website ?? 'https://example.org/livres-blancs'}/${lang === 'fr' ? 'livres-blancs' : 'white-papers'}/${slugify(t).slice(0, 60)}`,
      attributes: { title: t },
    });
  }
  for (const d of eventDays(rng, p, (prof.booksPerDecade / 10) * Math.sqrt(lv), pubFrom, 1)) {
    const lang = pickLang(rng, p);
    const publisher = weightedPick(rng, PUBLISHERS, (x) => (x.lang === lang ? 1 : 0));
    const t = title(rng, lang, Number(yyyy(d)));
    item(p, 'book', d, {
      language: lang,
      sourceUrl: `https://example.org/livres/${slugify(t).slice(0, 60)}-${yyyy(d)}`,
      attributes: { title: t, publisher: publisher.name },
    });
  }
  if (p.evidence.length === before) {
    const d = anyActiveDay(rng, p, Math.max(pubFrom, dayOf('2012-01-01')));
    const lang = pickLang(rng, p);
    const outlet = pickOutlet(rng, lang, false);
    const t = title(rng, lang, Number(yyyy(d)));
    item(p, 'article', d, {
      language: lang,
      sourceUrl: `https://${outlet.slug}.example/${yyyy(d)}/${slugify(t).slice(0, 60)}`,
      attributes: { title: t, outlet: outlet.name },
    });
  }
}

function pickOutlet(rng: Random, lang: Lang, abroad: boolean): MediaOutlet {
  const pool = abroad ? FOREIGN_MEDIA : HOME_MEDIA;
  return weightedPick(rng, pool, (o) => (o.lang === lang ? 1 : 0.08));
}

function pickEvent(rng: Random, lang: Lang, abroad: boolean): DemoEvent {
  const pool = abroad ? FOREIGN_EVENTS : HOME_EVENTS;
  return weightedPick(rng, pool, (e) => (e.lang === lang ? 1 : 0.1));
}

function community(rng: Random, p: Person): void {
  if (!p.has.community_contribution) return;
  const prof = p.profile;
  const lv = p.level * p.noise.community_contribution;
  const before = p.evidence.length;
  const talkDay = (d: number): void => {
    const lang = pickLang(rng, p);
    const abroad = rng.chance(prof.abroadShare);
    const ev = pickEvent(rng, lang, abroad);
    item(p, 'talk', d, {
      language: lang,
      country: abroad || rng.chance(0.7) ? ev.country : null,
      sourceUrl: `https://${ev.slug}.example/${yyyy(d)}/programme`,
      attributes: { title: title(rng, lang, Number(yyyy(d))), event: ev.name, city: ev.city },
    });
  };
  for (const d of eventDays(rng, p, prof.talksPerYear * lv, EVIDENCE_FROM_DAY, 1)) talkDay(d);
  for (const d of eventDays(rng, p, prof.coursesPerYear * Math.sqrt(lv), EVIDENCE_FROM_DAY, 1)) {
    const y = Number(yyyy(d));
    const term = rng.pick(['01-10', '05-06', '09-04'] as const);
    const day = clampDay(dayOf(`${y}-${term}`), Math.max(EVIDENCE_FROM_DAY, dayOfYear(p.start)));
    const lang = pickLang(rng, p);
    const school = rng.pick(SCHOOLS);
    const code = `MKG-${rng.int(1000, 9899)}`;
    item(p, 'course', day, {
      language: lang,
      country: 'CA',
      sourceUrl: `https://example.org/${school.slug}/cours/${code.toLowerCase()}`,
      attributes: { title: `${code} — ${capitalise(rng.pick(TOPICS)[lang])}`, school: school.name },
    });
  }
  for (const d of eventDays(rng, p, (prof.volunteerRolesPerDecade / 10) * Math.sqrt(lv), EVIDENCE_FROM_DAY, 1)) {
    const org = rng.pick(ORGANISATIONS);
    const role = rng.pick(VOLUNTEER_ROLES);
    item(p, 'volunteer_role', d, {
      language: p.lang,
      country: 'CA',
      sourceUrl: `https://example.org/${org.slug}/benevoles`,
      attributes: { role: role[p.lang], organisation: org.name },
    });
  }
  if (p.evidence.length === before) talkDay(anyActiveDay(rng, p));
}

function media(rng: Random, p: Person): void {
  if (!p.has.media_presence) return;
  const prof = p.profile;
  const lv = p.level * p.noise.media_presence;
  const before = p.evidence.length;
  const one = (kind: 'media_mention' | 'media_quote', d: number): void => {
    const lang = pickLang(rng, p);
    const abroad = rng.chance(prof.abroadShare);
    const outlet = pickOutlet(rng, lang, abroad);
    const t = title(rng, lang, Number(yyyy(d)));
    item(p, kind, d, {
      language: outlet.lang,
      country: abroad || rng.chance(0.5) ? outlet.country : null,
      sourceUrl: `https://${outlet.slug}.example/${yyyymm(d)}/${slugify(t).slice(0, 60)}`,
      attributes: { title: t, outlet: outlet.name },
    });
  };
  for (const d of eventDays(rng, p, prof.mediaMentionsPerYear * lv, EVIDENCE_FROM_DAY, 1 / 4)) one('media_mention', d);
  for (const d of eventDays(rng, p, prof.mediaQuotesPerYear * lv, EVIDENCE_FROM_DAY, 1 / 4)) one('media_quote', d);
  if (p.evidence.length === before) one(rng.chance(0.7) ? 'media_mention' : 'media_quote', anyActiveDay(rng, p, dayOf('2010-01-01')));
}

function international(rng: Random, p: Person): void {
  if (!p.has.international_reach) return;
  const foreign = Math.min(0.9, Math.max(0.02, p.profile.foreignAudience * lognormal(rng, 0.45) * p.noise.international_reach));
  const k = Math.min(11, 1 + poisson(rng, foreign * 9));
  const francophone = ['FR', 'BE', 'CH', 'MA', 'SN', 'CI', 'TN', 'CM', 'LU'];
  const pool = [...FOREIGN_COUNTRIES];
  const countries: string[] = [];
  while (countries.length < k && pool.length) {
    const c = weightedPick(rng, pool, (x) => {
      const fr = francophone.includes(x);
      const big = x === 'FR' || x === 'US';
      return (big ? 4 : 1) * (p.lang === 'fr' ? (fr ? 2 : 0.7) : fr ? 0.6 : 2);
    });
    countries.push(c);
    pool.splice(pool.indexOf(c), 1);
  }
  const weights = new Float64Array(countries.length);
  rng.dirichlet(
    countries.map((_, j) => 1 / (j + 1)),
    weights,
  );
  const listed = 1 - uniform(rng, 0, 0.2); // the rest: "other countries", not itemised
  const url = `https://example.org/rapports-auditoire/${p.slug}`;
  item(p, 'audience_country', p.snapshot, { country: 'CA', value: Math.floor((1 - foreign) * 1000) / 1000, sourceUrl: url });
  countries.forEach((c, j) => {
    const share = Math.floor(foreign * listed * weights[j] * 1000) / 1000;
    if (share > 0) item(p, 'audience_country', p.snapshot, { country: c, value: share, sourceUrl: url });
  });
}

function experience(rng: Random, p: Person): void {
  if (!p.has.experience) return;
  const what = rng.pick([
    { fr: 'premier blogue', en: 'first blog' },
    { fr: 'premier site web professionnel', en: 'first professional website' },
    { fr: 'premier poste en marketing web', en: 'first web marketing job' },
    { fr: 'premier compte professionnel sur les réseaux', en: 'first professional social account' },
  ]);
  const day = Math.min(FIRST_ACTIVITY_MAX, Math.max(FIRST_ACTIVITY_MIN, dayOfYear(p.start)));
  item(p, 'first_activity', day, {
    sourceUrl: `https://archive-web.example/${yyyy(day)}/${p.slug}`,
    attributes: { what: what[p.lang], note: DEMO_DEFAULTS.note },
  });
}

function audience(rng: Random, p: Person): void {
  if (!p.has.qualified_audience) return;
  const prof = p.profile;
  const platforms = p.platforms.filter((_, k) => k === 0 || rng.chance(0.85));
  const total = prof.followers * Math.pow(p.level, 1.2) * lognormal(rng, 0.7) * p.noise.qualified_audience;
  const weights = new Float64Array(platforms.length);
  rng.dirichlet(
    platforms.map((pl) => 0.5 + 2 * (prof.platforms[pl] ?? 0.1)),
    weights,
  );
  const bought = rng.chance(prof.boughtChance) ? new Set(platforms.slice(0, rng.int(1, Math.min(2, platforms.length)))) : new Set<DemoPlatform>();
  platforms.forEach((pl, j) => {
    let followers = Math.max(15, Math.round(total * weights[j]));
    let fake: number | null = null;
    if (bought.has(pl)) {
      fake = round(uniform(rng, 0.4, 0.7), 2);
      followers = Math.round(followers / (1 - fake));
    } else if (rng.chance(DEMO_DEFAULTS.fakeShareKnown)) {
      fake = round(uniform(rng, prof.fakeShare[0], prof.fakeShare[1]), 2);
    }
    item(p, 'audience', p.snapshot, {
      value: followers,
      platform: pl,
      fakeShare: fake,
      sourceUrl: profileUrl(pl, p.base),
      attributes: fake === null ? {} : { sample: String(rng.pick([200, 400, 1000])), method: 'échantillon classé (fictif)' },
    });
  });
}

/** Peer mentions, for everyone at once: mentions concentrate on the stars. */
function peerMentions(rng: Random, people: Person[]): void {
  const D = DEMO_DEFAULTS;
  const firstYear = 2008;
  const lastYear = Number(DEMO_AS_OF.slice(0, 4));
  // Who mentions others, per year: the active ones, more the higher their level.
  const cumulative: Float64Array[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const c = new Float64Array(people.length);
    let acc = 0;
    people.forEach((q, j) => {
      acc += Math.pow(q.level, 0.7) * activity(q, y + 0.5);
      c[j] = acc;
    });
    cumulative.push(c);
  }
  let serial = 0;
  for (const p of people) {
    if (!p.has.peer_recognition) continue;
    const before = p.evidence.length;
    const rate = p.profile.peerPull * Math.pow(p.level, 1.1) * p.noise.peer_recognition;
    const days = eventDays(rng, p, rate, dayOf(`${firstYear}-01-01`), 1, (y) => activity(p, y) * Math.min(1, 0.25 + (y - firstYear) * 0.12));
    if (days.length === 0) days.push(anyActiveDay(rng, p, dayOf('2012-01-01')));
    for (const d of days) {
      const cum = cumulative[Math.min(lastYear, Math.max(firstYear, Number(yyyy(d)))) - firstYear];
      let peer: string;
      const total = cum[cum.length - 1];
      if (rng.chance(D.candidatePeerShare) && total > 0) {
        let q = p;
        for (let tries = 0; tries < 5 && q === p; tries++) {
          const r = rng.next() * total;
          let lo = 0;
          let hi = cum.length - 1;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (cum[mid] > r) hi = mid;
            else lo = mid + 1;
          }
          q = people[lo];
        }
        peer = q === p ? `@${rng.pick(OUTSIDE_ACCOUNT_PREFIXES)}_${rng.int(1, D.outsideAccounts)}` : `@${q.base}`;
      } else {
        // Outside accounts: a fixed pool, so the same reader can mention several candidates.
        const n = rng.int(0, D.outsideAccounts - 1);
        peer = `@${OUTSIDE_ACCOUNT_PREFIXES[n % OUTSIDE_ACCOUNT_PREFIXES.length]}_${n}`;
      }
      const platform = rng.chance(0.8) ? p.platforms[0] : rng.pick(p.platforms);
      serial++;
      item(p, 'peer_mention', d, {
        platform,
        peer,
        sourceUrl: `${profileUrl(platform, peer.slice(1))}/posts/${serial}`,
        attributes: { interaction: rng.pick(['mention', 'repost', 'citation', 'reply'] as const) },
      });
    }
    if (p.evidence.length === before) throw new Error('unreachable: peer mentions');
  }
}

// ---------------------------------------------------------------------------------------------
// External rankings

function externalRankings(rng: Random, people: Person[]): ExternalRankEntry[] {
  const D = DEMO_DEFAULTS.rankings;
  const out: ExternalRankEntry[] = [];
  const n = people.length;

  // The local list of 2025: by reputation as of 2025, favouring media presence and seniority.
  const y2025 = 2025.5;
  const local = people
    .filter((p) => p.start < 2024.5)
    .map((p) => {
      const act = (activity(p, y2025 - 2) + activity(p, y2025 - 1) + activity(p, y2025)) / 3;
      const mediaBoost = p.archetype === 'media_spokesperson' ? 1.6 : 1;
      const seniority = 1 + Math.min(20, y2025 - p.start) / 20;
      return { p, s: p.level * act * mediaBoost * seniority * lognormal(rng, 0.5) };
    })
    .sort((a, b) => b.s - a.s || a.p.i - b.p.i)
    .slice(0, Math.min(D.local.size, Math.max(1, Math.floor(n / 3))));
  local.forEach(({ p }, k) =>
    out.push({ list: D.local.list, year: D.local.year, rank: k + 1, listSize: D.local.size, candidateKey: p.key, name: p.name, sourceUrl: D.local.sourceUrl, origin: null }),
  );

  // The global list of 2026: only a few Québec candidates, the most international ones.
  const global = people
    .map((p) => ({ p, s: p.level * (p.profile.foreignAudience + p.profile.abroadShare) * activity(p, 2026.5) * lognormal(rng, 0.5) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.p.i - b.p.i)
    .slice(0, Math.min(rng.int(D.global.entries[0], D.global.entries[1]), Math.floor(n / 4)));
  const ranks = new Set<number>();
  while (ranks.size < global.length) ranks.add(rng.int(4, D.global.size));
  const sorted = [...ranks].sort((a, b) => a - b);
  global.forEach(({ p }, k) =>
    out.push({ list: D.global.list, year: D.global.year, rank: sorted[k], listSize: D.global.size, candidateKey: p.key, name: p.name, sourceUrl: D.global.sourceUrl, origin: null }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// The batch

/**
 * Generates the demonstration workspace. Deterministic: the same options give a deep-equal batch.
 */
export function generateDemo(opts: DemoOptions = {}): ImportBatch {
  const seed = opts.seed ?? DEMO_DEFAULTS.seed;
  const n = opts.candidates ?? DEMO_DEFAULTS.candidates;
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) throw new RangeError(`demo seed must be an integer in 0..4294967295, got ${seed}`);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new RangeError(`demo candidates must be an integer in 1..100000, got ${n}`);

  const rng = new Random(seed);
  const people = makePeople(rng, n);
  const identities: IdentityRecord[] = [];
  for (const p of people) {
    digitalIdentity(rng, p, identities);
    posts(rng, p);
    publishing(rng, p);
    community(rng, p);
    media(rng, p);
    international(rng, p);
    experience(rng, p);
    audience(rng, p);
  }
  peerMentions(rng, people);
  const externalRanks = externalRankings(rng, people);

  let line = 0;
  const origin = () => ({ file: 'demo', line: ++line });
  const candidates: CandidateRecord[] = people.map((p) => ({ key: p.key, name: p.name, origin: origin() }));
  for (const id of identities) id.origin = origin();
  const evidence: EvidenceItem[] = [];
  for (const p of people) {
    const rows = p.evidence
      .map((e, k) => ({ e, k, code: kindCode(e.kind) }))
      .sort((a, b) => a.code - b.code || cmp(a.e.date, b.e.date) || a.k - b.k);
    for (const { e } of rows) {
      e.origin = origin();
      evidence.push(e);
    }
  }
  for (const r of externalRanks) r.origin = origin();
  return { candidates, identities, evidence, externalRanks };
}

function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Rows of each kind in a batch (identities count as `identity`, external ranks as
 * `external_rank`), in the order of kinds.ts: what `eclaireur demo` prints.
 */
export function demoKindCounts(batch: ImportBatch): Record<EvidenceKindName, number> {
  const out = {} as Record<EvidenceKindName, number>;
  const kinds = KIND_BY_CODE.map((k) => k.name);
  for (const k of kinds) out[k] = 0;
  out.identity += batch.identities.length;
  out.external_rank += batch.externalRanks.length;
  for (const e of batch.evidence) out[e.kind]++;
  return out;
}
