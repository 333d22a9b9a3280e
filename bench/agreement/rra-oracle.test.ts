/**
 * Oracle test: our Robust Rank Aggregation (src/core/agreement/rra.ts) against R's
 * RobustRankAggreg (Kolde et al. 2012; Debian package r-cran-robustrankaggreg, installed by
 * .ci/run) on generated partial lists: the same scores (relative difference < 1e-9) and the same
 * order, for the default (full = FALSE, ranks / number of items, unranked = 1) and full = TRUE
 * (ranks / list length, unranked left out). One Rscript process for all cases. Skipped when
 * Rscript or the package is missing, except under CI (CI=true), where that is a failure.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { prepareRankings, rankingFromOrder } from '../../src/core/agreement/rankings.js';
import { rraScores } from '../../src/core/agreement/rra.js';
import { Random } from '../../src/core/random.js';

const R_SCRIPT = `
suppressPackageStartupMessages(library(RobustRankAggreg))
lines <- readLines(file("stdin"))
case <- 0
glist <- list()
flush <- function() {
  if (length(glist) == 0) return(invisible())
  for (full in c(FALSE, TRUE)) {
    r <- aggregateRanks(glist = glist, full = full)
    cat(sprintf("%d\\t%s\\t%s\\t%.17g\\n", case, if (full) "list" else "universe", r$Name, r$Score), sep = "")
  }
}
for (ln in lines) {
  if (ln == "") { flush(); case <- case + 1; glist <- list(); next }
  glist[[length(glist) + 1]] <- strsplit(ln, " ")[[1]]
}
flush()
`;

describe('RRA against R RobustRankAggreg', () => {
  it('gives the same scores and order on generated partial lists', (t) => {
    const rng = new Random(42);
    const cases: string[][][] = [];
    for (let c = 0; c < 12; c++) {
      const n = rng.int(5, 60);
      const k = rng.int(2, 10);
      const universe = Array.from({ length: n }, (_, i) => `g${i}`);
      // Lists that share a signal: items near the front of a hidden order come first more often.
      cases.push(
        Array.from({ length: k }, () => {
          const keyed = universe.map((item, i) => ({ item, key: i + rng.normal() * n * rng.pick([0.1, 0.5, 2]) }));
          keyed.sort((a, b) => a.key - b.key);
          return keyed.slice(0, rng.int(1, n)).map((x) => x.item);
        }),
      );
    }
    const input = `${cases.map((lists) => lists.map((l) => l.join(' ')).join('\n')).join('\n\n')}\n`;
    const r = spawnSync('Rscript', ['-e', R_SCRIPT], { input, encoding: 'utf8', timeout: 60_000 });
    const missing = r.error ? `Rscript not found (${r.error.message})` : /there is no package called/.test(r.stderr ?? '') ? 'R package RobustRankAggreg missing' : null;
    if (missing !== null && process.env.CI !== 'true') {
      t.skip(`${missing} (apt-get install -y r-cran-robustrankaggreg)`);
      return;
    }
    assert.equal(missing, null, `${missing} (apt-get install -y r-cran-robustrankaggreg)`);
    assert.equal(r.status, 0, `Rscript failed: ${r.stderr}`);
    const expected = new Map<string, { name: string; score: number }[]>();
    for (const line of r.stdout.trim().split('\n')) {
      const [c, mode, name, score] = line.split('\t');
      const key = `${c}/${mode}`;
      if (!expected.has(key)) expected.set(key, []);
      expected.get(key)?.push({ name, score: Number(score) });
    }
    let compared = 0;
    cases.forEach((lists, c) => {
      const p = prepareRankings(lists.map((l, i) => rankingFromOrder(`L${i}`, l)));
      for (const mode of ['universe', 'list'] as const) {
        const ours = rraScores(p, { normaliseBy: mode });
        const theirs = expected.get(`${c}/${mode}`) ?? [];
        assert.equal(theirs.length, p.items.length, `case ${c} ${mode}: R returned ${theirs.length} items`);
        const id = new Map(p.items.map((x, i) => [x, i]));
        let prev = -Infinity;
        for (const { name, score } of theirs) {
          const mine = ours[id.get(name) as number];
          assert.ok(Math.abs(mine - score) <= 1e-9 * Math.max(score, 1e-300), `case ${c} ${mode} ${name}: ours ${mine}, R ${score}`);
          // R's order is ascending by score; ours must agree wherever scores differ.
          assert.ok(mine >= prev - 1e-12, `case ${c} ${mode}: order differs at ${name}`);
          prev = mine;
          compared++;
        }
      }
    });
    assert.ok(compared > 200, `${compared} scores compared`);
  });
});
