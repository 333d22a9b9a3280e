import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, RANKING_DEFAULTS, resolveConfig } from './config.js';

describe('resolveConfig', () => {
  it('fills every default and keeps what the user set', () => {
    const c = resolveConfig({ weights: { publishing: 3 }, indices: { publishing: { halfLifeDays: 180, normalisation: { method: 'percentile' } } } });
    assert.equal(c.weights.publishing, 3);
    assert.equal(c.weights.experience, 1);
    assert.equal(c.indices.publishing.halfLifeDays, 180);
    assert.deepEqual(c.indices.publishing.normalisation, { method: 'percentile', cap: 8 });
    assert.equal(c.intervals.draws, RANKING_DEFAULTS.intervals.draws);
    assert.equal(RANKING_DEFAULTS.weights.publishing, 1, 'the defaults are not modified');
  });
  it('reports every problem with its path', () => {
    try {
      resolveConfig({ weights: { publishing: -1, typo: 1 }, asOf: '2026-13-01', intervals: { lower: 0.9, upper: 0.1 } }, 'my.json');
      assert.fail('should throw');
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      const msg = (e as Error).message;
      assert.match(msg, /^my\.json: invalid ranking configuration/);
      assert.match(msg, /weights\.publishing/);
      assert.match(msg, /typo/);
      assert.match(msg, /asOf/);
    }
  });
  it('refuses all-zero weights and inverted percentiles', () => {
    const zero = Object.fromEntries(Object.keys(RANKING_DEFAULTS.weights).map((k) => [k, 0]));
    assert.throws(() => resolveConfig({ weights: zero }), /at least one weight/);
    assert.throws(() => resolveConfig({ intervals: { lower: 0.9, upper: 0.1 } }), /lower \(0\.9\) is above upper/);
    assert.throws(() => resolveConfig({ indices: { experience: { unknownParam: 1 } } }), /unknownParam/);
  });
  it('refuses parameters that would divide by zero or count past a whole week', () => {
    assert.throws(() => resolveConfig({ indices: { multi_platform_presence: { regularityWeeks: 52.5 } } }), /regularityWeeks/);
    assert.throws(() => resolveConfig({ indices: { international_reach: { countryCap: 1 } } }), /countryCap/);
    assert.throws(() => resolveConfig({ indices: { publishing: { normalisation: { cap: 0 } } } }), /normalisation\.cap/);
    assert.throws(() => resolveConfig({ indices: { qualified_audience: { unauditedFakeShare: 1.5 } } }), /unauditedFakeShare/);
    assert.equal(resolveConfig({ indices: { multi_platform_presence: { regularityWeeks: 26 } } }).indices.multi_platform_presence.regularityWeeks, 26);
  });
});
