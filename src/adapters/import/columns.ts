/**
 * The columns of an Éclaireur import file (the "long" format: one row = one fact), in one table:
 * for each column its canonical id, its English and Québec French names, other spellings
 * accepted, and what it holds, in both languages. The reader matches header cells against it,
 * the unknown-column message lists it, and the template writer writes it.
 *
 * Header cells are compared folded, following `foldName` of core/evidence/kinds.ts: case and
 * accents ignored, spaces, underscores and hyphens equivalent (`Année liste` = `annee_liste`).
 * The file's language is the one most of its recognised headers are written in (a name that
 * is the same in both languages, such as `date` or `url`, counts for neither).
 */
import type { EvidenceKindName, IndexKey, Lang } from '../../core/domain.js';
import { foldName } from '../../core/evidence/kinds.js';

export type ColumnId =
  | 'candidate'
  | 'name'
  | 'kind'
  | 'date'
  | 'value'
  | 'platform'
  | 'handle'
  | 'url'
  | 'verified'
  | 'peer'
  | 'country'
  | 'language'
  | 'fake_share'
  | 'list'
  | 'list_year'
  | 'list_size'
  | 'band_end'
  | 'source'
  | 'note';

export interface ColumnSpec {
  id: ColumnId;
  /** The name written in templates and messages, per language. */
  names: Record<Lang, string>;
  /** Other accepted header spellings, by language (null: same in both). */
  aliases: readonly { text: string; lang: Lang | null }[];
  description: Record<Lang, string>;
  /** Column width in the XLSX template, in characters. */
  width: number;
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    id: 'candidate',
    names: { en: 'candidate', fr: 'candidat' },
    aliases: [
      { text: 'candidate_key', lang: 'en' },
      { text: 'key', lang: 'en' },
      { text: 'cle', lang: 'fr' },
      { text: 'cle_candidat', lang: 'fr' },
    ],
    description: {
      en: 'Your stable key for the person, e.g. emilie-cote-tremblay. Empty: derived from the name.',
      fr: 'Votre clé stable pour la personne, p. ex. emilie-cote-tremblay. Vide : tirée du nom.',
    },
    width: 24,
  },
  {
    id: 'name',
    names: { en: 'name', fr: 'nom' },
    aliases: [{ text: 'display_name', lang: 'en' }, { text: 'nom_affiche', lang: 'fr' }],
    description: {
      en: 'Name of the person as displayed. Required on at least one row of each candidate.',
      fr: 'Nom de la personne tel qu’affiché. Obligatoire sur au moins une ligne de chaque candidat.',
    },
    width: 26,
  },
  {
    id: 'kind',
    names: { en: 'kind', fr: 'type' },
    aliases: [{ text: 'evidence_kind', lang: 'en' }, { text: 'type_de_preuve', lang: 'fr' }],
    description: {
      en: 'Kind of fact: one of the kinds listed in the "guide" sheet (English or French name).',
      fr: 'Type de fait : un des types de la feuille « guide » (nom français ou anglais).',
    },
    width: 22,
  },
  {
    id: 'date',
    names: { en: 'date', fr: 'date' },
    aliases: [],
    description: {
      en: 'Date of the fact: 2018-11-27, 2018-11, 2018, November 27, 2018, 27 Nov 2018, 27/11/2018 (day first with --locale fr, month first with --locale en).',
      fr: 'Date du fait : 2018-11-27, 2018-11, 2018, 27 novembre 2018, 1er novembre 2018, 27/11/2018 (jour d’abord avec --locale fr, mois d’abord avec --locale en).',
    },
    width: 14,
  },
  {
    id: 'value',
    names: { en: 'value', fr: 'valeur' },
    aliases: [],
    description: {
      en: 'Number whose meaning depends on the kind (see the "guide" sheet): 12345, 12,345.6, 12 345,6, 35 %, 1.2k, 1.2M.',
      fr: 'Nombre dont le sens dépend du type (voir la feuille « guide ») : 12345, 12 345,6, 35 %, 1,2 k, 1,2 M.',
    },
    width: 12,
  },
  {
    id: 'platform',
    names: { en: 'platform', fr: 'plateforme' },
    aliases: [{ text: 'network', lang: 'en' }, { text: 'reseau', lang: 'fr' }, { text: 'reseau_social', lang: 'fr' }],
    description: {
      en: 'Platform: linkedin, x, youtube, facebook, instagram, bluesky, mastodon, tiktok… (Twitter is written x).',
      fr: 'Plateforme : linkedin, x, youtube, facebook, instagram, bluesky, mastodon, tiktok… (Twitter s’écrit x).',
    },
    width: 14,
  },
  {
    id: 'handle',
    names: { en: 'handle', fr: 'identifiant' },
    aliases: [{ text: 'username', lang: 'en' }, { text: 'nom_utilisateur', lang: 'fr' }, { text: 'pseudo', lang: 'fr' }],
    description: {
      en: 'Handle of the profile on the platform, e.g. @emiliecote.',
      fr: 'Identifiant du profil sur la plateforme, p. ex. @emiliecote.',
    },
    width: 20,
  },
  {
    id: 'url',
    names: { en: 'url', fr: 'url' },
    aliases: [{ text: 'link', lang: 'en' }, { text: 'lien', lang: 'fr' }, { text: 'adresse', lang: 'fr' }],
    description: {
      en: 'Address of the profile, website or knowledge-base entry (https://…).',
      fr: 'Adresse du profil, du site ou de l’entrée de base de connaissances (https://…).',
    },
    width: 36,
  },
  {
    id: 'verified',
    names: { en: 'verified', fr: 'vérifié' },
    aliases: [],
    description: {
      en: 'Profile verified as the person’s own (linked both ways): yes or no (empty = no).',
      fr: 'Profil vérifié comme étant celui de la personne (liens réciproques) : oui ou non (vide = non).',
    },
    width: 10,
  },
  {
    id: 'peer',
    names: { en: 'peer', fr: 'pair' },
    aliases: [],
    description: {
      en: 'The peer who mentions, reposts, cites or follows the candidate: handle, URL or name.',
      fr: 'Le pair qui mentionne, relaie, cite ou suit le candidat : identifiant, URL ou nom.',
    },
    width: 20,
  },
  {
    id: 'country',
    names: { en: 'country', fr: 'pays' },
    aliases: [],
    description: {
      en: 'Country: ISO code (CA, US, FR…) or name in English or French.',
      fr: 'Pays : code ISO (CA, US, FR…) ou nom en français ou en anglais.',
    },
    width: 10,
  },
  {
    id: 'language',
    names: { en: 'language', fr: 'langue' },
    aliases: [{ text: 'lang', lang: null }],
    description: {
      en: 'Language: ISO 639-1 code (fr, en, es…) or name in English or French.',
      fr: 'Langue : code ISO 639-1 (fr, en, es…) ou nom en français ou en anglais.',
    },
    width: 10,
  },
  {
    id: 'fake_share',
    names: { en: 'fake_share', fr: 'part_faux' },
    aliases: [{ text: 'fake_accounts', lang: 'en' }, { text: 'part_faux_comptes', lang: 'fr' }, { text: 'faux_comptes', lang: 'fr' }],
    description: {
      en: 'Estimated share of fake accounts in the audience: 0–1 or a percentage (12 %).',
      fr: 'Part estimée de faux comptes dans l’auditoire : 0–1 ou un pourcentage (12 %).',
    },
    width: 11,
  },
  {
    id: 'list',
    names: { en: 'list', fr: 'liste' },
    aliases: [{ text: 'ranking', lang: 'en' }, { text: 'classement', lang: 'fr' }],
    description: {
      en: 'Name of the other published ranking (for the kind external_rank).',
      fr: 'Nom de l’autre classement publié (pour le type classement_externe).',
    },
    width: 24,
  },
  {
    id: 'list_year',
    names: { en: 'list_year', fr: 'année_liste' },
    aliases: [{ text: 'ranking_year', lang: 'en' }, { text: 'annee_classement', lang: 'fr' }],
    description: {
      en: 'Year of the other ranking, e.g. 2018.',
      fr: 'Année de l’autre classement, p. ex. 2018.',
    },
    width: 11,
  },
  {
    id: 'list_size',
    names: { en: 'list_size', fr: 'taille_liste' },
    aliases: [{ text: 'ranking_size', lang: 'en' }, { text: 'taille_classement', lang: 'fr' }],
    description: {
      en: 'Number of entries the other ranking publishes (at least the rank).',
      fr: 'Nombre d’entrées que publie l’autre classement (au moins le rang).',
    },
    width: 11,
  },
  {
    id: 'band_end',
    names: { en: 'band_end', fr: 'fin_tranche' },
    aliases: [{ text: 'rank_to', lang: 'en' }, { text: 'rang_fin', lang: 'fr' }],
    description: {
      en: 'Last position of the band the entry is published in, when the ranking gives bands: 150 for "101–150" (value = 101).',
      fr: 'Dernière position de la tranche où l’entrée est publiée, quand le classement donne des tranches : 150 pour « 101–150 » (valeur = 101).',
    },
    width: 11,
  },
  {
    id: 'source',
    names: { en: 'source', fr: 'source' },
    aliases: [{ text: 'source_url', lang: 'en' }, { text: 'url_source', lang: 'fr' }],
    description: {
      en: 'Address (URL) of the source of the fact.',
      fr: 'Adresse (URL) de la source du fait.',
    },
    width: 36,
  },
  {
    id: 'note',
    names: { en: 'note', fr: 'note' },
    aliases: [{ text: 'notes', lang: null }, { text: 'comment', lang: 'en' }, { text: 'commentaire', lang: 'fr' }],
    description: {
      en: 'Free text, kept with the fact.',
      fr: 'Texte libre, conservé avec le fait.',
    },
    width: 30,
  },
];

