/**
 * Writes rankings and comparisons as plain-text tables for the terminal: the ranking (rank,
 * name, score, rank interval, missing count) and the comparison (counts, then who rose, fell,
 * entered and left, with rank and score changes and the top three index drivers). Columns are
 * aligned on display width (accents and combining marks count once), control characters in
 * user strings are neutralised, numbers are written in the language.
 */
import type { Lang } from '../../core/domain.js';
import type { Comparison, ComparisonMove, MoveStatus, RunSummary } from '../../core/ranking/comparison.js';
import type { RankingResult } from '../../core/ranking/result.js';
import { termSafe } from './escape.js';
import { driversText } from './drivers.js';
import { date, int, num, signed, signedInt } from './format.js';
import { messages } from './messages.js';

/** Longest name shown in a terminal column before it is cut with "…". */
const NAME_WIDTH = 36;

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;

/** Columns a string takes in a terminal (approximation: marks 0, East Asian wide 2, else 1). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.normalize('NFC')) w += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return w;
}

function cut(s: string, width: number): string {
  const clean = termSafe(s).normalize('NFC');
  if (displayWidth(clean) <= width) return clean;
  let out = '';
  for (const ch of clean) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

type Align = 'l' | 'r';

/** Aligned columns, two spaces apart; the last column is not padded. */
function table(header: string[], rows: string[][], align: Align[], indent = ''): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i] - displayWidth(c)));
        if (i === cells.length - 1 && align[i] === 'l') return c;
        return align[i] === 'r' ? pad + c : c + pad;
      })
      .join('  ')
      .replace(/\s+$/, '');
  return [line(header), ...rows.map(line)];
}

/** The ranking as a terminal table; `top` limits the number of rows. */
export function renderRankingText(result: RankingResult, lang: Lang, top?: number): string {
  const m = messages(lang);
  const f = result.field;
  const asOf = result.config.asOf ? date(lang, result.config.asOf) : m.asOfLatest;
  const lines: string[] = [];
  lines.push(termSafe(m.defaultTitle(f.topic)));
  lines.push(`${m.region}${m.colon}${termSafe(f.region ?? m.worldwide)} · ${m.asOf}${m.colon}${asOf}`);
  lines.push(
    `${m.candidates}${m.colon}${int(lang, result.candidates)} · ${m.evidenceItems}${m.colon}${int(lang, result.evidence)} · ${m.fingerprint}${m.colon}${termSafe(result.fingerprint)}`,
  );
  lines.push('');
  const limit = top === undefined || !(top >= 0) ? result.entries.length : Math.min(Math.floor(top), result.entries.length);
  const shown = result.entries.slice(0, limit);
  const rows = shown.map((e) => [
    String(e.rank),
    cut(e.name, NAME_WIDTH),
    num(lang, e.score, 1),
    e.rankInterval[0] === e.rankInterval[1] ? String(e.rankInterval[0]) : `${e.rankInterval[0]}–${e.rankInterval[1]}`,
    String(e.missing.length),
  ]);
  lines.push(...table([m.rank, m.name, m.score, m.interval, m.missingCol], rows, ['r', 'l', 'r', 'l', 'r']));
  if (limit < result.entries.length) lines.push(m.moreEntries(int(lang, result.entries.length - limit)));
  return `${lines.join('\n')}\n`;
}

function runLine(lang: Lang, r: RunSummary): string {
  const m = messages(lang);
  return termSafe(m.runLine(r.label, r.asOf ? date(lang, r.asOf) : m.asOfLatest, int(lang, r.candidates)));
}

function movesBlock(lang: Lang, status: MoveStatus, moves: readonly ComparisonMove[]): string[] {
  const m = messages(lang);
  const lines = [`${m.moveStatus[status]} (${int(lang, moves.length)})`];
  if (moves.length === 0) return [...lines, `  ${m.none}`];
  const rows = moves.map((mv) => [
    cut(mv.name, NAME_WIDTH),
    mv.before ? String(mv.before.rank) : '—',
    mv.after ? String(mv.after.rank) : '—',
    mv.rankChange === null ? '—' : signedInt(lang, mv.rankChange),
    mv.scoreChange === null ? '—' : signed(lang, mv.scoreChange, 1),
    driversText(lang, mv.drivers) || '—',
  ]);
  return [...lines, ...table([m.name, m.before, m.after, m.rankChange, m.scoreChange, m.drivers], rows, ['l', 'r', 'r', 'r', 'r', 'l'], '  ')];
}

/** The comparison as terminal text (see the file comment). */
export function renderComparisonText(c: Comparison, lang: Lang): string {
  const m = messages(lang);
  const lines: string[] = [];
  lines.push(termSafe(m.comparisonTitle(c.a.label, c.b.label)));
  lines.push(`  A${m.colon}${runLine(lang, c.a)}`);
  lines.push(`  B${m.colon}${runLine(lang, c.b)}`);
  lines.push('');
  const statuses: MoveStatus[] = ['rose', 'fell', 'entered', 'left', 'unchanged'];
  lines.push(statuses.map((s) => `${m.moveStatus[s]}${m.colon}${int(lang, c.counts[s] ?? 0)}`).join(' · '));
  for (const s of ['rose', 'fell', 'entered', 'left'] as const) {
    lines.push('');
    lines.push(...movesBlock(lang, s, c.moves.filter((mv) => mv.status === s)));
  }
  return `${lines.join('\n')}\n`;
}
