/**
 * Rule `segment-unreached` (warning): an audience segment that no channel is meant to reach, or
 * that no content item addresses, is a segment the plan forgets.
 */
import type { Finding, Rule } from '../model.js';
import { finding, nameOf, t } from './common.js';

export const segmentUnreached: Rule = {
  id: 'segment-unreached',
  severity: 'warning',
  title: { fr: 'Segment qu’aucun canal ou aucun contenu n’atteint', en: 'Segment reached by no channel or no content' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    const byChannel = new Set(s.plan.channels.flatMap((c) => c.segments));
    const byItem = new Set(s.plan.items.flatMap((c) => c.segments));
    s.audiences.segments.forEach((g, i) => {
      const n = nameOf(g.name, g.id, L);
      const w = `audiences.segments[${i}]`;
      if (!byChannel.has(g.id)) out.push(finding(segmentUnreached, w, t(L, `Aucun canal ne vise le segment « ${n} ».`, `No channel is meant to reach segment "${n}".`)));
      if (!byItem.has(g.id)) out.push(finding(segmentUnreached, w, t(L, `Aucun contenu du plan ne s’adresse au segment « ${n} ».`, `No content item of the plan addresses segment "${n}".`)));
    });
    return out;
  },
};
