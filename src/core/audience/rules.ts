/**
 * The single rules of Cresci et al. (2015, Table 8), each a detector: an account that meets
 * the rule's condition is judged human, any other fake. They are the baseline the trained
 * model is compared with. A rule whose field is missing cannot accuse: it judges human.
 */
import type { Detector } from './detector.js';
import { F, FEATURE_COUNT } from './profile.js';

interface RuleSpec {
  id: string;
  label: { en: string; fr: string };
  /** What a profile that breaks the rule shows. */
  broken: { en: string; fr: string };
  /** True when the row looks human. */
  human(X: Float64Array, off: number): boolean;
}

const v = (X: Float64Array, off: number, name: string): number => X[off + F[name]];
const ok = (x: number, test: (x: number) => boolean): boolean => x !== x || test(x);

const RULES: RuleSpec[] = [
  { id: 'rule:followers>=30', label: { en: 'rule: followers ≥ 30', fr: 'règle : abonnés ≥ 30' }, broken: { en: 'fewer than 30 followers', fr: 'moins de 30 abonnés' }, human: (X, o) => ok(v(X, o, 'followers'), (x) => x >= 30) },
  { id: 'rule:posts>=50', label: { en: 'rule: posts ≥ 50', fr: 'règle : publications ≥ 50' }, broken: { en: 'fewer than 50 posts', fr: 'moins de 50 publications' }, human: (X, o) => ok(v(X, o, 'posts'), (x) => x >= 50) },
  { id: 'rule:in-a-list', label: { en: 'rule: belongs to a list', fr: 'règle : figure dans une liste' }, broken: { en: 'in no list', fr: 'dans aucune liste' }, human: (X, o) => ok(v(X, o, 'lists'), (x) => x >= 1) },
  {
    id: 'rule:2xfollowers>=following',
    label: { en: 'rule: 2 × followers ≥ following', fr: 'règle : 2 × abonnés ≥ abonnements' },
    broken: { en: 'follows more than twice its followers', fr: 'suit plus du double de ses abonnés' },
    human: (X, o) => {
      const fol = v(X, o, 'followers');
      const fng = v(X, o, 'following');
      return fol !== fol || fng !== fng || 2 * fol >= fng;
    },
  },
  { id: 'rule:has-url', label: { en: 'rule: URL in profile', fr: 'règle : URL dans le profil' }, broken: { en: 'no URL', fr: 'aucune URL' }, human: (X, o) => ok(v(X, o, 'has_url'), (x) => x === 1) },
  { id: 'rule:has-bio', label: { en: 'rule: profile has a biography', fr: 'règle : profil avec biographie' }, broken: { en: 'no biography', fr: 'aucune biographie' }, human: (X, o) => ok(v(X, o, 'bio_length'), (x) => x > 0) },
];

function ruleDetector(r: RuleSpec): Detector {
  return {
    id: r.id,
    label: r.label,
    kind: 'rule',
    predict(X, rows, out) {
      for (let i = 0; i < rows; i++) out[i] = r.human(X, i * FEATURE_COUNT) ? 0 : 1;
      return out;
    },
  };
}

/** The six rules, in the order of the paper's Table 8. */
export const PAPER_RULES: readonly Detector[] = RULES.map(ruleDetector);

/** The rules a row breaks (their ids), for the audit's "why". */
export function brokenRules(X: Float64Array, row: number): string[] {
  const off = row * FEATURE_COUNT;
  return RULES.filter((r) => !r.human(X, off)).map((r) => r.id);
}

export function ruleLabel(id: string): { en: string; fr: string } | null {
  return RULES.find((r) => r.id === id)?.label ?? null;
}

/** What breaking the rule means, for the audit's "why" ("fewer than 30 followers"). */
export function brokenLabel(id: string): { en: string; fr: string } | null {
  return RULES.find((r) => r.id === id)?.broken ?? null;
}
