/**
 * Deterministic synthetic cohorts for the benchmarks: N candidates with realistic, heavy-tailed
 * evidence for all ten indices (with gaps), written either straight into an
 * EvidenceTableBuilder (millions of rows, no per-row objects) or as an import CSV file streamed
 * to disk (English headers, the long format of src/adapters/import/columns.ts).
 *
 * One generator feeds both through a sink, so the table and the CSV hold the same kind of data.
 * Every draw comes from one seeded `Random`, in a fixed order: the same (N, seed) gives the same
 * rows, byte for byte.
 *
 * Shape of the data (asOf 2026-11-27, dates 2005-01-01 … 2026-12-31, so a few rows lie after the
 * reference date and are ignored by the scorers):
 *  - an activity level per candidate, Pareto-distributed (α = 1.3, truncated at 40), scales the
 *    number of dated items: about 23 rows per candidate on average, a median of 14, a tenth of
 *    the candidates with 8 or fewer, 0.7 % with 200 or more (a few over 600);
 *  - identities on 1–6 of 11 platforms (half verified, a few duplicated per platform), website,
 *    knowledge-base entries, search-result shares;
 *  - peer mentions with peers drawn from a pool of N/5 handles with a Zipf-like concentration
 *    (index = ⌊P·u³⌋: the top 1 % of the pool receives about a fifth of all mentions), 10 %
 *    undated;
 *  - social posts aggregated per platform and week (value = posts that week), with gaps;
 *  - blog posts, articles, books, white papers; talks, courses, volunteer roles; media mentions
 *    and quotes, many with a country and a language (home CA, field region CA-QC);
 *  - audience by country (shares, sometimes counts), first activity, audiences per platform with
 *    and without an audited fake share;
 *  - external ranks in two lists: "Top 100 B2B" (2025, size not declared: 100 entries) and
 *    "Influence 500" (2026, size 500 declared), dated January 1 of their year as
 *    `scoringInputFromBatch` dates them.
 * Candidate keys are zero-padded (`c0000001`…) so that index order is code-point order.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { NO_DAY, dayOf, isoOf } from '../src/core/dates.js';
import type { ScoringInput } from '../src/core/domain.js';
import { KIND_BY_CODE, KIND_CODE } from '../src/core/evidence/kinds.js';
import { EvidenceTableBuilder, type EvidenceTable } from '../src/core/evidence/table.js';
import { externalListDay, externalListKey } from '../src/core/evidence/from-batch.js';
import { Random } from '../src/core/random.js';

export const BENCH_AS_OF = '2026-11-27';
export const BENCH_FIELD: ScoringInput['field'] = { topic: 'Benchmark: B2B marketing', region: 'CA-QC', languages: ['fr', 'en'] };
export const BENCH_SEED = 20181127;

const AS_OF = dayOf(BENCH_AS_OF);
const FIRST_DAY = dayOf('2005-01-01');
const LAST_DAY = dayOf('2026-12-31');
const DAY_2018 = dayOf('2018-01-01');
const DAY_2021 = dayOf('2021-01-01');
const DAY_2023 = dayOf('2023-01-01');

const K = KIND_CODE;

// ---------------------------------------------------------------------------------------------
// Vocabulary: the generator's strings, by small integer id (platforms, countries, languages,
// lists, then peers, whose strings are made on demand).

const PLATFORMS = ['linkedin', 'x', 'youtube', 'facebook', 'instagram', 'bluesky', 'mastodon', 'tiktok', 'pinterest', 'quora', 'threads'];
/** Countries, the home country first; foreign ones roughly by how often a Québec field meets them. */
const COUNTRIES = ['CA', 'US', 'FR', 'BE', 'CH', 'GB', 'MX', 'MA', 'SN', 'DE', 'ES', 'BR', 'JP', 'IT'];
const LANGUAGES = ['fr', 'en', 'es', 'de', 'pt', 'it'];
interface ListSpec {
  name: string;
  year: number;
  size: number;
  declared: boolean;
}
const LISTS: ListSpec[] = [
  { name: 'Top 100 B2B', year: 2025, size: 100, declared: false },
  { name: 'Influence 500', year: 2026, size: 500, declared: true },
];

/** A list of year Y is known from January 1 of Y, as the scoring input built from an import has it. */
const LIST_DAYS = LISTS.map((l) => externalListDay(l.year));

const V_PLATFORM = 0;
const V_COUNTRY = V_PLATFORM + PLATFORMS.length;
const V_LANGUAGE = V_COUNTRY + COUNTRIES.length;
const V_LIST = V_LANGUAGE + LANGUAGES.length;
const V_PEER = V_LIST + LISTS.length;

