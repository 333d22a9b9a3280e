/**
 * The neutral follower profile and the features the detectors read.
 *
 * A platform adapter (src/adapters/audience/) maps what a platform gives — Twitter/X's user
 * object, Bluesky's `app.bsky.actor.defs#profileViewDetailed`, Mastodon's `Account`, a plain
 * CSV — to a `Profile`, with null for every field the platform does not give. The features are
 * computed from the profile alone ("class A" features of Cresci et al. 2015, cheap to collect
 * at scale): counts, the ratios the paper found most useful (Table 18: friends/followers²,
 * account age, following rate), account age at observation time, presence flags, and the shape
 * of the name and handle.
 *
 * Choice of features (docs/methodology.md, "Audience quality"): the model will be applied to
 * other platforms and other years, so it reads only what carries across them — counts,
 * ratios, ages, presence flags, lengths. Quirks of one data set (profile colours, time zones,
 * language, the "geo enabled" switch) are left out even where they would raise the score on
 * the 2015 data. A field that a platform does not give is NaN in the feature row; the trees
 * learn a default direction for missing values (see tree.ts), and the model is trained with
 * copies of the profiles whose platform-specific fields are masked (see forest-model.ts).
 */

/** One follower's public profile, in neutral terms; null = not given by the platform. */
export interface Profile {
  /** Accounts following this account. */
  followers: number | null;
  /** Accounts this account follows (Twitter's "friends"). */
  following: number | null;
  /** Posts (tweets, skeets, toots), reposts included when the platform counts them. */
  posts: number | null;
  /** Public lists that include this account (Twitter's listed_count). */
  lists: number | null;
  /** Posts this account has liked (Twitter's favourites_count). */
  likes: number | null;
  /** Account creation, days since 1970-01-01 (UTC). */
  createdDay: number | null;
  /** When the profile was observed (crawl time), days since 1970-01-01 (UTC). */
  observedDay: number | null;
  /** The platform's default avatar (or none). */
  defaultPicture: boolean | null;
  /** Profile theme never customised (Twitter's default_profile). */
  defaultProfile: boolean | null;
  /** Length of the biography in characters (0 = none). */
  bioLength: number | null;
  hasUrl: boolean | null;
  hasLocation: boolean | null;
  /** A header / banner image. */
  hasBanner: boolean | null;
  /** Length of the display name (0 = none). */
  nameLength: number | null;
  /** Length of the handle, without the domain part. */
  handleLength: number | null;
  /** Digits in the handle. */
  handleDigits: number | null;
}

export function emptyProfile(): Profile {
  return {
    followers: null,
    following: null,
    posts: null,
    lists: null,
    likes: null,
    createdDay: null,
    observedDay: null,
    defaultPicture: null,
    defaultProfile: null,
    bioLength: null,
    hasUrl: null,
    hasLocation: null,
    hasBanner: null,
    nameLength: null,
    handleLength: null,
    handleDigits: null,
  };
}

export interface FeatureSpec {
  name: string;
  label: { en: string; fr: string };
  /** True when every platform we read gives it (used to build masked training copies). */
  portable: boolean;
}

/** The features, in the order of a feature row. */
export const FEATURES: readonly FeatureSpec[] = [
  { name: 'followers', label: { en: 'followers', fr: 'abonnés' }, portable: true },
  { name: 'following', label: { en: 'accounts followed', fr: 'abonnements' }, portable: true },
  { name: 'posts', label: { en: 'posts', fr: 'publications' }, portable: true },
  { name: 'age_days', label: { en: 'account age (days)', fr: 'âge du compte (jours)' }, portable: true },
  { name: 'following_per_follower', label: { en: 'following / followers', fr: 'abonnements / abonnés' }, portable: true },
  { name: 'following_per_follower2', label: { en: 'following / followers²', fr: 'abonnements / abonnés²' }, portable: true },
  { name: 'posts_per_day', label: { en: 'posts per day', fr: 'publications par jour' }, portable: true },
  { name: 'following_per_day', label: { en: 'follows per day of age', fr: 'abonnements par jour d’âge' }, portable: true },
  { name: 'followers_per_day', label: { en: 'followers gained per day', fr: 'abonnés gagnés par jour' }, portable: true },
  { name: 'default_picture', label: { en: 'default picture', fr: 'photo par défaut' }, portable: true },
  { name: 'bio_length', label: { en: 'biography length', fr: 'longueur de la biographie' }, portable: true },
  { name: 'has_banner', label: { en: 'banner image', fr: 'image de bannière' }, portable: true },
  { name: 'name_length', label: { en: 'display name length', fr: 'longueur du nom affiché' }, portable: true },
  { name: 'handle_length', label: { en: 'handle length', fr: 'longueur de l’identifiant' }, portable: true },
  { name: 'handle_digits', label: { en: 'digits in the handle', fr: 'chiffres dans l’identifiant' }, portable: true },
  { name: 'lists', label: { en: 'lists including the account', fr: 'listes incluant le compte' }, portable: false },
  { name: 'likes', label: { en: 'likes given', fr: 'mentions j’aime données' }, portable: false },
  { name: 'has_url', label: { en: 'URL in profile', fr: 'URL dans le profil' }, portable: false },
  { name: 'has_location', label: { en: 'location given', fr: 'lieu indiqué' }, portable: false },
  { name: 'default_profile', label: { en: 'theme never customised', fr: 'thème jamais personnalisé' }, portable: false },
];

export const FEATURE_COUNT = FEATURES.length;

