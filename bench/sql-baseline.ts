/**
 * An independent oracle of the core's scoring: the same ten raw signals, normalisations,
 * roundings, totals and order as `scoreCohort` (src/core/ranking/score.ts), computed by ONE
 * SQL statement (CTEs) in SQLite over the evidence table loaded as rows — but for index 1's
 * PageRank, which the core computes and the statement reads as two tables (loadFieldGraph).
 *
 * Tables (loaded from an EvidenceTable by `loadSqlite`):
 *   ev(c, kind, day, value, value2, key, country, language, value3) — one row per evidence row, in the
 *     table's order (rowid = row index + 1, so "the later row wins" ties resolve as in the
 *     core); NO_DAY, NaN and -1 become NULL;
 *   strings(id, s) — the intern table (the home-country comparison reads it);
 *   cand(c, key) — the candidates, for the tie-break in code-point order (BINARY collation on
 *     UTF-8 is code-point order).
 * The configuration's numbers are bound as parameters (@name); the normalisation method of
 * each index chooses the SQL written for it (log-cap, linear-cap or percentile).
 *
 * Exactness. Every expression repeats the core's floating-point operations in the same order
 * (e.g. `(sum·ln 2·unit)/h`, `ln(exp(H))`), and rounding is written as the core's Math.round:
 * floor(x·10^k + 0.5)/10^k (SQLite's own round() rounds the decimal expansion, which differs
 * on near-ties). What cannot be the same to the last bit: SQLite's sum() uses
 * Kahan–Babushka–Neumaier compensated summation (since 3.43) and sums groups in its own
 * order, ln(1+x) stands for Math.log1p(x), and libm's pow/log/exp may differ from V8's by an
 * ulp. Raw signals therefore agree to about 1e-15 relative, and the rounded index scores,
 * contributions and totals are equal unless a raw value sits within that distance of a
 * rounding boundary (see bench/sql-baseline.test.ts for the tolerance actually checked).
 */
import Database from 'better-sqlite3';
import { DAYS_PER_YEAR, NO_DAY } from '../src/core/dates.js';
import { INDEX_KEYS, type IndexKey, type ScoringInput } from '../src/core/domain.js';
import { KIND_CODE } from '../src/core/evidence/kinds.js';
import { UNIT_DAYS } from '../src/core/indices/recency-rate.js';
import type { Normalisation, RankingConfig } from '../src/core/ranking/config.js';
import { homeCountryOf, resolveAsOf } from '../src/core/ranking/score.js';
import { buildFieldGraph } from '../src/core/graph/field-graph.js';
import { AGREEMENT_DEFAULTS } from '../src/core/agreement/defaults.js';

type Db = Database.Database;

const KC = KIND_CODE;
/** The agreement signal's component weights (index 10). */
const AW = AGREEMENT_DEFAULTS.index.weights;

/** Undated items sort before every dated one in "latest" choices, as in the core (-1e9). */
const UNDATED = -1000000000;

// ---------------------------------------------------------------------------------------------
// Loading.

export interface LoadOptions {
  /** Database file; default in memory. */
  file?: string;
}

/**
 * Creates the tables and loads the cohort (multi-row INSERTs in one transaction), then the
 * indexes the query uses. Returns the open database.
 */
