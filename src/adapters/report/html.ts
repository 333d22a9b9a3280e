/**
 * Writes the self-contained HTML report of a ranking: one file, no network (inline CSS and a
 * little inline script, no external resource), in Québec French or English. Sections: title
 * and summary, the ranking table (rank, name, score, rank-interval whisker, stacked index
 * contributions, missing count, and the rank change when a comparison is given), the
 * changes since the previous run, every candidate's details down to the evidence, and the
 * methodology. The same inputs give the same bytes: no clock, no random ids.
 */
import { INDEX_KEYS, type Lang } from '../../core/domain.js';
import type { IndexDescription } from '../../core/indices/types.js';
import type { Comparison, ComparisonMove } from '../../core/ranking/comparison.js';
import type { RankingEntry, RankingResult } from '../../core/ranking/result.js';
import { esc } from './escape.js';
import { date, int, locale } from './format.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { comparisonSectionHtml, moveMarkerHtml } from './html-comparison.js';
import { fmtContribution, fmtInterval, fmtScore, makeCtx, nameHtml, type HtmlCtx } from './html-context.js';
import { detailsSectionHtml, type EvidenceLine } from './html-details.js';
import { methodologySectionHtml } from './html-methodology.js';
import { stackedBarSvg, swatchSvg, whiskerSvg } from './svg.js';

export type { EvidenceLine } from './html-details.js';

export interface HtmlReportOptions {
  lang: Lang;
  methodology: IndexDescription[];
  /** Evidence lines per candidateId, for the candidates' details. */
  evidence?: ReadonlyMap<string, EvidenceLine[]>;
  /** The comparison with an earlier run (B being this run). */
  comparison?: Comparison;
  title?: string;
}

function summaryHtml(ctx: HtmlCtx, title: string, comparison: Comparison | undefined): string {
  const { m, lang, result } = ctx;
  const f = result.field;
  const asOf = result.config.asOf ? date(lang, result.config.asOf) : m.asOfLatest;
  let out = `<header><h1>${esc(title)}</h1>`;
  out += `<p class="lede">${esc(f.region ?? m.worldwide)} — ${esc(m.asOf)}${esc(m.colon)}${esc(asOf)} — ${esc(m.candidates)}${esc(m.colon)}${esc(int(lang, result.candidates))}</p></header>`;
  out += `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${esc(m.summary)}</h2><dl class="facts">`;
  const facts: [string, string][] = [
    [m.field, esc(f.topic)],
    [m.region, esc(f.region ?? m.worldwide)],
    [m.languages, esc(f.languages.join(', ') || '—')],
    [m.asOf, esc(asOf)],
    [m.candidates, esc(int(lang, result.candidates))],
    [m.evidenceItems, esc(int(lang, result.evidence))],
    [m.fingerprint, `<code class="fingerprint">${esc(result.fingerprint)}</code>`],
  ];
  for (const [k, v] of facts) out += `<dt>${esc(k)}</dt><dd>${v}</dd>`;
  out += '</dl>';
  const toc: [string, string][] = [['ranking', m.ranking]];
  if (comparison) toc.push(['changes', m.changesSince(comparison.a.label)]);
  toc.push(['details', m.details], ['methodology', m.methodology]);
  out += `<nav class="toc" aria-label="${esc(m.contents)}"><ul>${toc.map(([id, t]) => `<li><a href="#${id}">${esc(t)}</a></li>`).join('')}</ul></nav>`;
  return `${out}</section>`;
}

function legendHtml(ctx: HtmlCtx): string {
  const items = INDEX_KEYS.map((k) => `<li>${swatchSvg(k)}<span>${esc(ctx.m.indexLabel[k])}</span></li>`).join('');
  return `<ul class="legend" aria-label="${esc(ctx.m.legend)}">${items}</ul>`;
}

