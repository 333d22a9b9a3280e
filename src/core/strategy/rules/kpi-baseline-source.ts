/**
 * Rule `kpi-baseline-source` (warning): a KPI must say where its figure comes from and what it is
 * today; without a source nobody can measure it, without a baseline nobody can tell progress.
 */
import type { Finding, Rule } from '../model.js';
import { finding, nameOf, t } from './common.js';

export const kpiBaselineSource: Rule = {
  id: 'kpi-baseline-source',
  severity: 'warning',
  title: { fr: 'Indicateur sans point de départ ou sans source', en: 'KPI without baseline or source' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    s.kpis.forEach((k, i) => {
      const n = nameOf(k.name, k.id, L);
      if (k.baseline === null) out.push(finding(kpiBaselineSource, `kpis[${i}].baseline`, t(L, `L’indicateur « ${n} » n’a pas de point de départ.`, `KPI "${n}" has no baseline.`)));
      if (k.source === null || k.source.trim() === '') out.push(finding(kpiBaselineSource, `kpis[${i}].source`, t(L, `L’indicateur « ${n} » n’a pas de source (outil ou rapport d’où vient la mesure).`, `KPI "${n}" has no source (the tool or report the figure comes from).`)));
    });
    return out;
  },
};
