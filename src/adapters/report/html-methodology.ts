/**
 * Writes the methodology section of the HTML report from the index descriptions and the run's
 * configuration: each index (label, signal, evidence kinds, normalisation, weight, half-life,
 * parameters, references, limits), the total-score formula and the missing rule, the tie-break,
 * the rank intervals, the reference date, and how to reproduce the run from its fingerprint.
 */
import { INDEX_KEYS, type IndexKey } from '../../core/domain.js';
import { kindsOf } from '../../core/evidence/kinds.js';
import type { IndexDescription } from '../../core/indices/types.js';
import type { IndexParams } from '../../core/ranking/config.js';
import { esc } from './escape.js';
import { date, int, numUpTo, ordinal } from './format.js';
import { fmtWeight, linkHtml, type HtmlCtx } from './html-context.js';
import { canonicalConfig } from './json.js';

/** A share 0–1 as a percentile number, without binary noise (0.05 → 5). */
function percentOf(share: number): number {
  return Math.round(share * 1e8) / 1e6;
}

function dl(rows: [string, string][]): string {
  return `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** A reference: linked when it is an http(s) address on its own, text otherwise. */
function referenceHtml(ctx: HtmlCtx, ref: string): string {
  return /^https?:\/\/\S+$/i.test(ref.trim()) ? linkHtml(ctx, ref.trim(), ref.trim()) : esc(ref);
}

function indexMethodHtml(ctx: HtmlCtx, key: IndexKey, desc: IndexDescription | undefined): string {
  const { m, lang } = ctx;
  const params: IndexParams | undefined = ctx.result.config.indices[key];
  const rows: [string, string][] = [];
  if (desc) rows.push([esc(m.signal), esc(desc.signal)]);
  rows.push([esc(m.evidenceKinds), esc(kindsOf(key).map((k) => k.label[lang]).join(', '))]);
  if (params) {
    const method = `${m.normalisationMethod[params.normalisation.method] ?? params.normalisation.method} — ${m.cap} = ${numUpTo(lang, params.normalisation.cap, 3)}`;
    rows.push([esc(m.normalisation), (desc ? `${esc(desc.normalisation)}<br>` : '') + `<small>${esc(method)}</small>`]);
  } else if (desc) rows.push([esc(m.normalisation), esc(desc.normalisation)]);
  rows.push([esc(m.weight), esc(fmtWeight(ctx, key))]);
  if (params) {
    rows.push([esc(m.halfLife), esc(params.halfLifeDays > 0 ? m.halfLifeValue(int(lang, params.halfLifeDays)) : m.noDecay)]);
    const others = Object.keys(params)
      .filter((p) => p !== 'normalisation' && p !== 'halfLifeDays')
      .map((p) => {
        const v = params[p];
        return typeof v === 'number' ? `<code>${esc(p)}</code> = ${esc(numUpTo(lang, v, 4))}` : `<code>${esc(p)}</code>`;
      });
    if (others.length) rows.push([esc(m.otherParams), others.join(', ')]);
  }
  if (desc && desc.references.length) rows.push([esc(m.references), `<ul>${desc.references.map((r) => `<li>${referenceHtml(ctx, r)}</li>`).join('')}</ul>`]);
  if (desc && desc.limits) rows.push([esc(m.limits), esc(desc.limits)]);
  let out = `<section class="index-method" id="method-${key}"><h3>${esc(m.indexLabel[key])} <small><code>${key}</code></small></h3>`;
  if (!desc) out += `<p class="empty">${esc(m.notDescribed)}</p>`;
  return `${out}${dl(rows)}</section>`;
}

/** The methodology section. */
export function methodologySectionHtml(ctx: HtmlCtx, methodology: readonly IndexDescription[]): string {
  const { m, lang, result } = ctx;
  const byKey = new Map<IndexKey, IndexDescription>();
  for (const d of methodology) if (!byKey.has(d.key)) byKey.set(d.key, d);
  const iv = result.config.intervals;

  let out = `<section id="methodology" class="method" aria-labelledby="methodology-h"><h2 id="methodology-h">${esc(m.methodology)}</h2>`;
  out += `<p>${esc(m.methodIntro)}</p>`;
  for (const k of INDEX_KEYS) out += indexMethodHtml(ctx, k, byKey.get(k));

  out += `<h3 id="method-total">${esc(m.totalScore)}</h3>`;
  out += `<p class="formula" role="math" aria-label="score = Σ(wᵢ · sᵢ) / Σwᵢ">score = Σ(w<sub>i</sub> · s<sub>i</sub>) / Σw<sub>i</sub></p>`;
  out += `<p>${esc(m.totalScoreText)}</p><p>${esc(m.missingRule)}</p>`;

  out += `<h3 id="method-ties">${esc(m.tieBreak)}</h3><p>${esc(m.tieBreakText)}</p>`;

  out += `<h3 id="method-intervals">${esc(m.intervals)}</h3>`;
  out +=
    iv.draws > 0
      ? `<p>${esc(m.intervalsText(int(lang, iv.draws), numUpTo(lang, iv.concentration, 3), String(iv.seed), ordinal(lang, percentOf(iv.lower)), ordinal(lang, percentOf(iv.upper))))}</p>`
      : `<p>${esc(m.intervalsOff)}</p>`;

  out += `<h3 id="method-asof">${esc(m.asOf)}</h3>`;
  out += `<p>${esc(result.config.asOf ? m.asOfText(date(lang, result.config.asOf)) : m.asOfLatestText)}</p>`;

  out += `<h3 id="method-reproduce">${esc(m.reproduce)}</h3>`;
  out += `<p>${esc(m.reproduceText)}</p>`;
  out += `<p>${esc(m.fingerprint)}${esc(m.colon)}<code class="fingerprint">${esc(result.fingerprint)}</code></p>`;
  out += `<details><summary>${esc(m.configuration)}</summary><pre class="config"><code>${esc(JSON.stringify(canonicalConfig(result.config), null, 2))}</code></pre></details>`;
  return `${out}</section>`;
}