export const COLUMN_COUNT = COLUMNS.length;

/** Position of each column in COLUMNS: the numeric id the reader works with. */
export const COL: Readonly<Record<ColumnId, number>> = Object.fromEntries(COLUMNS.map((c, i) => [c.id, i])) as Record<ColumnId, number>;

/** Folded form of a header cell: `foldName`, with runs of underscores made one. */
export function foldHeader(s: string): string {
  return foldName(s).replace(/_+/g, '_');
}

export interface HeaderMatch {
  /** Position in COLUMNS. */
  column: number;
  /** The language the header is written in; null when the name is the same in both. */
  lang: Lang | null;
}

const HEADER_LOOKUP: ReadonlyMap<string, HeaderMatch> = (() => {
  const m = new Map<string, HeaderMatch>();
  COLUMNS.forEach((c, column) => {
    const en = foldHeader(c.names.en);
    const fr = foldHeader(c.names.fr);
    m.set(en, { column, lang: en === fr ? null : 'en' });
    if (fr !== en) m.set(fr, { column, lang: 'fr' });
    for (const a of c.aliases) {
      const f = foldHeader(a.text);
      if (!m.has(f)) m.set(f, { column, lang: a.lang });
    }
  });
  return m;
})();

/** The column a header cell names, or null. */
export function matchHeader(header: string): HeaderMatch | null {
  if (header.length > 100) return null; // no column name is that long (and folding long text costs)
  return HEADER_LOOKUP.get(foldHeader(header)) ?? null;
}

