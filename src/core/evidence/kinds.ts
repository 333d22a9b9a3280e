/**
 * The vocabulary of evidence: each kind, the index it feeds, its names in English and Québec
 * French, and the columns a row of that kind must carry. Importers, storage, scorers and the
 * methodology text all read this one table, so a kind is defined once.
 */
import type { EvidenceKindName, IndexKey } from '../domain.js';

/** A column of the import file that a kind may require. */
export type KindColumn = 'date' | 'value' | 'platform' | 'handle_or_url' | 'url' | 'peer' | 'country' | 'list';

export interface EvidenceKindSpec {
  name: EvidenceKindName;
  /** Small integer used in columnar tables (stable: never renumber, only append). */
  code: number;
  index: IndexKey;
  label: { en: string; fr: string };
  /** Names accepted in the `kind` column besides `name` (French, with accents stripped too). */
  aliases: readonly string[];
  required: readonly KindColumn[];
  /** What `value` means for this kind, when it has one. */
  value?: { en: string; fr: string };
}

export const EVIDENCE_KINDS: readonly EvidenceKindSpec[] = [
  { name: 'identity', code: 0, index: 'digital_identity', label: { en: 'profile or identity', fr: 'profil ou identité' }, aliases: ['identite', 'profil', 'profile'], required: ['platform', 'handle_or_url'] },
  { name: 'website', code: 1, index: 'digital_identity', label: { en: 'own website', fr: 'site web personnel' }, aliases: ['site_web', 'site', 'site_personnel'], required: ['url'] },
  { name: 'knowledge_base', code: 2, index: 'digital_identity', label: { en: 'knowledge-base entry', fr: 'entrée de base de connaissances' }, aliases: ['base_de_connaissances', 'base_connaissances', 'wikipedia', 'wikidata'], required: ['url'] },
  { name: 'search_share', code: 3, index: 'digital_identity', label: { en: 'share of top search results', fr: 'part des premiers résultats de recherche' }, aliases: ['part_recherche', 'part_de_recherche', 'resultats_recherche'], required: ['value'], value: { en: 'share 0–1 (or %) of first-page results about the person', fr: 'part 0–1 (ou %) des résultats de première page qui portent sur la personne' } },
  { name: 'peer_mention', code: 4, index: 'peer_recognition', label: { en: 'mention by a peer', fr: 'mention par un pair' }, aliases: ['mention_pair', 'mention_par_un_pair', 'mention_pair_e', 'reconnaissance'], required: ['peer'] },
  { name: 'post', code: 5, index: 'multi_platform_presence', label: { en: 'social post', fr: 'publication sociale' }, aliases: ['publication', 'publication_sociale', 'activite'], required: ['platform', 'date'], value: { en: 'number of posts that day (default 1)', fr: 'nombre de publications ce jour-là (1 par défaut)' } },
  { name: 'blog_post', code: 6, index: 'publishing', label: { en: 'blog post', fr: 'billet de blogue' }, aliases: ['billet', 'billet_de_blogue', 'blogue'], required: ['date'] },
  { name: 'article', code: 7, index: 'publishing', label: { en: 'article', fr: 'article' }, aliases: [], required: ['date'] },
  { name: 'book', code: 8, index: 'publishing', label: { en: 'book', fr: 'livre' }, aliases: ['livre'], required: ['date'] },
  { name: 'white_paper', code: 9, index: 'publishing', label: { en: 'white paper', fr: 'livre blanc' }, aliases: ['livre_blanc'], required: ['date'] },
  { name: 'talk', code: 10, index: 'community_contribution', label: { en: 'talk', fr: 'conférence' }, aliases: ['conference', 'presentation'], required: ['date'] },
  { name: 'course', code: 11, index: 'community_contribution', label: { en: 'course or teaching', fr: 'cours ou enseignement' }, aliases: ['cours', 'enseignement', 'formation'], required: ['date'] },
  { name: 'volunteer_role', code: 12, index: 'community_contribution', label: { en: 'volunteer role', fr: 'rôle bénévole' }, aliases: ['benevolat', 'role_benevole', 'engagement_social'], required: ['date'] },
  { name: 'media_mention', code: 13, index: 'media_presence', label: { en: 'media mention', fr: 'mention dans les médias' }, aliases: ['mention_media', 'mention_medias', 'mention_dans_les_medias'], required: ['date'] },
  { name: 'media_quote', code: 14, index: 'media_presence', label: { en: 'quoted as spokesperson', fr: 'citation comme porte-parole' }, aliases: ['citation_media', 'citation', 'porte_parole'], required: ['date'] },
  { name: 'audience_country', code: 15, index: 'international_reach', label: { en: 'audience by country', fr: 'auditoire par pays' }, aliases: ['auditoire_pays', 'audience_pays', 'pays_auditoire'], required: ['country', 'value'], value: { en: 'share (0–1 or %) or count of the audience in that country', fr: "part (0–1 ou %) ou nombre de l'auditoire dans ce pays" } },
  { name: 'first_activity', code: 16, index: 'experience', label: { en: 'first professional activity online', fr: 'première activité professionnelle en ligne' }, aliases: ['premiere_activite', 'debut', 'debut_activite'], required: ['date'] },
  { name: 'audience', code: 17, index: 'qualified_audience', label: { en: 'audience on a platform', fr: 'auditoire sur une plateforme' }, aliases: ['auditoire', 'abonnes', 'followers'], required: ['platform', 'value'], value: { en: 'followers or subscribers', fr: 'abonnés' } },
  { name: 'external_rank', code: 18, index: 'ranking_agreement', label: { en: 'position in another ranking', fr: 'position dans un autre classement' }, aliases: ['classement_externe', 'classement', 'rang_externe'], required: ['list', 'value'], value: { en: '1-based position in the list', fr: 'position dans la liste (à partir de 1)' } },
];

