/**
 * The strategy report's small charts as inline SVG: horizontal bars of shares (the reference
 * figures, a bar only where the source gives a figure), the maturity stages' mean answers
 * against the threshold, and the calendar's load per month stacked by channel. Each is an
 * accessible image (role="img", a title) whose figures are also written out as text nearby.
 * Coordinates have at most two decimals: the same data give the same bytes.
 */
import { esc } from '../escape.js';

function c(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export interface ShareBar {
  label: string;
  /** 0–1, or null: no bar, the note instead. */
  share: number | null;
  /** The share as people read it ("79 %"), or the note when there is no figure. */
  text: string;
  /** Drawn in the accent colour (e.g. a channel of this plan). */
  highlight: boolean;
}

/** Horizontal bars on a 0–100 % scale. */
export function shareBarsSvg(bars: readonly ShareBar[], aria: string): string {
  const labelW = 170;
  const barW = 360;
  const textW = 210;
  const rowH = 24;
  const width = labelW + barW + textW;
  const height = bars.length * rowH + 22;
  const out = [`<svg class="shares" role="img" aria-label="${esc(aria)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12">`, `<title>${esc(aria)}</title>`];
  for (const p of [0, 0.25, 0.5, 0.75, 1]) {
    const x = labelW + p * barW;
    out.push(`<line class="grid" x1="${c(x)}" y1="0" x2="${c(x)}" y2="${bars.length * rowH}"/>`);
    out.push(`<text class="axis" x="${c(x)}" y="${bars.length * rowH + 15}" text-anchor="middle">${Math.round(p * 100)}</text>`);
  }
  bars.forEach((b, i) => {
    const y = i * rowH;
    out.push(`<text class="label${b.highlight ? ' ours' : ''}" x="${labelW - 8}" y="${c(y + rowH / 2 + 4)}" text-anchor="end">${esc(b.label)}</text>`);
    let end = labelW;
    if (b.share !== null) {
      const w = Math.max(1, b.share * barW);
      out.push(`<rect class="bar${b.highlight ? ' ours' : ''}" x="${labelW}" y="${c(y + 5)}" width="${c(w)}" height="${rowH - 10}"/>`);
      end = labelW + w;
    }
    out.push(`<text class="value" x="${c(end + 6)}" y="${c(y + rowH / 2 + 4)}">${esc(b.text)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

export interface StageBar {
  label: string;
  mean: number;
  met: boolean;
  current: boolean;
}

/** Six vertical bars (mean answer 0–4 per stage), the threshold as a dashed line. */
export function stageBarsSvg(stages: readonly StageBar[], threshold: number, aria: string): string {
  const w = 110;
  const h = 120;
  const top = 10;
  const bottom = 34;
  const width = stages.length * w + 30;
  const height = top + h + bottom;
  const y = (v: number) => top + h - (v / 4) * h;
  const out = [`<svg class="stages" role="img" aria-label="${esc(aria)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12">`, `<title>${esc(aria)}</title>`];
  for (const v of [0, 1, 2, 3, 4]) {
    out.push(`<line class="grid" x1="24" y1="${c(y(v))}" x2="${width}" y2="${c(y(v))}"/>`, `<text class="axis" x="18" y="${c(y(v) + 4)}" text-anchor="end">${v}</text>`);
  }
  stages.forEach((s, i) => {
    const x = 30 + i * w;
    const bh = Math.max(0, (s.mean / 4) * h);
    out.push(`<rect class="bar${s.met ? ' met' : ''}${s.current ? ' current' : ''}" x="${x + 12}" y="${c(y(s.mean))}" width="${w - 24}" height="${c(bh)}"><title>${esc(`${s.label}: ${c(s.mean)}`)}</title></rect>`);
    out.push(`<text class="label${s.current ? ' current' : ''}" x="${c(x + w / 2)}" y="${top + h + 16}" text-anchor="middle">${esc(`${i + 1}. ${s.label}`)}</text>`);
  });
  out.push(`<line class="threshold" x1="24" y1="${c(y(threshold))}" x2="${width}" y2="${c(y(threshold))}"/>`);
  out.push('</svg>');
  return out.join('');
}

export interface MonthStack {
  label: string;
  /** Count per series, in the series' order. */
  counts: number[];
}

/** Vertical stacked bars per month, one colour per series (channel). */
export function monthStacksSvg(months: readonly MonthStack[], series: readonly { label: string; colour: string }[], aria: string): string {
  const colW = 44;
  const h = 120;
  const top = 10;
  const bottom = 30;
  const max = Math.max(1, ...months.map((m) => m.counts.reduce((a, b) => a + b, 0)));
  const width = Math.max(200, months.length * colW + 40);
  const height = top + h + bottom;
  const out = [`<svg class="months" role="img" aria-label="${esc(aria)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="11">`, `<title>${esc(aria)}</title>`];
  const step = max <= 5 ? 1 : max <= 20 ? 5 : max <= 50 ? 10 : Math.ceil(max / 50) * 10;
  for (let v = 0; v <= max; v += step) {
    const yy = top + h - (v / max) * h;
    out.push(`<line class="grid" x1="30" y1="${c(yy)}" x2="${width}" y2="${c(yy)}"/>`, `<text class="axis" x="26" y="${c(yy + 4)}" text-anchor="end">${v}</text>`);
  }
  months.forEach((m, i) => {
    const x = 36 + i * colW;
    let base = top + h;
    m.counts.forEach((n, k) => {
      if (n === 0) return;
      const bh = (n / max) * h;
      base -= bh;
      out.push(`<rect x="${x}" y="${c(base)}" width="${colW - 10}" height="${c(bh)}" fill="${series[k]!.colour}"><title>${esc(`${m.label} — ${series[k]!.label}: ${n}`)}</title></rect>`);
    });
    out.push(`<text class="axis" x="${c(x + (colW - 10) / 2)}" y="${top + h + 14}" text-anchor="middle">${esc(m.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

/** Colours of the channels (Tableau 10), in the plan's order of channels. */
export const CHANNEL_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
