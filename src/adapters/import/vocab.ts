/**
 * The small vocabularies of an import file's cells, read to the codes the core stores:
 * - countries to ISO 3166-1 alpha-2 (upper case), from a code or an English or French name
 *   (the names of every code as the runtime's ICU data gives them, through Intl.DisplayNames,
 *   plus common spellings written here: USA, UK, États-Unis, Royaume-Uni…);
 * - languages to ISO 639-1 (lower case), from a code, a locale tag (`fr-CA`), an ISO 639-2 code
 *   of the common languages, or an English or French name;
 * - platforms to the lower-case names the core uses (`LinkedIn` → `linkedin`, Twitter/X → `x`);
 * - yes/no cells to booleans; URLs; and the key derived from a name (a slug).
 * Every function returns null for what it cannot read; the caller reports it.
 */
import { foldName } from '../../core/evidence/kinds.js';

/**
 * Longest text looked up in a vocabulary: names of countries, languages and platforms are
 * short, and folding (whose trimming regex is quadratic on long runs of underscores) is kept
 * away from anything longer.
 */
export const MAX_WORD = 80;

const COUNTRY_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

/** Country names and spellings written by hand, folded; they win over the ICU names. */
const COUNTRY_NAMES: Record<string, string> = {
  canada: 'CA', quebec: 'CA',
  usa: 'US', u_s_a: 'US', u_s: 'US', united_states: 'US', united_states_of_america: 'US', america: 'US',
  etats_unis: 'US', etats_unis_d_amerique: 'US', e_u: 'US', amerique: 'US',
  france: 'FR',
  belgium: 'BE', belgique: 'BE',
  switzerland: 'CH', suisse: 'CH',
  uk: 'GB', u_k: 'GB', united_kingdom: 'GB', great_britain: 'GB', britain: 'GB', england: 'GB',
  royaume_uni: 'GB', grande_bretagne: 'GB', angleterre: 'GB',
  germany: 'DE', allemagne: 'DE', deutschland: 'DE',
  spain: 'ES', espagne: 'ES', espana: 'ES',
  italy: 'IT', italie: 'IT', italia: 'IT',
  mexico: 'MX', mexique: 'MX',
  brazil: 'BR', bresil: 'BR', brasil: 'BR',
  morocco: 'MA', maroc: 'MA',
  senegal: 'SN',
  japan: 'JP', japon: 'JP',
  china: 'CN', chine: 'CN',
  india: 'IN', inde: 'IN',
  australia: 'AU', australie: 'AU',
  netherlands: 'NL', holland: 'NL', pays_bas: 'NL',
};

const LANGUAGE_CODES =
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en ' +
  'eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ' +
  'ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ' +
  'ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st ' +
  'su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';

const LANGUAGE_NAMES: Record<string, string> = {
  francais: 'fr', french: 'fr', fra: 'fr', fre: 'fr',
  anglais: 'en', english: 'en', eng: 'en',
  espagnol: 'es', spanish: 'es', spa: 'es', espanol: 'es',
  allemand: 'de', german: 'de', deu: 'de', ger: 'de',
  italien: 'it', italian: 'it', ita: 'it',
  portugais: 'pt', portuguese: 'pt', por: 'pt',
  arabe: 'ar', arabic: 'ar', ara: 'ar',
  chinois: 'zh', chinese: 'zh', mandarin: 'zh', zho: 'zh', chi: 'zh',
  japonais: 'ja', japanese: 'ja', jpn: 'ja',
};

function displayNames(type: 'region' | 'language', codes: string[], into: Map<string, string>): void {
  for (const locale of ['en', 'fr']) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    } catch {
      return;
    }
    for (const code of codes) {
      let name: string | undefined;
      try {
        name = names.of(type === 'region' ? code : code.toLowerCase());
      } catch {
        name = undefined;
      }
      if (name) {
        const f = foldName(name);
        if (f && !into.has(f)) into.set(f, code);
      }
    }
  }
}

let countryTable: Map<string, string> | null = null;
let countryCodes: Set<string> | null = null;