export function loadSqlite(input: ScoringInput, opts: LoadOptions = {}): Db {
  const db = new Database(opts.file ?? ':memory:');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -2000000');
  db.exec(`
    CREATE TABLE ev (c INTEGER NOT NULL, kind INTEGER NOT NULL, day INTEGER, value REAL, value2 REAL, key INTEGER, country INTEGER, language INTEGER, value3 REAL);
    CREATE TABLE strings (id INTEGER PRIMARY KEY, s TEXT NOT NULL);
    CREATE TABLE cand (c INTEGER PRIMARY KEY, key TEXT NOT NULL);
  `);
  const t = input.table;
  const BATCH = 500;
  const one = '(?,?,?,?,?,?,?,?,?)';
  const many = db.prepare(`INSERT INTO ev VALUES ${Array(BATCH).fill(one).join(',')}`);
  const single = db.prepare(`INSERT INTO ev VALUES ${one}`);
  const args: (number | null)[] = new Array(9 * BATCH);
  const rowArgs = (r: number, out: (number | null)[], o: number): void => {
    const d = t.day[r];
    const v = t.value[r];
    const v2 = t.value2[r];
    out[o] = 0;
    out[o + 1] = t.kind[r];
    out[o + 2] = d === NO_DAY ? null : d;
    out[o + 3] = v === v ? v : null;
    out[o + 4] = v2 === v2 ? v2 : null;
    out[o + 5] = t.key[r] < 0 ? null : t.key[r];
    out[o + 6] = t.country[r] < 0 ? null : t.country[r];
    out[o + 7] = t.language[r] < 0 ? null : t.language[r];
    const v3 = t.value3 ? t.value3[r] : NaN;
    out[o + 8] = v3 === v3 ? v3 : null;
  };
  // Candidate of each row, from the offsets.
  const candOf = new Int32Array(t.rows);
  for (let c = 0; c < t.candidateCount; c++) candOf.fill(c, t.offsets[c], t.offsets[c + 1]);
  db.transaction(() => {
    let r = 0;
    for (; r + BATCH <= t.rows; r += BATCH) {
      for (let i = 0; i < BATCH; i++) {
        rowArgs(r + i, args, 9 * i);
        args[9 * i] = candOf[r + i];
      }
      many.run(args);
    }
    const a1: (number | null)[] = new Array(9);
    for (; r < t.rows; r++) {
      rowArgs(r, a1, 0);
      a1[0] = candOf[r];
      single.run(a1);
    }
    const s = db.prepare('INSERT INTO strings VALUES (?, ?)');
    for (let i = 0; i < t.strings.length; i++) s.run(i, t.strings[i]);
    const cd = db.prepare('INSERT INTO cand VALUES (?, ?)');
    for (let c = 0; c < input.candidates.length; c++) cd.run(c, input.candidates[c].key);
  })();
  db.exec('CREATE INDEX ev_kind_c ON ev (kind, c)');
  db.exec('ANALYZE');
  return db;
}

// ---------------------------------------------------------------------------------------------
// The query.

/** The core's Math.round(x·10^k)/10^k. */
const roundSql = (x: string, k: number): string => `(floor((${x}) * 1${'0'.repeat(k)}.0 + 0.5) / 1${'0'.repeat(k)}.0)`;

/** Recency weight 0.5^(age/h), 1 when undated, when h ≤ 0 or when age ≤ 0 (normalise.ts). */
const recencySql = (h: string): string => `(CASE WHEN day IS NULL OR ${h} <= 0 OR day >= @asOf THEN 1.0 ELSE pow(0.5, (@asOf - day) / ${h}) END)`;

/** The recency-weighted rate of recency-rate.ts over the kinds weighted in `weights`. */
function rateSql(name: string, weights: [number, string][], unit: string, h: string): string {
  const cases = weights.map(([k, p]) => `WHEN ${k} THEN ${p}`).join(' ');
  const kinds = weights.map(([k]) => k).join(', ');
  return `${name} AS (
    SELECT c, count(*) AS items,
      CASE WHEN ${h} > 0 THEN sum(w * pow(0.5, (@asOf - day) / ${h})) * @ln2 * ${unit} / ${h} ELSE sum(w) END AS raw
    FROM (SELECT c, day, CASE kind ${cases} ELSE 0 END AS w FROM ev WHERE kind IN (${kinds}) AND day IS NOT NULL AND day <= @asOf)
    WHERE w <> 0
    GROUP BY c
  )`;
}

function normSql(n: Normalisation, x: string, cap: string): string {
  if (n.method === 'log-cap') return `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} <= 0 THEN 0.0 ELSE min(100.0, (100 * ln(1 + ${x})) / ln(1 + ${cap})) END)`;
  if (n.method === 'linear-cap') return `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} <= 0 THEN 0.0 ELSE min(100.0, (100 * ${x}) / ${cap}) END)`;
  // Mid-rank percentile among the present signals: 100·(#below + ½·#equal)/n.
  return `(CASE WHEN ${x} IS NULL THEN NULL ELSE (100 * ((rank() OVER (PARTITION BY ${x} IS NULL ORDER BY ${x}) - 1) + 0.5 * (count(*) OVER (PARTITION BY ${x})))) / (count(${x}) OVER ()) END)`;
}

/** Short names of the ten index CTEs, in INDEX_KEYS order. */
const CTE: Record<IndexKey, string> = {
  peer_recognition: 'pr',
  digital_identity: 'di',
  multi_platform_presence: 'mp',
  publishing: 'pu',
  community_contribution: 'cc',
  media_presence: 'me',
  international_reach: 'ir',
  experience: 'ex',
  qualified_audience: 'qa',
  ranking_agreement: 'ra',
};