export function peerHandle(i: number): string {
  return `@p${String(i + 1).padStart(6, '0')}`;
}

/** The string of a vocabulary id (the table form: lists as "name (year)"). */
export function vocabString(id: number): string {
  if (id < V_COUNTRY) return PLATFORMS[id - V_PLATFORM];
  if (id < V_LANGUAGE) return COUNTRIES[id - V_COUNTRY];
  if (id < V_LIST) return LANGUAGES[id - V_LANGUAGE];
  if (id < V_PEER) {
    const l = LISTS[id - V_LIST];
    return externalListKey(l.name, l.year);
  }
  return peerHandle(id - V_PEER);
}

export function candidateKey(c: number): string {
  return `c${String(c + 1).padStart(7, '0')}`;
}

const FIRST = ['Émilie', 'Marc-André', 'Sophie', 'Jean-François', 'Isabelle', 'Mathieu', 'Catherine', 'Alexandre', 'Geneviève', 'Philippe', 'Julie', 'Olivier', 'Mélanie', 'Nicolas', 'Valérie', 'Sébastien', 'Karine', 'Maxime', 'Nathalie', 'David', 'Sarah', 'Michael', 'Jennifer', 'Kevin', 'Amanda', 'Patrick', 'Chloé', 'Félix', 'Léa', 'Samuel'];
const LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Smith', 'Campbell', 'MacDonald', 'Nguyen', 'Haddad'];

export function candidateName(c: number): string {
  // A fixed function of the index (not a draw), so names do not shift the random stream.
  const h = Math.imul(c + 1, 0x9e3779b1) >>> 0;
  return `${FIRST[h % FIRST.length]} ${LAST[(h >>> 8) % LAST.length]}`;
}

// ---------------------------------------------------------------------------------------------
// The generator.

/** Receives the generated data; `key`, `country`, `language` are vocabulary ids or -1. */
export interface EvidenceSink {
  candidate(c: number): void;
  /** Returns false to stop the generation (row budget reached). */
  row(c: number, kind: number, day: number, value: number, value2: number, key: number, country: number, language: number): boolean;
}

class StopGeneration extends Error {}

export interface GenerateOptions {
  candidates: number;
  seed?: number;
}

/**
 * Generates `candidates` candidates in index order into `sink` (stopping early if the sink
 * says so). Rows of one candidate come grouped by kind code, dates ascending within a kind
 * (posts: per platform).
 */
