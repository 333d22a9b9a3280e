/**
 * The Gantt view of the action plan: one row per project (its start to its end; a missing start
 * or end is taken from its items and milestones, and a project with a start and nothing else
 * dated — always-on — runs to the plan's last date), its milestones as
 * diamonds on its row, milestones of no project on a row of their own, under a month scale.
 * Written as inline SVG for the HTML report and as a Mermaid `gantt` block for Markdown.
 * Coordinates have at most two decimals, so the same plan gives the same bytes.
 */
import { dayOf, isoOf } from '../../../core/dates.js';
import type { Lang } from '../../../core/domain.js';
import { planSpan } from '../../../core/strategy/calendar.js';
import { PROJECT_TYPES, textIn, type ProjectType, type Strategy } from '../../../core/strategy/model.js';
import { esc } from '../escape.js';
import { date, locale } from '../format.js';

export interface GanttRow {
  id: string;
  label: string;
  type: ProjectType | null;
  /** Day numbers, or null when nothing dates the project. */
  from: number | null;
  to: number | null;
  milestones: { label: string; day: number }[];
}

/** One colour per project type (Okabe–Ito, distinguishable with colour-vision deficiencies). */
export const PROJECT_COLOURS: Record<ProjectType, string> = {
  campaign: '#0072b2',
  'editorial-series': '#009e73',
  'flagship-content': '#d55e00',
  event: '#cc79a7',
  research: '#56b4e9',
  partnership: '#e69f00',
  'always-on': '#7f7f7f',
  other: '#999999',
};

export function ganttRows(s: Strategy, lang: Lang): GanttRow[] {
  const rows: GanttRow[] = [];
  // A project with no end ends at its last item or milestone; with none (always-on), at the plan's end.
  const planEnd = planSpan(s)?.to ?? null;
  const byId = new Map<string, GanttRow>();
  for (const p of s.plan.projects) {
    const days: number[] = [];
    for (const it of s.plan.items) if (it.project === p.id && it.date !== null) days.push(dayOf(it.date));
    for (const m of s.plan.milestones) if (m.project === p.id) days.push(dayOf(m.date));
    const from = p.start !== null ? dayOf(p.start) : days.length ? Math.min(...days) : null;
    const last = days.length ? Math.max(...days) : null;
    const to = p.end !== null ? dayOf(p.end) : last !== null ? last : p.start !== null && planEnd !== null ? planEnd : from;
    const row: GanttRow = { id: p.id, label: textIn(p.name, lang) || p.id, type: p.type, from, to: to !== null && from !== null && to < from ? from : to, milestones: [] };
    rows.push(row);
    byId.set(p.id, row);
  }
  const loose: GanttRow = { id: '', label: '', type: null, from: null, to: null, milestones: [] };
  for (const m of s.plan.milestones) {
    const row = (m.project !== null ? byId.get(m.project) : undefined) ?? loose;
    row.milestones.push({ label: textIn(m.name, lang) || m.id, day: dayOf(m.date) });
  }
  if (loose.milestones.length > 0) rows.push(loose);
  for (const r of rows) r.milestones.sort((a, b) => a.day - b.day);
  return rows;
}