export interface SqlQuery {
  sql: string;
  params: Record<string, number | string | null>;
}

/** The one statement and its parameters for `config` (asOfDay resolved by the caller). */
export function buildScoreQuery(config: RankingConfig, asOfDay: number, homeCountry: string | null): SqlQuery {
  const p = (key: IndexKey, name: string): number => {
    const v = config.indices[key][name];
    if (typeof v !== 'number') throw new Error(`parameter ${key}.${name} missing`);
    return v;
  };
  const W = INDEX_KEYS.reduce((s, k) => s + config.weights[k], 0);
  const params: Record<string, number | string | null> = {
    asOf: asOfDay,
    ln2: Math.LN2,
    month: UNIT_DAYS.month,
    year: UNIT_DAYS.year,
    dpy: DAYS_PER_YEAR,
    home: homeCountry,
    di_unv: p('digital_identity', 'unverifiedProfileWeight'),
    di_web: p('digital_identity', 'websitePoints'),
    di_prof: p('digital_identity', 'profilePoints'),
    di_pcap: p('digital_identity', 'profileCap'),
    di_kb: p('digital_identity', 'knowledgeBasePoints'),
    di_kbcap: p('digital_identity', 'knowledgeBaseCap'),
    di_search: p('digital_identity', 'searchPoints'),
    mp_win: p('multi_platform_presence', 'activeWindowDays'),
    mp_pcap: p('multi_platform_presence', 'platformCap'),
    mp_weeks: p('multi_platform_presence', 'regularityWeeks'),
    mp_share: p('multi_platform_presence', 'platformShare'),
    pu_h: p('publishing', 'halfLifeDays'),
    pu_blog: p('publishing', 'blogPostWeight'),
    pu_article: p('publishing', 'articleWeight'),
    pu_book: p('publishing', 'bookWeight'),
    pu_wp: p('publishing', 'whitePaperWeight'),
    cc_h: p('community_contribution', 'halfLifeDays'),
    cc_talk: p('community_contribution', 'talkWeight'),
    cc_course: p('community_contribution', 'courseWeight'),
    cc_vol: p('community_contribution', 'volunteerRoleWeight'),
    me_h: p('media_presence', 'halfLifeDays'),
    me_mention: p('media_presence', 'mentionWeight'),
    me_quote: p('media_presence', 'quoteWeight'),
    ir_h: p('international_reach', 'halfLifeDays'),
    ir_ccap: p('international_reach', 'countryCap'),
    ir_lcap: p('international_reach', 'languageCap'),
    ir_cs: p('international_reach', 'countryShare'),
    ir_fs: p('international_reach', 'foreignShare'),
    ir_ls: p('international_reach', 'languageShare'),
    qa_unaudited: p('qualified_audience', 'unauditedFakeShare'),
  };
  INDEX_KEYS.forEach((k, i) => {
    params[`cap${i}`] = config.indices[k].normalisation.cap;
    params[`f${i}`] = config.weights[k] / W;
  });

  const ctes: string[] = [];

  // 1. Peer recognition: √(A × P) over the field graph's tables (see loadFieldGraph): P the
  // recognisers of each candidate, each counting min(1, weight); A its authority ratio.
  ctes.push(`pr AS (
    SELECT i.c AS c, a.items AS items, sqrt(a.a * i.p) AS raw
    FROM (SELECT c, sum(min(1.0, w)) AS p FROM pr_in GROUP BY c) i JOIN pr_auth a ON a.c = i.c
  )`);

  // 2. Digital identity: website, best profile per platform, knowledge base, latest search share.
  ctes.push(`di_rows AS MATERIALIZED (
    SELECT rowid AS r, c, kind, day, value, key FROM ev
    WHERE kind IN (${KC.identity}, ${KC.website}, ${KC.knowledge_base}, ${KC.search_share}) AND (day IS NULL OR day <= @asOf)
  ),
  di_base AS (SELECT c, count(*) AS items, max(kind = ${KC.website}) AS website, sum(kind = ${KC.knowledge_base}) AS kb FROM di_rows GROUP BY c),
  di_prof AS (
    SELECT c, sum(bw) AS pv
    FROM (SELECT c, key, max(CASE WHEN value >= 1 THEN 1.0 ELSE @di_unv END) AS bw FROM di_rows WHERE kind = ${KC.identity} AND key IS NOT NULL GROUP BY c, key)
    GROUP BY c
  ),
  di_search AS (
    SELECT c, value AS sv, max(coalesce(day, ${UNDATED}) * 4294967296 + r) AS latest
    FROM di_rows WHERE kind = ${KC.search_share} AND value IS NOT NULL GROUP BY c
  ),
  di AS (
    SELECT b.c, b.items,
      (CASE WHEN b.website THEN @di_web ELSE 0 END)
        + @di_prof * min(1, coalesce(p.pv, 0) / @di_pcap)
        + @di_kb * min(1, b.kb / @di_kbcap)
        + @di_search * coalesce(min(1, max(0, s.sv)), 0) AS raw
    FROM di_base b LEFT JOIN di_prof p ON p.c = b.c LEFT JOIN di_search s ON s.c = b.c
  )`);

  // 3. Multi-platform presence: active platforms in the window, distinct weeks with a post.
  ctes.push(`mp AS (
    SELECT c, count(*) AS items,
      100 * (@mp_share * min(1, count(DISTINCT CASE WHEN key IS NOT NULL AND @asOf - day < @mp_win THEN key END) / @mp_pcap)
        + (1 - @mp_share) * (CASE WHEN @mp_weeks > 0 THEN count(DISTINCT CASE WHEN floor((@asOf - day) / 7) < @mp_weeks THEN floor((@asOf - day) / 7) END) / @mp_weeks ELSE 0 END)) AS raw
    FROM ev WHERE kind = ${KC.post} AND day IS NOT NULL AND day <= @asOf
    GROUP BY c
  )`);

  // 4–6. Recency-weighted rates.
  ctes.push(rateSql('pu', [[KC.blog_post, '@pu_blog'], [KC.article, '@pu_article'], [KC.book, '@pu_book'], [KC.white_paper, '@pu_wp']], '@month', '@pu_h'));
  ctes.push(rateSql('cc', [[KC.talk, '@cc_talk'], [KC.course, '@cc_course'], [KC.volunteer_role, '@cc_vol']], '@year', '@cc_h'));
  ctes.push(rateSql('me', [[KC.media_mention, '@me_mention'], [KC.media_quote, '@me_quote']], '@year', '@me_h'));

  // 7. International reach: country mix (audience and activity, half and half), foreign share, languages.
  ctes.push(`ir_rows AS MATERIALIZED (
    SELECT c, kind, value, country, language, ${recencySql('@ir_h')} AS w FROM ev
    WHERE (country IS NOT NULL OR language IS NOT NULL) AND (day IS NULL OR day <= @asOf)
  ),
  ir_items AS (SELECT c, count(*) AS items FROM ir_rows GROUP BY c),
  ir_cc AS MATERIALIZED (
    SELECT c, country,
      sum(CASE WHEN kind = ${KC.audience_country} AND value > 0 THEN value ELSE 0 END) AS aud,
      sum(CASE WHEN kind <> ${KC.audience_country} THEN w ELSE 0 END) AS act
    FROM ir_rows WHERE country IS NOT NULL GROUP BY c, country
  ),
  ir_tot AS (
    SELECT c, audT, actT,
      CASE WHEN audT > 0 THEN (CASE WHEN actT > 0 THEN 0.5 ELSE 1.0 END) ELSE 0.0 END AS ash
    FROM (SELECT c, sum(aud) AS audT, sum(act) AS actT FROM ir_cc GROUP BY c)
  ),
  ir_mix AS MATERIALIZED (
    SELECT x.c, x.country,
      (CASE WHEN t.audT > 0 THEN (t.ash * x.aud) / t.audT ELSE 0 END)
        + (CASE WHEN t.actT > 0 THEN ((1 - t.ash) * x.act) / t.actT ELSE 0 END) AS m
    FROM ir_cc x JOIN ir_tot t ON t.c = x.c
  ),
  ir_mass AS (
    SELECT m.c, sum(m.m) AS mass, sum(CASE WHEN s.s IS NOT @home THEN m.m ELSE 0 END) AS fm
    FROM ir_mix m JOIN strings s ON s.id = m.country GROUP BY m.c
  ),
  ir_hc AS (
    SELECT x.c, y.mass, y.fm, -sum(CASE WHEN x.m / y.mass > 0 THEN (x.m / y.mass) * ln(x.m / y.mass) ELSE 0 END) AS h
    FROM ir_mix x JOIN ir_mass y ON y.c = x.c WHERE y.mass > 0 GROUP BY x.c
  ),
  ir_l AS MATERIALIZED (SELECT c, language, sum(w) AS lw FROM ir_rows WHERE language IS NOT NULL GROUP BY c, language),
  ir_hl AS (
    SELECT x.c, -sum(CASE WHEN x.lw / t.lt > 0 THEN (x.lw / t.lt) * ln(x.lw / t.lt) ELSE 0 END) AS h
    FROM ir_l x JOIN (SELECT c, sum(lw) AS lt FROM ir_l GROUP BY c) t ON t.c = x.c GROUP BY x.c
  ),
  ir_parts AS (
    SELECT i.c, i.items,
      (CASE WHEN hc.c IS NOT NULL THEN @ir_cs * min(1, ln(exp(hc.h)) / ln(@ir_ccap)) ELSE 0 END)
        + (CASE WHEN hc.c IS NOT NULL AND @home IS NOT NULL THEN @ir_fs * (hc.fm / hc.mass) ELSE 0 END)
        + (CASE WHEN hl.c IS NOT NULL THEN @ir_ls * min(1, ln(exp(hl.h)) / ln(@ir_lcap)) ELSE 0 END) AS num,
      (CASE WHEN hc.c IS NOT NULL THEN @ir_cs ELSE 0 END)
        + (CASE WHEN hc.c IS NOT NULL AND @home IS NOT NULL THEN @ir_fs ELSE 0 END)
        + (CASE WHEN hl.c IS NOT NULL THEN @ir_ls ELSE 0 END) AS den
    FROM ir_items i LEFT JOIN ir_hc hc ON hc.c = i.c LEFT JOIN ir_hl hl ON hl.c = i.c
  ),
  ir AS (SELECT c, items, CASE WHEN den > 0 THEN (100 * num) / den ELSE NULL END AS raw FROM ir_parts)`);

  // 8. Experience: years since the earliest dated activity.
  ctes.push(`ex AS (
    SELECT c, count(*) AS items, (@asOf - min(day)) / @dpy AS raw
    FROM ev
    WHERE kind IN (${[KC.first_activity, KC.post, KC.blog_post, KC.article, KC.book, KC.white_paper, KC.talk, KC.course, KC.volunteer_role].join(', ')})
      AND day IS NOT NULL AND day <= @asOf
    GROUP BY c
  )`);

  // 9. Qualified audience: per platform the latest follower figure × (1 − the latest fake share
  // known for that platform, from any figure that has one).
  ctes.push(`qa_latest AS (
    SELECT c, key, value, count(*) AS n, max(coalesce(day, ${UNDATED}) * 4294967296 + rowid) AS latest
    FROM ev WHERE kind = ${KC.audience} AND key IS NOT NULL AND value IS NOT NULL AND (day IS NULL OR day <= @asOf)
    GROUP BY c, key
  ),
  qa_share AS (
    SELECT c, key, value2, max(coalesce(day, ${UNDATED}) * 4294967296 + rowid) AS latest
    FROM ev WHERE kind = ${KC.audience} AND key IS NOT NULL AND value IS NOT NULL AND value2 IS NOT NULL AND (day IS NULL OR day <= @asOf)
    GROUP BY c, key
  ),
  qa AS (
    SELECT l.c, sum(l.n) AS items,
      sum(max(0, l.value) * (1 - CASE WHEN s.value2 IS NOT NULL THEN min(1, max(0, s.value2)) ELSE @qa_unaudited END)) AS raw
    FROM qa_latest l LEFT JOIN qa_share s ON s.c = l.c AND s.key = l.key GROUP BY l.c
  )`);

  // 10. Ranking agreement (core/indices/ranking-agreement.ts, core/agreement/): the lists known
  // at asOf, one position per candidate and list (the best); tied ranks share their positions
  // [rank, rank + g − 1], a rank opening a band (value3: a whole number above the rank) the
  // band's [rank, end] (the largest end given), whichever is wider; mid = (rank + worst)/2;
  // Borda points m − mid + 1 summed, the consensus rank a competition rank of those totals;
  // then coverage, position and unanimity as the core.
  ctes.push(`ra_sizes AS MATERIALIZED (
    SELECT key AS l, max(CASE WHEN value2 IS NOT NULL THEN max(value2, value) ELSE value END,
      CASE WHEN value >= 1 AND value = floor(value) AND value3 > value AND value3 = floor(value3) THEN value3 ELSE 0 END) AS size
    FROM ev WHERE kind = ${KC.external_rank} AND key IS NOT NULL AND (day IS NULL OR day <= @asOf) GROUP BY key
  ),
  ra_bands AS MATERIALIZED (
    SELECT key AS l, value AS rank, max(value3) AS bend
    FROM ev WHERE kind = ${KC.external_rank} AND key IS NOT NULL AND (day IS NULL OR day <= @asOf) AND value >= 1 AND value = floor(value)
      AND value3 > value AND value3 = floor(value3)
    GROUP BY key, value
  ),
  ra_best AS MATERIALIZED (
    SELECT c, key AS l, min(value) AS rank, count(*) AS n
    FROM ev WHERE kind = ${KC.external_rank} AND key IS NOT NULL AND (day IS NULL OR day <= @asOf) AND value >= 1 AND value = floor(value)
    GROUP BY c, key
  ),
  ra_tied AS MATERIALIZED (
    SELECT t.c, t.l, t.rank, t.n, max(t.rank + t.g - 1, coalesce(b.bend, 0)) AS worst
    FROM (SELECT c, l, rank, n, count(*) OVER (PARTITION BY l, rank) AS g FROM ra_best) t
    LEFT JOIN ra_bands b ON b.l = t.l AND b.rank = t.rank
  ),
  ra_lists AS MATERIALIZED (
    SELECT t.l, max(s.size, max(t.worst)) AS m FROM ra_tied t JOIN ra_sizes s ON s.l = t.l GROUP BY t.l
  ),
  ra_pos AS MATERIALIZED (
    SELECT t.c, t.n, l.m, (t.rank + t.worst) / 2.0 AS mid FROM ra_tied t JOIN ra_lists l ON l.l = t.l
  ),
  ra_items AS MATERIALIZED (
    SELECT c, sum(n) AS items, count(*) AS k, sum(m - mid + 1) AS borda,
      sum(1 - (mid - 1) / m) AS sq, sum((1 - (mid - 1) / m) * (1 - (mid - 1) / m)) AS sq2
    FROM ra_pos GROUP BY c
  ),
  ra_ranked AS MATERIALIZED (
    SELECT c, items, k, sq, sq2, rank() OVER (ORDER BY borda DESC) AS r FROM ra_items
  ),
  ra AS (
    SELECT c, items,
      (100 * (${AW.coverage} * (k * 1.0 / nl) + ${AW.position} * (1 - (r - 1) * 1.0 / nu) + ${AW.unanimity} * max(0, 1 - 2 * sqrt(max(0, sq2 / nl - (sq / nl) * (sq / nl)))))) / ${AW.coverage + AW.position + AW.unanimity} AS raw
    FROM ra_ranked, (SELECT count(*) AS nl FROM ra_lists), (SELECT count(*) AS nu FROM ra_items)
  )`);

  // The cohort: raw signals side by side, normalised, rounded, weighted, totalled, ordered.
  const joins = INDEX_KEYS.map((k) => `LEFT JOIN ${CTE[k]} ON ${CTE[k]}.c = cand.c`).join('\n    ');
  const raws = INDEX_KEYS.map((k, i) => `${CTE[k]}.raw AS r${i}`).join(', ');
  ctes.push(`sig AS (
    SELECT cand.c AS c, cand.key AS ck, ${raws}
    FROM cand
    ${joins}
  )`);
  const scores = INDEX_KEYS.map((k, i) => `${roundSql(normSql(config.indices[k].normalisation, `r${i}`, `@cap${i}`), 4)} AS s${i}`).join(',\n      ');
  ctes.push(`sc AS (SELECT c, ck, ${INDEX_KEYS.map((_, i) => `r${i}`).join(', ')},\n      ${scores}\n    FROM sig)`);
  const contribs = INDEX_KEYS.map((_, i) => `${roundSql(`@f${i} * s${i}`, 6)} AS v${i}`).join(', ');
  const present = INDEX_KEYS.map((_, i) => `(s${i} IS NOT NULL)`).join(' + ');
  ctes.push(`ct AS (SELECT sc.*, ${contribs}, ${present} AS present FROM sc)`);
  let sum = '0.0';
  for (let i = 0; i < INDEX_KEYS.length; i++) sum = `(${sum} + coalesce(v${i}, 0))`;
  const sql = `WITH
  ${ctes.join(',\n  ')}
SELECT c, ${INDEX_KEYS.map((_, i) => `s${i}`).join(', ')}, ${INDEX_KEYS.map((_, i) => `r${i}`).join(', ')}, ${roundSql(sum, 6)} AS total, present
FROM ct
WHERE present > 0
ORDER BY total DESC, present DESC, ck ASC`;
  return { sql, params };
}

