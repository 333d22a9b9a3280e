/**
 * Writes the small inline SVG charts of the HTML report: the rank-interval whisker (on a scale
 * shared by every row) and the stacked bar of the ten index contributions (on the 0–100 score
 * scale), plus the index colours they and the legend share. Coordinates are written with a
 * fixed precision, so the same figures give the same bytes.
 */
import { INDEX_KEYS, type IndexKey } from '../../core/domain.js';
import type { IndexResult } from '../../core/ranking/result.js';
import { esc } from './escape.js';

/**
 * One colour per index (Tableau 10, a palette designed to keep ten categories apart), in the
 * order of INDEX_KEYS; the same everywhere in a report.
 */
export const INDEX_COLOURS: Record<IndexKey, string> = {
  peer_recognition: '#4e79a7',
  digital_identity: '#f28e2b',
  multi_platform_presence: '#e15759',
  publishing: '#76b7b2',
  community_contribution: '#59a14f',
  media_presence: '#edc948',
  international_reach: '#b07aa1',
  experience: '#ff9da7',
  qualified_audience: '#9c755f',
  ranking_agreement: '#bab0ac',
};

/** A coordinate with at most two decimals, without trailing zeros. */
function c(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export const WHISKER_WIDTH = 140;
const WHISKER_HEIGHT = 18;
const WHISKER_PAD = 6;

/**
 * The rank interval as a whisker: a line from the best to the worst rank with end ticks, and a
 * dot at the rank itself. Rank 1 is at the left; `maxRank` is the shared scale's right end.
 */
export function whiskerSvg(rank: number, best: number, worst: number, maxRank: number, label: string): string {
  const span = Math.max(1, maxRank - 1);
  const x = (r: number): number => WHISKER_PAD + ((Math.min(Math.max(r, 1), maxRank) - 1) / span) * (WHISKER_WIDTH - 2 * WHISKER_PAD);
  const y = WHISKER_HEIGHT / 2;
  const x1 = x(Math.min(best, worst));
  const x2 = x(Math.max(best, worst));
  const lab = esc(label);
  return (
    `<svg class="whisker" role="img" aria-label="${lab}" width="${WHISKER_WIDTH}" height="${WHISKER_HEIGHT}" viewBox="0 0 ${WHISKER_WIDTH} ${WHISKER_HEIGHT}">` +
    `<title>${lab}</title>` +
    `<line class="axis" x1="${WHISKER_PAD}" y1="${y}" x2="${WHISKER_WIDTH - WHISKER_PAD}" y2="${y}"/>` +
    `<line class="range" x1="${c(x1)}" y1="${y}" x2="${c(x2)}" y2="${y}"/>` +
    `<line class="tick" x1="${c(x1)}" y1="${y - 5}" x2="${c(x1)}" y2="${y + 5}"/>` +
    `<line class="tick" x1="${c(x2)}" y1="${y - 5}" x2="${c(x2)}" y2="${y + 5}"/>` +
    `<circle class="dot" cx="${c(x(rank))}" cy="${y}" r="3.5"/>` +
    `</svg>`
  );
}

export const BAR_WIDTH = 240;
const BAR_HEIGHT = 16;

/**
 * The index contributions stacked left to right in INDEX_KEYS order, on the 0–100 scale (the
 * bar's length is the score). Each segment carries its own title: index label and contribution.
 */
export function stackedBarSvg(indices: readonly IndexResult[], segmentTitle: (r: IndexResult) => string, label: string): string {
  const byKey = new Map<IndexKey, IndexResult>(indices.map((r) => [r.key, r]));
  const lab = esc(label);
  let out =
    `<svg class="bar" role="img" aria-label="${lab}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}">` +
    `<title>${lab}</title>` +
    `<rect class="track" x="0" y="0" width="${BAR_WIDTH}" height="${BAR_HEIGHT}"/>`;
  let acc = 0;
  for (const k of INDEX_KEYS) {
    const r = byKey.get(k);
    if (!r || !(r.contribution > 0)) continue;
    const x0 = (acc / 100) * BAR_WIDTH;
    acc += r.contribution;
    const x1 = (Math.min(acc, 100) / 100) * BAR_WIDTH;
    out += `<rect x="${c(x0)}" y="0" width="${c(Math.max(0, x1 - x0))}" height="${BAR_HEIGHT}" fill="${INDEX_COLOURS[k]}"><title>${esc(segmentTitle(r))}</title></rect>`;
  }
  for (const tick of [25, 50, 75]) {
    const x = (tick / 100) * BAR_WIDTH;
    out += `<line class="grid" x1="${c(x)}" y1="0" x2="${c(x)}" y2="${BAR_HEIGHT}"/>`;
  }
  return `${out}</svg>`;
}

/** A colour swatch for the legend. */
export function swatchSvg(key: IndexKey): string {
  return `<svg class="swatch" aria-hidden="true" width="12" height="12" viewBox="0 0 12 12"><rect width="12" height="12" rx="2" fill="${INDEX_COLOURS[key]}"/></svg>`;
}
