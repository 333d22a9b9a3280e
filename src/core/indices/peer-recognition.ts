/**
 * Index 1, peer_recognition — recognised by the field's actors.
 *
 * The field's graph (core/graph/field-graph.ts): the imported interaction graph (follows,
 * mentions, reposts, replies, citations) joined with the peer mentions of the evidence, each
 * peer mention an edge peer → candidate weighted 0.5^(age/halfLife) (undated: 1). On it, the
 * candidates' personalised PageRank, teleporting to the candidates (topic-sensitive authority:
 * being recognised by accounts that the field itself recognises counts more).
 * Raw signal: √(A × P), the geometric mean of
 *   A = authority ÷ a candidate's teleport share (1/C): 1 is what a candidate gets from the
 *       teleport alone; 3 is three times that;
 *   P = the distinct accounts with an edge to the person (breadth of recognition), each
 *       counting min(1, weight of its edges): an account whose only mentions are old counts
 *       less than one that recognises the person now,
 * so that neither a single very central admirer nor a crowd of marginal accounts is enough on
 * its own; each doubling of either multiplies the signal by √2. Missing when no account points
 * to the person.
 * References: Haveliwala 2002 (topic-sensitive PageRank); Page, Brin, Motwani, Winograd 1999
 * (PageRank); Garfield 1972 (distinct citing sources).
 */
import { buildFieldGraph, FIELD_GRAPH_DEFAULTS, recognisers, topRecognisers, type FieldGraph } from '../graph/field-graph.js';
import { newSignal, num, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

/** Accounts named in an explanation. */
const NAMED = 3;

interface Cached {
  asOfDay: number;
  halfLife: number;
  graph: IndexContext['graph'];
  aliases: IndexContext['aliases'];
  fg: FieldGraph;
}

const cache = new WeakMap<object, Cached>();

/** The field graph of a context, built once per table, reference day and half-life. */
export function fieldGraphOf(ctx: IndexContext): FieldGraph {
  const h = ctx.params.halfLifeDays;
  const got = cache.get(ctx.table);
  if (got && got.asOfDay === ctx.asOfDay && got.halfLife === h && got.graph === ctx.graph && got.aliases === ctx.aliases) return got.fg;
  const fg = buildFieldGraph({ candidates: ctx.candidates, table: ctx.table, graph: ctx.graph, aliases: ctx.aliases }, ctx.asOfDay, h);
  cache.set(ctx.table, { asOfDay: ctx.asOfDay, halfLife: h, graph: ctx.graph, aliases: ctx.aliases, fg });
  return fg;
}

function figures(fg: FieldGraph, c: number): { a: number; n: number; p: number; raw: number } {
  const g = fg.graph;
  let p = 0;
  for (let e = g.inOffsets[c]; e < g.inOffsets[c + 1]; e++) p += Math.min(1, g.inWeights ? g.inWeights[e] : 1);
  const a = fg.authority[c] * fg.candidateCount;
  return { a, n: recognisers(fg, c), p, raw: Math.sqrt(a * p) };
}

export const peerRecognition: IndexModule = {
  key: 'peer_recognition',
  label: { en: 'Recognised by the field’s actors', fr: 'Reconnaissance par les acteurs du milieu' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const fg = fieldGraphOf(ctx);
    for (let c = 0; c < C; c++) {
      out.evidence[c] = fg.evidence[c];
      const f = figures(fg, c);
      if (f.n > 0) out.raw[c] = f.raw;
    }
    return out;
  },
  explain(ctx, c, lang) {
    const fg = fieldGraphOf(ctx);
    const f = figures(fg, c);
    if (f.n === 0) return t(lang, 'Aucun compte du milieu ne la mentionne, ne la suit ni ne la cite.', 'No account of the field mentions, follows or cites this person.');
    const top = topRecognisers(fg, c, NAMED)
      .map((r) => fg.names[r.node])
      .join(', ');
    return t(
      lang,
      `Reconnue par ${num(f.n, lang, 0)} compte(s) distinct(s) (surtout : ${top}), ${num(f.p, lang, 2)} une fois pondérés par l’ancienneté ; autorité personnalisée ${num(f.a, lang, 2)} × la part d’un candidat : √(${num(f.a, lang, 2)} × ${num(f.p, lang, 2)}) = ${num(f.raw, lang, 2)}.`,
      `Recognised by ${num(f.n, lang, 0)} distinct account(s) (most: ${top}), ${num(f.p, lang, 2)} once weighted by age; personalised authority ${num(f.a, lang, 2)} × a candidate’s share: √(${num(f.a, lang, 2)} × ${num(f.p, lang, 2)}) = ${num(f.raw, lang, 2)}.`,
    );
  },
  describe(params, lang) {
    const d = FIELD_GRAPH_DEFAULTS;
    return {
      signal: t(
        lang,
        `Le graphe du milieu : le graphe d’interactions importé (abonnements, mentions, partages, réponses, citations) et les preuves « mention par un pair » (pair → personne, poids 0,5^(âge/${params.halfLifeDays} j)), les comptes reconnus comme candidats par leurs identités. Sur ce graphe, le PageRank personnalisé qui revient vers les candidats (amortissement ${num(d.damping, lang, 2)}, tolérance ${d.tolerance} en L1). Signal : √(A × P), où A est l’autorité de la personne divisée par la part de téléportation d’un candidat (1/C) et P le nombre de comptes distincts qui la mentionnent, la suivent ou la citent, chacun comptant min(1, poids de ses liens).`,
        `The field's graph: the imported interaction graph (follows, mentions, reposts, replies, citations) and the "peer mention" evidence (peer → person, weight 0.5^(age/${params.halfLifeDays} d)), accounts recognised as candidates through their identities. On it, personalised PageRank teleporting to the candidates (damping ${num(d.damping, lang, 2)}, L1 tolerance ${d.tolerance}). Signal: √(A × P), where A is the person's authority divided by a candidate's teleport share (1/C) and P the number of distinct accounts that mention, follow or cite them, each counting min(1, weight of its edges).`,
      ),
      references: [
        'Haveliwala, T. H. (2002). Topic-sensitive PageRank. Proceedings of WWW 2002.',
        'Page, L., Brin, S., Motwani, R., Winograd, T. (1999). The PageRank citation ranking: bringing order to the Web. Stanford InfoLab.',
        'Garfield, E. (1972). Citation analysis as a tool in journal evaluation. Science 178.',
      ],
      limits: t(
        lang,
        'Un pseudonyme sans plateforme (@marie) désigne le même compte partout : donner des URL quand c’est ambigu. Le graphe ne voit que les interactions importées ; un milieu mal couvert sous-estime les personnes discrètes en ligne.',
        'A handle without a platform (@marie) names the same account everywhere: give URLs where that is ambiguous. The graph sees only the imported interactions; a thinly covered field underrates people who are quiet online.',
      ),
    };
  },
};