/** The header row of a template in one language. */
export function templateHeader(lang: Lang): string[] {
  return COLUMNS.map((c) => c.names[lang]);
}

/** The column names of one language, comma-separated, in table order. */
export function acceptedColumns(lang: Lang): string {
  return COLUMNS.map((c) => c.names[lang]).join(', ');
}

/** The word written in the kind column for each kind, per language (each one parses back with `parseKind`). */
export const KIND_WORDS: Readonly<Record<EvidenceKindName, Record<Lang, string>>> = {
  identity: { en: 'identity', fr: 'identité' },
  website: { en: 'website', fr: 'site_web' },
  knowledge_base: { en: 'knowledge_base', fr: 'base_de_connaissances' },
  search_share: { en: 'search_share', fr: 'part_recherche' },
  peer_mention: { en: 'peer_mention', fr: 'mention_pair' },
  post: { en: 'post', fr: 'publication' },
  blog_post: { en: 'blog_post', fr: 'billet' },
  article: { en: 'article', fr: 'article' },
  book: { en: 'book', fr: 'livre' },
  white_paper: { en: 'white_paper', fr: 'livre_blanc' },
  talk: { en: 'talk', fr: 'conférence' },
  course: { en: 'course', fr: 'cours' },
  volunteer_role: { en: 'volunteer_role', fr: 'bénévolat' },
  media_mention: { en: 'media_mention', fr: 'mention_médias' },
  media_quote: { en: 'media_quote', fr: 'citation_média' },
  audience_country: { en: 'audience_country', fr: 'auditoire_pays' },
  first_activity: { en: 'first_activity', fr: 'première_activité' },
  audience: { en: 'audience', fr: 'auditoire' },
  external_rank: { en: 'external_rank', fr: 'classement_externe' },
};

/** The ten indices, numbered as in PRODUCT.md, for the template's documentation sheet. */
export const INDEX_LABELS: Readonly<Record<IndexKey, Record<Lang, string>>> = {
  peer_recognition: { en: '1. Recognised by the field’s actors', fr: '1. Reconnaissance par les acteurs du domaine' },
  digital_identity: { en: '2. Digital identity', fr: '2. Identité numérique' },
  multi_platform_presence: { en: '3. Regular presence on many platforms', fr: '3. Présence régulière sur de nombreuses plateformes' },
  publishing: { en: '4. Active blog and other publications', fr: '4. Blogue actif et autres publications' },
  community_contribution: { en: '5. Contribution to the web community', fr: '5. Contribution à la communauté du Web' },
  media_presence: { en: '6. Presence in the media as spokesperson', fr: '6. Présence dans les médias comme porte-parole' },
  international_reach: { en: '7. International visibility and presence', fr: '7. Visibilité et présence internationales' },
  experience: { en: '8. Experience in web-related fields', fr: '8. Expérience dans les domaines liés au Web' },
  qualified_audience: { en: '9. Qualified audience (size and quality)', fr: '9. Auditoire qualifié (taille et qualité)' },
  ranking_agreement: { en: '10. Agreement with other rankings', fr: '10. Concordance avec d’autres classements' },
};
