/**
 * Writes nothing itself: the shared state and small HTML helpers the sections of the HTML
 * report use (language, words, totals, candidate anchors, formatted figures). Every helper
 * returns escaped HTML or plain text as its name says.
 */
import { INDEX_KEYS, type IndexKey, type Lang } from '../../core/domain.js';
import type { RankingResult } from '../../core/ranking/result.js';
import { candidateAnchor, esc, hostOf, safeHref } from './escape.js';
import { num, numUpTo, pct } from './format.js';
import { messages, type Messages } from './messages.js';

export interface HtmlCtx {
  lang: Lang;
  m: Messages;
  result: RankingResult;
  /** Σ of the configured weights (the denominator of every contribution). */
  weightSum: number;
  /** Right end of the shared rank scale of the whiskers. */
  maxRank: number;
  /** candidateId → anchor id of the candidate's section, for the entries of the ranking. */
  anchors: ReadonlyMap<string, string>;
}

export function makeCtx(result: RankingResult, lang: Lang): HtmlCtx {
  const weightSum = INDEX_KEYS.reduce((s, k) => s + (result.config.weights[k] ?? 0), 0);
  let maxRank = Math.max(1, result.entries.length, result.candidates);
  for (const e of result.entries) maxRank = Math.max(maxRank, e.rank, e.rankInterval[0], e.rankInterval[1]);
  const anchors = new Map<string, string>();
  for (const e of result.entries) if (!anchors.has(e.candidateId)) anchors.set(e.candidateId, candidateAnchor(e.candidateId));
  return { lang, m: messages(lang), result, weightSum, maxRank, anchors };
}

/** A score out of 100, one decimal. */
export function fmtScore(ctx: HtmlCtx, x: number): string {
  return num(ctx.lang, x, 1);
}

/** A contribution (points out of 100), two decimals. */
export function fmtContribution(ctx: HtmlCtx, x: number): string {
  return num(ctx.lang, x, 2);
}

/** A weight and its share of the total: `1 (10 %)`. */
export function fmtWeight(ctx: HtmlCtx, key: IndexKey, weight?: number): string {
  const w = weight ?? ctx.result.config.weights[key] ?? 0;
  const share = ctx.weightSum > 0 ? w / ctx.weightSum : 0;
  return ctx.m.weightShare(numUpTo(ctx.lang, w, 3), pct(ctx.lang, share, 1));
}

/** `best–worst` of a rank interval. */
export function fmtInterval(best: number, worst: number): string {
  return best === worst ? String(best) : `${best}\u2013${worst}`;
}

/** A link when the address is http(s); otherwise the address as inert, marked text. */
export function linkHtml(ctx: HtmlCtx, url: string, text?: string): string {
  const href = safeHref(url);
  if (href) return `<a href="${esc(href)}" rel="noopener noreferrer nofollow">${esc(text ?? hostOf(href))}</a>`;
  return `<span class="unlinked" title="${esc(ctx.m.unlinkedUrl)}">${esc(url)}</span>`;
}

/** A candidate's name, linked to their section when they are in this ranking. */
export function nameHtml(ctx: HtmlCtx, candidateId: string, name: string): string {
  const anchor = ctx.anchors.get(candidateId);
  return anchor ? `<a href="#${anchor}">${esc(name)}</a>` : esc(name);
}
