/**
 * End-to-end tests of `eclaireur graph rank`, in-process: the automation contract of issue 4
 * (JSON shape, top N, scores summing to 1, damping, weights), the other algorithms, the text
 * output in both languages, and exit code 2 with file:line on bad input.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli } from './test-support.js';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
const EGO = join(DATA, 'ego-twitter/edges.tsv.gz');
const CONGRESS = join(DATA, 'congress-twitter/congress.edgelist');
const noData = existsSync(EGO) && existsSync(CONGRESS) ? false : `data sets not found under ${DATA}`;
if (noData && process.env.CI) throw new Error(noData);

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-graph-'));
const small = join(dir, 'small.csv');
writeFileSync(small, 'source,target,weight\n@a,@b,1\n@b,@c,2\n@c,@a,1\n@d,@a,3\n@d,@c,1\n');

interface Out {
  nodes: number;
  edges: number;
  iterations: number;
  scores: { id: string; score: number }[];
}

describe('eclaireur graph rank (automation contract)', { skip: noData }, () => {
  it('ego-Twitter: {"nodes", "edges", "iterations", "scores"}, the N best, best first', { timeout: 120_000 }, async () => {
    const r = await cli('graph', 'rank', EGO, '--algorithm', 'pagerank', '--top', '10', '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as Out;
    assert.deepEqual(Object.keys(j), ['nodes', 'edges', 'iterations', 'scores']);
    assert.equal(j.nodes, 81_306);
    assert.equal(j.edges, 1_768_149);
    assert.ok(j.iterations > 10);
    assert.equal(j.scores.length, 10);
    for (const s of j.scores) assert.deepEqual(Object.keys(s), ['id', 'score']);
    assert.equal(typeof j.scores[0].id, 'string');
    for (let i = 1; i < 10; i++) assert.ok(j.scores[i - 1].score >= j.scores[i].score);
  });

  it('congress (weighted): scores sum to 1 over all nodes; damping and weights change them', async () => {
    const all = JSON.parse((await cli('graph', 'rank', CONGRESS, '--top', '1000', '--json')).stdout) as Out;
    assert.equal(all.nodes, 475);
    assert.equal(all.scores.length, 475);
    const sum = all.scores.reduce((s, x) => s + x.score, 0);
    assert.ok(Math.abs(sum - 1) < 1e-12, `sum ${sum}`);
    const d85 = JSON.parse((await cli('graph', 'rank', CONGRESS, '--top', '5', '--json', '--damping', '0.85')).stdout) as Out;
    assert.deepEqual(d85.scores, all.scores.slice(0, 5));
    const d50 = JSON.parse((await cli('graph', 'rank', CONGRESS, '--top', '5', '--json', '--damping', '0.5')).stdout) as Out;
    assert.notDeepEqual(d50.scores, d85.scores);
    const unweighted = JSON.parse((await cli('graph', 'rank', CONGRESS, '--top', '5', '--json', '--no-weight')).stdout) as Out;
    assert.notDeepEqual(unweighted.scores, d85.scores);
  });
});

describe('eclaireur graph rank: algorithms, text, errors', () => {
  it('text output in English and French', async () => {
    const en = await cli('graph', 'rank', small, '--lang', 'en');
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /4 nodes, 5 edges \(weighted\)/);
    assert.match(en.stdout, /PageRank \(damping 0\.85\): converged after \d+ iterations/);
    assert.match(en.stdout, /^ {4}1 {2}@a /m);
    const fr = await cli('graph', 'rank', small, '--lang', 'fr', '--algorithm', 'hits');
    assert.match(fr.stdout, /4 nœuds, 5 arêtes \(pondéré\)/);
    assert.match(fr.stdout, /rang {2}nœud/);
  });

  it('personalised PageRank, HITS and in-degree in the same JSON shape', async () => {
    const ppr = JSON.parse((await cli('graph', 'rank', small, '--algorithm', 'ppr', '--seeds', '@d', '--json')).stdout) as Out;
    // Seeded on @d, which nobody points to: @d keeps exactly the teleport mass 1 − α.
    assert.ok(Math.abs(ppr.scores.find((s) => s.id === '@d')!.score - 0.15) < 1e-9);
    const hits = JSON.parse((await cli('graph', 'rank', small, '--algorithm', 'hits', '--json', '--top', '1')).stdout) as Out & { hubs: Out['scores'] };
    assert.equal(hits.scores[0].id, '@a');
    assert.equal(hits.hubs[0].id, '@d');
    const seedsFile = join(dir, 'seeds.txt');
    writeFileSync(seedsFile, '# candidates\n@d\n@a\n');
    const indeg = JSON.parse((await cli('graph', 'rank', small, '--algorithm', 'indegree', '--seeds-file', seedsFile, '--json', '--no-weight')).stdout) as Out;
    assert.deepEqual(indeg.scores.slice(0, 2), [{ id: '@a', score: 1 }, { id: '@b', score: 1 }]);
    assert.equal(indeg.iterations, 0);
  });

  it('exits with 2 and names file:line on a bad line, an unknown seed, a missing file or bad options', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'source,target,weight\n@a,@b,1\n@b,@c,-4\n@c\n');
    const r = await cli('graph', 'rank', bad);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.csv:3: weight "-4"/);
    assert.match(r.stderr, /bad\.csv:4: /);
    assert.equal((await cli('graph', 'rank', small, '--algorithm', 'ppr')).code, 2);
    const unknown = await cli('graph', 'rank', small, '--algorithm', 'ppr', '--seeds', '@zz');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /"@zz"/);
    assert.equal((await cli('graph', 'rank', join(dir, 'missing.csv'))).code, 2);
    assert.equal((await cli('graph', 'rank', small, '--damping', '1.5')).code, 2);
    assert.equal((await cli('graph', 'rank', small, '--top', '0')).code, 2);
    assert.equal((await cli('graph', 'rank', small, '--algorithm', 'katz')).code, 2);
    assert.equal((await cli('graph', 'rank', '--help')).code, 0);
  });

  it('warns when the iteration limit is reached', async () => {
    const r = await cli('graph', 'rank', small, '--max-iterations', '3', '--json');
    assert.equal(r.code, 0);
    assert.match(r.stderr, /did not converge within 3 iterations/);
    assert.equal((JSON.parse(r.stdout) as Out).iterations, 3);
  });
});
