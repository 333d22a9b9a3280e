/**
 * End-to-end tests of `eclaireur strategy`, in-process on a temporary demonstration store: the
 * automation contract of issue 6 (check --json, export/import round trip), import errors with
 * line and column and exit code 2 leaving the store untouched, cycles and their comparison,
 * the calendar exports, and the exit codes of bad usage.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { openStore } from '../adapters/storage/index.js';
import { cli, snapshot } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-strategy-cli-'));
const db = join(dir, 'demo.db');

describe('eclaireur strategy on the demonstration workspace (automation contract)', () => {
  before(async () => {
    const r = await cli('demo', '--db', db, '--out', join(dir, 'report'), '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
  });

  it('check --json prints {"findings": [{rule, severity, message, where}]} with a handful of real findings', async () => {
    const r = await cli('strategy', 'check', '--db', db, '--json', '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { findings: Record<string, string>[] };
    assert.deepEqual(Object.keys(j), ['findings']);
    assert.ok(j.findings.length >= 5 && j.findings.length <= 30, `${j.findings.length} findings`);
    for (const f of j.findings) {
      assert.deepEqual(Object.keys(f), ['rule', 'severity', 'message', 'where']);
      assert.ok(['error', 'warning', 'info'].includes(f.severity));
      assert.ok(f.message.length > 10 && f.where.length > 0);
    }
    const rules = new Set(j.findings.map((f) => f.rule));
    for (const r of ['objective-measurable', 'segment-unreached', 'cadence-norm', 'person-over-capacity', 'keyword-cannibalisation', 'kpi-baseline-source', 'competitor-channels', 'influencer-standing']) {
      assert.ok(rules.has(r), `${r} fires on the demo strategy`);
    }
    // The influencer rule reads the field's latest ranking (rank of 150) and audience audits.
    assert.ok(j.findings.some((f) => f.rule === 'influencer-standing' && / of 150: /.test(f.message)));
    assert.ok(j.findings.some((f) => f.rule === 'influencer-standing' && /% fake or inactive/.test(f.message)));
  });

  it('check prints text in French, errors first, with a summary', async () => {
    const r = await cli('strategy', 'check', '--db', db, '--lang', 'fr');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^erreur \[objective-measurable\] vision\.objectives\[3\]\.date: L’objectif « Être cités/);
    assert.match(lines[lines.length - 1], /^1 erreur\(s\), \d+ avertissement\(s\), 1 remarque\(s\)$/);
  });

  it('export and import round-trip (YAML and JSON), and the import replaces the current cycle', async () => {
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    assert.equal((await cli('strategy', 'export', '--db', db, '--out', a)).code, 0);
    const before = await snapshot(db);
    const imp = await cli('strategy', 'import', '--db', db, a, '--lang', 'en');
    assert.equal(imp.code, 0, imp.stderr);
    assert.match(imp.stderr, /imported as the new content of cycle 2/);
    assert.deepEqual(await snapshot(db), before, 'importing the exported file changes nothing');
    assert.equal((await cli('strategy', 'export', '--db', db, '--out', b)).code, 0);
    assert.equal(readFileSync(b, 'utf8'), readFileSync(a, 'utf8'));
    const j = join(dir, 'a.json');
    assert.equal((await cli('strategy', 'export', '--db', db, '--out', j)).code, 0);
    assert.equal((await cli('strategy', 'import', '--db', db, j)).code, 0);
    assert.deepEqual(await snapshot(db), before);
    assert.equal(JSON.parse(readFileSync(j, 'utf8')).name, 'Leadership éclairé Boréal — 2027');
  });

  it('an edited file is imported; a bad one exits 2 with line and column and leaves the store as it was', async () => {
    const a = readFileSync(join(dir, 'a.yaml'), 'utf8');
    const edited = join(dir, 'edited.yaml');
    writeFileSync(edited, a.replace('name: Leadership éclairé Boréal — 2027', 'name: Boréal 2027 (révisé)'));
    assert.equal((await cli('strategy', 'import', '--db', db, edited)).code, 0);
    const cycles = await cli('strategy', 'cycles', '--db', db);
    assert.match(cycles.stdout, /^2\tplan\t2026-11-27\tBoréal 2027 \(révisé\)/m);

    const before = await snapshot(db);
    const bad = join(dir, 'bad.yaml');
    const lines = a.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'status: planned');
    lines[at] = lines[at].replace('planned', 'scheduled');
    writeFileSync(bad, lines.join('\n'));
    const r = await cli('strategy', 'import', '--db', db, bad, '--lang', 'en');
    assert.equal(r.code, 2);
    const col = lines[at].indexOf('scheduled') + 1;
    assert.match(r.stderr, new RegExp(`bad\\.yaml:${at + 1}:${col}: plan\\.items\\[\\d+\\]\\.status: invalid value`));
    assert.match(r.stderr, /1 problem\(s\) in the strategy file; nothing was imported\./);
    assert.deepEqual(await snapshot(db), before);
  });

  it('keeps cycles: a new cycle copies the current one; compare says what changed', async () => {
    const n = await cli('strategy', 'cycle', 'new', '--db', db, '--date', '2027-04-01', '--phase', 'act', '--notes', 'T2', '--lang', 'en');
    assert.equal(n.code, 0, n.stderr);
    assert.match(n.stdout, /cycle 3 started \(Act\)/);
    assert.match((await cli('strategy', 'compare', '2', '3', '--db', db, '--lang', 'en')).stdout, /cycles 2 and 3 hold the same strategy/);
    const c = await cli('strategy', 'compare', '1', '2', '--db', db, '--lang', 'en');
    assert.equal(c.code, 0);
    assert.match(c.stdout, /Action plan\n[\s\S]*\+ added plan\.channels ch-x/);
    assert.match(c.stdout, /~ changed vision\.objectives\[id=obj-prospects\] \(target\)/);
    const js = JSON.parse((await cli('strategy', 'compare', '1', '2', '--db', db, '--json')).stdout);
    assert.deepEqual([js.from, js.to], [1, 2]);
    assert.equal((await cli('strategy', 'cycle', 'phase', '3', 'measure', '--db', db)).code, 0);
    assert.match((await cli('strategy', 'cycles', '--db', db)).stdout, /^3\tmeasure\t2027-04-01\t/m);
    // The earlier cycle is checked as it stood.
    const old = JSON.parse((await cli('strategy', 'check', '--db', db, '--json', '--cycle', '1')).stdout);
    assert.ok(!old.findings.some((f: { rule: string }) => f.rule === 'cadence-norm'), 'cycle 1 has no X account');
  });

  it('calendar: text with the backlog, .ics and the two CSV layouts', async () => {
    const t = await cli('strategy', 'calendar', '--db', db, '--from', '2027-01-11', '--to', '2027-01-17', '--lang', 'en');
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /2027-01-12 {8}published  Blogue Boréal/);
    assert.match(t.stdout, /Backlog \(undated\)\nidea {7}idee-tournee-regions/);
    const ics = join(dir, 'out', 'plan.ics');
    const csv = join(dir, 'out', 'plan.csv');
    const hs = join(dir, 'out', 'hootsuite.csv');
    assert.equal((await cli('strategy', 'calendar', '--db', db, '--ics', ics, '--csv', csv, '--from', '2027-03-01', '--to', '2027-03-31')).code, 0);
    const icsText = readFileSync(ics, 'utf8');
    assert.match(icsText, /UID:rapport-barometre@eclaireur/);
    assert.ok(icsText.split('BEGIN:VEVENT').length > 15);
    assert.match(readFileSync(csv, 'utf8'), /^date,time,channel,/);
    assert.equal((await cli('strategy', 'calendar', '--db', db, '--csv', hs, '--layout', 'hootsuite', '--from', '2027-03-01', '--to', '2027-03-07')).code, 0);
    assert.equal(readFileSync(hs, 'utf8'), '02/03/2027 08:30,LinkedIn post,\r\n03/03/2027 12:00,Weekly X thread,\r\n04/03/2027 08:30,LinkedIn post,\r\n');
  });

  it('exits 2 on bad usage: unknown cycle, bad extension, bad date, missing file', async () => {
    for (const args of [
      ['strategy', 'check', '--cycle', '9'],
      ['strategy', 'check', '--cycle', 'x'],
      ['strategy', 'export', '--out', join(dir, 'x.txt')],
      ['strategy', 'import', join(dir, 'missing.yaml')],
      ['strategy', 'calendar', '--from', '2027-02-30'],
      ['strategy', 'calendar', '--layout', 'buffer'],
      ['strategy', 'cycle', 'phase', '1', 'dream'],
    ]) {
      const r = await cli(...args, '--db', db);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    }
    const fr = await cli('strategy', 'cycle', 'phase', '1', 'dream', '--db', db, '--lang', 'fr');
    assert.equal(fr.code, 2);
    assert.match(fr.stderr, /étape : attendu une de plan, act, measure, evaluate, improve, reçu « dream »/);
  });
});

describe('eclaireur strategy on a field without a strategy', () => {
  it('says how to get one, with exit code 2', async () => {
    const empty = join(dir, 'empty.db');
    const store = await openStore({ db: empty });
    const ws = await store.ensureWorkspace('w');
    await store.createField({ workspaceId: ws.id, topic: 'Vide', region: null, languages: ['fr'] });
    await store.close();
    for (const sub of [['check'], ['export', '--out', join(dir, 'e.yaml')], ['cycles'], ['cycle', 'new']]) {
      const r = await cli('strategy', ...sub, '--db', empty, '--lang', 'en');
      assert.equal(r.code, 2, sub.join(' '));
      assert.match(r.stderr, /no strategy yet: `eclaireur strategy import FILE\.yaml`/);
    }
    // Importing a file gives the field its first cycle.
    const r = await cli('strategy', 'import', join(dir, 'a.yaml'), '--db', empty, '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /imported as cycle 1/);
    // No candidates in this field: the influencer rule is silent, and the text output says why.
    const c = await cli('strategy', 'check', '--db', empty, '--lang', 'en');
    assert.doesNotMatch(c.stdout, /influencer-standing/);
    assert.match(c.stderr, /no candidates in this field/);
  });
});
