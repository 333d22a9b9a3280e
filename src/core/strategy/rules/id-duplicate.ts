/**
 * Rule `id-duplicate` (error): ids must be unique within their list (and influencers' candidate
 * keys within the influencers), or references between sections are ambiguous.
 */
import type { Finding, Rule, Strategy } from '../model.js';
import { finding, t } from './common.js';

function lists(s: Strategy): [string, { id: string }[]][] {
  return [
    ['vision.goals', s.vision.goals],
    ['vision.objectives', s.vision.objectives],
    ['audiences.segments', s.audiences.segments],
    ['audiences.communities', s.audiences.communities],
    ['competition.competitors', s.competition.competitors],
    ['plan.projects', s.plan.projects],
    ['plan.channels', s.plan.channels],
    ['plan.items', s.plan.items],
    ['plan.people', s.plan.people],
    ['plan.milestones', s.plan.milestones],
    ['plan.slots', s.plan.slots],
    ['kpis', s.kpis],
  ];
}

export const idDuplicate: Rule = {
  id: 'id-duplicate',
  severity: 'error',
  title: { fr: 'Identifiant en double', en: 'Duplicate id' },
  check(s, ctx) {
    const L = ctx.lang;
    const out: Finding[] = [];
    const scan = (path: string, keys: string[], field: string) => {
      const seen = new Map<string, number>();
      keys.forEach((k, i) => {
        const j = seen.get(k);
        if (j === undefined) {
          seen.set(k, i);
          return;
        }
        out.push(finding(idDuplicate, `${path}[${i}].${field}`, t(L, `« ${k} » est déjà l’identifiant de ${path}[${j}].`, `"${k}" is already the id of ${path}[${j}].`)));
      });
    };
    for (const [path, list] of lists(s)) scan(path, list.map((x) => x.id), 'id');
    scan('audiences.influencers', s.audiences.influencers.map((x) => x.candidateKey), 'candidateKey');
    return out;
  },
};