export function generateEvidence(opts: GenerateOptions, sink: EvidenceSink): void {
  const N = opts.candidates;
  const rng = new Random(opts.seed ?? BENCH_SEED);
  const P = Math.max(10, Math.floor(N / 5));
  // External lists: distinct members drawn up front; half of list A's members are also in B.
  const listRank: Map<number, number>[] = LISTS.map(() => new Map());
  {
    const a = listRank[0];
    const b = listRank[1];
    const sizeA = Math.min(LISTS[0].size, N);
    const sizeB = Math.min(LISTS[1].size, N);
    while (a.size < sizeA) {
      const c = rng.int(0, N - 1);
      if (!a.has(c)) a.set(c, a.size + 1);
    }
    const aMembers = [...a.keys()];
    for (let i = 0; i < aMembers.length && b.size < sizeB; i += 2) b.set(aMembers[i], 0);
    while (b.size < sizeB) {
      const c = rng.int(0, N - 1);
      if (!b.has(c)) b.set(c, 0);
    }
    // Positions in B: a random permutation of 1..sizeB.
    const pos = Array.from({ length: b.size }, (_, i) => i + 1);
    for (let i = pos.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [pos[i], pos[j]] = [pos[j], pos[i]];
    }
    let i = 0;
    for (const c of b.keys()) b.set(c, pos[i++]);
  }

  const days = new Int32Array(4096);
  const platOrder = Int32Array.from(PLATFORMS, (_, i) => i);
  const ownPlatforms = new Int32Array(PLATFORMS.length);
  const sortedDays = (n: number, lo: number, hi: number, undated: number): Int32Array => {
    const m = Math.min(n, days.length);
    for (let i = 0; i < m; i++) days[i] = undated > 0 && rng.next() < undated ? NO_DAY : rng.int(lo, hi);
    return days.subarray(0, m).sort();
  };
  const foreignCountry = (): number => {
    // Zipf-like over the foreign countries: the US and France most often.
    const u = rng.next();
    return V_COUNTRY + 1 + Math.floor((COUNTRIES.length - 1) * u * u);
  };
  const activityCountry = (): number => (rng.next() < 0.62 ? V_COUNTRY : foreignCountry());
  const language = (country: number): number => {
    const co = COUNTRIES[country - V_COUNTRY];
    if (co === 'CA') return V_LANGUAGE + (rng.next() < 0.7 ? 0 : 1);
    if (co === 'FR' || co === 'BE' || co === 'CH' || co === 'MA' || co === 'SN') return V_LANGUAGE + (rng.next() < 0.85 ? 0 : 1);
    if (co === 'MX' || co === 'ES') return V_LANGUAGE + 2;
    if (co === 'DE') return V_LANGUAGE + 3;
    if (co === 'BR') return V_LANGUAGE + 4;
    if (co === 'IT') return V_LANGUAGE + 5;
    return V_LANGUAGE + 1;
  };

  const emit = (c: number, kind: number, day: number, value: number, value2: number, key: number, country: number, lang: number): void => {
    if (!sink.row(c, kind, day, value, value2, key, country, lang)) throw new StopGeneration();
  };

  // Dated items of one kind, some with a language.
    const publications = (c: number, a: number, start: number, kind: number, p: number, mean: number): void => {
      if (rng.next() >= p) return;
      const d = sortedDays(Math.max(1, Math.round(mean * a * rng.next())), start, LAST_DAY, 0);
      for (let i = 0; i < d.length; i++) emit(c, kind, d[i], NaN, NaN, -1, -1, rng.next() < 0.5 ? V_LANGUAGE + (rng.next() < 0.7 ? 0 : 1) : -1);
    };
  // Dated items of one kind, some with a country (and then mostly a language).
    const located = (c: number, a: number, start: number, kind: number, p: number, mean: number, withPlace: number): void => {
      if (rng.next() >= p) return;
      const d = sortedDays(Math.max(1, Math.round(mean * a * rng.next())), start, LAST_DAY, 0);
      for (let i = 0; i < d.length; i++) {
        if (rng.next() < withPlace) {
          const co = activityCountry();
          emit(c, kind, d[i], NaN, NaN, -1, co, rng.next() < 0.9 ? language(co) : -1);
        } else emit(c, kind, d[i], NaN, NaN, -1, -1, -1);
      }
    };

  try {
    for (let c = 0; c < N; c++) {
      sink.candidate(c);
      const a = Math.min(40, Math.pow(1 - rng.next(), -1 / 1.3));
      const start = rng.int(FIRST_DAY, AS_OF - 365);

      // Platforms of the person: a partial shuffle picks 1–6 of them.
      const nOwn = Math.min(PLATFORMS.length, 1 + Math.floor(rng.next() * Math.min(6, 1 + a)));
      for (let i = 0; i < nOwn; i++) {
        const j = i + Math.floor(rng.next() * (PLATFORMS.length - i));
        const t = platOrder[i];
        platOrder[i] = platOrder[j];
        platOrder[j] = t;
        ownPlatforms[i] = platOrder[i];
      }

      // Index 2: identities, website, knowledge base, search share.
      if (rng.next() < 0.85) {
        for (let i = 0; i < nOwn; i++) {
          const verified = rng.next() < 0.5 ? 1 : 0;
          emit(c, K.identity, NO_DAY, verified, NaN, V_PLATFORM + ownPlatforms[i], -1, -1);
          if (rng.next() < 0.05) emit(c, K.identity, NO_DAY, 1 - verified, NaN, V_PLATFORM + ownPlatforms[i], -1, -1);
        }
      }
      if (rng.next() < 0.6) emit(c, K.website, NO_DAY, NaN, NaN, -1, -1, -1);
      if (rng.next() < 0.12) {
        const n = rng.int(1, 3);
        for (let i = 0; i < n; i++) emit(c, K.knowledge_base, NO_DAY, NaN, NaN, -1, -1, -1);
      }
      if (rng.next() < 0.35) {
        const d = sortedDays(rng.int(1, 3), DAY_2018, LAST_DAY, 0.1);
        for (let i = 0; i < d.length; i++) emit(c, K.search_share, d[i], Math.round(rng.next() * rng.next() * 100) / 100, NaN, -1, -1, -1);
      }

      // Index 1: peer mentions.
      if (rng.next() < 0.75) {
        const d = sortedDays(Math.max(1, Math.round(a * 2 * (0.3 + rng.next()))), start, LAST_DAY, 0.1);
        for (let i = 0; i < d.length; i++) {
          const u = rng.next();
          emit(c, K.peer_mention, d[i], NaN, NaN, V_PEER + Math.floor(P * u * u * u), -1, -1);
        }
      }

      // Index 3: posts, one row per platform and week with a post.
      if (rng.next() < 0.7) {
        const np = Math.min(nOwn, 1 + Math.floor(rng.next() * Math.min(4, a)));
        for (let i = 0; i < np; i++) {
          const last = AS_OF + 30 - Math.floor(rng.next() * rng.next() * 1500);
          const weeks = Math.min(260, Math.max(1, Math.round(a * 3 * (0.2 + rng.next()))));
          const gap = 0.1 + 0.5 * rng.next();
          for (let w = weeks - 1; w >= 0; w--) {
            if (rng.next() < gap) continue;
            const d = last - 7 * w - rng.int(0, 6);
            if (d < start) continue;
            emit(c, K.post, d, rng.int(1, 5), NaN, V_PLATFORM + ownPlatforms[i], -1, -1);
          }
        }
      }

      // Index 4: publications (some with a language).
      publications(c, a, start, K.blog_post, 0.45, 4);
      publications(c, a, start, K.article, 0.25, 1.2);
      publications(c, a, start, K.book, 0.05, 0.6);
      publications(c, a, start, K.white_paper, 0.1, 1);

      // Index 5 and 6: talks, courses, volunteer roles, media (with a country and a language).
      located(c, a, start, K.talk, 0.4, 2, 0.8);
      located(c, a, start, K.course, 0.15, 1, 0.3);
      located(c, a, start, K.volunteer_role, 0.15, 0.5, 0);
      located(c, a, start, K.media_mention, 0.35, 2, 0.7);
      located(c, a, start, K.media_quote, 0.2, 1, 0.7);

      // Index 7: audience by country (shares, or counts for one in ten).
      if (rng.next() < 0.3) {
        const n = rng.int(2, a < 3 ? 3 : 6);
        const counts = rng.next() < 0.1;
        const day = rng.next() < 0.3 ? NO_DAY : rng.int(DAY_2023, AS_OF);
        let left = 1;
        for (let i = 0; i < n; i++) {
          const co = i === 0 ? V_COUNTRY : foreignCountry();
          const share = i === n - 1 ? left : left * (0.3 + 0.5 * rng.next());
          left -= share;
          const v = counts ? Math.round(share * 50000) : Math.round(share * 100) / 100;
          emit(c, K.audience_country, day, v, NaN, -1, co, -1);
        }
      }

      // Index 8: first activity.
      if (rng.next() < 0.55) emit(c, K.first_activity, start - rng.int(0, 1500), NaN, NaN, -1, -1, -1);

      // Index 9: audiences per platform, 1–3 snapshots, half of them audited.
      if (rng.next() < 0.8) {
        const base = Math.log(50) + Math.log(1 + a) * 2.2;
        const np = Math.min(nOwn, rng.int(1, a < 3 ? 1 : 3));
        for (let i = 0; i < np; i++) {
          const d = sortedDays(rng.int(1, a < 3 ? 2 : 3), DAY_2021, LAST_DAY, 0.1);
          const level = base + 1.3 * rng.normal();
          for (let j = 0; j < d.length; j++) {
            const followers = Math.round(Math.exp(level + 0.1 * j));
            const fake = rng.next() < 0.5 ? Math.round((0.02 + 0.5 * rng.next() * rng.next()) * 1000) / 1000 : NaN;
            emit(c, K.audience, d[j], followers, fake, V_PLATFORM + ownPlatforms[i], -1, -1);
          }
        }
      }

      // Index 10: external ranks.
      for (let l = 0; l < LISTS.length; l++) {
        const r = listRank[l].get(c);
        if (r !== undefined) emit(c, K.external_rank, LIST_DAYS[l], r, LISTS[l].declared ? LISTS[l].size : NaN, V_LIST + l, -1, -1);
      }
    }
  } catch (e) {
    if (!(e instanceof StopGeneration)) throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Sink 1: the columnar table.

export interface GeneratedCohort {
  input: ScoringInput;
  asOf: string;
  rows: number;
}

/**
 * A cohort of N candidates as the scorers' input, built directly into an EvidenceTableBuilder.
 * A first pass counts the rows, so the builder is allocated once at its exact size (the
 * 1M-candidate table then needs no doubling).
 */
export function generateCohort(N: number, seed = BENCH_SEED): GeneratedCohort {
  let rows = 0;
  generateEvidence({ candidates: N, seed }, { candidate() {}, row: () => (rows++, true) });
  const builder = new EvidenceTableBuilder(N, rows + 1);
  const ids = new Int32Array(V_PEER + Math.max(10, Math.floor(N / 5))).fill(-1);
  const id = (v: number): number => {
    if (v < 0) return -1;
    let x = ids[v];
    if (x < 0) x = ids[v] = builder.intern(vocabString(v));
    return x;
  };
  generateEvidence(
    { candidates: N, seed },
    {
      candidate() {},
      row(c, kind, day, value, value2, key, country, language) {
        builder.addRow(c, kind, day, value, value2, id(key), id(country), id(language));
        return true;
      },
    },
  );
  const table: EvidenceTable = builder.build();
  const candidates = new Array<{ key: string; name: string }>(N);
  for (let c = 0; c < N; c++) candidates[c] = { key: candidateKey(c), name: candidateName(c) };
  return { input: { field: BENCH_FIELD, candidates, table }, asOf: BENCH_AS_OF, rows };
}

/** Rows per candidate: mean, median, 99th percentile, max (to describe the cohort). */
export function rowStats(table: EvidenceTable): { mean: number; median: number; p99: number; max: number; min: number } {
  const C = table.candidateCount;
  const n = new Int32Array(C);
  for (let c = 0; c < C; c++) n[c] = table.offsets[c + 1] - table.offsets[c];
  n.sort();
  return { mean: table.rows / C, median: n[C >> 1], p99: n[Math.min(C - 1, Math.floor(C * 0.99))], max: n[C - 1], min: n[0] };
}

// ---------------------------------------------------------------------------------------------
// Sink 2: an import CSV file, streamed to disk.

export const CSV_HEADER = 'candidate,name,kind,date,value,platform,handle,url,verified,peer,country,language,fake_share,list,list_year,list_size,source,note';

function num(x: number): string {
  return x !== x ? '' : String(x);
}

/**
 * Writes an import CSV of `rows` data rows (the generator's data, candidates in order, the last
 * one possibly cut short) to `path`, in chunks of about 1 MB. Returns the rows, candidates and
 * bytes written.
 */
export function writeImportCsv(path: string, rows: number, seed = BENCH_SEED): { rows: number; candidates: number; bytes: number } {
  const fd = openSync(path, 'w');
  let chunk = `${CSV_HEADER}\n`;
  let bytes = 0;
  let written = 0;
  let candidates = 0;
  const flush = (): void => {
    bytes += writeSync(fd, chunk);
    chunk = '';
  };
  // Enough candidates for the row budget (about 23 rows each on average); generation stops at the budget.
  const N = Math.max(100, Math.ceil(rows / 15));
  let key = '';
  let name = '';
  let lastC = -1;
  const kindNames = KIND_BY_CODE.map((k) => k.name);
  try {
    generateEvidence(
      { candidates: N, seed },
      {
        candidate(c) {
          key = candidateKey(c);
          name = candidateName(c);
        },
        row(c, kind, day, value, value2, k, country, language) {
          if (written >= rows) return false;
          if (c !== lastC) {
            lastC = c;
            candidates++;
          }
          const date = day === NO_DAY ? '' : isoOf(day);
          let platform = '';
          let handle = '';
          let url = '';
          let verified = '';
          let peer = '';
          let list = '';
          let listYear = '';
          let listSize = '';
          let fake = '';
          let source = '';
          let note = '';
          let v = num(value);
          switch (kind) {
            case K.identity: {
              platform = vocabString(k);
              handle = `@${key}`;
              url = `https://${platform}.example/${key}`;
              verified = value >= 1 ? 'yes' : 'no';
              v = '';
              break;
            }
            case K.website:
              url = `https://${key}.example.ca/`;
              break;
            case K.knowledge_base:
              url = `https://www.wikidata.org/wiki/Q${c + 1000}`;
              break;
            case K.peer_mention:
              peer = vocabString(k);
              break;
            case K.post:
            case K.audience:
              platform = vocabString(k);
              fake = num(value2);
              break;
            case K.external_rank: {
              const l = LISTS[k - V_LIST];
              list = l.name;
              listYear = String(l.year);
              listSize = num(value2);
              break;
            }
            case K.media_mention:
            case K.media_quote:
              source = `https://media.example/${key}/${date}`;
              break;
            case K.talk:
              if (day % 10 === 0) note = '"Keynote, plenary session"';
              break;
          }
          chunk += `${key},${name},${kindNames[kind]},${date},${v},${platform},${handle},${url},${verified},${peer},${country < 0 ? '' : vocabString(country)},${language < 0 ? '' : vocabString(language)},${fake},${list},${listYear},${listSize},${source},${note}\n`;
          written++;
          if (chunk.length > 1 << 20) flush();
          return true;
        },
      },
    );
    flush();
  } finally {
    closeSync(fd);
  }
  return { rows: written, candidates, bytes };
}
