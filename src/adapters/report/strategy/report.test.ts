/**
 * The strategy report's writers on a realistic small strategy (the checker's test strategy,
 * broken in three places so that it has findings): both languages, HTML and Markdown, checked
 * for the seven sections, the Gantt, the calendar, the findings, the maturity stage and the
 * reference figures beside the channels; escaping; same input, same bytes; and the PDF when
 * Chromium is installed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Lang } from '../../../core/domain.js';
import { assessMaturity, type Answers } from '../../../core/maturity/index.js';
import { checkStrategy } from '../../../core/strategy/check.js';
import { SECTIONS, SECTION_LABELS, type Strategy } from '../../../core/strategy/model.js';
import { cleanStrategy, standings } from '../../../core/strategy/test-support.js';
import { findChromium, printPdf, renderStrategyHtml, renderStrategyMarkdown, type StrategyReportInput } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-strategy-report-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// An agency at Engagement: listening, presence and dialogue in place; no policy, no budget line.
const ANSWERS: Answers = {
  'planning-listening': 4, 'planning-goals': 3, 'planning-audiences': 3,
  'presence-profiles': 4, 'presence-cadence': 3, 'presence-owners': 3,
  'engagement-response': 3, 'engagement-conversations': 3, 'engagement-influencers': 2,
  'formalized-policy': 1, 'formalized-team': 2, 'formalized-reporting': 2,
  'strategic-sponsor': 2, 'strategic-outcomes': 1, 'strategic-units': 0,
  'converged-strategy': 1, 'converged-advocacy': 1, 'converged-insights': 0,
};

function strategy(): Strategy {
  const s = cleanStrategy();
  // Three faults for the checker: an objective without KPI or date, a KPI without source, and
  // a user string that must be escaped.
  s.vision.objectives.push({ id: 'obj-notoriete', text: 'Être cité <b>dans les médias</b>', goal: 'notoriete', kpis: [], baseline: null, target: 10, unit: 'mentions', date: null });
  s.kpis[0]!.source = null;
  s.plan.items[0]!.title = { fr: 'Mesurer le ROI | le vrai', en: 'Measuring ROI | for real' };
  return s;
}

function input(lang: Lang): StrategyReportInput {
  const s = strategy();
  return {
    lang,
    strategy: s,
    field: { topic: 'Marketing B2B au Québec', region: 'CA-QC' },
    cycle: { number: 2, phase: 'act', startedOn: '2026-11-27' },
    findings: checkStrategy(s, { lang, influencers: standings() }),
    maturity: { date: '2026-11-27', assessment: assessMaturity(ANSWERS) },
    influencers: standings(),
    asOf: '2026-11-27',
  };
}

const HEADINGS = { fr: ['Constats du vérificateur', 'Maturité', 'Données de référence'], en: ['Checker’s findings', 'Maturity', 'Reference figures'] };

for (const lang of ['fr', 'en'] as const) {
  describe(`strategy report in ${lang}`, () => {
    const html = renderStrategyHtml(input(lang));

    it('HTML: the seven sections in order, then findings, maturity and reference figures', () => {
      const h2 = [...html.matchAll(/<h2 id="([^"]+)">([^<]*)<\/h2>/g)].map((m) => m[2]!.replace(/\u00a0/g, ' '));
      assert.deepEqual(h2, [lang === 'fr' ? 'Sommaire' : 'Summary', ...SECTIONS.map((k, i) => `${i + 1}. ${SECTION_LABELS[k][lang]}`), ...HEADINGS[lang]]);
      assert.match(html, new RegExp(`<html lang="${lang}-CA">`));
    });

    it('HTML: the Gantt as inline SVG with the project bar and its milestone', () => {
      const gantt = /<svg class="gantt"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      assert.ok(gantt, 'a Gantt SVG');
      assert.match(gantt, /<g class="row" data-project="serie-roi">/);
      assert.match(gantt, /<rect class="bar" [^>]*fill="#009e73"/);
      assert.match(gantt, /<path class="milestone"[^>]*><title>Bilan du trimestre/);
    });

    it('HTML: the calendar as month grids, items and slots on their days', () => {
      const months = [...html.matchAll(/<table class="month" data-month="([\d-]+)">/g)].map((m) => m[1]);
      assert.deepEqual(months, ['2027-01', '2027-02', '2027-03']);
      // 12 January 2027: the blog item; Tuesdays: the LinkedIn slot.
      assert.match(html, /<span class="dn">12<\/span><ul><li class="ch1" title="Blog(ue)? · /);
      assert.match(html, /<span class="dn">5<\/span><ul><li class="ch0 slot"/);
    });

    it('HTML: the findings in their own section and beside the section they concern', () => {
      const findings = input(lang).findings;
      assert.ok(findings.some((f) => f.rule === 'objective-measurable'));
      assert.ok(findings.some((f) => f.rule === 'kpi-baseline-source'));
      const section = /<section id="findings"[\s\S]*?<\/section>/.exec(html)![0];
      for (const f of findings) assert.ok(section.includes(`<code>${f.rule}</code>`), f.rule);
      const vision = /<section id="s-vision"[\s\S]*?<\/section>/.exec(html)![0];
      assert.match(vision, /<ul class="section-findings"[\s\S]*vision\.objectives\[1\]/);
    });

    it('HTML: the maturity stage with its reasons, and the reference figure beside LinkedIn', () => {
      assert.match(html, lang === 'fr' ? /Étape 3 sur 6\u00a0?: Engagement/ : /Stage 3 of 6: Engagement/);
      assert.match(html, /<svg class="stages"/);
      const channels = /<h3 id="channels">[\s\S]*?<\/table>/.exec(html)![0];
      assert.match(channels, lang === 'fr' ? /LinkedIn — 79\u00a0%/ : /LinkedIn — 79%/);
      assert.match(channels, /Social Media Examiner, 2018, n = 5(,|\u00a0)726/);
      assert.match(html, /<svg class="shares"/);
    });

    it('HTML: self-contained, escaped, and the same bytes every time', () => {
      assert.doesNotMatch(html, /<(script|link|img|iframe)\b/i);
      assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
      assert.ok(html.includes('Être cité &lt;b&gt;dans les médias&lt;/b&gt;'));
      assert.ok(!html.includes('<b>dans'));
      assert.equal(renderStrategyHtml(input(lang)), html);
    });

    it('Markdown: the same sections, the Gantt as Mermaid, the findings, escaped cells', () => {
      const md = renderStrategyMarkdown(input(lang));
      const h2 = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]!.replace(/\\/g, ''));
      assert.deepEqual(h2, [lang === 'fr' ? 'Sommaire' : 'Summary', ...SECTIONS.map((k, i) => `${i + 1}. ${SECTION_LABELS[k][lang]}`), ...HEADINGS[lang]]);
      assert.match(md, /```mermaid\ngantt\n[\s\S]*section Série ROI\n {2}Série ROI : p1, 2027-01-04, 2027-04-01\n {2}Bilan du trimestre : milestone, m1_1, 2027-03-31, 0d\n```/);
      assert.match(md, /\| `objective-measurable` \|/);
      assert.match(md, /Mesurer le ROI \\\| le vrai|Measuring ROI \\\| for real/);
      assert.match(md, /Être cité \\<b\\>dans les médias\\<\/b\\>/);
      assert.match(md, lang === 'fr' ? /\*\*Étape 3 sur 6 : Engagement/ : /\*\*Stage 3 of 6: Engagement/);
      assert.match(md, lang === 'fr' ? /- 2027-01-05 09:00 — Page LinkedIn · Publication du mardi \(case récurrente\)/ : /- 2027-01-05 09:00 — Page LinkedIn · Publication du mardi \(recurring slot\)/);
    });
  });
}

describe('strategy report without a maturity assessment or findings', () => {
  it('says so instead of leaving the sections out', () => {
    const s = cleanStrategy();
    const base = { ...input('en'), strategy: s, findings: checkStrategy(s, { lang: 'en', influencers: standings() }), maturity: null };
    assert.deepEqual(base.findings, []);
    const html = renderStrategyHtml(base);
    assert.match(html, /The checker found nothing: the plan holds together\./);
    assert.match(html, /No maturity assessment yet: run `eclaireur maturity`\./);
  });
});

describe('strategy report as PDF', () => {
  const chromium = findChromium();
  it('finds no Chromium where there is none', () => {
    assert.equal(findChromium({ PATH: join(dir, 'empty') }), null);
    assert.equal(findChromium({ PATH: process.env.PATH, ECLAIREUR_CHROMIUM: join(dir, 'no-such-chromium') }), null);
  });
  it('prints a real PDF with headless Chromium', { skip: chromium === null ? 'chromium is not installed (apt-get install chromium)' : false, timeout: 180_000 }, async () => {
    const out = join(dir, 'strategy.pdf');
    await printPdf(renderStrategyHtml(input('fr')), out, chromium!);
    const bytes = readFileSync(out);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 20_000, `${bytes.length} bytes`);
    assert.match(bytes.subarray(bytes.length - 1024).toString('latin1'), /%%EOF/);
  });
});

describe('Gantt rows', () => {
  it('a project without an end ends at its last item, or at the plan’s end when nothing else dates it', async () => {
    const { ganttRows } = await import('./gantt.js');
    const { dayOf } = await import('../../../core/dates.js');
    const s = cleanStrategy();
    s.plan.projects[0]!.end = null;
    s.plan.projects.push({ id: 'always-on', name: 'Présence continue', type: 'always-on', objectives: [], owner: null, start: '2027-01-04', end: null });
    s.plan.milestones.push({ id: 'm-libre', name: 'Revue annuelle', date: '2027-12-15', project: null });
    const rows = ganttRows(s, 'fr');
    assert.deepEqual(
      rows.map((r) => [r.id, r.from, r.to, r.milestones.length]),
      [
        // Série ROI: its milestone of 31 March is its last dated thing.
        ['serie-roi', dayOf('2027-01-04'), dayOf('2027-03-31'), 1],
        // Always-on: to the plan's last date (the loose milestone of 15 December).
        ['always-on', dayOf('2027-01-04'), dayOf('2027-12-15'), 0],
        ['', null, null, 1],
      ],
    );
  });
});
