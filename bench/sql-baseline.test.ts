/**
 * The SQL baseline as an independent oracle of the core: on a generated cohort, one SQL
 * statement in SQLite must give the same raw signals, index scores, totals and order as
 * scoreCohort. Run: node --import tsx --test bench/*.test.ts
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { INDEX_KEYS } from '../src/core/domain.js';
import { resolveConfig, type RankingConfig } from '../src/core/ranking/config.js';
import { scoreCohort } from '../src/core/ranking/score.js';
import type { ScoringInput } from '../src/core/domain.js';
import { kindCode } from '../src/core/evidence/kinds.js';
import { EvidenceTableBuilder } from '../src/core/evidence/table.js';
import { BENCH_AS_OF, generateCohort } from './generate.js';
import { loadSqlite, scoreSql } from './sql-baseline.js';

/** Tolerances: raw signals relative (float noise only), scores and totals absolute. */
const RAW_REL = 1e-9;
const SCORE_ABS = 1e-6;

function compare(input: ScoringInput, config: RankingConfig): { maxRaw: number; maxScore: number; maxTotal: number } {
  const core = scoreCohort(input, config);
  const db = loadSqlite(input);
  try {
    const sql = scoreSql(db, input, config);
    const C = input.candidates.length;
    let maxRaw = 0;
    let maxScore = 0;
    let maxTotal = 0;
    INDEX_KEYS.forEach((key, i) => {
      for (let c = 0; c < C; c++) {
        const a = core.raw[i][c];
        const b = sql.raw[i][c];
        assert.equal(Number.isNaN(a), Number.isNaN(b), `${key} raw presence of candidate ${c}: core ${a}, SQL ${b}`);
        if (a === a) {
          const d = Math.abs(a - b) / Math.max(1, Math.abs(a));
          maxRaw = Math.max(maxRaw, d);
          assert.ok(d <= RAW_REL, `${key} raw of candidate ${c}: core ${a}, SQL ${b}`);
        }
        const s = core.scores[i][c];
        const t = sql.scores[i][c];
        assert.equal(Number.isNaN(s), Number.isNaN(t), `${key} score presence of candidate ${c}`);
        if (s === s) {
          maxScore = Math.max(maxScore, Math.abs(s - t));
          assert.ok(Math.abs(s - t) <= SCORE_ABS, `${key} score of candidate ${c}: core ${s}, SQL ${t}`);
        }
      }
    });
    assert.equal(sql.order.length, core.order.length, 'number of ranked candidates');
    for (let c = 0; c < C; c++) {
      if (core.present[c] === 0) continue;
      maxTotal = Math.max(maxTotal, Math.abs(core.total[c] - sql.total[c]));
      assert.ok(Math.abs(core.total[c] - sql.total[c]) <= SCORE_ABS, `total of candidate ${c}: core ${core.total[c]}, SQL ${sql.total[c]}`);
      assert.equal(sql.present[c], core.present[c], `present indices of candidate ${c}`);
    }
    for (let p = 0; p < core.order.length; p++) assert.equal(sql.order[p], core.order[p], `candidate at rank ${p + 1}`);
    return { maxRaw, maxScore, maxTotal };
  } finally {
    db.close();
  }
}

/**
 * The cohort with published bands in its external lists: ranks 21–40 of every list become the
 * band 21–40 (all its entries kept), ranks 101–200 the band 101–200 of which only every third
 * entry is kept (a band listing fewer candidates than it spans).
 */
function withBands(input: ScoringInput): ScoringInput {
  const t = input.table;
  const RANK = kindCode('external_rank');
  const b = new EvidenceTableBuilder(t.candidateCount, t.rows);
  for (const s of t.strings) b.intern(s);
  for (let c = 0; c < t.candidateCount; c++) {
    for (let r = t.offsets[c]; r < t.offsets[c + 1]; r++) {
      let [value, value3] = [t.value[r], NaN];
      if (t.kind[r] === RANK && value >= 21 && value <= 40) [value, value3] = [21, 40];
      if (t.kind[r] === RANK && value >= 101 && value <= 200) {
        if (value % 3 !== 0) continue;
        [value, value3] = [101, 200];
      }
      b.addRow(c, t.kind[r], t.day[r], value, t.value2[r], t.key[r], t.country[r], t.language[r], value3);
    }
  }
  return { ...input, table: b.build() };
}

describe('SQL baseline = scoreCohort', () => {
  const cohort = generateCohort(2000, 7);

  it('default configuration (region CA-QC), 2,000 candidates', () => {
    const r = compare(cohort.input, resolveConfig({ asOf: BENCH_AS_OF }));
    // Rounded scores and totals come out identical, not merely within the tolerance.
    assert.equal(r.maxScore, 0);
    assert.equal(r.maxTotal, 0);
  });

  // Percentile normalisation compares raw signals for equality, so it is only an exact oracle
  // where the raw signal is computed without a floating-point sum of three or more terms
  // (SQLite's compensated sum() can make equal what the core's plain sum leaves one ulp apart,
  // and vice versa): here distinct-peer counts (half-life 0), experience and list positions.
  it('another configuration: weights, half-lives, caps, percentile normalisation, worldwide field', () => {
    const config = resolveConfig({
      asOf: '2025-11-27',
      weights: { peer_recognition: 3, digital_identity: 0.5, experience: 0, qualified_audience: 2 },
      indices: {
        peer_recognition: { halfLifeDays: 0, normalisation: { method: 'percentile' } },
        publishing: { halfLifeDays: 0, bookWeight: 20 },
        media_presence: { halfLifeDays: 90, normalisation: { method: 'linear-cap', cap: 10 } },
        international_reach: { halfLifeDays: 365, countryCap: 5, normalisation: { method: 'linear-cap', cap: 80 } },
        experience: { normalisation: { method: 'percentile' } },
        multi_platform_presence: { activeWindowDays: 30, regularityWeeks: 26, platformShare: 0.3 },
        qualified_audience: { unauditedFakeShare: 0.5, normalisation: { method: 'log-cap', cap: 100000 } },
        ranking_agreement: { normalisation: { method: 'percentile' } },
      },
    });
    compare({ ...cohort.input, field: { ...cohort.input.field, region: null } }, config);
  });

  it('asOf defaulting to the latest evidence date', () => {
    compare(cohort.input, resolveConfig({}));
  });

  it('external lists with bands (an entry holds its band’s whole interval)', () => {
    const banded = withBands(cohort.input);
    assert.ok(banded.table.value3, 'the banded table has a third value column');
    const config = resolveConfig({ asOf: BENCH_AS_OF });
    const r = compare(banded, config);
    assert.equal(r.maxScore, 0);
    // The bands change index 10 (so the comparison above exercised them).
    const i = INDEX_KEYS.indexOf('ranking_agreement');
    const plain = scoreCohort(cohort.input, config).raw[i];
    const withB = scoreCohort(banded, config).raw[i];
    assert.ok(plain.some((x, c) => x === x && x !== withB[c]));
  });
});
