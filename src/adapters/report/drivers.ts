/**
 * Writes the "drivers" of a move between two runs as one line of text: the indices whose
 * contribution changed most, e.g. `+4,2 Publications, −1,0 Présence médiatique`. Shared by the
 * text and HTML comparison reports.
 */
import type { Lang } from '../../core/domain.js';
import type { IndexDriver } from '../../core/ranking/comparison.js';
import { signed } from './format.js';
import { messages } from './messages.js';

/** Drivers shown per move. */
export const TOP_DRIVERS = 3;

/** The largest |change| first (the order the comparison gives, re-established), at most `top`. */
export function topDrivers(drivers: readonly IndexDriver[], top = TOP_DRIVERS): IndexDriver[] {
  return drivers
    .map((d, i) => ({ d, i }))
    .filter((x) => x.d.change !== 0 && Number.isFinite(x.d.change))
    .sort((a, b) => Math.abs(b.d.change) - Math.abs(a.d.change) || a.i - b.i)
    .slice(0, top)
    .map((x) => x.d);
}

export function driversText(lang: Lang, drivers: readonly IndexDriver[], top = TOP_DRIVERS): string {
  const m = messages(lang);
  return topDrivers(drivers, top)
    .map((d) => `${signed(lang, d.change, 1)} ${m.indexLabel[d.key]}`)
    .join(', ');
}