/** Feature positions by name, for code that reads one feature. */
export const F = Object.fromEntries(FEATURES.map((f, i) => [f.name, i])) as Record<string, number>;

/** The profile's fields as numbers, in this order, for compact storage (NaN = null, flags 0/1). */
export const PROFILE_FIELDS = ['followers', 'following', 'posts', 'lists', 'likes', 'createdDay', 'observedDay', 'defaultPicture', 'defaultProfile', 'bioLength', 'hasUrl', 'hasLocation', 'hasBanner', 'nameLength', 'handleLength', 'handleDigits'] as const satisfies readonly (keyof Profile)[];

export const PROFILE_WIDTH = PROFILE_FIELDS.length;

const num = (x: number | null): number => (x === null ? NaN : x);
const bit = (b: boolean | null): number => (b === null ? NaN : b ? 1 : 0);

/**
 * Writes `p` as PROFILE_WIDTH numbers into `out` at `offset`, in the order of PROFILE_FIELDS.
 * Field by field: `p[PROFILE_FIELDS[k]]` in a loop is one keyed load site with 16 names
 * (megamorphic in V8), ~10× slower.
 */
export function profileToRow(p: Profile, out: Float64Array, offset = 0): void {
  out[offset] = num(p.followers);
  out[offset + 1] = num(p.following);
  out[offset + 2] = num(p.posts);
  out[offset + 3] = num(p.lists);
  out[offset + 4] = num(p.likes);
  out[offset + 5] = num(p.createdDay);
  out[offset + 6] = num(p.observedDay);
  out[offset + 7] = bit(p.defaultPicture);
  out[offset + 8] = bit(p.defaultProfile);
  out[offset + 9] = num(p.bioLength);
  out[offset + 10] = bit(p.hasUrl);
  out[offset + 11] = bit(p.hasLocation);
  out[offset + 12] = bit(p.hasBanner);
  out[offset + 13] = num(p.nameLength);
  out[offset + 14] = num(p.handleLength);
  out[offset + 15] = num(p.handleDigits);
}

/** Sets the observation day of every profile row that has none. */
export function fillObserved(P: Float64Array, observedDay: number): void {
  const k = PROFILE_FIELDS.indexOf('observedDay');
  for (let o = k; o < P.length; o += PROFILE_WIDTH) if (P[o] !== P[o]) P[o] = observedDay;
}

/**
 * Writes the feature row of the profile row at P[pOff…] into `out` at `offset` (NaN =
 * missing). Ratios with a zero denominator use denominator 1 (an account with no followers
 * that follows 500 has a ratio of 500); an age below one day counts as one day.
 */
export function featurizeRow(P: Float64Array, pOff: number, out: Float64Array | Float32Array, offset = 0): void {
  const fol = P[pOff];
  const fng = P[pOff + 1];
  const posts = P[pOff + 2];
  const created = P[pOff + 5];
  const observed = P[pOff + 6];
  const age = Math.max(1, observed - created); // NaN when either is missing
  const fol1 = Math.max(1, fol);
  out[offset] = fol;
  out[offset + 1] = fng;
  out[offset + 2] = posts;
  out[offset + 3] = age;
  out[offset + 4] = fng / fol1;
  out[offset + 5] = fng / (fol1 * fol1);
  out[offset + 6] = posts / age;
  out[offset + 7] = fng / age;
  out[offset + 8] = fol / age;
  out[offset + 9] = P[pOff + 7]; // default picture
  out[offset + 10] = P[pOff + 9]; // bio length
  out[offset + 11] = P[pOff + 12]; // banner
  out[offset + 12] = P[pOff + 13]; // name length
  out[offset + 13] = P[pOff + 14]; // handle length
  out[offset + 14] = P[pOff + 15]; // handle digits
  out[offset + 15] = P[pOff + 3]; // lists
  out[offset + 16] = P[pOff + 4]; // likes
  out[offset + 17] = P[pOff + 10]; // URL
  out[offset + 18] = P[pOff + 11]; // location
  out[offset + 19] = P[pOff + 8]; // default theme
}

const scratchRow = new Float64Array(PROFILE_WIDTH);

/** The feature row of one profile. */
export function featurize(p: Profile, out: Float64Array | Float32Array, offset = 0): void {
  profileToRow(p, scratchRow);
  featurizeRow(scratchRow, 0, out, offset);
}

/** Feature matrix (rows × FEATURE_COUNT) of a profile matrix (rows × PROFILE_WIDTH). */
export function featuresOfRows(P: Float64Array, rows: number): Float64Array {
  const X = new Float64Array(rows * FEATURE_COUNT);
  for (let i = 0; i < rows; i++) featurizeRow(P, i * PROFILE_WIDTH, X, i * FEATURE_COUNT);
  return X;
}

/** Row-major feature matrix of many profiles. */
export function featureMatrix(profiles: readonly Profile[]): Float64Array {
  const X = new Float64Array(profiles.length * FEATURE_COUNT);
  for (let i = 0; i < profiles.length; i++) featurize(profiles[i], X, i * FEATURE_COUNT);
  return X;
}

/** The same rows with the non-portable features set to missing (what Bluesky or Mastodon give). */
export function maskNonPortable(X: Float64Array): Float64Array {
  const out = Float64Array.from(X);
  const rows = X.length / FEATURE_COUNT;
  for (let j = 0; j < FEATURE_COUNT; j++) {
    if (FEATURES[j].portable) continue;
    for (let i = 0; i < rows; i++) out[i * FEATURE_COUNT + j] = NaN;
  }
  return out;
}
