/**
 * French (Québec) and English: every word the pages show, the number and date formats of
 * fr-CA and en-CA (Intl), and the language switch, kept in localStorage. The index and
 * evidence-kind names come from the core, so the app says what the reports say.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { IndexKey } from '../../src/core/domain.js';
import { EVIDENCE_KINDS } from '../../src/core/evidence/kinds.js';
import { indexLabel } from '../../src/core/indices/registry.js';

export type Lang = 'fr' | 'en';
export const LOCALES: Record<Lang, string> = { fr: 'fr-CA', en: 'en-CA' };
export const LANG_KEY = 'eclaireur.lang';

const en = {
  app: 'Éclaireur',
  tagline: 'Thought-leadership workbench',
  skip: 'Skip to content',
  nav: { label: 'Main', rankings: 'Rankings', compare: 'Compare runs', imports: 'Imports', graph: 'The field’s graph', published: 'Published rankings', audience: 'Audiences', strategy: 'Strategy', calendar: 'Calendar', maturity: 'Maturity', reports: 'Reports' },
  language: 'Language',
  field: 'Field',
  loading: 'Loading…',
  error: 'Something went wrong',
  retry: 'Try again',
  noField: 'The store has no field yet. Create one with `eclaireur init` or start on an empty store to get the demonstration workspace.',
  rankings: {
    title: 'Rankings',
    run: 'Run',
    noRun: 'This field has no saved ranking run yet. Run one with `eclaireur rank` or POST /api/fields/:id/rankings.',
    asOf: (d: string) => `as of ${d}`,
    summary: (ranked: string, candidates: string, evidence: string) => `${ranked} ranked of ${candidates} candidates, ${evidence} evidence items`,
    weights: 'Weights',
    weightsHelp: 'Move a weight: the ranking is recomputed in your browser from the run’s index scores, with the same arithmetic as the core. The saved run does not change.',
    reset: 'Reset to the run’s weights',
    changed: 'Re-ranked with your weights (not saved). The rank intervals are still those of the saved run.',
    zero: 'All weights are zero: no ranking is defined. Raise at least one weight.',
    filter: 'Filter by name or key',
    shown: (n: string, total: string) => `${n} of ${total} shown`,
    col: { rank: 'Rank', change: 'Change', name: 'Candidate', score: 'Score', interval: 'Rank interval', evidence: 'Indices with evidence' },
    intervalHelp: 'Rank interval: 5th–95th percentile of the rank when the weights are perturbed (from the saved run).',
    sortBy: (col: string) => `Sort by ${col}`,
    up: (n: string) => `up ${n}`,
    down: (n: string) => `down ${n}`,
    same: 'no change',
    table: 'Ranked candidates',
    weightsSuffix: 'weights',
    downloading: (got: string, total: string) => `Loading the run… ${got} of ${total} MB`,
    saveLabel: 'Name of the new run',
    save: 'Rank again and save with these weights',
    saving: (p: string) => `Ranking (with rank intervals)… ${p}`,
  },
  candidate: {
    back: 'Back to the ranking',
    notRanked: 'Not ranked in this run (no evidence for any index as of its date).',
    rank: 'Rank',
    score: 'Score',
    interval: 'Rank interval',
    indices: 'Indices',
    index: 'Index',
    indexScore: 'Score (0–100)',
    weight: 'Weight',
    contribution: 'Contribution',
    evidenceCount: 'Evidence items',
    explanation: 'Explanation',
    missing: 'missing',
    evidence: 'Evidence',
    evidenceOf: (label: string, n: string) => `${label}: ${n} item(s)`,
    kind: 'Kind',
    date: 'Date',
    value: 'Value',
    platform: 'Platform',
    peer: 'Peer',
    country: 'Country',
    source: 'Source',
    origin: 'Imported from',
    identities: 'Identities',
    handle: 'Handle or URL',
    verified: 'Verified',
    yes: 'yes',
    no: 'no',
    externalRanks: 'Other rankings',
    list: 'List',
    position: 'Position',
    none: 'None.',
    showAll: (n: string) => `Show all ${n}`,
  },
  compare: {
    title: 'Compare two runs',
    a: 'Earlier run',
    b: 'Later run',
    needTwo: 'Comparing needs two saved runs.',
    status: 'Show',
    all: 'everyone',
    statuses: { rose: 'rose', fell: 'fell', entered: 'entered', left: 'left', unchanged: 'unchanged' } as Record<string, string>,
    counts: 'Counts',
    col: { candidate: 'Candidate', status: 'Status', before: 'Rank before', after: 'Rank after', change: 'Change', scoreChange: 'Score change', drivers: 'What moved them' },
    table: 'Moves between the two runs',
  },
  imports: {
    title: 'Imports',
    intro: 'Evidence files: CSV, TSV, TXT, XLSX or JSON, with the columns of the template. An import writes everything or nothing: if one row is wrong, nothing is written and every problem is listed.',
    drop: 'Drop files here, or choose them',
    choose: 'Choose files',
    locale: 'Number and date convention',
    locales: { auto: 'detect', fr: 'French (1 234,5; 27/11/2026)', en: 'English (1,234.5; 11/27/2026)' } as Record<string, string>,
    templates: 'Templates',
    template: (lang: string, format: string) => `${format.toUpperCase()} template, ${lang === 'fr' ? 'French' : 'English'} columns`,
    uploading: (p: string) => `Uploading… ${p}`,
    importing: (p: string) => `Importing… ${p}`,
    queued: 'Waiting for another import to finish…',
    succeeded: 'Imported.',
    added: (rows: string, c: string, e: string, i: string, r: string) => `${rows} rows read: ${c} new candidate(s), ${e} evidence item(s), ${i} identit(ies), ${r} external rank(s).`,
    failed: 'The import failed; the store is unchanged.',
    failedShort: 'The import failed:',
    problems: 'Problems',
    col: { file: 'File', line: 'Line', column: 'Column', detail: 'Problem' },
    counts: (c: string, e: string) => `The field holds ${c} candidates and ${e} evidence items.`,
    evidenceTitle: 'Evidence files',
    strategyFile: {
      title: 'The strategy file',
      intro: 'A strategy written as a file (YAML or JSON, as `eclaireur strategy export` writes it; the reports page downloads the current one) replaces the current cycle’s strategy. Every problem is listed with its line and column, and then nothing is written.',
      saved: (file: string, cycle: string) => `${file}: saved as the strategy of cycle ${cycle}.`,
    },
    edges: {
      title: 'The field’s interaction graph',
      intro: 'Edge lists — who follows, mentions, reposts, replies to or cites whom: source, target, optional weight and kind; CSV, TSV or space-separated, optionally gzip-compressed (.gz). Accounts are matched to candidates by their handles and URLs; the others stay in the graph as accounts to discover. If one line is wrong, nothing is written.',
      delimiter: 'Separator',
      delimiters: { auto: 'detect', ',': 'comma', ';': 'semicolon', '\t': 'tab', whitespace: 'spaces or tabs' } as Record<string, string>,
      header: 'First line',
      headers: { auto: 'detect', yes: 'is a header', no: 'is data' } as Record<string, string>,
      added: (file: string, lines: string, nodes: string, edges: string, updated: string) => `${file}: ${lines} lines read, ${nodes} new account(s), ${edges} new link(s), ${updated} weight(s) changed.`,
    },
  },
  graph: {
    title: 'The field’s graph',
    intro: 'Accounts the field’s candidates point to that are not candidates themselves, by authority on the field’s graph: who are we missing?',
    noGraph: 'This field has no interaction graph yet (eclaireur graph import).',
    col: { account: 'Account', authority: 'Authority', candidates: 'Candidates pointing', pointedBy: 'Pointed to by (first)' },
    size: (nodes: string, edges: string, asOf: string) => `${nodes} accounts, ${edges} links, as of ${asOf}`,
    table: 'Accounts to discover',
    later: 'The drawing of the graph (WebGL) comes later.',
  },
  newField: {
    link: 'New field',
    title: 'A new field of influence',
    intro: 'A field is a topic and a market whose thought leaders you rank: its candidates, their evidence, its graph, its strategy. After creating it, import its evidence.',
    topic: 'Topic',
    region: 'Home region (ISO 3166 code, e.g. CA-QC; empty for worldwide)',
    languages: 'Languages (ISO 639-1 codes, e.g. fr, en)',
    create: 'Create the field',
  },
  published: {
    title: 'Published rankings',
    intro: 'The field’s other published rankings (imported with the evidence, or matched with `eclaireur rankings match`): their consensus, and the entries whose match to a candidate needs a person.',
    review: 'To review',
    reviewHelp: 'Entries of published lists whose match to a candidate is doubtful. A decision is kept and reused the next time a list is matched.',
    reviewEmpty: 'Nothing to review.',
    entry: (list: string, year: string, rank: string) => `${list}${year ? ` (${year})` : ''}, rank ${rank}`,
    isWho: 'This entry is',
    proposed: (pct: string) => `proposed, similarity ${pct} %`,
    noProposal: 'No candidate is close enough to propose.',
    accept: 'This candidate',
    reject: 'None of the candidates',
    create: 'A new candidate',
    decided: (entry: string, decision: string, who: string | null) =>
      decision === 'accepted' ? `${entry}: matched to ${who}.` : decision === 'created' ? `${entry}: added as a new candidate (${who}).` : `${entry}: not a candidate.`,
    consensus: 'Consensus of the published rankings',
    method: 'Method',
    methods: { borda: 'Borda count', mc4: 'Markov chain (MC4)', localKemeny: 'Local Kemeny', kemeny: 'Kemeny (exact, ≤ 16 candidates)', rra: 'Robust rank aggregation (p-values)' } as Record<string, string>,
    lists: (n: string) => `${n} list(s)`,
    col: { rank: 'Rank', candidate: 'Candidate', score: 'Score', lists: 'Lists', pValue: 'p-value' },
    match: {
      title: 'Match a published list',
      help: 'A list as published: a rank (or a band such as 101–150, or a score), a name, and a handle or profile URL when there is one; CSV, TSV, XLSX or JSON. Each entry is matched to the candidates — identifier, then name, then spelling — and a person’s earlier decisions are reused. Check the result, then match again with “store” ticked.',
      file: 'List file',
      name: 'Name of the list',
      year: 'Year',
      size: 'Entries published',
      apply: 'Store the matched ranks and queue the doubtful entries',
      create: 'Unmatched entries become candidates',
      run: 'Match',
      busy: 'Matching…',
      summary: (n: string, m: string, r: string, u: string) => `${n} entries: ${m} matched, ${r} to review, ${u} not matched.`,
      stored: (s: string, q: string, c: string) => `Stored ${s} new rank(s); ${q} entr(ies) to review; ${c} new candidate(s).`,
      decisions: { match: 'matched', review: 'to review', 'no-match': 'not matched' } as Record<string, string>,
      or: 'or',
      col: { line: 'Line', rank: 'Rank', entry: 'Entry', decision: 'Decision', candidate: 'Candidate', score: 'Similarity' },
    },
  },
  reports: {
    title: 'Reports and exports',
    intro: 'Every file Éclaireur writes, as the command line writes it. Reports open in a new tab or download.',
    ranking: 'A ranking run',
    rankingHelp: 'The report of a saved run: HTML (self-contained, with the evidence behind the first candidates and the changes since an earlier run), Excel workbook (ranking, scores, contributions, methodology), CSV, or the result’s JSON, byte for byte as saved.',
    run: 'Run',
    compareWith: 'Changes since (HTML)',
    noCompare: 'none',
    details: 'Candidates whose evidence is listed (HTML)',
    language: 'Language of the report',
    formats: { html: 'HTML report', xlsx: 'Excel workbook (XLSX)', csv: 'CSV', json: 'Result (JSON)' } as Record<string, string>,
    noRun: 'No saved run yet.',
    strategy: 'The strategy',
    strategyHelp: 'The strategy document of the current cycle (seven sections, the checker’s findings, the maturity stage, the calendar), and the editorial calendar.',
    strategyFormats: { html: 'Strategy report (HTML)', md: 'Strategy report (Markdown)', pdf: 'Strategy report (PDF, needs Chromium on the server)', ics: 'Calendar (iCalendar, .ics)', csv: 'Calendar (CSV)', hootsuite: 'Calendar (CSV, Hootsuite bulk upload)', yaml: 'Strategy file (YAML, as eclaireur strategy export writes it)', json: 'Strategy file (JSON)' } as Record<string, string>,
    templates: 'Import templates',
    api: 'Everything above is also in the API (OpenAPI description):',
  },
  notFound: 'No such page.',
};

export type Messages = typeof en;

const fr: Messages = {
  app: 'Éclaireur',
  tagline: 'Atelier de leadership éclairé',
  skip: 'Aller au contenu',
  nav: { label: 'Principale', rankings: 'Classements', compare: 'Comparer deux palmarès', imports: 'Importations', graph: 'Le graphe du milieu', published: 'Palmarès publiés', audience: 'Auditoires', strategy: 'Stratégie', calendar: 'Calendrier', maturity: 'Maturité', reports: 'Rapports' },
  language: 'Langue',
  field: 'Milieu',
  loading: 'Chargement…',
  error: 'Une erreur est survenue',
  retry: 'Réessayer',
  noField: 'La base ne contient encore aucun milieu. Créez-en un avec « eclaireur init », ou démarrez sur une base vide pour obtenir l’espace de démonstration.',
  rankings: {
    title: 'Classement',
    run: 'Palmarès',
    noRun: 'Ce milieu n’a encore aucun palmarès enregistré. Lancez-en un avec « eclaireur rank » ou POST /api/fields/:id/rankings.',
    asOf: (d: string) => `au ${d}`,
    summary: (ranked: string, candidates: string, evidence: string) => `${ranked} classés sur ${candidates} candidats, ${evidence} preuves`,
    weights: 'Pondérations',
    weightsHelp: 'Déplacez une pondération : le classement est recalculé dans votre navigateur à partir des scores d’indice du palmarès, avec la même arithmétique que le cœur. Le palmarès enregistré ne change pas.',
    reset: 'Revenir aux pondérations du palmarès',
    changed: 'Reclassé avec vos pondérations (non enregistré). Les intervalles de rang restent ceux du palmarès enregistré.',
    zero: 'Toutes les pondérations sont nulles : aucun classement n’est défini. Augmentez au moins une pondération.',
    filter: 'Filtrer par nom ou identifiant',
    shown: (n: string, total: string) => `${n} sur ${total} affichés`,
    col: { rank: 'Rang', change: 'Variation', name: 'Candidat', score: 'Score', interval: 'Intervalle de rang', evidence: 'Indices appuyés' },
    intervalHelp: 'Intervalle de rang : 5e et 95e centiles du rang quand les pondérations sont perturbées (du palmarès enregistré).',
    sortBy: (col: string) => `Trier par ${col}`,
    up: (n: string) => `monte de ${n}`,
    down: (n: string) => `descend de ${n}`,
    same: 'inchangé',
    table: 'Candidats classés',
    weightsSuffix: 'ponderations',
    downloading: (got: string, total: string) => `Chargement du palmarès… ${got} sur ${total} Mo`,
    saveLabel: 'Nom du nouveau palmarès',
    save: 'Reclasser et enregistrer avec ces pondérations',
    saving: (p: string) => `Classement (avec intervalles de rang)… ${p}`,
  },
  candidate: {
    back: 'Retour au classement',
    notRanked: 'Non classé dans ce palmarès (aucune preuve pour aucun indice à sa date).',
    rank: 'Rang',
    score: 'Score',
    interval: 'Intervalle de rang',
    indices: 'Indices',
    index: 'Indice',
    indexScore: 'Score (0–100)',
    weight: 'Pondération',
    contribution: 'Contribution',
    evidenceCount: 'Preuves',
    explanation: 'Explication',
    missing: 'manquant',
    evidence: 'Preuves',
    evidenceOf: (label: string, n: string) => `${label} : ${n} preuve(s)`,
    kind: 'Type',
    date: 'Date',
    value: 'Valeur',
    platform: 'Plateforme',
    peer: 'Pair',
    country: 'Pays',
    source: 'Source',
    origin: 'Importé de',
    identities: 'Identités',
    handle: 'Pseudonyme ou URL',
    verified: 'Vérifiée',
    yes: 'oui',
    no: 'non',
    externalRanks: 'Autres classements',
    list: 'Liste',
    position: 'Position',
    none: 'Aucun.',
    showAll: (n: string) => `Afficher les ${n}`,
  },
  compare: {
    title: 'Comparer deux palmarès',
    a: 'Palmarès antérieur',
    b: 'Palmarès ultérieur',
    needTwo: 'Il faut deux palmarès enregistrés pour comparer.',
    status: 'Afficher',
    all: 'tout le monde',
    statuses: { rose: 'en hausse', fell: 'en baisse', entered: 'entrés', left: 'sortis', unchanged: 'inchangés' },
    counts: 'Décompte',
    col: { candidate: 'Candidat', status: 'Statut', before: 'Rang avant', after: 'Rang après', change: 'Variation', scoreChange: 'Variation du score', drivers: 'Ce qui les a fait bouger' },
    table: 'Mouvements entre les deux palmarès',
  },
  imports: {
    title: 'Importations',
    intro: 'Fichiers de preuves : CSV, TSV, TXT, XLSX ou JSON, avec les colonnes du gabarit. Une importation écrit tout ou rien : si une ligne est fautive, rien n’est écrit et chaque problème est listé.',
    drop: 'Déposez les fichiers ici, ou choisissez-les',
    choose: 'Choisir des fichiers',
    locale: 'Convention des nombres et des dates',
    locales: { auto: 'détecter', fr: 'française (1 234,5; 27/11/2026)', en: 'anglaise (1,234.5; 11/27/2026)' },
    templates: 'Gabarits',
    template: (lang: string, format: string) => `Gabarit ${format.toUpperCase()}, colonnes en ${lang === 'fr' ? 'français' : 'anglais'}`,
    uploading: (p: string) => `Téléversement… ${p}`,
    importing: (p: string) => `Importation… ${p}`,
    queued: 'En attente de la fin d’une autre importation…',
    succeeded: 'Importé.',
    added: (rows: string, c: string, e: string, i: string, r: string) => `${rows} lignes lues : ${c} nouveau(x) candidat(s), ${e} preuve(s), ${i} identité(s), ${r} rang(s) externe(s).`,
    failed: 'L’importation a échoué; la base est inchangée.',
    failedShort: 'L’importation a échoué :',
    problems: 'Problèmes',
    col: { file: 'Fichier', line: 'Ligne', column: 'Colonne', detail: 'Problème' },
    counts: (c: string, e: string) => `Le milieu compte ${c} candidats et ${e} preuves.`,
    evidenceTitle: 'Fichiers de preuves',
    strategyFile: {
      title: 'Le fichier de stratégie',
      intro: 'Une stratégie écrite dans un fichier (YAML ou JSON, tel qu’`eclaireur strategy export` l’écrit; la page des rapports télécharge celle en cours) remplace la stratégie du cycle en cours. Chaque problème est donné avec sa ligne et sa colonne, et rien n’est alors écrit.',
      saved: (file: string, cycle: string) => `${file} : conservé comme stratégie du cycle ${cycle}.`,
    },
    edges: {
      title: 'Le graphe d’interactions du milieu',
      intro: 'Listes de liens — qui suit, mentionne, relaie, répond à ou cite qui : source, cible, poids et type facultatifs; CSV, TSV ou séparés par des espaces, compressés ou non (.gz). Les comptes sont reliés aux candidats par leurs identifiants et adresses; les autres restent dans le graphe, comptes à découvrir. Si une ligne est fautive, rien n’est écrit.',
      delimiter: 'Séparateur',
      delimiters: { auto: 'détecter', ',': 'virgule', ';': 'point-virgule', '\t': 'tabulation', whitespace: 'espaces ou tabulations' } as Record<string, string>,
      header: 'Première ligne',
      headers: { auto: 'détecter', yes: 'est un en-tête', no: 'est une donnée' } as Record<string, string>,
      added: (file: string, lines: string, nodes: string, edges: string, updated: string) => `${file} : ${lines} lignes lues, ${nodes} nouveau(x) compte(s), ${edges} nouveau(x) lien(s), ${updated} poids modifié(s).`,
    },
  },
  graph: {
    title: 'Le graphe du milieu',
    intro: 'Les comptes vers lesquels pointent les candidats du milieu sans être candidats eux-mêmes, par autorité dans le graphe du milieu : qui nous manque-t-il?',
    noGraph: 'Ce milieu n’a pas encore de graphe d’interactions (eclaireur graph import).',
    col: { account: 'Compte', authority: 'Autorité', candidates: 'Candidats qui y pointent', pointedBy: 'Désigné par (premiers)' },
    size: (nodes: string, edges: string, asOf: string) => `${nodes} comptes, ${edges} liens, au ${asOf}`,
    table: 'Comptes à découvrir',
    later: 'Le dessin du graphe (WebGL) viendra plus tard.',
  },
  newField: {
    link: 'Nouveau milieu',
    title: 'Un nouveau milieu d’influence',
    intro: 'Un milieu est un sujet et un marché dont vous classez les leaders d’opinion : ses candidats, leurs preuves, son graphe, sa stratégie. Une fois créé, importez ses preuves.',
    topic: 'Sujet',
    region: 'Région d’attache (code ISO 3166, p. ex. CA-QC; vide pour le monde entier)',
    languages: 'Langues (codes ISO 639-1, p. ex. fr, en)',
    create: 'Créer le milieu',
  },
  published: {
    title: 'Palmarès publiés',
    intro: 'Les autres palmarès publiés du milieu (importés avec les preuves, ou rapprochés avec `eclaireur rankings match`) : leur consensus, et les entrées dont le rapprochement avec un candidat demande une personne.',
    review: 'À vérifier',
    reviewHelp: 'Entrées de palmarès publiés dont le rapprochement avec un candidat est douteux. Une décision est conservée et réutilisée au prochain rapprochement d’une liste.',
    reviewEmpty: 'Rien à vérifier.',
    entry: (list: string, year: string, rank: string) => `${list}${year ? ` (${year})` : ''}, rang ${rank}`,
    isWho: 'Cette entrée est',
    proposed: (pct: string) => `proposé, similarité ${pct} %`,
    noProposal: 'Aucun candidat n’est assez proche pour être proposé.',
    accept: 'Ce candidat',
    reject: 'Aucun des candidats',
    create: 'Un nouveau candidat',
    decided: (entry: string, decision: string, who: string | null) =>
      decision === 'accepted' ? `${entry} : rapprochée de ${who}.` : decision === 'created' ? `${entry} : ajoutée comme nouveau candidat (${who}).` : `${entry} : n’est pas un candidat.`,
    consensus: 'Consensus des palmarès publiés',
    method: 'Méthode',
    methods: { borda: 'Compte de Borda', mc4: 'Chaîne de Markov (MC4)', localKemeny: 'Kemeny local', kemeny: 'Kemeny (exact, ≤ 16 candidats)', rra: 'Agrégation robuste des rangs (valeurs p)' } as Record<string, string>,
    lists: (n: string) => `${n} liste(s)`,
    col: { rank: 'Rang', candidate: 'Candidat', score: 'Score', lists: 'Listes', pValue: 'valeur p' },
    match: {
      title: 'Rapprocher un palmarès publié',
      help: 'Une liste telle que publiée : un rang (ou une tranche comme 101–150, ou un score), un nom, et un compte ou l’adresse d’un profil s’il y en a; CSV, TSV, XLSX ou JSON. Chaque entrée est rapprochée des candidats — identifiant, puis nom, puis graphie — et les décisions déjà prises par une personne sont reprises. Vérifiez le résultat, puis rapprochez de nouveau en cochant « conserver ».',
      file: 'Fichier de la liste',
      name: 'Nom de la liste',
      year: 'Année',
      size: 'Entrées publiées',
      apply: 'Conserver les rangs rapprochés et mettre les entrées douteuses en vérification',
      create: 'Les entrées non rapprochées deviennent des candidats',
      run: 'Rapprocher',
      busy: 'Rapprochement…',
      summary: (n: string, m: string, r: string, u: string) => `${n} entrées : ${m} rapprochées, ${r} à vérifier, ${u} non rapprochées.`,
      stored: (s: string, q: string, c: string) => `${s} nouveau(x) rang(s) conservé(s); ${q} entrée(s) à vérifier; ${c} nouveau(x) candidat(s).`,
      decisions: { match: 'rapprochée', review: 'à vérifier', 'no-match': 'non rapprochée' } as Record<string, string>,
      or: 'ou',
      col: { line: 'Ligne', rank: 'Rang', entry: 'Entrée', decision: 'Décision', candidate: 'Candidat', score: 'Similarité' },
    },
  },
  reports: {
    title: 'Rapports et exportations',
    intro: 'Tous les fichiers qu’Éclaireur produit, tels que la ligne de commande les écrit. Les rapports s’ouvrent dans un nouvel onglet ou se téléchargent.',
    ranking: 'Un palmarès',
    rankingHelp: 'Le rapport d’un palmarès enregistré : HTML (autonome, avec les preuves des premiers candidats et les changements depuis un palmarès antérieur), classeur Excel (classement, scores, contributions, méthodologie), CSV, ou le JSON du résultat, octet pour octet tel qu’enregistré.',
    run: 'Palmarès',
    compareWith: 'Changements depuis (HTML)',
    noCompare: 'aucun',
    details: 'Candidats dont les preuves sont listées (HTML)',
    language: 'Langue du rapport',
    formats: { html: 'Rapport HTML', xlsx: 'Classeur Excel (XLSX)', csv: 'CSV', json: 'Résultat (JSON)' } as Record<string, string>,
    noRun: 'Aucun palmarès enregistré.',
    strategy: 'La stratégie',
    strategyHelp: 'Le document de stratégie du cycle en cours (sept sections, constats du vérificateur, stade de maturité, calendrier), et le calendrier éditorial.',
    strategyFormats: { html: 'Rapport de stratégie (HTML)', md: 'Rapport de stratégie (Markdown)', pdf: 'Rapport de stratégie (PDF, demande Chromium sur le serveur)', ics: 'Calendrier (iCalendar, .ics)', csv: 'Calendrier (CSV)', hootsuite: 'Calendrier (CSV, import en lot Hootsuite)', yaml: 'Fichier de stratégie (YAML, tel qu’eclaireur strategy export l’écrit)', json: 'Fichier de stratégie (JSON)' } as Record<string, string>,
    templates: 'Gabarits d’importation',
    api: 'Tout ceci est aussi dans l’API (description OpenAPI) :',
  },
  notFound: 'Cette page n’existe pas.',
};

export const MESSAGES: Record<Lang, Messages> = { en, fr };

export interface Formats {
  /** A number with at most `digits` decimals (and at least `min`). */
  num(x: number, digits?: number, min?: number): string;
  int(n: number): string;
  /** A signed number (+3, −2). */
  signed(x: number, digits?: number, min?: number): string;
  /** An ISO date (YYYY-MM-DD) as a long date. */
  date(iso: string | null): string;
  /** An ISO date in short form (27 nov. 2026, Nov 27, 2026). */
  shortDate(iso: string | null): string;
  dateTime(iso: string): string;
}

