/**
 * End-to-end tests of `eclaireur maturity`, in-process on temporary SQLite stores: answers from
 * a YAML file and a JSON file, errors with line and column (exit 2, nothing stored), the
 * questions asked one by one on an input stream, --json, --no-save, history, and the template
 * filled in and read back.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { QUESTIONS } from '../core/maturity/index.js';
import { maturityInput } from './commands/maturity.js';
import { cli } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-maturity-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// An agency that publishes and converses, without a policy or a budget: Engagement.
const VALUES = [4, 3, 3, 4, 3, 3, 3, 3, 3, 1, 2, 2, 2, 1, 1, 1, 2, 1];
const yamlAnswers = (values: (number | string)[]) =>
  ['version: "2026.1"', 'date: 2026-03-02', 'answers:', ...QUESTIONS.map((q, i) => `  ${q.id}: ${values[i]}`)].join('\n') + '\n';

describe('eclaireur maturity', () => {
  const db = join(dir, 'm.db');
  before(async () => {
    const r = await cli('init', '--db', db, '--topic', 'Marketing B2B au Québec', '--region', 'CA-QC');
    assert.equal(r.code, 0, r.stderr);
  });

  it('reads a YAML answers file, prints the stage, the reasons and the next steps, and stores it', async () => {
    const f = join(dir, 'a.yaml');
    writeFileSync(f, yamlAnswers(VALUES));
    const r = await cli('maturity', '--db', db, '--answers', f, '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Maturity: Stage 3 of 6: Engagement — Dialogue deepens commitment\n/);
    assert.match(r.stdout, /What holds stage 4 \(Formalized\) back: mean 1\.67/);
    assert.match(r.stdout, /Next steps:\n {2}1\. Write the policy and guidelines/);
    assert.match(r.stderr, /saved: assessment of 2026-03-02/);
    const fr = await cli('maturity', '--db', db, '--answers', f, '--lang', 'fr', '--no-save');
    assert.match(fr.stdout, /^Maturité : Étape 3 sur 6 : Engagement/);
    assert.match(fr.stdout, /Prochaines étapes :/);
  });

  it('reads a JSON file with --json, the date given on the command line', async () => {
    const f = join(dir, 'a.json');
    writeFileSync(f, JSON.stringify({ answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, 'mostly'])) }, null, 2));
    const r = await cli('maturity', '--db', db, '--answers', f, '--json', '--date', '2026-11-27');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.stage, 'converged');
    assert.equal(j.date, '2026-11-27');
    assert.equal(j.saved, true);
    assert.equal(j.nextSteps.length, 18);
  });

  it('errors name the file, line and column, exit 2, and store nothing', async () => {
    const before = (await cli('maturity', 'history', '--db', db, '--json')).stdout;
    const bad = [...VALUES] as (number | string)[];
    bad[4] = 7; // presence-cadence, line 8
    const f = join(dir, 'bad.yaml');
    writeFileSync(f, yamlAnswers(bad).replace(/ {2}formalized-team: 2\n/, '').replace('strategic-units:', 'strategic-unit:'));
    const r = await cli('maturity', '--db', db, '--answers', f, '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`${f.replace(/[.]/g, '\\.')}:8:21: question "presence-cadence": answer 7 is not on the scale`));
    assert.match(r.stderr, /question "formalized-team" is not answered/);
    // strategic-units is line 17 (one line removed above it); missing answers at `answers:`.
    assert.match(r.stderr, /bad\.yaml:3:1: question "formalized-team" is not answered/);
    assert.match(r.stderr, /bad\.yaml:17:3: unknown question "strategic-unit" \(see `eclaireur maturity template`\)/);
    assert.match(r.stderr, /question "strategic-units" is not answered/);
    const syntax = join(dir, 'syntax.json');
    writeFileSync(syntax, '{\n  "answers": {\n    "planning-listening": 3,,\n  }\n}\n');
    const s = await cli('maturity', '--db', db, '--answers', syntax);
    assert.equal(s.code, 2);
    assert.match(s.stderr, /syntax\.json:3:29: /);
    const missing = await cli('maturity', '--db', db, '--answers', join(dir, 'nope.yaml'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.yaml: no such file/);
    assert.equal((await cli('maturity', 'history', '--db', db, '--json')).stdout, before);
  });

  it('asks the questions one by one, re-asks an answer off the scale, and stops cleanly when the input ends', async () => {
    maturityInput.stream = Readable.from([['3', '3', 'souvent', '3', ...VALUES.slice(3).map(String)].join('\n') + '\n']);
    const r = await cli('maturity', '--db', db, '--lang', 'fr', '--date', '2026-06-01');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /\[1\/18\] Planification\n {2}Nous suivons ce qui se dit/);
    assert.match(r.stderr, /« souvent » n’est pas sur l’échelle/);
    assert.match(r.stdout, /Étape 3 sur 6 : Engagement/);
    maturityInput.stream = Readable.from(['3\n3\n']);
    const short = await cli('maturity', '--db', db, '--lang', 'en', '--date', '2026-06-02');
    assert.equal(short.code, 2);
    assert.match(short.stderr, /the input ended before question "planning-audiences" was answered; nothing was saved/);
    maturityInput.stream = process.stdin;
  });

  it('lists the history oldest first', async () => {
    const r = await cli('maturity', 'history', '--db', db, '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/).slice(0, 3)),
      [
        ['2026-03-02', '3/6', 'Engagement'],
        ['2026-06-01', '3/6', 'Engagement'],
        ['2026-11-27', '6/6', 'Converged'],
      ],
    );
  });

  it('writes a template that, filled in, is read back', async () => {
    const f = join(dir, 'template.yaml');
    const r = await cli('maturity', 'template', '--lang', 'fr', '--out', f);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(f, 'utf8');
    assert.match(text, /# 4\. Formalisation — S’organiser pour grandir/);
    let i = 0;
    writeFileSync(f, text.replace(/^( {2}[a-z-]+:)$/gm, (_, k: string) => `${k} ${VALUES[i++]}`));
    const filled = await cli('maturity', '--db', db, '--answers', f, '--no-save', '--json');
    assert.equal(filled.code, 0, filled.stderr);
    assert.equal(JSON.parse(filled.stdout).stage, 'engagement');
    // Left blank: the answer is named as missing from the scale, at its line.
    const blank = await cli('maturity', 'template', '--lang', 'en');
    const g = join(dir, 'blank.yaml');
    writeFileSync(g, blank.stdout);
    const b = await cli('maturity', '--db', db, '--answers', g, '--no-save');
    assert.equal(b.code, 2);
    assert.match(b.stderr, /blank\.yaml:8:\d+: question "planning-listening": answer nothing is not on the scale/);
  });
});
