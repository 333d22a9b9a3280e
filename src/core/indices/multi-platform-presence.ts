/**
 * Index 3, multi_platform_presence — regular presence on many platforms.
 *
 * Signal (0–100): platformShare × min(1, active platforms / platformCap)
 *               + (1 − platformShare) × regularity,
 * where an active platform has at least one `post` in the activeWindowDays before the
 * reference date, and regularity is the share of the last regularityWeeks weeks with at
 * least one post on any platform. Breadth without regularity, or regularity on one platform,
 * each earn half. References: the "consistent posting" measure of social-media audits
 * (Sprout Social, Hootsuite: posting frequency and consistency by network).
 */
import { NO_DAY } from '../dates.js';
import { kindCode } from '../evidence/kinds.js';
import { type Marked, newSignal, nextMark, num, param, pct, scratchFor, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

const POST = kindCode('post');

interface Presence {
  posts: number;
  platforms: number;
  activePlatforms: number;
  weeks: number;
  regularity: number;
  raw: number;
}

function presence(ctx: IndexContext, c: number, s: Scratch): Presence {
  const { stamp, weekStamp } = s;
  const { table, asOfDay, params } = ctx;
  const windowDays = param(params, 'activeWindowDays');
  const nWeeks = param(params, 'regularityWeeks');
  let posts = 0;
  let platforms = 0;
  let active = 0;
  let weeks = 0;
  const mark = nextMark(s, 2) - 1;
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    if (table.kind[r] !== POST) continue;
    const d = table.day[r];
    if (d === NO_DAY || d > asOfDay) continue;
    posts++;
    const p = table.key[r];
    const age = asOfDay - d;
    if (p >= 0) {
      if (stamp[p] !== mark && stamp[p] !== mark + 1) {
        stamp[p] = mark;
        platforms++;
      }
      if (age < windowDays && stamp[p] === mark) {
        stamp[p] = mark + 1;
        active++;
      }
    }
    const w = Math.floor(age / 7);
    if (w < nWeeks && weekStamp[w] !== mark) {
      weekStamp[w] = mark;
      weeks++;
    }
  }
  const regularity = nWeeks > 0 ? weeks / nWeeks : 0;
  const share = param(params, 'platformShare');
  const raw = 100 * (share * Math.min(1, active / param(params, 'platformCap')) + (1 - share) * regularity);
  return { posts, platforms, activePlatforms: active, weeks, regularity, raw };
}

interface Scratch extends Marked {
  stamp: Int32Array;
  weekStamp: Int32Array;
}

function scratch(ctx: IndexContext): Scratch {
  const weeks = Math.max(1, param(ctx.params, 'regularityWeeks'));
  return scratchFor(ctx.table, `multi_platform_presence:${weeks}`, () => ({ epoch: 0, stamp: new Int32Array(ctx.table.strings.length), weekStamp: new Int32Array(weeks) }));
}

export const multiPlatformPresence: IndexModule = {
  key: 'multi_platform_presence',
  label: { en: 'Regular presence on many platforms', fr: 'Présence régulière sur plusieurs plateformes' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const s = scratch(ctx);
    for (let c = 0; c < C; c++) {
      const p = presence(ctx, c, s);
      out.evidence[c] = p.posts;
      if (p.posts > 0) out.raw[c] = p.raw;
    }
    return out;
  },
  explain(ctx, c, lang) {
    const s = scratch(ctx);
    const p = presence(ctx, c, s);
    if (p.posts === 0) return t(lang, 'Aucune publication sociale datée.', 'No dated social post.');
    const W = param(ctx.params, 'activeWindowDays');
    const N = param(ctx.params, 'regularityWeeks');
    return t(
      lang,
      `Actif sur ${num(p.activePlatforms, lang, 0)} plateformes dans les ${W} derniers jours (${num(p.platforms, lang, 0)} en tout) ; au moins une publication ${num(p.weeks, lang, 0)} semaines sur ${N} (${pct(p.regularity, lang)}).`,
      `Active on ${num(p.activePlatforms, lang, 0)} platforms in the last ${W} days (${num(p.platforms, lang, 0)} in all); at least one post in ${num(p.weeks, lang, 0)} of the last ${N} weeks (${pct(p.regularity, lang)}).`,
    );
  },
  describe(params, lang) {
    const s = param(params, 'platformShare');
    return {
      signal: t(
        lang,
        `100 × (${num(s, lang, 2)} × min(1, plateformes actives dans les ${param(params, 'activeWindowDays')} derniers jours / ${param(params, 'platformCap')}) + ${num(1 - s, lang, 2)} × part des ${param(params, 'regularityWeeks')} dernières semaines avec au moins une publication).`,
        `100 × (${num(s, lang, 2)} × min(1, platforms active in the last ${param(params, 'activeWindowDays')} days / ${param(params, 'platformCap')}) + ${num(1 - s, lang, 2)} × share of the last ${param(params, 'regularityWeeks')} weeks with at least one post).`,
      ),
      references: ['Sprout Social, The Sprout Social Index (posting frequency by network).', 'Social Media Examiner (2018), Social Media Marketing Industry Report: platforms used by B2B marketers.'],
      limits: t(lang, 'Compte les publications, pas leur qualité ; une publication automatisée compte autant qu’une autre.', 'Counts posts, not their quality; an automated post counts like any other.'),
    };
  },
};