export interface SqlScores {
  /** Candidate indices in rank order. */
  order: Int32Array;
  /** Per index (INDEX_KEYS order), length C: rounded score, NaN when missing. */
  scores: Float64Array[];
  /** Per index, length C: raw signal, NaN when missing. */
  raw: Float64Array[];
  total: Float64Array;
  present: Uint8Array;
  /** Time of the query alone (prepare, step through every row), ms. */
  ms: number;
  /** Time of the field graph and its PageRank (core; not its load into pr_in / pr_auth), ms. */
  graphMs: number;
}

/**
 * Index 1 is a personalised PageRank over the field's graph: an iteration to convergence, which
 * one SQL statement cannot express in SQLite (a recursive CTE may not aggregate). So the
 * graph is built and its PageRank run by the core (buildFieldGraph), and given to the
 * statement as two tables: pr_in(c, u, w), the edges into each candidate after duplicates were
 * summed, and pr_auth(c, a, items), the authority ratio and the edges read. The statement
 * computes P and √(A × P) and everything else. Returns the time of the core's part (graph and
 * PageRank), ms.
 */
export function loadFieldGraph(db: Db, input: ScoringInput, config: RankingConfig, asOfDay: number): number {
  const t0 = performance.now();
  const fg = buildFieldGraph(input, asOfDay, config.indices.peer_recognition.halfLifeDays);
  const coreMs = performance.now() - t0;
  db.exec('DROP TABLE IF EXISTS pr_in; DROP TABLE IF EXISTS pr_auth; CREATE TABLE pr_in (c INTEGER NOT NULL, u INTEGER NOT NULL, w REAL NOT NULL); CREATE TABLE pr_auth (c INTEGER PRIMARY KEY, a REAL NOT NULL, items INTEGER NOT NULL);');
  const g = fg.graph;
  const ins = db.prepare('INSERT INTO pr_in VALUES (?, ?, ?)');
  const auth = db.prepare('INSERT INTO pr_auth VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let c = 0; c < fg.candidateCount; c++) {
      for (let e = g.inOffsets[c]; e < g.inOffsets[c + 1]; e++) ins.run(c, g.inSources[e], g.inWeights ? g.inWeights[e] : 1);
      auth.run(c, fg.authority[c] * fg.candidateCount, fg.evidence[c]);
    }
  })();
  db.exec('CREATE INDEX pr_in_c ON pr_in (c)');
  return coreMs;
}