function c(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function monthStart(day: number): number {
  const iso = isoOf(day);
  return dayOf(`${iso.slice(0, 7)}-01`);
}

function nextMonth(day: number): number {
  const [y, m] = isoOf(day).split('-').map(Number) as [number, number];
  return dayOf(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** A month for people: `janv. 2027` (short), `janvier 2027` (long), `01/27` (narrow, for charts). */
export function monthLabel(lang: Lang, day: number, style: 'short' | 'long' | 'narrow' = 'short'): string {
  if (style === 'narrow') {
    const iso = isoOf(day);
    return `${iso.slice(5, 7)}/${iso.slice(2, 4)}`;
  }
  const k = `${lang}|${style}`;
  let f = monthFormats.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { month: style, year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(k, f);
  }
  return f.format(new Date(day * 86400000));
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

const LABEL_W = 240;
const CHART_W = 670;
const ROW_H = 26;
const HEAD_H = 30;

/** The Gantt chart as an SVG element; null when no project or milestone is dated. */
export function ganttSvg(rows: readonly GanttRow[], lang: Lang, aria: string, looseLabel: string): string | null {
  const days = rows.flatMap((r) => [...(r.from !== null ? [r.from] : []), ...(r.to !== null ? [r.to] : []), ...r.milestones.map((m) => m.day)]);
  if (days.length === 0) return null;
  const lo = monthStart(Math.min(...days));
  const hi = nextMonth(Math.max(...days));
  const span = Math.max(1, hi - lo);
  const x = (d: number) => LABEL_W + ((d - lo) / span) * CHART_W;
  const width = LABEL_W + CHART_W + 10;
  const height = HEAD_H + rows.length * ROW_H + 8;
  const out: string[] = [];
  out.push(`<svg class="gantt" role="img" aria-label="${esc(aria)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12">`);
  out.push(`<title>${esc(aria)}</title>`);
  // Month scale: a line and a label at each month's start.
  for (let m = lo; m < hi; m = nextMonth(m)) {
    const xm = x(m);
    out.push(`<line class="grid" x1="${c(xm)}" y1="${HEAD_H - 6}" x2="${c(xm)}" y2="${height - 4}"/>`);
    const w = x(nextMonth(m)) - xm;
    if (w >= 34) out.push(`<text class="month" x="${c(xm + 3)}" y="${HEAD_H - 12}">${esc(monthLabel(lang, m))}</text>`);
  }
  rows.forEach((r, i) => {
    const y = HEAD_H + i * ROW_H;
    const label = r.id === '' ? looseLabel : r.label;
    out.push(`<g class="row" data-project="${esc(r.id)}">`);
    out.push(`<text class="label" x="4" y="${c(y + ROW_H / 2 + 4)}">${esc(clip(label, 30))}<title>${esc(label)}</title></text>`);
    if (r.from !== null && r.to !== null) {
      const x1 = x(r.from);
      const x2 = Math.max(x(r.to + 1), x1 + 3);
      const colour = r.type ? PROJECT_COLOURS[r.type] : '#999999';
      const tip = `${label}: ${date(lang, isoOf(r.from), 'medium')} – ${date(lang, isoOf(r.to), 'medium')}`;
      out.push(`<rect class="bar" x="${c(x1)}" y="${c(y + 6)}" width="${c(x2 - x1)}" height="${ROW_H - 12}" rx="3" fill="${colour}"><title>${esc(tip)}</title></rect>`);
    }
    for (const m of r.milestones) {
      const cx = x(m.day + 0.5);
      const cy = y + ROW_H / 2;
      const tip = `${m.label}: ${date(lang, isoOf(m.day), 'medium')}`;
      out.push(`<path class="milestone" d="M${c(cx)} ${c(cy - 7)}L${c(cx + 7)} ${c(cy)}L${c(cx)} ${c(cy + 7)}L${c(cx - 7)} ${c(cy)}Z"><title>${esc(tip)}</title></path>`);
    }
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}

/** The legend of the project types present. */
export function ganttLegend(rows: readonly GanttRow[], lang: Lang): { label: string; colour: string }[] {
  const types = [...new Set(rows.map((r) => r.type).filter((t): t is ProjectType => t !== null))];
  return types.map((t) => ({ label: PROJECT_TYPES[t][lang], colour: PROJECT_COLOURS[t] }));
}

/** Mermaid's gantt syntax forbids `:` and `#` in task names; they become look-alikes. */
function mermaidText(s: string): string {
  return s.replace(/[:#;]/g, (ch) => (ch === ':' ? '∶' : ch === '#' ? '№' : ',')).replace(/\s+/g, ' ').trim();
}

/** The Gantt chart as a Mermaid block (rendered by GitHub, GitLab and most Markdown viewers). */
export function ganttMermaid(rows: readonly GanttRow[], title: string, looseLabel: string): string | null {
  if (!rows.some((r) => r.from !== null || r.milestones.length > 0)) return null;
  const out = ['```mermaid', 'gantt', `  title ${mermaidText(title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y-%m'];
  rows.forEach((r, i) => {
    out.push(`  section ${mermaidText(r.id === '' ? looseLabel : r.label)}`);
    if (r.from !== null && r.to !== null) out.push(`  ${mermaidText(r.label)} : p${i + 1}, ${isoOf(r.from)}, ${isoOf(r.to + 1)}`);
    r.milestones.forEach((m, j) => out.push(`  ${mermaidText(m.label)} : milestone, m${i + 1}_${j + 1}, ${isoOf(m.day)}, 0d`));
  });
  out.push('```');
  return out.join('\n');
}
