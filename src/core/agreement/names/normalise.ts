/**
 * Normalisation of person names for matching entries of published lists to candidates, for the
 * French and English names of Québec: "Dr Marie-Ève St-Pierre", "ST-PIERRE, Marie-Eve",
 * "M.-È. Saint-Pierre, Ph. D." all give the given-name tokens [marie, eve] (or the initials [m, e])
 * and the family tokens [st, pierre] → [saint, pierre].
 *
 * Steps: Unicode compatibility decomposition and removal of accents; lower case; "Last, First"
 * turned around (one comma, not before a suffix such as "Jr" or "Ph. D."); apostrophes joined
 * (O'Neil → oneil) after an elided particle is spelled out (D'Amours → de amours, L'Heureux →
 * le heureux);
 * hyphens, dots and other punctuation → spaces (so hyphenated first names and initials become
 * tokens); leading titles (dr, pr, prof, m, mme, mlle, me, mr, mrs, ms, sir, hon…) and trailing
 * credentials (phd, md, mba, cpa, jr, sr, ii, iii…) removed; "st"/"ste" → "saint"/"sainte";
 * particles (de, du, des, de la, le, la, les, van, von, der, den, di, da, del, della, dos, ten, ter)
 * kept apart, since lists write them inconsistently ("de la Fontaine", "Delafontaine",
 * "Fontaine"). Single letters are initials.
 */

const TITLES = new Set(['dr', 'dre', 'pr', 'pre', 'prof', 'professeur', 'professeure', 'professor', 'm', 'mme', 'mlle', 'me', 'mr', 'mrs', 'ms', 'miss', 'sir', 'hon', 'honorable', 'rev', 'pere', 'soeur', 'ing']);
const SUFFIXES = new Set(['phd', 'md', 'mba', 'cpa', 'ca', 'cfa', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'msc', 'bsc', 'llb', 'lld', 'fcpa', 'adm', 'crha', 'ing', 'pmp', 'fils', 'pere']);
export const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'ten', 'ter']);

export interface NormalisedName {
  /** All meaningful tokens in given-then-family order, particles removed. */
  tokens: string[];
  /** The particles that were removed, in order. */
  particles: string[];
  /** Tokens with particles, joined without spaces ("delafontaine"): compares "de la Fontaine" with "Delafontaine". */
  compact: string;
}

const stripAccents = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Lower case, no accents, with the ligatures œ and æ spelled out. */
export function foldName(s: string): string {
  return stripAccents(s).toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

function tokenise(s: string): string[] {
  return s
    .replace(/[’‘`´]/g, "'")
    .replace(/(^|[^\p{L}])([dl])'(?=\p{L})/gu, (_m, pre: string, p: string) => `${pre}${p === 'd' ? 'de' : 'le'} `) // d'Amours → de amours (the particle is kept apart)
    .replace(/'/g, '') // O'Neil → oneil
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '');
}

export function normaliseName(raw: string): NormalisedName {
  let s = foldName(String(raw ?? '')).trim();
  // "Last, First": one comma whose right-hand part is not only suffixes.
  // Credentials after a comma ("…, Ph. D.", "…, CPA, MBA") go first.
  const isSuffix = (part: string): boolean => {
    const t = tokenise(part);
    return t.length > 0 && (t.every((x) => SUFFIXES.has(x)) || SUFFIXES.has(t.join('')));
  };
  let parts = s.split(',');
  while (parts.length > 1 && isSuffix(parts[parts.length - 1])) parts = parts.slice(0, -1);
  s = parts.length === 2 ? `${parts[1]} ${parts[0]}` : parts.join(' ');
  let tokens = tokenise(s);
  // Leading titles (several: "M. le Dr").
  // "M." is Monsieur, except as the first of several initials ("M.-È. Saint-Pierre").
  const isTitle = (t: string[]): boolean => TITLES.has(t[0]) && !(t[0].length === 1 && t[1]?.length === 1);
  while (tokens.length > 1 && (isTitle(tokens) || (tokens[0] === 'le' && TITLES.has(tokens[1] ?? '')))) tokens = tokens.slice(1);
  // Trailing credentials.
  // Trailing credentials, also when written with dots ("M.D.", "Ph. D.", "M.Sc." → m d, ph d, m sc).
  for (;;) {
    const t = tokens.length;
    if (t > 3 && SUFFIXES.has(tokens[t - 2] + tokens[t - 1])) tokens = tokens.slice(0, -2);
    else if (t > 2 && SUFFIXES.has(tokens[t - 1]) && tokens[t - 1].length > 1) tokens = tokens.slice(0, -1);
    else break;
  }
  tokens = tokens.map((t) => (t === 'st' ? 'saint' : t === 'ste' ? 'sainte' : t));
  const kept: string[] = [];
  const particles: string[] = [];
  tokens.forEach((t, i) => {
    // A particle is only a particle before another token, and not as the first token when it
    // is a single letter that reads as an initial ("L. Tremblay").
    if (NAME_PARTICLES.has(t) && i < tokens.length - 1 && i > 0) particles.push(t);
    else kept.push(t);
  });
  return { tokens: kept, particles, compact: tokens.join('') };
}

/** Handles and URLs compared as identifiers: lower case, no scheme, no "www.", no trailing slash, no leading "@". */
export function normaliseIdentifier(raw: string): string {
  return String(raw ?? '')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^@/, '');
}
