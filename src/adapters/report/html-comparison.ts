/**
 * Writes the "Changes since <run A>" section of the HTML report (counts, then the risers,
 * fallers, entries and exits with their rank and score changes and their index drivers), and
 * the rank-change marker of the ranking table.
 */
import type { ComparisonMove, Comparison, MoveStatus } from '../../core/ranking/comparison.js';
import { esc } from './escape.js';
import { driversText } from './drivers.js';
import { date, int, signed, signedInt } from './format.js';
import { fmtScore, nameHtml, type HtmlCtx } from './html-context.js';

/** The rank-change marker of one candidate: ▲ 3, ▼ 2, = , or "new". */
export function moveMarkerHtml(ctx: HtmlCtx, move: ComparisonMove | undefined): string {
  const { m } = ctx;
  if (!move) return '';
  if (move.status === 'entered') return `<span class="move new" title="${esc(m.newEntry)}">${esc(m.newEntry)}</span>`;
  const change = move.rankChange ?? 0;
  if (change > 0) {
    const t = m.rose(int(ctx.lang, change));
    return `<span class="move up" title="${esc(t)}"><span aria-hidden="true">▲\u00a0${esc(int(ctx.lang, change))}</span><span class="vh">${esc(t)}</span></span>`;
  }
  if (change < 0) {
    const t = m.fell(int(ctx.lang, -change));
    return `<span class="move down" title="${esc(t)}"><span aria-hidden="true">▼\u00a0${esc(int(ctx.lang, -change))}</span><span class="vh">${esc(t)}</span></span>`;
  }
  return `<span class="move same" title="${esc(m.unchanged)}">=</span>`;
}

function runLine(ctx: HtmlCtx, run: Comparison['a']): string {
  const asOf = run.asOf ? date(ctx.lang, run.asOf) : ctx.m.asOfLatest;
  return ctx.m.runLine(run.label, asOf, int(ctx.lang, run.candidates));
}

function movesTable(ctx: HtmlCtx, status: MoveStatus, moves: readonly ComparisonMove[]): string {
  const { m } = ctx;
  const id = `changes-${status}`;
  let out = `<h3 id="${id}">${esc(m.moveStatus[status])} (${esc(int(ctx.lang, moves.length))})</h3>`;
  if (moves.length === 0) return `${out}<p class="empty">${esc(m.none)}</p>`;
  out += `<div class="table-wrap"><table class="moves" aria-labelledby="${id}">`;
  out += '<colgroup><col class="c-name"><col class="c-rank"><col class="c-rank"><col class="c-change"><col class="c-change"><col class="c-drivers"></colgroup><thead><tr>';
  out += `<th scope="col">${esc(m.name)}</th><th scope="col" class="num">${esc(m.before)}</th><th scope="col" class="num">${esc(m.after)}</th>`;
  out += `<th scope="col" class="num">${esc(m.rankChange)}</th><th scope="col" class="num">${esc(m.scoreChange)}</th><th scope="col">${esc(m.drivers)}</th>`;
  out += '</tr></thead><tbody>';
  for (const mv of moves) {
    const before = mv.before ? `${mv.before.rank} (${fmtScore(ctx, mv.before.score)})` : '—';
    const after = mv.after ? `${mv.after.rank} (${fmtScore(ctx, mv.after.score)})` : '—';
    out += `<tr><th scope="row">${nameHtml(ctx, mv.candidateId, mv.name)}</th>`;
    out += `<td class="num">${esc(before)}</td><td class="num">${esc(after)}</td>`;
    out += `<td class="num">${esc(mv.rankChange === null ? '—' : signedInt(ctx.lang, mv.rankChange))}</td>`;
    out += `<td class="num">${esc(mv.scoreChange === null ? '—' : signed(ctx.lang, mv.scoreChange, 1))}</td>`;
    out += `<td>${esc(driversText(ctx.lang, mv.drivers) || '—')}</td></tr>`;
  }
  return `${out}</tbody></table></div>`;
}

/** The "Changes since <label A>" section. */
export function comparisonSectionHtml(ctx: HtmlCtx, c: Comparison): string {
  const { m } = ctx;
  let out = `<section id="changes" aria-labelledby="changes-h"><h2 id="changes-h">${esc(m.changesSince(c.a.label))}</h2>`;
  out += `<p>${esc(m.comparisonIntro(runLine(ctx, c.a), runLine(ctx, c.b)))}</p>`;
  if (c.b.fingerprint !== ctx.result.fingerprint) out += `<p class="warning">${esc(m.comparisonOtherRun)}</p>`;
  const statuses: MoveStatus[] = ['rose', 'fell', 'entered', 'left', 'unchanged'];
  out += `<ul class="counts">${statuses.map((s) => `<li>${esc(m.moveStatus[s])}${esc(m.colon)}<strong>${esc(int(ctx.lang, c.counts[s] ?? 0))}</strong></li>`).join('')}</ul>`;
  for (const s of ['rose', 'fell', 'entered', 'left'] as const) {
    out += movesTable(
      ctx,
      s,
      c.moves.filter((mv) => mv.status === s),
    );
  }
  return `${out}</section>`;
}
