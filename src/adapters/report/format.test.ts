import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INDEX_KEYS } from '../../core/domain.js';
import { candidateAnchor, safeHref } from './escape.js';
import { date, num, plain, signed } from './format.js';
import { messages } from './messages.js';

describe('format', () => {
  it('writes machine numbers exactly, without exponents', () => {
    assert.equal(plain(47.333333333333336), '47.333333333333336');
    assert.equal(plain(1e-7), '0.0000001');
    assert.equal(plain(1.5e-9), '0.0000000015');
    assert.equal(plain(-0), '0');
    assert.equal(plain(null), '');
    assert.equal(plain(Number.NaN), '');
    assert.equal(Number(plain(2.5e-8)), 2.5e-8);
  });

  it('writes people numbers and dates per locale', () => {
    assert.equal(num('fr', 12345.67, 1), '12\u00a0345,7');
    assert.equal(num('en', 12345.67, 1), '12,345.7');
    assert.equal(signed('fr', -1, 1), '−1,0');
    assert.equal(signed('en', 4.2, 1), '+4.2');
    assert.equal(date('fr', '2025-03-01'), '1er mars 2025');
    assert.equal(date('fr', '2025-03-02'), '2 mars 2025');
    assert.equal(date('en', '2025-03-01'), 'March 1, 2025');
    assert.equal(date('fr', 'pas une date'), 'pas une date');
  });
});

describe('messages', () => {
  it('labels every index in both languages', () => {
    for (const lang of ['fr', 'en'] as const) for (const k of INDEX_KEYS) assert.ok(messages(lang).indexLabel[k].length > 0);
  });

  it('follows Québec typography in French: non-breaking space before : ; ! ? % » and after «', () => {
    const strings: string[] = [];
    const walk = (o: unknown): void => {
      if (typeof o === 'string') strings.push(o);
      else if (typeof o === 'function') strings.push(String(o.call(null, 'X', 'Y', 'Z', 'U', 'V')));
      else if (o && typeof o === 'object') Object.values(o).forEach(walk);
    };
    walk(messages('fr'));
    assert.ok(strings.length > 50);
    for (const s of strings) {
      assert.doesNotMatch(s, / [:;!?%»]/, s);
      assert.doesNotMatch(s, /« /, s);
      assert.doesNotMatch(s, /\S[;!?]/u, s);
    }
    assert.equal(messages('fr').colon, '\u00a0: ');
    assert.equal(messages('en').colon, ': ');
  });
});

describe('escape', () => {
  it('links only absolute http(s) addresses', () => {
    assert.equal(safeHref('https://exemple.ca/a b'), 'https://exemple.ca/a%20b');
    assert.equal(safeHref(' javascript:alert(1)'), null);
    assert.equal(safeHref('JaVaScRiPt:alert(1)'), null);
    assert.equal(safeHref('data:text/html,x'), null);
    assert.equal(safeHref('/relatif'), null);
    assert.equal(safeHref('https://user:pw@exemple.ca/'), null);
  });

  it('makes distinct, valid anchors of distinct ids', () => {
    assert.equal(candidateAnchor('etremblay'), 'c-etremblay');
    assert.notEqual(candidateAnchor('a_b'), candidateAnchor('a b'));
    assert.match(candidateAnchor('Élise "x" <y>'), /^[A-Za-z][\w-]*$/);
  });
});
