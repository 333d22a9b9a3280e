/**
 * Platform adapters: what Twitter/X, Bluesky, Mastodon or a plain CSV give about an account,
 * mapped to the neutral `Profile` of the core (src/core/audience/profile.ts). A field the
 * source does not give stays null (missing), never a guessed zero.
 *
 * - CSV: the columns of the Cresci et al. (2015) data set (Twitter API v1.1 names:
 *   `followers_count`, `friends_count`, `statuses_count`, `listed_count`, `favourites_count`,
 *   `created_at`, `updated`, `default_profile_image`, `has_url`, `description_length`, …) or
 *   neutral names (`followers`, `following`, `posts`, `created`, `observed`, `bio`, …); text
 *   columns (`description`, `name`, `screen_name`, `location`, `url`) give their lengths and
 *   presence. In a flag column, an empty cell is "no" (the source gives the field; it is not
 *   set), as in the data set.
 * - JSON: Bluesky `app.bsky.actor.defs#profileViewDetailed` (`followersCount`, `followsCount`,
 *   `postsCount`, `createdAt`, `avatar`, `banner`, `description`, `displayName`, `handle`);
 *   Mastodon `Account` (`followers_count`, `following_count`, `statuses_count`, `created_at`,
 *   `avatar` — `/missing.png` is the default —, `header`, `note` as HTML, `fields`, `acct`);
 *   Twitter API v1.1 user objects and API v2 users (`public_metrics`).
 */
import type { Profile } from '../../core/audience/profile.js';
import { NUM_AMBIGUOUS, NUM_OK, parseNumber, plainInteger, SUFFIX_PERCENT } from '../import/numbers.js';
import { emptyProfile } from '../../core/audience/profile.js';

/** A value that could not be read: the field and why. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: 'number' | 'negative' | 'date' | 'future' | 'observed' | 'flag' | 'shape',
    readonly value: string,
  ) {
    super(`${field}: ${reason} "${value}"`);
  }
}

const DAY_MS = 86_400_000;
/** No account of the platforms we read is older than this (Twitter opened in March 2006; we leave a margin). */
export const EARLIEST_ACCOUNT_DAY = Math.floor(Date.UTC(2000, 0, 1) / DAY_MS);

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/**
 * A date as days since 1970-01-01 (UTC, fractional), from Twitter's `Fri Apr 06 10:58:22 +0000
 * 2007`, ISO 8601 (`2015-02-14`, `2015-02-14 10:54:49`, `2015-02-14T10:54:49.000Z`; no zone =
 * UTC) or a Unix time in seconds; null if it is none of these.
 */