function countries(): { table: Map<string, string>; codes: Set<string> } {
  if (countryTable === null || countryCodes === null) {
    countryCodes = new Set(COUNTRY_CODES.split(' '));
    countryTable = new Map(Object.entries(COUNTRY_NAMES));
    displayNames('region', [...countryCodes], countryTable);
  }
  return { table: countryTable, codes: countryCodes };
}

/** ISO 3166-1 alpha-2 code of a country code or name (English or French), or null. */
export function readCountry(text: string): string | null {
  const s = text.trim();
  if (s.length > MAX_WORD) return null;
  const { table, codes } = countries();
  if (s.length === 2) {
    const up = s.toUpperCase();
    if (codes.has(up)) return up;
    if (up === 'UK') return 'GB';
  }
  return table.get(foldName(s)) ?? null;
}

let languageTable: Map<string, string> | null = null;
let languageCodes: Set<string> | null = null;

function languages(): { table: Map<string, string>; codes: Set<string> } {
  if (languageTable === null || languageCodes === null) {
    languageCodes = new Set(LANGUAGE_CODES.split(' '));
    languageTable = new Map(Object.entries(LANGUAGE_NAMES));
    displayNames('language', [...languageCodes], languageTable);
  }
  return { table: languageTable, codes: languageCodes };
}

/** ISO 639-1 code of a language code, locale tag or name (English or French), or null. */
export function readLanguage(text: string): string | null {
  const s = text.trim().toLowerCase();
  if (s.length > MAX_WORD) return null;
  const { table, codes } = languages();
  if (s.length === 2 && codes.has(s)) return s;
  // A locale tag: fr-CA, en_US.
  if (s.length > 2 && (s[2] === '-' || s[2] === '_') && codes.has(s.slice(0, 2))) return s.slice(0, 2);
  return table.get(foldName(s)) ?? null;
}

const PLATFORM_ALIASES: Record<string, string> = {
  twitter: 'x', x: 'x', xtwitter: 'x', twitterx: 'x', xcom: 'x', twittercom: 'x', xanciennementtwitter: 'x', xformerlytwitter: 'x',
  linkedin: 'linkedin', linkedincom: 'linkedin',
  facebook: 'facebook', fb: 'facebook', facebookcom: 'facebook',
  youtube: 'youtube', yt: 'youtube', youtubecom: 'youtube',
  instagram: 'instagram', ig: 'instagram', insta: 'instagram',
  bluesky: 'bluesky', bsky: 'bluesky', bskyapp: 'bluesky', bskysocial: 'bluesky',
  mastodon: 'mastodon',
  tiktok: 'tiktok',
  pinterest: 'pinterest',
  snapchat: 'snapchat',
  quora: 'quora',
  threads: 'threads',
};

/** The platform name the core uses: lower case, Twitter and X as `x`; null when empty. */
export function readPlatform(text: string): string | null {
  if (text.length > MAX_WORD) return text.trim().toLowerCase();
  const folded = foldName(text);
  if (folded === '') return null;
  const compact = folded.replace(/[^a-z0-9]+/g, '');
  return PLATFORM_ALIASES[compact] ?? folded;
}

const TRUE_WORDS = new Set(['yes', 'y', 'oui', 'o', 'true', 'vrai', '1', 'x', '✓', '✔']);
const FALSE_WORDS = new Set(['no', 'n', 'non', 'false', 'faux', '0', '']);

/** true, false, or null when the cell is neither (empty is false). */
export function readBoolean(text: string): boolean | null {
  const f = text.trim().toLowerCase();
  if (TRUE_WORDS.has(f)) return true;
  if (FALSE_WORDS.has(f)) return false;
  return null;
}

/** The URL, with `https://` added to a bare `www.` address; null when it is not a web address. */
export function readUrl(text: string): string | null {
  const s = text.trim();
  let k = 0;
  const lower = s.slice(0, 8).toLowerCase();
  if (lower.startsWith('https://')) k = 8;
  else if (lower.startsWith('http://')) k = 7;
  else if (lower.startsWith('www.')) return readUrl('https://' + s);
  else return null;
  if (s.length <= k) return null;
  for (let i = k; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0x7f) return null;
  }
  const host = s.charCodeAt(k);
  if (host === 47 || host === 63 || host === 35) return null;
  return s;
}

/** The key derived from a name: folded, runs of anything but letters and digits as `-`. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
