/**
 * Rule `reference-unknown` (error): every reference between sections (a content item's channel,
 * segments, objectives, project and owner; an objective's goal and KPIs; a slot's channel…) must
 * name an id that exists in the section it points to.
 */
import type { Finding, Rule, Strategy } from '../model.js';
import { finding, t } from './common.js';

type Target = 'goals' | 'objectives' | 'kpis' | 'segments' | 'projects' | 'channels' | 'people';

const TARGET_NAME: Record<Target, { fr: string; en: string; path: string }> = {
  goals: { fr: 'but', en: 'goal', path: 'vision.goals' },
  objectives: { fr: 'objectif', en: 'objective', path: 'vision.objectives' },
  kpis: { fr: 'indicateur', en: 'KPI', path: 'kpis' },
  segments: { fr: 'segment', en: 'segment', path: 'audiences.segments' },
  projects: { fr: 'projet', en: 'project', path: 'plan.projects' },
  channels: { fr: 'canal', en: 'channel', path: 'plan.channels' },
  people: { fr: 'personne', en: 'person', path: 'plan.people' },
};

/** Every reference of the strategy: where it is, the id, what it must name. */
export function references(s: Strategy): { where: string; id: string; target: Target }[] {
  const out: { where: string; id: string; target: Target }[] = [];
  const one = (where: string, id: string | null, target: Target) => {
    if (id !== null) out.push({ where, id, target });
  };
  const many = (where: string, ids: string[], target: Target) => ids.forEach((id, j) => out.push({ where: `${where}[${j}]`, id, target }));
  s.vision.objectives.forEach((o, i) => {
    one(`vision.objectives[${i}].goal`, o.goal, 'goals');
    many(`vision.objectives[${i}].kpis`, o.kpis, 'kpis');
  });
  s.audiences.influencers.forEach((x, i) => many(`audiences.influencers[${i}].segments`, x.segments, 'segments'));
  const p = s.plan;
  p.projects.forEach((x, i) => {
    many(`plan.projects[${i}].objectives`, x.objectives, 'objectives');
    one(`plan.projects[${i}].owner`, x.owner, 'people');
  });
  p.channels.forEach((x, i) => {
    many(`plan.channels[${i}].segments`, x.segments, 'segments');
    one(`plan.channels[${i}].owner`, x.owner, 'people');
  });
  p.items.forEach((x, i) => {
    one(`plan.items[${i}].channel`, x.channel, 'channels');
    many(`plan.items[${i}].segments`, x.segments, 'segments');
    many(`plan.items[${i}].objectives`, x.objectives, 'objectives');
    one(`plan.items[${i}].project`, x.project, 'projects');
    one(`plan.items[${i}].owner`, x.owner, 'people');
  });
  p.budget.lines.forEach((x, i) => one(`plan.budget.lines[${i}].project`, x.project, 'projects'));
  p.milestones.forEach((x, i) => one(`plan.milestones[${i}].project`, x.project, 'projects'));
  p.slots.forEach((x, i) => {
    one(`plan.slots[${i}].channel`, x.channel, 'channels');
    one(`plan.slots[${i}].owner`, x.owner, 'people');
  });
  s.seo.topics.forEach((x, i) => one(`seo.topics[${i}].segment`, x.segment, 'segments'));
  return out;
}

export const referenceUnknown: Rule = {
  id: 'reference-unknown',
  severity: 'error',
  title: { fr: 'Renvoi à un identifiant inconnu', en: 'Reference to an unknown id' },
  check(s, ctx) {
    const L = ctx.lang;
    const ids: Record<Target, Set<string>> = {
      goals: new Set(s.vision.goals.map((x) => x.id)),
      objectives: new Set(s.vision.objectives.map((x) => x.id)),
      kpis: new Set(s.kpis.map((x) => x.id)),
      segments: new Set(s.audiences.segments.map((x) => x.id)),
      projects: new Set(s.plan.projects.map((x) => x.id)),
      channels: new Set(s.plan.channels.map((x) => x.id)),
      people: new Set(s.plan.people.map((x) => x.id)),
    };
    const out: Finding[] = [];
    for (const r of references(s)) {
      if (ids[r.target].has(r.id)) continue;
      const tn = TARGET_NAME[r.target];
      out.push(finding(referenceUnknown, r.where, t(L, `« ${r.id} » n’est l’identifiant d’aucun(e) ${tn.fr} (${tn.path}).`, `"${r.id}" is the id of no ${tn.en} (${tn.path}).`)));
    }
    return out;
  },
};
