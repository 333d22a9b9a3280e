/**
 * End-to-end tests of the `eclaireur` command line, run in-process on temporary SQLite stores:
 * the automation contract of issue 2 (demo, rank JSON byte-identical, template, import with
 * exit code 2 and an untouched store), compare, and the exit codes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, snapshot } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-cli-'));

describe('eclaireur demo and rank (automation contract)', () => {
  const db = join(dir, 'demo.db');
  before(async () => {
    const r = await cli('demo', '--db', db, '--out', join(dir, 'report'), '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
  });

  it('writes the report and says where', () => {
    const files = readdirSync(join(dir, 'report')).sort();
    assert.deepEqual(files, ['ranking.html', 'ranking.json']);
    const html = readFileSync(join(dir, 'report', 'ranking.html'), 'utf8');
    assert.match(html, /<html lang="en-CA"/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href="http/);
  });

  it('gives byte-identical JSON on two runs of the same store, with the contract fields', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    assert.equal((await cli('rank', '--db', db, '--out', a)).code, 0);
    assert.equal((await cli('rank', '--db', db, '--out', b)).code, 0);
    const ta = readFileSync(a, 'utf8');
    assert.equal(ta, readFileSync(b, 'utf8'));
    const j = JSON.parse(ta);
    assert.deepEqual(Object.keys(j).slice(0, 2), ['config', 'fingerprint']);
    assert.match(j.fingerprint, /^[0-9a-f]{64}$/);
    assert.ok(j.entries.length >= 100);
    const e = j.entries[0];
    for (const k of ['rank', 'candidateId', 'name', 'score', 'rankInterval', 'indices']) assert.ok(k in e, k);
    assert.equal(e.indices.length, 10);
    for (const i of e.indices) for (const k of ['key', 'score', 'weight', 'contribution', 'evidence']) assert.ok(k in i, k);
    for (const entry of j.entries) {
      const sum = entry.indices.reduce((s: number, i: { contribution: number }) => s + i.contribution, 0);
      assert.ok(Math.abs(sum - entry.score) < 1e-9);
    }
    assert.ok(j.entries.some((x: { indices: { score: number | null }[] }) => x.indices.some((i) => i.score === null)), 'missing evidence shows as null');
  });

  it('applies a configuration file and refuses a bad one with exit code 2', async () => {
    const good = join(dir, 'weights.json');
    writeFileSync(good, JSON.stringify({ weights: { qualified_audience: 0, ranking_agreement: 0 }, intervals: { draws: 50 } }));
    const out = join(dir, 'weighted.json');
    const r = await cli('rank', '--db', db, '--config', good, '--out', out, '--no-save');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(j.config.weights.qualified_audience, 0);
    assert.equal(j.config.intervals.draws, 50);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "weights": { "publishing": -2 } }');
    const rb = await cli('rank', '--db', db, '--config', bad, '--out', join(dir, 'x.json'));
    assert.equal(rb.code, 2);
    assert.match(rb.stderr, /weights\.publishing/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "weights": { "publishing": 2, }\n}');
    const rc = await cli('rank', '--db', db, '--config', broken);
    assert.equal(rc.code, 2);
    assert.match(rc.stderr, /broken\.json:2:/);
  });

  it('writes CSV and XLSX too, and refuses an unknown output type', async () => {
    assert.equal((await cli('rank', '--db', db, '--out', join(dir, 'r.csv'), join(dir, 'r.xlsx'), '--no-save')).code, 0);
    assert.match(readFileSync(join(dir, 'r.csv'), 'utf8').split('\n')[0], /rank/);
    assert.ok(readFileSync(join(dir, 'r.xlsx')).subarray(0, 2).toString() === 'PK');
    assert.equal((await cli('rank', '--db', db, '--out', join(dir, 'r.pdf'))).code, 2);
  });

  it('compares last year’s run with this year’s', async () => {
    const r = await cli('compare', '--db', db, '2025-11-27', '2026-11-27', '--out', join(dir, 'cmp.json'));
    assert.equal(r.code, 0, r.stderr);
    const c = JSON.parse(readFileSync(join(dir, 'cmp.json'), 'utf8'));
    assert.ok(c.counts.rose > 0 && c.counts.fell > 0);
    assert.ok(c.moves.every((m: { drivers: unknown[]; scoreChange: number | null }) => m.scoreChange === 0 || m.drivers.length > 0), 'a changed score has drivers');
    const top = await cli('compare', '--db', db, '2025-11-27', '2026-11-27', '--top', '15', '--out', join(dir, 'top.json'));
    assert.equal(top.code, 0, top.stderr);
    const t = JSON.parse(readFileSync(join(dir, 'top.json'), 'utf8'));
    assert.ok(t.counts.entered > 0 && t.counts.entered === t.counts.left, 'as many entered the top 15 as left it');
    assert.equal(t.moves.filter((m: { status: string }) => m.status !== 'left').length, 15);
    assert.equal((await cli('compare', '--db', db, '2025-11-27', 'no-such-run')).code, 2);
  });
});

describe('eclaireur template and import (automation contract)', () => {
  const db = join(dir, 'import.db');
  before(async () => {
    assert.equal((await cli('init', '--db', db, '--topic', 'Test field', '--region', 'CA-QC')).code, 0);
  });

  it('writes templates in each language', async () => {
    for (const lang of ['en', 'fr']) {
      const out = join(dir, `tpl-${lang}`);
      const r = await cli('template', '--lang', lang, '--out', out);
      assert.equal(r.code, 0, r.stderr);
      const files = readdirSync(out);
      assert.equal(files.filter((f) => f.endsWith('.csv')).length, 1);
      assert.equal(files.filter((f) => f.endsWith('.xlsx')).length, 1);
      const header = readFileSync(join(out, files.find((f) => f.endsWith('.csv'))!), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
      assert.match(header, lang === 'fr' ? /candidat.*nom.*type/ : /candidate.*name.*kind/);
    }
  });

  it('imports a valid file once, and a second time changes nothing', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(
      file,
      '\uFEFFcandidat;nom;type;date;valeur;plateforme;pays\r\n' +
        'mtremblay;Marie Tremblay;billet;27 novembre 2018;;;\r\n' +
        'mtremblay;;auditoire;2026-01-15;12 345;linkedin;\r\n' +
        'jsmith;John Smith;conférence;2026-03-02;;;FR\r\n',
    );
    const r1 = await cli('import', '--db', db, file);
    assert.equal(r1.code, 0, r1.stderr);
    const s1 = await snapshot(db);
    const r2 = await cli('import', '--db', db, file);
    assert.equal(r2.code, 0, r2.stderr);
    assert.deepEqual(await snapshot(db), s1);
    const rank = await cli('rank', '--db', db, '--out', join(dir, 'small.json'));
    assert.equal(rank.code, 0, rank.stderr);
    const j = JSON.parse(readFileSync(join(dir, 'small.json'), 'utf8'));
    assert.deepEqual(j.entries.map((e: { candidateId: string }) => e.candidateId).sort(), ['jsmith', 'mtremblay']);
  });

  it('exits with 2 on invalid input, names every bad line, and leaves the store exactly as it was', async () => {
    const before = await snapshot(db);
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'candidate,name,kind,date,value,platform,colour\n' +
        'ok1,Okay Person,blog_post,2026-01-01,,,\n' +
        'bad1,Bad Date,blog_post,2026-02-30,,,\n' +
        'bad2,Bad Kind,podcast_episode,2026-01-01,,,\n' +
        'bad3,Bad Audience,audience,2026-01-01,lots,linkedin,\n',
    );
    const r = await cli('import', '--db', db, file);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.csv:3:/);
    assert.match(r.stderr, /bad\.csv:4:/);
    assert.match(r.stderr, /bad\.csv:5:/);
    assert.match(r.stderr, /colour/);
    assert.deepEqual(await snapshot(db), before);
  });

  it('exits with 2 on bad usage', async () => {
    assert.equal((await cli('rank', '--db', db, '--no-such-option')).code, 2);
    assert.equal((await cli('no-such-command')).code, 2);
    assert.equal((await cli('import', '--db', db, join(dir, 'missing.csv'))).code, 2);
    assert.equal((await cli('--help')).code, 0);
    assert.equal((await cli('rank', '--help')).code, 0);
  });
});

after(() => {});