export const KIND_BY_NAME: ReadonlyMap<EvidenceKindName, EvidenceKindSpec> = new Map(EVIDENCE_KINDS.map((k) => [k.name, k]));
export const KIND_BY_CODE: readonly EvidenceKindSpec[] = [...EVIDENCE_KINDS].sort((a, b) => a.code - b.code);
export const KIND_COUNT = KIND_BY_CODE.length;

export function kindCode(name: EvidenceKindName): number {
  const k = KIND_BY_NAME.get(name);
  if (!k) throw new Error(`unknown evidence kind "${name}"`);
  return k.code;
}

/** Lower case, accents stripped, spaces and hyphens as underscores: how names are compared. */
export function foldName(s: string): string {
  const folded = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-'’._]+/g, '_');
  // Trim underscores by index: the regex /_+$/ is quadratic on long runs of underscores.
  let start = 0;
  let end = folded.length;
  while (start < end && folded.charCodeAt(start) === 95) start++;
  while (end > start && folded.charCodeAt(end - 1) === 95) end--;
  return folded.slice(start, end);
}

const KIND_LOOKUP: ReadonlyMap<string, EvidenceKindName> = (() => {
  const m = new Map<string, EvidenceKindName>();
  for (const k of EVIDENCE_KINDS) {
    m.set(foldName(k.name), k.name);
    m.set(foldName(k.label.en), k.name);
    m.set(foldName(k.label.fr), k.name);
    for (const a of k.aliases) m.set(foldName(a), k.name);
  }
  return m;
})();

/** The kind a user wrote (English or French, any case, with or without accents), or null. */
export function parseKind(s: string): EvidenceKindName | null {
  return KIND_LOOKUP.get(foldName(s)) ?? null;
}

/** The kinds that feed one index. */
export function kindsOf(index: IndexKey): EvidenceKindSpec[] {
  return EVIDENCE_KINDS.filter((k) => k.index === index);
}

/** The code of every kind, by name (for code that reads the columnar table by kind). */
export const KIND_CODE: Readonly<Record<EvidenceKindName, number>> = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k.name, k.code])) as Record<EvidenceKindName, number>;
