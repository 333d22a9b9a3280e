/**
 * `eclaireur strategy report` end to end, in-process on the demonstration workspace (the
 * automation contract: `strategy report --db PATH --lang fr --out FILE.html` writes the
 * report), Markdown and PDF outputs, and the usage errors (exit 2, no file written).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findChromium } from '../adapters/report/strategy/index.js';
import { cli } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-strategy-report-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('eclaireur strategy report on the demonstration workspace', () => {
  const db = join(dir, 'demo.db');
  before(async () => {
    const r = await cli('demo', '--db', db, '--out', join(dir, 'out'), '--lang', 'fr');
    assert.equal(r.code, 0, r.stderr);
  });

  it('writes the HTML report in French (automation contract)', async () => {
    const out = join(dir, 'strategie.html');
    const r = await cli('strategy', 'report', '--db', db, '--lang', 'fr', '--out', out);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    for (const h of ['1. Vision, buts et objectifs', '2. Personnalité et voix', '5. Plan d’action', '7. Indicateurs de performance', 'Constats du vérificateur', 'Maturité']) assert.ok(html.includes(`>${h}</h2>`), h);
    assert.match(html, /<svg class="gantt"/);
    assert.match(html, /<table class="month"/);
    // The demo's maturity assessment and the checker's findings on the demo strategy.
    assert.match(html, /Étape 3 sur 6\u00a0?: Engagement/);
    const check = await cli('strategy', 'check', '--db', db, '--json', '--lang', 'fr');
    const { findings } = JSON.parse(check.stdout) as { findings: { rule: string; message: string }[] };
    for (const f of findings) assert.ok(html.includes(`<code>${f.rule}</code>`), f.rule);
  });

  it('writes Markdown in English, with a fixed date', async () => {
    const out = join(dir, 'strategy.md');
    const r = await cli('strategy', 'report', '--db', db, '--lang', 'en', '--out', out, '--as-of', '2026-11-27');
    assert.equal(r.code, 0, r.stderr);
    const md = readFileSync(out, 'utf8');
    assert.match(md, /^# Thought-leadership strategy — /);
    assert.match(md, /- \*\*As of\*\*: November 27, 2026/);
    assert.match(md, /```mermaid\ngantt/);
    assert.match(md, /## 6\. SEO and indexing/);
  });

  it('prints a PDF when Chromium is installed', { skip: findChromium() === null ? 'chromium is not installed' : false, timeout: 180_000 }, async () => {
    const out = join(dir, 'strategy.pdf');
    const r = await cli('strategy', 'report', '--db', db, '--lang', 'en', '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(out).subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('without Chromium, .pdf is a usage error and writes nothing', async () => {
    const out = join(dir, 'none.pdf');
    const saved = { path: process.env.PATH, chromium: process.env.ECLAIREUR_CHROMIUM };
    try {
      // No chromium on PATH (an empty directory) and none named.
      delete process.env.ECLAIREUR_CHROMIUM;
      process.env.PATH = join(dir, 'empty-bin');
      const r = await cli('strategy', 'report', '--db', db, '--lang', 'en', '--out', out);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /headless Chromium, which is not installed: install Debian’s chromium package/);
      assert.equal(existsSync(out), false);
      // A Chromium named that is not there.
      process.env.PATH = saved.path;
      process.env.ECLAIREUR_CHROMIUM = join(dir, 'no-such-chromium');
      const named = await cli('strategy', 'report', '--db', db, '--lang', 'fr', '--out', out);
      assert.equal(named.code, 2);
      assert.match(named.stderr, /ECLAIREUR_CHROMIUM=.*no-such-chromium n’est pas un fichier exécutable/);
      assert.equal(existsSync(out), false);
    } finally {
      process.env.PATH = saved.path;
      if (saved.chromium === undefined) delete process.env.ECLAIREUR_CHROMIUM;
      else process.env.ECLAIREUR_CHROMIUM = saved.chromium;
    }
  });

  it('usage errors: an unknown extension, a cycle that does not exist, a field with no strategy', async () => {
    const bad = await cli('strategy', 'report', '--db', db, '--out', join(dir, 'x.docx'));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /x\.docx: unsupported output; expected a file ending in \.html, \.md or \.pdf/);
    const cycle = await cli('strategy', 'report', '--db', db, '--out', join(dir, 'c.html'), '--cycle', '99');
    assert.equal(cycle.code, 2);
    assert.match(cycle.stderr, /no cycle 99/);
    const empty = join(dir, 'empty.db');
    assert.equal((await cli('init', '--db', empty, '--topic', 'Vide')).code, 0);
    const none = await cli('strategy', 'report', '--db', empty, '--out', join(dir, 'n.html'));
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no strategy yet/);
    assert.equal(existsSync(join(dir, 'n.html')), false);
  });
});
