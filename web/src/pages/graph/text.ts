/** The graph page's words, in English and French (Québec); the discovery list's are i18n.tsx's `t.graph`. */
import type { Lang } from '../../i18n.js';

const en = {
  intro:
    'The field’s interaction graph: who mentions, reposts, cites and follows whom, as imported, with the candidates’ authority as seen from the field (personalised PageRank). Each colour is a community (Louvain); a node’s size is its authority.',
  drawing: 'Drawing of the graph',
  top: 'Accounts drawn',
  topOption: (n: string) => `top ${n} by authority`,
  search: 'Find an account',
  searchButton: 'Show',
  notFound: (q: string) => `No drawn account is called “${q}”. Draw more accounts or check the spelling.`,
  clear: 'Clear the selection',
  summary: (nodes: string, edges: string, total: string, communities: string, top: string) =>
    `Drawing of the field’s interaction graph: the ${nodes} accounts with the most authority (of ${total}) and the ${edges} links among them, in ${communities} communities. The largest is ${top}. The tables below give the same information.`,
  meta: (nodes: string, edges: string, totalNodes: string, totalEdges: string, asOf: string, modularity: string) =>
    `${nodes} of ${totalNodes} accounts and ${edges} of ${totalEdges} links drawn, as of ${asOf}; modularity ${modularity}.`,
  layout: 'Laying out the graph (ForceAtlas2)…',
  layoutDone: 'Layout done.',
  noWebgl: 'This browser cannot draw the graph (WebGL is unavailable or was refused). The tables below give the same information.',
  webglFailed: (why: string) => `The graph could not be drawn (${why}). The tables below give the same information.`,
  keys: 'Drag to move, scroll or pinch to zoom; hover or click an account to see who points to it.',
  glyphs: { candidate: 'Candidate (circle, full colour)', other: 'Other account (square, lighter)' },
  details: {
    title: 'Selected account',
    none: 'Hover or click an account in the drawing, or find one by name, to see it here.',
    authority: 'Authority',
    rank: 'Rank by authority',
    community: 'Community',
    kind: 'Kind',
    candidate: 'Candidate',
    other: 'Not a candidate',
    candidatePage: 'Open the candidate’s page',
    pointedBy: (n: string) => `Pointed to by ${n} drawn account(s)`,
    pointedByNone: 'No drawn account points to it.',
    more: (n: string) => `and ${n} more`,
    points: (n: string) => `Points to ${n} drawn account(s)`,
  },
  legend: {
    title: 'Communities',
    caption: 'Communities of the whole graph by their share of the field’s authority (the colour of their accounts in the drawing).',
    col: { colour: 'Colour', community: 'Community', share: 'Share of authority', size: 'Accounts', candidates: 'Candidates', leaders: 'Leading accounts (not candidates)' },
    name: (rank: string) => `Community ${rank}`,
    others: 'Other communities (grey)',
    noneShown: '—',
  },
  nodes: {
    title: 'Accounts drawn',
    table: 'Accounts drawn, by authority',
    col: { rank: '#', name: 'Account', authority: 'Authority', community: 'Community', kind: 'Kind', pointedBy: 'Pointed to by (drawn)', show: 'In the drawing' },
    show: 'Show',
    showLabel: (name: string) => `Show ${name} in the drawing`,
  },
  discoverTitle: 'Accounts to discover',
};

type GraphText = typeof en;

const fr: GraphText = {
  intro:
    'Le graphe d’interactions du milieu : qui mentionne, relaie, cite et suit qui, tel qu’importé, avec l’autorité des candidats vue du milieu (PageRank personnalisé). Chaque couleur est une communauté (Louvain); la taille d’un nœud est son autorité.',
  drawing: 'Dessin du graphe',
  top: 'Comptes dessinés',
  topOption: (n: string) => `les ${n} premiers par autorité`,
  search: 'Trouver un compte',
  searchButton: 'Montrer',
  notFound: (q: string) => `Aucun compte dessiné ne s’appelle « ${q} ». Dessinez plus de comptes ou vérifiez l’orthographe.`,
  clear: 'Effacer la sélection',
  summary: (nodes: string, edges: string, total: string, communities: string, top: string) =>
    `Dessin du graphe d’interactions du milieu : les ${nodes} comptes qui ont le plus d’autorité (sur ${total}) et les ${edges} liens entre eux, en ${communities} communautés. La plus grande est ${top}. Les tableaux ci-dessous donnent la même information.`,
  meta: (nodes: string, edges: string, totalNodes: string, totalEdges: string, asOf: string, modularity: string) =>
    `${nodes} comptes sur ${totalNodes} et ${edges} liens sur ${totalEdges} dessinés, au ${asOf}; modularité ${modularity}.`,
  layout: 'Disposition du graphe en cours (ForceAtlas2)…',
  layoutDone: 'Disposition terminée.',
  noWebgl: 'Ce navigateur ne peut pas dessiner le graphe (WebGL est indisponible ou a été refusé). Les tableaux ci-dessous donnent la même information.',
  webglFailed: (why: string) => `Le graphe n’a pas pu être dessiné (${why}). Les tableaux ci-dessous donnent la même information.`,
  keys: 'Glissez pour déplacer, faites défiler ou pincez pour zoomer; survolez ou cliquez un compte pour voir qui pointe vers lui.',
  glyphs: { candidate: 'Candidat (cercle, couleur pleine)', other: 'Autre compte (carré, plus pâle)' },
  details: {
    title: 'Compte sélectionné',
    none: 'Survolez ou cliquez un compte dans le dessin, ou trouvez-le par son nom, pour le voir ici.',
    authority: 'Autorité',
    rank: 'Rang par autorité',
    community: 'Communauté',
    kind: 'Nature',
    candidate: 'Candidat',
    other: 'Pas un candidat',
    candidatePage: 'Ouvrir la page du candidat',
    pointedBy: (n: string) => `${n} compte(s) dessiné(s) pointent vers lui`,
    pointedByNone: 'Aucun compte dessiné ne pointe vers lui.',
    more: (n: string) => `et ${n} autres`,
    points: (n: string) => `Pointe vers ${n} compte(s) dessiné(s)`,
  },
  legend: {
    title: 'Communautés',
    caption: 'Les communautés du graphe entier par leur part de l’autorité du milieu (la couleur de leurs comptes dans le dessin).',
    col: { colour: 'Couleur', community: 'Communauté', share: 'Part de l’autorité', size: 'Comptes', candidates: 'Candidats', leaders: 'Comptes en tête (non candidats)' },
    name: (rank: string) => `Communauté ${rank}`,
    others: 'Autres communautés (gris)',
    noneShown: '—',
  },
  nodes: {
    title: 'Comptes dessinés',
    table: 'Comptes dessinés, par autorité',
    col: { rank: 'no', name: 'Compte', authority: 'Autorité', community: 'Communauté', kind: 'Nature', pointedBy: 'Pointé par (dessinés)', show: 'Dans le dessin' },
    show: 'Montrer',
    showLabel: (name: string) => `Montrer ${name} dans le dessin`,
  },
  discoverTitle: 'Comptes à découvrir',
};

export const GRAPH_TEXT: Record<Lang, GraphText> = { en, fr };