export function parseDay(s: string): number | null {
  const t = s.trim();
  let m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(t);
  if (m) {
    const mon = MONTHS[m[1].toLowerCase()];
    if (mon === undefined) return null;
    const off = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
    const ms = Date.UTC(Number(m[9]), mon, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - off * 60_000;
    return valid(ms, Number(m[9]), mon, Number(m[2]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mon = Number(m[2]) - 1;
    const d = Number(m[3]);
    let ms = Date.UTC(y, mon, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
    const z = m[7];
    if (z && z !== 'Z') {
      const zz = /([+-])(\d{2}):?(\d{2})/.exec(z)!;
      ms -= (zz[1] === '-' ? -1 : 1) * (Number(zz[2]) * 60 + Number(zz[3])) * 60_000;
    }
    return valid(ms, y, mon, d);
  }
  if (/^\d{9,10}(\.\d+)?$/.test(t)) return Number(t) / 86_400;
  return null;
}

function valid(ms: number, y: number, mon: number, d: number): number | null {
  const dt = new Date(Date.UTC(y, mon, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mon || dt.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

const TRUE = new Set(['1', '1.0', 'true', 'yes', 'y', 'oui', 'o', 't', 'vrai']);
const FALSE = new Set(['', '0', '0.0', 'false', 'no', 'n', 'non', 'f', 'faux', 'none', 'null']);

function flagOf(field: string, v: string): boolean {
  const t = v.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  throw new FieldError(field, 'flag', v);
}

function countOf(field: string, v: string | number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new FieldError(field, 'number', String(v));
    if (v < 0) throw new FieldError(field, 'negative', String(v));
    return v;
  }
  const t = v.trim();
  if (t === '') return null;
  const plain = plainInteger(t);
  if (plain >= 0) return plain;
  // As people type them: `1 234`, `12,5 k`, `1,500` (a count is whole, which settles the
  // ambiguous `1,500` and `1.500`: 1500); no percentages.
  const r = parseNumber(t, 'auto');
  let x = NaN;
  if (r.status === NUM_OK && r.suffix !== SUFFIX_PERCENT) x = r.value;
  else if (r.status === NUM_AMBIGUOUS) x = Number.isInteger(r.en) ? r.en : Number.isInteger(r.fr) ? r.fr : NaN;
  if (!Number.isFinite(x)) throw new FieldError(field, 'number', v);
  if (x < 0) throw new FieldError(field, 'negative', v);
  return x;
}

/** The last date text read and its day: a crawl's `updated` repeats on every row. */
let lastDayText = '';
let lastDay: number | null = null;

function dayOf(field: string, v: string | number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v / 86_400;
  if (v === lastDayText && lastDay !== null) return lastDay;
  if (v.trim() === '') return null;
  const d = parseDay(v);
  if (d === null) throw new FieldError(field, 'date', v);
  lastDayText = v;
  lastDay = d;
  return d;
}

/** The handle's own part: `alice` of `@alice`, `alice@mastodon.social`, `alice.bsky.social`. */
export function handlePart(h: string): string {
  let s = h.trim().replace(/^@/, '');
  const at = s.indexOf('@');
  if (at > 0) s = s.slice(0, at);
  const dot = s.indexOf('.');
  if (dot > 0) s = s.slice(0, dot);
  return s;
}

function digitsIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Characters of a string, counting astral characters (emoji) once. */
function chars(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, ' ');
}

/** Checks the dates of a profile: created not before 2000 nor after the observation; observed not after `latestDay`. */
export function checkDates(p: Profile, createdField: string, latestDay = Infinity, observedField = 'updated'): void {
  if (p.observedDay !== null && p.observedDay > latestDay) throw new FieldError(observedField, 'observed', isoDay(p.observedDay));
  if (p.createdDay === null) return;
  if (p.createdDay < EARLIEST_ACCOUNT_DAY) throw new FieldError(createdField, 'date', isoDay(p.createdDay));
  if (p.observedDay !== null && p.createdDay > p.observedDay + 1) throw new FieldError(createdField, 'future', isoDay(p.createdDay));
}

function isoDay(d: number): string {
  return new Date(d * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// CSV columns

type Setter = (p: Profile, v: string, field: string) => void;

/** Column names (lower case, spaces and dashes as `_`) → what they set. */
const CSV_COLUMNS: Record<string, Setter> = {};
const alias = (names: string[], set: Setter): void => {
  for (const n of names) CSV_COLUMNS[n] = set;
};
alias(['followers_count', 'followers', 'followerscount', 'abonnes'], (p, v, f) => (p.followers = countOf(f, v)));
alias(['friends_count', 'following', 'following_count', 'follows_count', 'followscount', 'friends', 'abonnements'], (p, v, f) => (p.following = countOf(f, v)));
alias(['statuses_count', 'posts', 'posts_count', 'postscount', 'tweets', 'tweet_count', 'publications'], (p, v, f) => (p.posts = countOf(f, v)));
alias(['listed_count', 'lists', 'listes'], (p, v, f) => (p.lists = countOf(f, v)));
alias(['favourites_count', 'favorites_count', 'likes', 'likes_count'], (p, v, f) => (p.likes = countOf(f, v)));
alias(['created_at', 'created', 'createdat', 'creation', 'cree_le'], (p, v, f) => (p.createdDay = dayOf(f, v)));
alias(['updated', 'observed', 'observed_at', 'crawled_at', 'observe_le'], (p, v, f) => (p.observedDay = dayOf(f, v)));
alias(['default_profile_image', 'default_picture', 'default_avatar', 'photo_par_defaut'], (p, v, f) => (p.defaultPicture = flagOf(f, v)));
alias(['default_profile'], (p, v, f) => (p.defaultProfile = flagOf(f, v)));
alias(['description_length', 'bio_length'], (p, v, f) => (p.bioLength = countOf(f, v)));
alias(['description', 'bio', 'note', 'biographie'], (p, v) => (p.bioLength = chars(v.trim())));
alias(['has_url'], (p, v, f) => (p.hasUrl = flagOf(f, v)));
alias(['url', 'website'], (p, v) => (p.hasUrl = v.trim() !== ''));
alias(['has_location'], (p, v, f) => (p.hasLocation = flagOf(f, v)));
alias(['location', 'lieu'], (p, v) => (p.hasLocation = v.trim() !== ''));
alias(['has_banner'], (p, v, f) => (p.hasBanner = flagOf(f, v)));
alias(['banner', 'profile_banner_url', 'header'], (p, v) => (p.hasBanner = v.trim() !== ''));
alias(['name_length', 'display_name_length'], (p, v, f) => (p.nameLength = countOf(f, v)));
alias(['name', 'display_name', 'displayname', 'nom'], (p, v) => (p.nameLength = chars(v.trim())));
alias(['screen_name_length', 'handle_length'], (p, v, f) => (p.handleLength = countOf(f, v)));
alias(['screen_name_digits', 'handle_digits'], (p, v, f) => (p.handleDigits = countOf(f, v)));
alias(['screen_name', 'handle', 'username', 'acct', 'identifiant'], (p, v) => {
  const h = handlePart(v);
  p.handleLength = h.length;
  p.handleDigits = digitsIn(h);
});

/** Column names that hold the label of a training profile. */
export const LABEL_COLUMNS = new Set(['label', 'class', 'is_fake', 'fake', 'etiquette']);

export function normaliseColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_');
}

export function csvSetter(column: string): Setter | undefined {
  return CSV_COLUMNS[normaliseColumn(column)];
}

/** A label cell: 1 = fake, 0 = human; null = empty; throws on anything else. */
export function labelOf(field: string, v: string): 0 | 1 | null {
  const t = v.trim().toLowerCase();
  if (t === '') return null;
  if (['fake', 'bot', 'faux', '1', 'true', 'spam'].includes(t)) return 1;
  if (['human', 'genuine', 'real', 'humain', 'vrai', '0', 'false'].includes(t)) return 0;
  throw new FieldError(field, 'flag', v);
}

// ---------------------------------------------------------------------------------------------
// JSON records

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const numOrStr = (v: unknown): string | number | null => (typeof v === 'number' || typeof v === 'string' ? v : null);

/** Which platform's shape a JSON record has (null: none we know). */
export function jsonPlatform(r: Json): 'bluesky' | 'mastodon' | 'twitter' | 'twitter-v2' | null {
  if ('followersCount' in r || 'followsCount' in r || 'postsCount' in r || ('did' in r && 'handle' in r)) return 'bluesky';
  if ('public_metrics' in r) return 'twitter-v2';
  if ('acct' in r || ('following_count' in r && 'statuses_count' in r)) return 'mastodon';
  if ('friends_count' in r || 'screen_name' in r || 'statuses_count' in r) return 'twitter';
  return null;
}

/** A JSON record → profile; `observedDay` when the record does not say when it was seen. */
export function profileFromJson(r: Json, observedDay: number | null): Profile {
  const p = emptyProfile();
  p.observedDay = observedDay;
  switch (jsonPlatform(r)) {
    case 'bluesky': {
      p.followers = countOf('followersCount', numOrStr(r.followersCount));
      p.following = countOf('followsCount', numOrStr(r.followsCount));
      p.posts = countOf('postsCount', numOrStr(r.postsCount));
      p.createdDay = dayOf('createdAt', str(r.createdAt));
      p.defaultPicture = !str(r.avatar);
      p.hasBanner = !!str(r.banner);
      p.bioLength = chars((str(r.description) ?? '').trim());
      p.nameLength = chars((str(r.displayName) ?? '').trim());
      const h = handlePart(str(r.handle) ?? '');
      p.handleLength = h.length;
      p.handleDigits = digitsIn(h);
      checkDates(p, 'createdAt');
      return p;
    }
    case 'mastodon': {
      p.followers = countOf('followers_count', numOrStr(r.followers_count));
      p.following = countOf('following_count', numOrStr(r.following_count));
      p.posts = countOf('statuses_count', numOrStr(r.statuses_count));
      p.createdDay = dayOf('created_at', str(r.created_at));
      const avatar = str(r.avatar_static) ?? str(r.avatar) ?? '';
      p.defaultPicture = avatar === '' || /\/missing\.png$/.test(avatar);
      const header = str(r.header_static) ?? str(r.header) ?? '';
      p.hasBanner = header !== '' && !/\/missing\.png$/.test(header);
      p.bioLength = chars(stripHtml(str(r.note) ?? '').trim());
      p.nameLength = chars((str(r.display_name) ?? '').trim());
      const fields = Array.isArray(r.fields) ? (r.fields as Json[]) : [];
      p.hasUrl = fields.some((f) => /https?:\/\//.test(String(f?.value ?? '')));
      const h = handlePart(str(r.username) ?? str(r.acct) ?? '');
      p.handleLength = h.length;
      p.handleDigits = digitsIn(h);
      checkDates(p, 'created_at');
      return p;
    }
    case 'twitter-v2': {
      const m = (r.public_metrics ?? {}) as Json;
      p.followers = countOf('public_metrics.followers_count', numOrStr(m.followers_count));
      p.following = countOf('public_metrics.following_count', numOrStr(m.following_count));
      p.posts = countOf('public_metrics.tweet_count', numOrStr(m.tweet_count));
      p.lists = countOf('public_metrics.listed_count', numOrStr(m.listed_count));
      p.createdDay = dayOf('created_at', str(r.created_at));
      const img = str(r.profile_image_url) ?? '';
      p.defaultPicture = img === '' || img.includes('default_profile_images');
      p.bioLength = chars((str(r.description) ?? '').trim());
      p.hasUrl = (str(r.url) ?? '') !== '';
      p.hasLocation = (str(r.location) ?? '') !== '';
      p.nameLength = chars((str(r.name) ?? '').trim());
      const h = handlePart(str(r.username) ?? '');
      p.handleLength = h.length;
      p.handleDigits = digitsIn(h);
      checkDates(p, 'created_at');
      return p;
    }
    case 'twitter': {
      for (const [k, v] of Object.entries(r)) {
        const set = CSV_COLUMNS[k];
        if (!set || v === null || v === undefined || typeof v === 'object') continue;
        set(p, typeof v === 'boolean' ? (v ? '1' : '0') : String(v), k);
      }
      if (typeof r.profile_banner_url === 'string') p.hasBanner = r.profile_banner_url !== '';
      checkDates(p, 'created_at');
      return p;
    }
    default:
      throw new FieldError('record', 'shape', Object.keys(r).slice(0, 6).join(', '));
  }
}
