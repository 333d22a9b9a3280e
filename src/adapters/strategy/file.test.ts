/**
 * The strategy file: exact round trip (YAML and JSON), defaults for left-out fields, and bad
 * files giving every problem with its line, column and field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanStrategy } from '../../core/strategy/test-support.js';
import { formatOf, parseStrategy, StrategyFileError, stringifyStrategy, type StrategyFileProblem } from './file.js';

function problems(text: string, file = 's.yaml', lang: 'fr' | 'en' = 'en'): StrategyFileProblem[] {
  try {
    parseStrategy(text, file, undefined, lang);
  } catch (e) {
    assert.ok(e instanceof StrategyFileError, String(e));
    return e.problems;
  }
  assert.fail('expected the file to be rejected');
}

describe('strategy file', () => {
  it('round-trips exactly through YAML and JSON', () => {
    const s = cleanStrategy();
    for (const f of ['yaml', 'json'] as const) {
      const text = stringifyStrategy(s, f);
      const back = parseStrategy(text, `s.${f}`);
      assert.deepEqual(back, s);
      assert.equal(stringifyStrategy(back, f), text);
    }
    const yaml = stringifyStrategy(s, 'yaml');
    assert.match(yaml, /^# Éclaireur strategy file/);
    assert.match(yaml, /\n      date: 2027-01-12\n/);
    assert.match(yaml, /time: "09:00"|time: 09:00/);
  });

  it('fills left-out fields with null or empty lists', () => {
    const s = parseStrategy('version: 1\nname: Minimal\nplan:\n  items:\n    - id: a\n      title: Idée\n      form: podcast\n      status: idea\n', 'm.yaml');
    assert.equal(s.lang, 'fr');
    assert.deepEqual(s.plan.items[0].keywords, { primary: null, secondary: [] });
    assert.equal(s.plan.items[0].date, null);
    assert.deepEqual(s.kpis, []);
    assert.equal(s.plan.budget.currency, 'CAD');
  });

  it('names the line, column and field of each problem', () => {
    const text = [
      'version: 1', // 1
      'name: Test', // 2
      'plan:', // 3
      '  items:', // 4
      '    - id: a', // 5
      '      title: Un', // 6
      '      form: livre', // 7
      '      status: planned', // 8
      '      date: 2027-02-30', // 9
      '      colour: red', // 10
      '    - id: b', // 11
      '      form: video', // 12
      '      status: idea', // 13
    ].join('\n');
    const p = problems(text);
    const at = (path: string) => p.find((x) => x.path === path);
    assert.deepEqual([at('plan.items[0].form')?.line, at('plan.items[0].form')?.column], [7, 13]);
    assert.match(at('plan.items[0].form')!.message, /expected one of "white-paper"/);
    assert.deepEqual([at('plan.items[0].date')?.line, at('plan.items[0].date')?.column], [9, 13]);
    assert.match(at('plan.items[0].date')!.message, /YYYY-MM-DD/);
    assert.deepEqual([at('plan.items[0].colour')?.line, at('plan.items[0].colour')?.column], [10, 7]);
    assert.match(at('plan.items[0].colour')!.message, /unknown field "colour"/);
    // A required field left out: the map that should hold it.
    assert.deepEqual([at('plan.items[1].title')?.line, at('plan.items[1].title')?.column], [11, 7]);
    assert.match(at('plan.items[1].title')!.message, /required field missing/);
    assert.equal(p.length, 4);
    assert.ok(p.every((x) => x.file === 's.yaml'));
  });

  it('reports YAML and JSON syntax errors with their place, in French too', () => {
    const y = problems('version: 1\nname: [unclosed\nvision: {}\n');
    // The parser notices the unclosed sequence where the next key starts.
    assert.deepEqual([y[0].line, y[0].column, y[0].path], [3, 1, '']);
    assert.match(y[0].message, /invalid YAML/);
    const j = problems('{\n  "version": 1,\n  "name": "x",\n}\n', 'x.json', 'fr');
    assert.equal(j[0].line, 4);
    assert.match(j[0].message, /JSON invalide/);
    const t = problems('- a\n- b\n');
    assert.match(t[0].message, /must hold a strategy/);
    const v = problems('version: 2\nname: x\n', 's.yaml', 'fr');
    assert.deepEqual([v[0].path, v[0].line, v[0].column], ['version', 1, 10]);
  });

  it('places JSON syntax errors whose message gives no position (Node 20: "Unexpected token")', () => {
    const j = problems('{"version": 1,\n "name": "x",\n "plan": {"items": [}\n}', 'x.json');
    assert.deepEqual([j[0].line, j[0].column], [3, 21]);
    const k = problems('{"version": 1,\n "name": tru}\n', 'x.json');
    assert.deepEqual([k[0].line, k[0].column], [2, 13]);
  });

  it('an alias bomb is a problem of the file, not a crash', () => {
    const text = ['version: 1', 'name: &a [x, x, x, x, x, x, x, x, x]', 'organisation: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'kpis: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'].join('\n');
    const p = problems(text);
    assert.equal(p[0].file, 's.yaml');
    assert.match(p[0].message, /alias/i);
  });

  it('says every schema problem in French when asked', () => {
    const text = ['version: 1', 'name: ""', 'plan:', '  people:', '    - {id: p, name: P, hoursPerWeek: -3}', '  items:', '    - {id: a b, title: t, form: article, status: idea}', '  slots:', '    - {id: s, channel: c, freq: monthly, nth: 2, days: [MO, TU], start: 2027-01-01, time: "9:00", until: 2026-01-01}', '  budget: {currency: cad}'].join('\n');
    const p = problems(text, 's.yaml', 'fr');
    assert.equal(p.length, 7);
    for (const x of p) assert.doesNotMatch(x.message, /\b(expected|an id|a time|with nth|until is|Too small|an ISO)\b/, x.message);
  });

  it('accepts JSON and YAML alike, with errors placed in JSON', () => {
    const p = problems('{"version": 1, "name": "x",\n "kpis": [{"id": "k", "name": "K", "frequency": "sometimes"}]}', 'k.json');
    assert.deepEqual([p[0].path, p[0].line, p[0].column], ['kpis[0].frequency', 2, 49]);
    assert.equal(formatOf('A.YML'), 'yaml');
    assert.equal(formatOf('a.txt'), null);
  });
});