function rowHtml(ctx: HtmlCtx, e: RankingEntry, move: ComparisonMove | undefined, withChange: boolean): string {
  const { m, lang } = ctx;
  const [best, worst] = e.rankInterval;
  const interval = fmtInterval(best, worst);
  const missing = e.missing.length;
  const bar = stackedBarSvg(e.indices, (r) => `${m.indexLabel[r.key]}${m.colon}${fmtContribution(ctx, r.contribution)}`, m.barAria(e.name, fmtScore(ctx, e.score)));
  let out = `<tr data-rank="${e.rank}" data-name="${esc(e.name)}">`;
  out += `<td class="num" data-v="${e.rank}">${e.rank}</td>`;
  if (withChange) out += `<td data-v="${move?.rankChange ?? 0}">${moveMarkerHtml(ctx, move)}</td>`;
  out += `<th scope="row" data-v="${esc(e.name)}">${nameHtml(ctx, e.candidateId, e.name)}</th>`;
  out += `<td class="num" data-v="${e.score}">${esc(fmtScore(ctx, e.score))}</td>`;
  out += `<td data-v="${best}"><span class="interval">${whiskerSvg(e.rank, best, worst, ctx.maxRank, m.intervalAria(String(e.rank), String(best), String(worst)))}<span>${esc(interval)}</span></span></td>`;
  out += `<td>${bar}</td>`;
  out += `<td class="num" data-v="${missing}"><span class="missing-count${missing ? ' some' : ''}" title="${esc(e.missing.map((k) => m.indexLabel[k]).join(', '))}">${esc(int(lang, missing))}</span></td>`;
  return `${out}</tr>`;
}

function rankingHtml(ctx: HtmlCtx, comparison: Comparison | undefined): string {
  const { m, lang, result } = ctx;
  const moves = new Map<string, ComparisonMove>();
  if (comparison) for (const mv of comparison.moves) if (mv.after && !moves.has(mv.candidateId)) moves.set(mv.candidateId, mv);
  const withChange = comparison !== undefined;
  let out = `<section id="ranking" aria-labelledby="ranking-h"><h2 id="ranking-h">${esc(m.ranking)}</h2>`;
  out += legendHtml(ctx);
  out += `<div class="table-wrap"><table id="ranking-table" data-filter-label="${esc(m.filterLabel)}" data-sort-label="${esc(m.sortHint)}">`;
  out += `<caption>${esc(m.rankingCaption(int(lang, result.entries.length)))}</caption><thead><tr>`;
  out += `<th scope="col" class="num" data-sort="num">${esc(m.rank)}</th>`;
  if (withChange) out += `<th scope="col">${esc(m.change)}</th>`;
  out += `<th scope="col" data-sort="text">${esc(m.name)}</th>`;
  out += `<th scope="col" class="num" data-sort="num">${esc(m.score)}</th>`;
  out += `<th scope="col" data-sort="num">${esc(m.rankInterval)}</th>`;
  out += `<th scope="col">${esc(m.contributions)}</th>`;
  out += `<th scope="col" class="num" data-sort="num">${esc(m.missingIndices)}</th>`;
  out += '</tr></thead><tbody>';
  for (const e of result.entries) out += rowHtml(ctx, e, moves.get(e.candidateId), withChange);
  return `${out}</tbody></table></div></section>`;
}

/** The complete HTML report (see the file comment). */
export function renderRankingHtml(result: RankingResult, opts: HtmlReportOptions): string {
  const ctx = makeCtx(result, opts.lang);
  const title = opts.title ?? ctx.m.defaultTitle(result.field.topic);
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${locale(opts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Éclaireur">',
    `<meta name="eclaireur-fingerprint" content="${esc(result.fingerprint)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    summaryHtml(ctx, title, opts.comparison),
    rankingHtml(ctx, opts.comparison),
    opts.comparison ? comparisonSectionHtml(ctx, opts.comparison) : '',
    detailsSectionHtml(ctx, opts.evidence),
    methodologySectionHtml(ctx, opts.methodology),
    `<footer><p>${esc(ctx.m.generatedBy)}</p></footer>`,
    '</main>',
    `<script>${REPORT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ];
  return parts.filter((p, i) => p !== '' || i === parts.length - 1).join('\n');
}
