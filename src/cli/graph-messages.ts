/**
 * What `eclaireur graph` says, in English and Québec French (the pattern of ./messages.ts, kept
 * apart so that the graph commands do not collide with the others' messages).
 */
import type { Lang } from '../core/domain.js';

const num = (lang: Lang) => {
  const f = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA');
  return (x: number): string => f.format(x);
};

export type NumberKind = 'unit' | 'whole' | 'positive';

const en = (() => {
  const n = num('en');
  return {
    summary: (file: string, nodes: number, edges: number, weighted: boolean) =>
      `${file}: ${n(nodes)} nodes, ${n(edges)} edges (${weighted ? 'weighted' : 'unweighted'})`,
    pagerank: (damping: number, it: number, converged: boolean, delta: number) =>
      `PageRank (damping ${damping}): ${converged ? 'converged after' : 'NOT converged after'} ${n(it)} iterations (last L1 change ${delta.toExponential(1)})`,
    ppr: (seeds: number, damping: number, it: number, converged: boolean, delta: number) =>
      `personalised PageRank on ${n(seeds)} seed node(s) (damping ${damping}): ${converged ? 'converged after' : 'NOT converged after'} ${n(it)} iterations (last L1 change ${delta.toExponential(1)})`,
    hits: (it: number, converged: boolean) => `HITS authorities: ${converged ? 'converged after' : 'NOT converged after'} ${n(it)} iterations`,
    indegree: (seeds: number | null) => (seeds === null ? 'in-degree (distinct nodes pointing to each)' : `in-degree from ${n(seeds)} seed node(s)`),
    columns: { rank: 'rank', node: 'node', score: 'score', hub: 'hub' },
    notConverged: (it: number) => `warning: did not converge within ${it} iterations; raise --max-iterations or --tolerance`,
    needSeeds: 'personalised PageRank needs seed nodes: --seeds a,b,c or --seeds-file FILE',
    unknownSeed: (name: string, file: string) => `seed "${name}" is not a node of ${file}`,
    badNumber: (opt: string, v: string, what: NumberKind) =>
      `${opt}: expected ${{ unit: 'a number in [0, 1)', whole: 'a whole number ≥ 1', positive: 'a number > 0' }[what]}, got "${v}"`,
    merged: (dups: number, loops: number) => `${n(dups)} duplicate edge(s) merged, ${n(loops)} self-loop(s) dropped`,
  };
})();

type GraphMessages = typeof en;

const fr: GraphMessages = (() => {
  const n = num('fr');
  const dec = (x: number) => String(x).replace('.', ',');
  return {
    summary: (file, nodes, edges, weighted) => `${file} : ${n(nodes)} nœuds, ${n(edges)} arêtes (${weighted ? 'pondéré' : 'non pondéré'})`,
    pagerank: (damping, it, converged, delta) =>
      `PageRank (amortissement ${dec(damping)}) : ${converged ? 'convergé en' : 'NON convergé après'} ${n(it)} itérations (dernière variation L1 ${delta.toExponential(1).replace('.', ',')})`,
    ppr: (seeds, damping, it, converged, delta) =>
      `PageRank personnalisé sur ${n(seeds)} nœud(s) source(s) (amortissement ${dec(damping)}) : ${converged ? 'convergé en' : 'NON convergé après'} ${n(it)} itérations (dernière variation L1 ${delta.toExponential(1).replace('.', ',')})`,
    hits: (it, converged) => `HITS, autorités : ${converged ? 'convergé en' : 'NON convergé après'} ${n(it)} itérations`,
    indegree: (seeds) => (seeds === null ? 'degré entrant (nœuds distincts qui pointent vers chacun)' : `degré entrant depuis ${n(seeds)} nœud(s) source(s)`),
    columns: { rank: 'rang', node: 'nœud', score: 'score', hub: 'pivot' },
    notConverged: (it) => `attention : pas de convergence en ${it} itérations ; augmentez --max-iterations ou --tolerance`,
    needSeeds: 'le PageRank personnalisé demande des nœuds sources : --seeds a,b,c ou --seeds-file FICHIER',
    unknownSeed: (name, file) => `le nœud source « ${name} » n’est pas dans ${file}`,
    badNumber: (opt, v, what) => `${opt} : attendu ${{ unit: 'un nombre dans [0, 1)', whole: 'un entier ≥ 1', positive: 'un nombre > 0' }[what]}, reçu « ${v} »`,
    merged: (dups, loops) => `${n(dups)} arête(s) en double fusionnée(s), ${n(loops)} boucle(s) retirée(s)`,
  };
})();

export function graphMessages(lang: Lang): GraphMessages {
  return lang === 'fr' ? fr : en;
}
