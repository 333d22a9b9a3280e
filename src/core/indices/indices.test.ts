import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOf } from '../dates.js';
import { RANKING_DEFAULTS, resolveConfig } from '../ranking/config.js';
import { indexContext } from '../ranking/score.js';
import { ev, extRank, identity, makeInput } from '../test-support.js';
import type { IndexKey, ScoringInput } from '../domain.js';
import { INDEX_MODULES } from './registry.js';

const AS_OF = '2026-11-27';
const asOfDay = dayOf(AS_OF);
const cfg = resolveConfig({ asOf: AS_OF });

function signal(input: ScoringInput, key: IndexKey, config = cfg) {
  return INDEX_MODULES[key].signal(indexContext(input, config, key, asOfDay));
}
function explain(input: ScoringInput, key: IndexKey, c: number, lang: 'fr' | 'en' = 'en') {
  return INDEX_MODULES[key].explain(indexContext(input, cfg, key, asOfDay), c, lang);
}
const daysBefore = (n: number) => new Date((asOfDay - n) * 86400000).toISOString().slice(0, 10);

describe('peer_recognition', () => {
  it('counts distinct recognisers, each at most once and less when their mentions are old, and ignores the future', () => {
    const input = makeInput(['a', 'b', 'c'], {
      evidence: [
        ev('a', 'peer_mention', { peer: '@x', date: daysBefore(0) }),
        ev('a', 'peer_mention', { peer: '@X', date: daysBefore(730) }),
        ev('a', 'peer_mention', { peer: '@y', date: daysBefore(730) }),
        ev('a', 'peer_mention', { peer: 'z', date: null }),
        ev('b', 'peer_mention', { peer: '@x', date: '2027-01-01' }),
      ],
    });
    const s = signal(input, 'peer_recognition');
    // x: min(1, 1 + 0.5) = 1, y: one half-life old 0.5, z undated 1 → P = 2.5. The peers are not
    // candidates and nothing points to them: no authority flows from them, every candidate
    // keeps a candidate's share (A = 1): raw = √(1 × 2.5).
    assert.ok(Math.abs(s.raw[0] - Math.sqrt(2.5)) < 1e-12, String(s.raw[0]));
    assert.equal(s.evidence[0], 4);
    assert.ok(Number.isNaN(s.raw[1]), 'a mention after the reference date is ignored: missing');
    assert.ok(Number.isNaN(s.raw[2]));
    assert.match(explain(input, 'peer_recognition', 0), /3 distinct account\(s\) \(most: x, z, y\), 2\.5 once weighted/);
    assert.equal(explain(input, 'peer_recognition', 0), explain(input, 'peer_recognition', 0), 'a second explanation of the same candidate is the same');
    assert.match(explain(input, 'peer_recognition', 2, 'fr'), /Aucun compte/);
  });

  it('gives more authority to those the field recognises, through the imported graph and the identities', () => {
    // b → a and c → a (b through its identity's handle), x → b; x is not a candidate.
    const input = makeInput(['a', 'b', 'c'], { identities: [] });
    input.graph = { nodes: ['@bee', 'a', 'c', 'x'], source: Int32Array.from([0, 2, 3]), target: Int32Array.from([1, 1, 0]), weight: Float64Array.from([1, 1, 1]) };
    input.aliases = new Map([['bee', 1]]);
    const s = signal(input, 'peer_recognition');
    // Personalised PageRank, seeds a, b, c (s = 1/3), damping 0.85; a is the only dangling node,
    // x gets nothing. PR(b) = PR(c) = s(0.15 + 0.85 PR(a)), PR(a) = 1 − 2 PR(b)
    // → PR(a) = (1 − 0.3 s)/(1 + 1.7 s) = 0.9/1.5667, PR(b) = (1 − PR(a))/2.
    const pa = 0.9 / (1 + 1.7 / 3);
    const pb = (1 - pa) / 2;
    assert.ok(Math.abs(s.raw[0] - Math.sqrt(3 * pa * 2)) < 1e-8, `a: ${s.raw[0]}`);
    assert.ok(Math.abs(s.raw[1] - Math.sqrt(3 * pb * 1)) < 1e-8, `b: ${s.raw[1]}`);
    assert.ok(Number.isNaN(s.raw[2]));
    assert.match(explain(input, 'peer_recognition', 0), /2 distinct account\(s\) \(most: /);
  });
});

describe('digital_identity', () => {
  it('adds website, profiles (verified or not), knowledge base and search share', () => {
    const input = makeInput(['a', 'b', 'c'], {
      identities: [identity('a', 'linkedin', true), identity('a', 'x', false), identity('a', 'x', true), identity('b', 'youtube', false)],
      evidence: [
        ev('a', 'website', { sourceUrl: 'https://a.example' }),
        ev('a', 'knowledge_base', {}),
        ev('a', 'search_share', { value: 0.2, date: '2025-01-01' }),
        ev('a', 'search_share', { value: 0.6, date: '2026-01-01' }),
      ],
    });
    const s = signal(input, 'digital_identity');
    // website 20 + profiles 30·min(1, (1 + 1)/5) = 12 + kb 20·(1/2) = 10 + search 30·0.6 = 18
    assert.equal(s.raw[0], 20 + 12 + 10 + 18);
    assert.equal(s.raw[1], 30 * (0.5 / 5));
    assert.ok(Number.isNaN(s.raw[2]));
  });
});

describe('multi_platform_presence', () => {
  it('scores active platforms in the window and the share of weeks with a post', () => {
    const posts = [];
    for (let w = 0; w < 26; w++) posts.push(ev('a', 'post', { platform: 'linkedin', date: daysBefore(w * 7), value: 2 }));
    posts.push(ev('a', 'post', { platform: 'x', date: daysBefore(10) }));
    posts.push(ev('a', 'post', { platform: 'bluesky', date: daysBefore(200) }));
    const input = makeInput(['a', 'b'], { evidence: posts });
    const s = signal(input, 'multi_platform_presence');
    // 2 platforms active in 90 days of cap 6; weeks 0–25 from linkedin (the x post falls in week 1,
    // already counted) and week 28 from bluesky: 27 of 52 weeks.
    assert.ok(Math.abs(s.raw[0] - 100 * (0.5 * (2 / 6) + 0.5 * (27 / 52))) < 1e-9);
    assert.equal(s.evidence[0], 28);
    assert.ok(Number.isNaN(s.raw[1]));
    assert.match(explain(input, 'multi_platform_presence', 0), /Active on 2 platforms .*\(3 in all\).* 27 of the last 52 weeks/);
  });
});

describe('publishing and the recency-weighted rate', () => {
  it('turns a steady monthly history into its monthly rate', () => {
    const items = [];
    // Two blog posts a month for 30 years.
    for (let m = 0; m < 360; m++) {
      items.push(ev('a', 'blog_post', { date: daysBefore(Math.round(m * 30.436875)) }));
      items.push(ev('a', 'blog_post', { date: daysBefore(Math.round(m * 30.436875 + 15)) }));
    }
    const input = makeInput(['a'], { evidence: items });
    const s = signal(input, 'publishing');
    assert.ok(Math.abs(s.raw[0] - 2) < 0.1, `steady 2/month should give about 2, got ${s.raw[0]}`);
  });
  it('weights kinds and decays with the half-life', () => {
    const input = makeInput(['a', 'b'], {
      evidence: [ev('a', 'book', { date: daysBefore(365) }), ev('b', 'blog_post', { date: daysBefore(0) })],
    });
    const s = signal(input, 'publishing');
    const unit = (Math.LN2 * (365.2425 / 12)) / 365;
    assert.ok(Math.abs(s.raw[0] - 12 * 0.5 * unit) < 1e-12);
    assert.ok(Math.abs(s.raw[1] - unit) < 1e-12);
  });
});

describe('community_contribution and media_presence', () => {
  it('weight their kinds per year', () => {
    const input = makeInput(['a'], {
      evidence: [ev('a', 'talk', { date: daysBefore(0) }), ev('a', 'course', { date: daysBefore(0) }), ev('a', 'media_quote', { date: daysBefore(0) })],
    });
    const perYear = (h: number) => (Math.LN2 * 365.2425) / h;
    assert.ok(Math.abs(signal(input, 'community_contribution').raw[0] - 3 * perYear(730)) < 1e-12);
    assert.ok(Math.abs(signal(input, 'media_presence').raw[0] - 2 * perYear(365)) < 1e-12);
  });
});

describe('international_reach', () => {
  it('is 0 for a purely local, single-language presence and grows with spread', () => {
    const input = makeInput(['a-local', 'b-intl', 'c-none'], {
      evidence: [
        ev('a-local', 'audience_country', { country: 'CA', value: 1 }),
        ev('a-local', 'blog_post', { date: daysBefore(1), language: 'fr' }),
        ev('b-intl', 'audience_country', { country: 'CA', value: 0.25 }),
        ev('b-intl', 'audience_country', { country: 'FR', value: 0.25 }),
        ev('b-intl', 'audience_country', { country: 'US', value: 0.25 }),
        ev('b-intl', 'audience_country', { country: 'BE', value: 0.25 }),
        ev('b-intl', 'blog_post', { date: daysBefore(1), language: 'fr' }),
        ev('b-intl', 'blog_post', { date: daysBefore(1), language: 'en' }),
      ],
    });
    const s = signal(input, 'international_reach');
    assert.equal(s.raw[0], 0);
    // 4 equal countries: N = 4 → ln4/ln12; foreign 0.75; 2 equal languages: ln2/ln4 = 0.5.
    const expected = 100 * (0.5 * (Math.log(4) / Math.log(12)) + 0.3 * 0.75 + 0.2 * 0.5);
    assert.ok(Math.abs(s.raw[1] - expected) < 1e-9, `${s.raw[1]} vs ${expected}`);
    assert.ok(Number.isNaN(s.raw[2]));
  });
  it('leaves the foreign share out for a worldwide field', () => {
    const input = makeInput(['a'], { evidence: [ev('a', 'audience_country', { country: 'FR', value: 1 })] }, null);
    assert.equal(signal(input, 'international_reach').raw[0], 0);
  });
});

describe('experience', () => {
  it('counts years from the earliest activity', () => {
    const input = makeInput(['a', 'b'], {
      evidence: [ev('a', 'first_activity', { date: '2006-11-27' }), ev('a', 'blog_post', { date: '2004-11-27' }), ev('b', 'media_mention', { date: '2000-01-01' })],
    });
    const s = signal(input, 'experience');
    assert.ok(Math.abs(s.raw[0] - 22) < 0.01);
    assert.ok(Number.isNaN(s.raw[1]), 'a media mention is not the candidate’s own activity');
  });
});

describe('qualified_audience', () => {
  it('takes the latest figure per platform and removes the fake share', () => {
    const input = makeInput(['a'], {
      evidence: [
        ev('a', 'audience', { platform: 'x', value: 50000, fakeShare: 0.5, date: '2024-01-01' }),
        ev('a', 'audience', { platform: 'x', value: 10000, fakeShare: 0.1, date: '2026-01-01' }),
        ev('a', 'audience', { platform: 'linkedin', value: 1000, date: '2026-01-01' }),
      ],
    });
    const s = signal(input, 'qualified_audience');
    assert.equal(s.raw[0], 10000 * 0.9 + 1000 * (1 - (RANKING_DEFAULTS.indices.qualified_audience.unauditedFakeShare as number)));
    assert.match(explain(input, 'qualified_audience', 0), /linkedin 1,000 followers, 30% fake \(unaudited\); x 10,000 followers, 10% fake: real audience 9,700/);
  });
});

describe('ranking_agreement', () => {
  it('scores coverage, consensus position and unanimity over all the field’s lists', () => {
    const input = makeInput(['a', 'b', 'c'], {
      externalRanks: [extRank('a', 'L1', 1, 50), extRank('a', 'L2', 11, 100), extRank('b', 'L1', 50, 50)],
    });
    const s = signal(input, 'ranking_agreement');
    // Borda: a = (50 − 1 + 1) + (100 − 11 + 1) = 140, b = 50 − 50 + 1 = 1: a first, b second of 2.
    // a: coverage 1, position 1, normalised positions 1 and 0.9 (sd 0.05): unanimity 0.9.
    assert.ok(Math.abs(s.raw[0] - (100 * (1 + 1 + 0.9)) / 3) < 1e-9, String(s.raw[0]));
    // b: coverage 0.5, position 1 − 1/2, normalised positions 0.02 and 0 (sd 0.01): 0.98.
    assert.ok(Math.abs(s.raw[1] - (100 * (0.5 + 0.5 + 0.98)) / 3) < 1e-9, String(s.raw[1]));
    assert.ok(Number.isNaN(s.raw[2]));
    assert.equal(s.evidence[0], 2);
    assert.match(explain(input, 'ranking_agreement', 1), /#50 of 50 in "L1"; absent from 1 list\(s\)\. Consensus \(Borda\): #2 of 2; coverage 0\.5, position 0\.5, unanimity 0\.98/);
  });
  it('shares the positions of tied entries', () => {
    const input = makeInput(['a', 'b', 'c'], { externalRanks: [extRank('a', 'L', 1, 10), extRank('b', 'L', 1, 10), extRank('c', 'L', 3, 10)] });
    const s = signal(input, 'ranking_agreement');
    // a and b tied at 1 share [1, 2]: normalised position 1 − 0.5/10; both consensus rank 1.
    assert.equal(s.raw[0], s.raw[1]);
    assert.ok(s.raw[0] > s.raw[2]);
  });
  it('gives an entry of a band the band’s mid-position however few of its entries are candidates', () => {
    // "101–150" lists 50 people of whom 2 are candidates: they hold [101, 150], mid-position
    // 125.5 (not a tie of 2 at [101, 102], mid 101.5).
    const band = (k: string) => ({ ...extRank(k, 'L', 101, 200), bandEnd: 150 });
    const input = makeInput(['a', 'b', 'c'], { externalRanks: [extRank('a', 'L', 1, 200), band('b'), band('c'), extRank('b', 'M', 1, 200)] });
    const s = signal(input, 'ranking_agreement');
    // b: normalised positions 1 − 124.5/200 = 0.3775 in L and 1 in M: sd 0.31125, unanimity
    // 0.3775 (with the tie at [101, 102] it would be 0.4975).
    assert.ok(s.raw[1] > s.raw[2]);
    assert.match(explain(input, 'ranking_agreement', 1), /band #101–150 of 200 in "L"; #1 of 200 in "M"\. .*unanimity 0\.38/);
    assert.match(explain(input, 'ranking_agreement', 1, 'fr'), /tranche 101–150 sur 200 dans « L »/);
  });
  it('ignores a list published after the reference date', () => {
    const input = makeInput(['a', 'b'], {
      externalRanks: [extRank('a', 'Old', 2, 10, 2025), extRank('b', 'New', 1, 10, 2027)],
    });
    const s = signal(input, 'ranking_agreement');
    assert.ok(Math.abs(s.raw[0] - 100) < 1e-9, 'one list known as of 2026-11-27: covered, first, unanimous');
    assert.ok(Number.isNaN(s.raw[1]));
    assert.match(explain(input, 'ranking_agreement', 1), /Absent from the field’s 1 other rankings/);
  });
});