export function formats(lang: Lang): Formats {
  const locale = LOCALES[lang];
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (max: number, min: number, sign: boolean): Intl.NumberFormat => {
    const key = `${max}:${min}:${sign}`;
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: max, minimumFractionDigits: min, signDisplay: sign ? 'exceptZero' : 'auto' })));
    return f;
  };
  const dateF = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const shortF = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeF = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    num: (x, digits = 2, min = 0) => nf(digits, Math.min(min, digits), false).format(x),
    int: (n) => nf(0, 0, false).format(n),
    signed: (x, digits = 0, min = 0) => nf(digits, Math.min(min, digits), true).format(x),
    date: (iso) => (iso ? dateF.format(new Date(`${iso}T00:00:00Z`)) : '—'),
    shortDate: (iso) => (iso ? shortF.format(new Date(`${iso}T00:00:00Z`)) : '—'),
    dateTime: (iso) => dateTimeF.format(new Date(iso)),
  };
}

export function indexName(key: IndexKey, lang: Lang): string {
  return indexLabel(key, lang);
}

const KIND_LABELS = new Map(EVIDENCE_KINDS.map((k) => [k.name as string, k.label]));
export function kindName(kind: string, lang: Lang): string {
  return KIND_LABELS.get(kind)?.[lang] ?? kind;
}

export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'fr' || saved === 'en') return saved;
  } catch {
    // Storage may be unavailable (private mode): fall back to the browser's language.
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The language the API is asked to answer in (problem details in French or English). */
export let currentLang: Lang = 'en';

interface I18n {
  lang: Lang;
  setLang(l: Lang): void;
  t: Messages;
  f: Formats;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  currentLang = lang;
  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (l) => {
        try {
          localStorage.setItem(LANG_KEY, l);
        } catch {
          // Not kept across visits, but switched now.
        }
        setLangState(l);
      },
      t: MESSAGES[lang],
      f: formats(lang),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
