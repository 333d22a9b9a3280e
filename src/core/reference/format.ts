/**
 * A reference figure as a short sentence with its source, in French or English:
 * "LinkedIn — 79 %: second platform used for business content (Social Media Examiner, 2018,
 * n = 5 726)". The share is shown only when the source states it.
 */
import type { Lang } from '../domain.js';
import { referenceSource } from './lookup.js';
import type { ReferenceFigure, ReferenceSource } from './types.js';

function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(n);
}

export function formatShare(share: number, lang: Lang): string {
  const p = Math.round(share * 100);
  return lang === 'fr' ? `${p} %` : `${p}%`;
}

/** "Social Media Examiner, 2018, n = 5,726". */
export function citeSource(s: ReferenceSource, lang: Lang): string {
  return `${s.publisher}, ${s.year}, n = ${count(s.sampleSize, lang)}`;
}

export function formatFigure(f: ReferenceFigure, lang: Lang): string {
  const s = referenceSource(f.source);
  const share = f.share === null ? '' : ` — ${formatShare(f.share, lang)}`;
  const cite = s ? ` (${citeSource(s, lang)})` : '';
  return `${f.label[lang]}${share}${lang === 'fr' ? ' : ' : ': '}${f.statement[lang].charAt(0).toLowerCase()}${f.statement[lang].slice(1)}${cite}`;
}
