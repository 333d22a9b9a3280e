/**
 * Writes the per-candidate sections of the HTML report: one `<details>` per entry, and in it
 * each of the ten indices with its score (or a visibly distinct "missing — no evidence"),
 * weight, contribution, evidence count, explanation, and the most recent evidence lines with
 * their source links and origin (file:line).
 */
import { INDEX_KEYS, type EvidenceKindName, type IndexKey } from '../../core/domain.js';
import { KIND_BY_NAME } from '../../core/evidence/kinds.js';
import type { IndexResult, RankingEntry } from '../../core/ranking/result.js';
import { esc } from './escape.js';
import { date, int, numUpTo } from './format.js';
import { fmtContribution, fmtInterval, fmtScore, fmtWeight, linkHtml, type HtmlCtx } from './html-context.js';
import { INDEX_COLOURS } from './svg.js';

/** What a candidate's evidence list shows: one evidence item, as the report displays it. */
export interface EvidenceLine {
  index: IndexKey;
  kind: EvidenceKindName;
  /** ISO date `YYYY-MM-DD`, or null when undated. */
  date: string | null;
  value: number | null;
  /** Free text: the title of the post, the peer, the platform… */
  detail: string;
  sourceUrl: string | null;
  /** Where the item was read: `file:line`. */
  origin: string | null;
}

/** Evidence lines shown per index before "and N more". */
export const MAX_LINES_PER_INDEX = 8;

/** The lines of one index, most recent first (undated last), ties in their given order. */
export function recentLines(lines: readonly EvidenceLine[], index: IndexKey): EvidenceLine[] {
  return lines
    .filter((l) => l.index === index)
    .map((l, i) => ({ l, i }))
    .sort((a, b) => {
      const da = a.l.date;
      const db = b.l.date;
      if (da !== db) {
        if (da === null) return 1;
        if (db === null) return -1;
        return da < db ? 1 : -1;
      }
      return a.i - b.i;
    })
    .map((x) => x.l);
}

function evidenceLineHtml(ctx: HtmlCtx, l: EvidenceLine): string {
  const parts: string[] = [];
  parts.push(`<span class="when">${esc(l.date ? date(ctx.lang, l.date, 'medium') : ctx.m.undated)}</span>`);
  const kind = KIND_BY_NAME.get(l.kind);
  parts.push(`<span class="kind">${esc(kind ? kind.label[ctx.lang] : l.kind)}</span>`);
  if (l.value !== null && Number.isFinite(l.value)) parts.push(`${esc(ctx.m.value)} ${esc(numUpTo(ctx.lang, l.value, 3))}`);
  if (l.detail) parts.push(esc(l.detail));
  if (l.sourceUrl) parts.push(linkHtml(ctx, l.sourceUrl));
  if (l.origin) parts.push(`<span class="origin">${esc(ctx.m.origin)} <code>${esc(l.origin)}</code></span>`);
  return `<li>${parts.join(' · ')}</li>`;
}

function indexBlockHtml(ctx: HtmlCtx, anchor: string, key: IndexKey, r: IndexResult | undefined, lines: readonly EvidenceLine[] | undefined): string {
  const { m } = ctx;
  const missing = !r || r.score === null;
  const headId = `${anchor}--${key}`;
  const scoreHtml = missing
    ? `<span class="badge-missing">${esc(m.missing)}</span>`
    : `<span class="score">${esc(fmtScore(ctx, r.score!))}<span class="of"> / 100</span></span>`;
  const figures = [
    `${esc(m.weight)} ${esc(fmtWeight(ctx, key, r?.weight))}`,
    `${esc(m.contribution)} ${esc(fmtContribution(ctx, r?.contribution ?? 0))}`,
    `${esc(m.evidence)} ${esc(int(ctx.lang, r?.evidence ?? 0))}`,
  ].join(' · ');
  let out = `<article class="idx${missing ? ' is-missing' : ''}" style="--c:${INDEX_COLOURS[key]}" aria-labelledby="${headId}">`;
  out += `<header><h4 id="${headId}">${esc(m.indexLabel[key])}</h4>${scoreHtml}</header>`;
  out += `<p class="figures">${figures}</p>`;
  if (r?.explanation) out += `<p class="why">${esc(r.explanation)}</p>`;
  if (lines !== undefined) {
    const sorted = recentLines(lines, key);
    if (sorted.length === 0) {
      // Nothing to list: say so only when the index did read evidence (a missing index already says it).
      if ((r?.evidence ?? 0) > 0) out += `<p class="empty">${esc(m.evidenceNotIncluded)}</p>`;
    } else {
      out += '<ul class="ev">';
      for (const l of sorted.slice(0, MAX_LINES_PER_INDEX)) out += evidenceLineHtml(ctx, l);
      if (sorted.length > MAX_LINES_PER_INDEX) out += `<li class="more">${esc(m.andMore(int(ctx.lang, sorted.length - MAX_LINES_PER_INDEX)))}</li>`;
      out += '</ul>';
    }
  }
  return `${out}</article>`;
}

function candidateHtml(ctx: HtmlCtx, e: RankingEntry, lines: readonly EvidenceLine[] | undefined): string {
  const { m } = ctx;
  const anchor = ctx.anchors.get(e.candidateId)!;
  const byKey = new Map<IndexKey, IndexResult>(e.indices.map((r) => [r.key, r]));
  const missingCount = INDEX_KEYS.filter((k) => e.missing.includes(k) || !byKey.has(k) || byKey.get(k)!.score === null).length;
  const meta = m.detailsSummary(String(e.rank), fmtScore(ctx, e.score), fmtInterval(e.rankInterval[0], e.rankInterval[1]), m.missingCount(missingCount));
  let out = `<details class="candidate" id="${anchor}">`;
  out += `<summary><span class="who">${esc(e.name)}</span><span class="meta">${esc(meta)}</span></summary>`;
  out += `<div class="candidate-body"><p class="cid">${esc(m.id)} <code>${esc(e.candidateId)}</code></p><div class="idx-grid">`;
  for (const k of INDEX_KEYS) out += indexBlockHtml(ctx, anchor, k, byKey.get(k), lines);
  out += `</div><p class="back"><a href="#ranking">${esc(m.backToTable)}</a></p></div></details>`;
  return out;
}

/** The "candidate details" section. */
export function detailsSectionHtml(ctx: HtmlCtx, evidence: ReadonlyMap<string, EvidenceLine[]> | undefined): string {
  let out = `<section id="details" aria-labelledby="details-h"><h2 id="details-h">${esc(ctx.m.details)}</h2>`;
  out += `<p class="lede">${esc(ctx.m.detailsIntro)}</p>`;
  for (const e of ctx.result.entries) out += candidateHtml(ctx, e, evidence ? (evidence.get(e.candidateId) ?? []) : undefined);
  return `${out}</section>`;
}