/** Runs the statement over a loaded database and collects the result in columnar form. */
export function scoreSql(db: Db, input: ScoringInput, config: RankingConfig): SqlScores {
  const { asOfDay } = resolveAsOf(input, config);
  const graphMs = loadFieldGraph(db, input, config, asOfDay);
  const q = buildScoreQuery(config, asOfDay, homeCountryOf(input.field.region));
  const C = input.candidates.length;
  const K = INDEX_KEYS.length;
  const scores = INDEX_KEYS.map(() => new Float64Array(C).fill(NaN));
  const raw = INDEX_KEYS.map(() => new Float64Array(C).fill(NaN));
  const total = new Float64Array(C);
  const present = new Uint8Array(C);
  const order: number[] = [];
  const t0 = performance.now();
  const stmt = db.prepare(q.sql).raw(true);
  for (const row of stmt.iterate(q.params) as Iterable<(number | null)[]>) {
    const c = row[0] as number;
    order.push(c);
    for (let i = 0; i < K; i++) {
      const s = row[1 + i];
      if (s !== null) scores[i][c] = s;
      const r = row[1 + K + i];
      if (r !== null) raw[i][c] = r;
    }
    total[c] = row[1 + 2 * K] as number;
    present[c] = row[2 + 2 * K] as number;
  }
  const ms = performance.now() - t0;
  return { order: Int32Array.from(order), scores, raw, total, present, ms, graphMs };
}
