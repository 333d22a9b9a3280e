/**
 * Calendar days as integers (days since 1970-01-01, UTC), the unit every dated computation of
 * the core uses: no time zones, no wall clock, so a ranking is the same wherever it runs.
 */

/** The day number of an undated item. */
export const NO_DAY = -2147483648;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date `YYYY-MM-DD`; throws on anything else. */
export function dayOf(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`not a calendar date: "${iso}"`);
  }
  return Math.round(t / 86400000);
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

export const DAYS_PER_YEAR = 365.2425;
