/**
 * Each rule of the checker on a coherent strategy (no finding) and with the one thing broken that
 * it must catch: the rule fires, at the right place, and no other rule fires because of it
 * unless the break is theirs too.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkStrategy } from '../check.js';
import { STRATEGY_DEFAULTS } from '../defaults.js';
import type { Finding, InfluencerStanding, Strategy } from '../model.js';
import { cleanStrategy, standings } from '../test-support.js';
import { RULES } from './index.js';

function run(s: Strategy, lang: 'fr' | 'en' = 'en', influencers: Map<string, InfluencerStanding> | null = standings()): Finding[] {
  return checkStrategy(s, { lang, influencers });
}

function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

describe('strategy checker', () => {
  it('finds nothing on a coherent strategy, in either language', () => {
    assert.deepEqual(run(cleanStrategy(), 'en'), []);
    assert.deepEqual(run(cleanStrategy(), 'fr'), []);
  });

  it('has unique rule ids, each with a bilingual title', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.title.fr && r.title.en && r.title.fr !== r.title.en, r.id);
    }
  });

  it('objective-measurable: no KPI, no target, no date', () => {
    const s = cleanStrategy();
    s.vision.objectives.push({ id: 'obj-vague', text: 'Être plus visibles', goal: null, kpis: [], baseline: 1, target: null, unit: null, date: null });
    const f = only(run(s), 'objective-measurable');
    assert.deepEqual(f.map((x) => x.where), ['vision.objectives[1].kpis', 'vision.objectives[1].target', 'vision.objectives[1].date']);
    assert.ok(f.every((x) => x.severity === 'error'));
    assert.match(f[0].message, /Être plus visibles/);
    assert.match(only(run(s, 'fr'), 'objective-measurable')[0].message, /aucun indicateur/);
  });

  it('objective-baseline: fires only without baseline', () => {
    const s = cleanStrategy();
    s.vision.objectives[0].baseline = null;
    assert.deepEqual(run(s).map((x) => [x.rule, x.where]), [['objective-baseline', 'vision.objectives[0].baseline']]);
  });

  it('kpi-baseline-source: a KPI without baseline or source (blank counts as none)', () => {
    const s = cleanStrategy();
    s.kpis[0].baseline = null;
    s.kpis[0].source = '  ';
    const f = run(s);
    assert.deepEqual(f.map((x) => [x.rule, x.severity, x.where]), [
      ['kpi-baseline-source', 'warning', 'kpis[0].baseline'],
      ['kpi-baseline-source', 'warning', 'kpis[0].source'],
    ]);
  });

  it('segment-unreached: a segment with no channel and no content', () => {
    const s = cleanStrategy();
    s.audiences.segments.push({ id: 'dg', name: { fr: 'Directions générales', en: 'CEOs' }, persona: null, needs: [], questions: [], whereabouts: [] });
    const f = only(run(s), 'segment-unreached');
    assert.equal(f.length, 2);
    assert.ok(f.every((x) => x.where === 'audiences.segments[1]'));
    assert.match(f[0].message, /No channel .*"CEOs"/);
    assert.match(f[1].message, /No content item/);
    // Reached by a channel only: one finding left.
    s.plan.channels[0].segments.push('dg');
    assert.equal(only(run(s), 'segment-unreached').length, 1);
    s.plan.items[0].segments.push('dg');
    assert.equal(only(run(s), 'segment-unreached').length, 0);
  });

  it('item-orphan: an item with no objective or no segment; ideas are exempt', () => {
    const s = cleanStrategy();
    s.plan.items[1].objectives = [];
    s.plan.items[1].segments = [];
    assert.deepEqual(only(run(s), 'item-orphan').map((x) => x.where), ['plan.items[1].objectives', 'plan.items[1].segments']);
    s.plan.items[1].status = 'idea';
    assert.deepEqual(only(run(s), 'item-orphan'), []);
  });

  it('item-schedule: planned without date, backlog with a date', () => {
    const s = cleanStrategy();
    s.plan.items[0].date = null;
    s.plan.items[1].date = '2027-02-01';
    const f = only(run(s), 'item-schedule');
    assert.deepEqual(f.map((x) => x.where), ['plan.items[0].date', 'plan.items[1].date']);
    assert.match(f[0].message, /"planned" but has no date/);
  });

  it('person-over-capacity: week by week, items in the week of their date plus owned slot occurrences', () => {
    const s = cleanStrategy();
    // Week 2027-W02 (11–17 January): the article (5 h, the owner's own effort for articles) and
    // the Tuesday slot (1 h) make 6 h of 10: fine. Add a white paper of 40 h (default) that week.
    assert.deepEqual(only(run(s), 'person-over-capacity'), []);
    s.plan.items.push({ ...s.plan.items[0], id: 'lb', title: 'Livre blanc', form: 'white-paper', keywords: { primary: null, secondary: [] }, date: '2027-01-14' });
    let f = only(run(s), 'person-over-capacity');
    assert.equal(f.length, 1);
    assert.equal(f[0].where, 'plan.people[0].hoursPerWeek');
    assert.match(f[0].message, /2027-W02 \(46 h\)/);
    // The same hours spread over two weeks are within capacity only if each week is.
    s.plan.items[2].effortHours = 4;
    assert.deepEqual(only(run(s), 'person-over-capacity'), []);
    // A slot owned by the person, every weekday at 2 h: 10 h + the Tuesday slot 1 h → 11 h in each
    // whole week from 2027-W02 to W12; the first (from Tuesday 5 January) and last (to Tuesday 30
    // March) weeks are partial and within capacity.
    s.plan.slots.push({ ...s.plan.slots[0], id: 'li-quotidien', days: ['MO', 'TU', 'WE', 'TH', 'FR'], effortHours: 2 });
    f = only(run(s, 'fr'), 'person-over-capacity');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Sophie Tremblay a plus d’heures planifiées que ses 10 h par semaine pendant 11 semaine\(s\) : 2027-W02 \(20 h\), 2027-W03 \(11 h\)/);
    assert.match(f[0].message, /et 7 autre\(s\)\.$/);
  });

  it('person-over-capacity: a slot filled by an item that day counts once', () => {
    const s = cleanStrategy();
    s.plan.people[0].hoursPerWeek = 5.5;
    // Week of 12 January: article 5 h + Tuesday slot 1 h = 6 h > 5.5 h.
    assert.equal(only(run(s), 'person-over-capacity').length, 1);
    // Publish the article on the LinkedIn channel on the slot's Tuesday: the slot is filled.
    s.plan.items[0].channel = 'li';
    assert.deepEqual(only(run(s), 'person-over-capacity'), []);
  });

  it('cadence-norm: far outside the norm of its kind (beyond the factor), with the source; other kinds not checked', () => {
    const s = cleanStrategy();
    // LinkedIn's norm is 7–35 a week; with the factor 2, 3.5 a week is still within reach.
    s.plan.channels[0].cadence = { count: 16, per: 'month' };
    assert.deepEqual(only(run(s), 'cadence-norm'), []);
    s.plan.channels[0].cadence = { count: 3, per: 'week' };
    assert.deepEqual(only(run(s), 'cadence-norm').map((x) => x.where), ['plan.channels[0].cadence']);
    s.plan.channels[0].cadence = { count: 5, per: 'week' };
    s.plan.channels[1].cadence = { count: 2, per: 'year' };
    s.plan.channels.push({ id: 'presse', kind: 'media', name: 'Relations de presse', segments: ['cmo-pme'], cadence: { count: 50, per: 'week' }, owner: null });
    const f = only(run(s), 'cadence-norm');
    assert.equal(f.length, 1);
    assert.equal(f[0].where, 'plan.channels[1].cadence');
    assert.match(f[0].message, /0\.04 times a week, far below the norm \(0\.23 to 3 a week; source: rule of thumb of this project, no single study: monthly to three posts a week\)/);
    s.plan.channels[1].cadence = { count: 30, per: 'week' };
    assert.match(only(run(s), 'cadence-norm')[0].message, /far above/);
    assert.match(only(run(s, 'fr'), 'cadence-norm')[0].message, /30 fois par semaine, loin au-dessus de la norme/);
    // A custom norm passed in the context.
    const custom = { ...STRATEGY_DEFAULTS, cadence: { ...STRATEGY_DEFAULTS.cadence, blog: { min: 1, max: 40, source: 'house rule' } } };
    assert.deepEqual(only(checkStrategy(s, { lang: 'en', influencers: standings(), defaults: custom }), 'cadence-norm'), []);
  });

  it('keyword-cannibalisation: same primary keyword, same month, compared case- and space-insensitively', () => {
    const s = cleanStrategy();
    s.plan.items[1].status = 'planned';
    s.plan.items[1].date = '2027-01-28';
    s.plan.items[1].keywords.primary = '  roi   Leadership éclairé ';
    const f = only(run(s), 'keyword-cannibalisation');
    assert.equal(f.length, 1);
    assert.equal(f[0].where, 'plan.items[1].keywords.primary');
    assert.match(f[0].message, /"art-roi" and "art-budget" .* in 2027-01/);
    s.plan.items[1].date = '2027-02-02';
    assert.deepEqual(only(run(s), 'keyword-cannibalisation'), []);
  });

  it('competitor-channels: info when no channel of a competitor is known', () => {
    const s = cleanStrategy();
    s.competition.competitors[0].channels = [];
    assert.deepEqual(run(s).map((x) => [x.rule, x.severity, x.where]), [['competitor-channels', 'info', 'competition.competitors[0].channels']]);
  });

  it('influencer-standing: low rank, poor audit, unranked, unknown; silent without field data (null)', () => {
    const s = cleanStrategy();
    s.audiences.influencers.push(
      { candidateKey: 'low', name: 'Bas Classé', segments: [], role: null },
      { candidateKey: 'fake', name: 'Faux Abonnés', segments: [], role: null },
      { candidateKey: 'unranked', name: null, segments: [], role: null },
      { candidateKey: 'ghost', name: 'Fantôme', segments: [], role: null },
    );
    const st = standings();
    st.set('low', { rank: 90, of: 120, fakeShare: null });
    st.set('fake', { rank: 10, of: 120, fakeShare: 0.4 });
    st.set('unranked', { rank: null, of: 120, fakeShare: 0.1 });
    const f = only(run(s, 'en', st), 'influencer-standing');
    assert.deepEqual(f.map((x) => x.where), ['audiences.influencers[1]', 'audiences.influencers[2]', 'audiences.influencers[3]', 'audiences.influencers[4].candidateKey']);
    assert.match(f[0].message, /ranks 90 of 120/);
    assert.match(f[1].message, /40% fake/);
    assert.match(f[2].message, /"unranked" is not ranked/);
    assert.match(f[3].message, /not a candidate of the field/);
    assert.deepEqual(only(run(s, 'en', null), 'influencer-standing'), []);
    assert.deepEqual(only(checkStrategy(s, { lang: 'en' }), 'influencer-standing'), []);
    // Field data in which no influencer is a candidate: every one is flagged.
    assert.equal(only(run(s, 'en', new Map()), 'influencer-standing').length, 5);
    // Exactly at the thresholds: not flagged.
    st.set('low', { rank: 60, of: 120, fakeShare: 0.25 });
    assert.ok(!only(run(s, 'en', st), 'influencer-standing').some((x) => x.where === 'audiences.influencers[1]'));
  });

  it('reference-unknown: a reference to an id that does not exist, with its path', () => {
    const s = cleanStrategy();
    s.plan.items[0].channel = 'tiktok';
    s.plan.items[0].objectives.push('obj-inexistant');
    s.vision.objectives[0].kpis.push('kpi-x');
    s.seo.topics[0].segment = 'cmo';
    const f = only(run(s), 'reference-unknown');
    assert.deepEqual(f.map((x) => x.where), ['vision.objectives[0].kpis[1]', 'plan.items[0].channel', 'plan.items[0].objectives[1]', 'seo.topics[0].segment']);
    assert.match(f[1].message, /"tiktok" is the id of no channel \(plan\.channels\)/);
  });

  it('id-duplicate: a repeated id names the first', () => {
    const s = cleanStrategy();
    s.plan.items.push({ ...s.plan.items[1], date: null });
    s.audiences.influencers.push({ ...s.audiences.influencers[0] });
    const f = only(run(s), 'id-duplicate');
    assert.deepEqual(f.map((x) => x.where), ['plan.items[2].id', 'audiences.influencers[1].candidateKey']);
    assert.match(f[0].message, /already the id of plan\.items\[1\]/);
  });

  it('orders findings errors first, then warnings, then information', () => {
    const s = cleanStrategy();
    s.competition.competitors[0].channels = [];
    s.kpis[0].source = null;
    s.vision.objectives[0].date = null;
    assert.deepEqual(run(s).map((x) => x.severity), ['error', 'warning', 'info']);
  });
});
