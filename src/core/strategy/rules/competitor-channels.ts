/**
 * Rule `competitor-channels` (info): a competitor whose channels are unknown cannot be compared
 * with the plan's channels (the source article's section 4: their channels and content).
 */
import type { Finding, Rule } from '../model.js';
import { finding, t } from './common.js';

export const competitorChannels: Rule = {
  id: 'competitor-channels',
  severity: 'info',
  title: { fr: 'Concurrent dont on ne connaît aucun canal', en: 'Competitor with no channel known' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    s.competition.competitors.forEach((c, i) => {
      if (c.channels.length > 0) return;
      out.push(finding(competitorChannels, `competition.competitors[${i}].channels`, t(L, `On ne connaît aucun canal du concurrent « ${c.name} ».`, `No channel of competitor "${c.name}" is known.`)));
    });
    return out;
  },
};
