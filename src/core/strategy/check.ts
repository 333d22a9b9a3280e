/**
 * The strategy checker: runs every rule of ./rules/ on a strategy and returns the findings,
 * errors first, then warnings, then information; within a severity, in the rules' order.
 */
import type { Lang } from '../domain.js';
import type { CheckContext, Finding, Severity, Strategy } from './model.js';
import { RULES } from './rules/index.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkStrategy(strategy: Strategy, ctx: Partial<CheckContext> & { lang: Lang }): Finding[] {
  const full: CheckContext = { influencers: null, ...ctx };
  const out: Finding[] = [];
  for (const rule of RULES) out.push(...rule.check(strategy, full));
  // Array.prototype.sort is stable: the rules' order is kept within a severity.
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Counts by severity, for summaries. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
