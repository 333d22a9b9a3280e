/**
 * `eclaireur audience …` end to end, in-process: the automation contract of issue 3
 * (`evaluate --json` rows, `audit FILE --json`), exit code 2 on a sample with no usable row, and
 * an audit stored as a candidate's audience that the ranking's qualified_audience reads.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { listAudits, listSamples } from '../adapters/storage/audience-store.js';
import { openStore } from '../adapters/storage/index.js';
import { cli } from './test-support.js';

const DATA = new URL('../../../shared/data/cresci-2015-fake-followers/profiles.csv', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-audience-'));
const lines = readFileSync(DATA, 'utf8').trimEnd().split(/\r?\n/);
const header = lines[0];
/** The same rows without their crawl time (`updated`): the sample then takes --observed. */
function withoutCrawlTime(rows: string[]): string {
  const t = Papa.parse<string[]>([header, ...rows].join('\n')).data;
  const at = t[0].indexOf('updated');
  return Papa.unparse(t.map((r) => r.filter((_, i) => i !== at)));
}
const human = lines.slice(1).filter((l) => l.endsWith(',human'));
const fake = lines.slice(1).filter((l) => l.endsWith(',fake'));

describe('eclaireur audience', () => {
  it('evaluate --json prints the contract rows, rules and model alike', async () => {
    const r = await cli('audience', 'evaluate', '--data', DATA, '--json', '--trees', '20', '--folds', '3');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.ok(Array.isArray(j.rows) && j.rows.length === 8);
    for (const row of j.rows) for (const k of ['model', 'accuracy', 'precision', 'recall', 'f1', 'mcc', 'auc']) assert.ok(k in row, `${row.model}: ${k}`);
    const rule = j.rows.find((x: { model: string }) => x.model === 'rule:followers>=30');
    assert.equal(rule.accuracy.toFixed(3), '0.882');
    const rf = j.rows.find((x: { model: string }) => x.model === 'random-forest');
    assert.ok(rf.accuracy > 0.97 && rf.auc > 0.98);
  });

  it('audit FILE --json on a sample of 300 humans and 100 fakes: about a quarter fake', async () => {
    const f = join(dir, 'sample.csv');
    writeFileSync(f, [header, ...human.slice(0, 300), ...fake.slice(0, 100)].join('\n'));
    const r = await cli('audience', 'audit', f, '--json', '--observed', '2015-02-14');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.sampleSize, 400);
    assert.equal(j.usable, 400);
    assert.ok(Math.abs(j.fakeShare - 0.25) < 0.03, `fake share ${j.fakeShare}`);
    assert.ok(j.interval[0] < 0.25 && j.interval[1] > 0.25 && j.interval[1] - j.interval[0] < 0.12, `interval ${j.interval}`);
    assert.ok(j.needed.followers > 350 && j.needed.followers < 450);
    assert.match(j.model, /^rf-[0-9a-f]{12}$/);
    assert.ok(j.suspects.every((s: { line: number }) => s.line >= 302), 'suspects are among the fakes (lines 302–401)');
    assert.equal(j.realAudience, null, 'no follower count, no real audience');
    const t = await cli('audience', 'audit', f, '--observed', '2015-02-14', '--followers', '10000');
    assert.match(t.stdout, /real audience: 7,\d{3} of 10,000 followers \(interval 7,\d{3} – 7,\d{3}\)/);
  });

  it('reports bad rows by line, leaves them out, and says how many', async () => {
    const f = join(dir, 'some-bad.csv');
    const bad = human[0].replace(/^(a\d+),(\d+),/, '$1,-5,');
    writeFileSync(f, [header, bad, ...human.slice(1, 40)].join('\n'));
    const r = await cli('audience', 'audit', f, '--observed', '2015-02-14');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /1 row\(s\) left out/);
    assert.match(r.stderr, /some-bad\.csv:2 \[statuses_count\]: "-5" is negative/);
    assert.match(r.stdout, /40 row\(s\), 39 usable, 1 left out/);
  });

  it('a sample with no usable row is an error with exit code 2', async () => {
    const f = join(dir, 'all-bad.csv');
    writeFileSync(f, `${header}\n${human[0].replace(/^(a\d+),(\d+),/, '$1,many,')}\n`);
    const r = await cli('audience', 'audit', f, '--lang', 'fr');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /aucun profil d’abonné utilisable \(1 ligne\(s\) lue\(s\)/);
    const j = await cli('audience', 'audit', f, '--json');
    assert.equal(j.code, 2);
    assert.match(j.stderr, /all-bad\.csv:2 \[statuses_count\]: "many" is not a number/);
    const d = await cli('audience', 'audit', dir);
    assert.equal(d.code, 2);
    assert.match(d.stderr, /: not a file/);
    const seed = await cli('audience', 'evaluate', '--data', f, '--seed', 'x', '--lang', 'fr');
    assert.equal(seed.code, 2);
    assert.match(seed.stderr, /--seed : un nombre entier ≥ 0 est attendu, reçu « x »/);
    const missing = await cli('audience', 'audit', join(dir, 'nope.csv'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.csv: no such file/);
  });

  describe('stored as a candidate’s audience', () => {
    const db = join(dir, 'demo.db');
    let key = '';
    let name = '';
    before(async () => {
      assert.equal((await cli('demo', '--db', db, '--out', join(dir, 'report'), '--lang', 'en')).code, 0);
      const j = JSON.parse(readFileSync(join(dir, 'report', 'ranking.json'), 'utf8'));
      key = j.entries[0].candidateId;
      name = j.entries[0].name;
    });

    it('writes an audience fact with the fake share, the model and the sample’s fingerprint; the ranking reads it', async () => {
      const f = join(dir, 'followers-x.csv');
      writeFileSync(f, withoutCrawlTime([...human.slice(300, 500), ...fake.slice(100, 300)]));
      const r = await cli('audience', 'audit', f, '--db', db, '--candidate', key, '--platform', 'x', '--followers', '20000', '--observed', '2026-11-01', '--json');
      assert.equal(r.code, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.equal(j.stored.followers, 20000);
      const store = await openStore({ db });
      try {
        const field = await store.defaultField();
        const ev = await store.evidenceOf(field.id, key);
        const a = ev.evidence.find((e) => e.kind === 'audience' && e.platform === 'x' && e.date === '2026-11-01');
        assert.ok(a, 'the audit is stored');
        assert.equal(a.value, 20000);
        assert.ok(Math.abs(a.fakeShare! - j.fakeShare) < 1e-12);
        assert.equal(a.attributes.audit_model, j.model);
        assert.equal(a.attributes.audit_sample_sha256, j.sample.sha256);
        const audits = await listAudits(store.db, field.id, key);
        assert.equal(audits.length, 1);
        assert.equal(audits[0].id, j.stored.auditId);
        assert.deepEqual(audits[0].interval, j.interval);
        assert.equal((await listSamples(store.db, field.id, key)).length, 1, 'the sample is kept');
      } finally {
        await store.close();
      }
      const out = join(dir, 'after.json');
      assert.equal((await cli('rank', '--db', db, '--out', out, '--no-save')).code, 0);
      const entry = JSON.parse(readFileSync(out, 'utf8')).entries.find((e: { candidateId: string }) => e.candidateId === key);
      const qa = entry.indices.find((i: { key: string }) => i.key === 'qualified_audience');
      assert.match(qa.explanation, /x 20,000 followers, (4[5-9]|5[0-5])% fake[;:]/);
    });

    it('imports a sample once, audits the stored samples again, and lists the audits', async () => {
      const f = join(dir, 'followers-bsky.csv');
      writeFileSync(f, withoutCrawlTime([...human.slice(600, 700), ...fake.slice(400, 500)]));
      const a = await cli('audience', 'import', f, '--db', db, '--candidate', key, '--platform', 'bluesky', '--observed', '2026-10-01', '--json');
      assert.equal(a.code, 0, a.stderr);
      const ja = JSON.parse(a.stdout);
      assert.equal(ja.created, true);
      assert.equal(ja.usable, 200);
      const again = await cli('audience', 'import', f, '--db', db, '--candidate', key, '--platform', 'bluesky', '--observed', '2026-10-01');
      assert.equal(again.code, 0);
      assert.match(again.stdout, /stored already/);
      const r = await cli('audience', 'audit', '--db', db, '--candidate', key, '--followers', '5000', '--json');
      assert.equal(r.code, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.deepEqual(
        j.audits.map((x: { stored: { platform: string } }) => x.stored.platform),
        ['bluesky', 'x'],
      );
      const bsky = j.audits.find((x: { stored: { platform: string } }) => x.stored.platform === 'bluesky');
      assert.ok(Math.abs(bsky.fakeShare - 0.5) < 0.06, `bluesky fake share ${bsky.fakeShare}`);
      assert.equal(bsky.sample.observedOn, '2026-10-01');
      // Auditing the same stored samples again with the same model replaces, not duplicates.
      assert.equal((await cli('audience', 'audit', '--db', db, '--candidate', key, '--followers', '5000')).code, 0);
      const list = await cli('audience', 'audits', '--db', db, '--candidate', key, '--json');
      const audits = JSON.parse(list.stdout).audits;
      assert.equal(audits.length, 2, JSON.stringify(audits.map((x: { platform: string }) => x.platform)));
      // The re-audit of x with 5,000 followers replaced the first audit's fact (20,000), same day.
      const store = await openStore({ db });
      try {
        const field = await store.defaultField();
        const xs = (await store.evidenceOf(field.id, key)).evidence.filter((e) => e.kind === 'audience' && e.platform === 'x' && e.date === '2026-11-01');
        assert.deepEqual(
          xs.map((e) => e.value),
          [5000],
        );
      } finally {
        await store.close();
      }
      // A newer follower count without a fake share keeps the audited share.
      const count = join(dir, 'count.csv');
      writeFileSync(count, `candidate,name,kind,date,value,platform\n${key},${name},audience,2026-11-20,7000,x\n`);
      assert.equal((await cli('import', count, '--db', db)).code, 0);
      const out = join(dir, 'carried.json');
      assert.equal((await cli('rank', '--db', db, '--out', out, '--no-save')).code, 0);
      const xShare = j.audits.find((x: { stored: { platform: string } }) => x.stored.platform === 'x').fakeShare;
      const qa = JSON.parse(readFileSync(out, 'utf8'))
        .entries.find((e: { candidateId: string }) => e.candidateId === key)
        .indices.find((i: { key: string }) => i.key === 'qualified_audience');
      assert.match(qa.explanation, new RegExp(`x 7,000 followers, ${Math.round(xShare * 100)}% fake[;:]`), qa.explanation);
      const text = await cli('audience', 'audits', '--db', db, '--lang', 'fr');
      assert.match(text.stdout, /bluesky : |bluesky: /);
      const none = await cli('audience', 'audit', '--db', db, '--candidate', key, '--platform', 'mastodon');
      assert.equal(none.code, 2);
      assert.match(none.stderr, /no stored follower sample of ".+" on mastodon/);
      const nothing = await cli('audience', 'audit', '--db', db);
      assert.equal(nothing.code, 2);
      assert.match(nothing.stderr, /give a sample FILE, or --candidate KEY/);
    });

    it('says so when a newer fake share of the platform is what the ranking reads', async () => {
      const typed = join(dir, 'typed.csv');
      writeFileSync(typed, `candidate,name,kind,date,value,platform,fake_share\n${key},${name},audience,2026-11-10,3000,mastodon,0.1\n`);
      assert.equal((await cli('import', typed, '--db', db)).code, 0);
      const f = join(dir, 'followers-masto.csv');
      writeFileSync(f, withoutCrawlTime([...human.slice(700, 760), ...fake.slice(600, 660)]));
      const r = await cli('audience', 'audit', f, '--db', db, '--candidate', key, '--platform', 'mastodon', '--observed', '2026-09-01');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /a newer fake share of .+ on mastodon \(2026-11-10\) is what the ranking reads/);
    });

    it('refuses an unknown candidate, and a CSV sample without --platform, with exit code 2', async () => {
      const f = join(dir, 'followers-x.csv');
      const r = await cli('audience', 'audit', f, '--db', db, '--candidate', 'nobody-at-all', '--platform', 'x', '--followers', '10');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no candidate "nobody-at-all"/);
      const p = await cli('audience', 'audit', f, '--db', db, '--candidate', key);
      assert.equal(p.code, 2);
      assert.match(p.stderr, /--candidate needs --platform/);
    });
  });
});
