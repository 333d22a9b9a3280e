import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CONV_EN,
  CONV_FR,
  CONV_NONE,
  NUM_AMBIGUOUS,
  NUM_INVALID,
  NUM_OK,
  SUFFIX_K,
  SUFFIX_M,
  SUFFIX_PERCENT,
  parseNumber,
  plainInteger,
} from './numbers.js';

function value(text: string, locale: 'fr' | 'en' | 'auto' = 'auto'): number {
  const r = parseNumber(text, locale);
  assert.equal(r.status, NUM_OK, `"${text}" should read (status ${r.status})`);
  return r.value;
}

describe('numbers as people type them', () => {
  it('reads plain integers on the fast path and refuses anything else there', () => {
    assert.equal(plainInteger('12345'), 12345);
    assert.equal(plainInteger('0'), 0);
    assert.equal(plainInteger(''), -1);
    assert.equal(plainInteger('12 345'), -1);
    assert.equal(plainInteger('1.5'), -1);
    assert.equal(plainInteger('1234567890123456'), -1, 'more than 15 digits goes to the full parser');
  });

  it('reads French numbers: spaces (also U+00A0, U+202F) between thousands, comma decimal', () => {
    assert.equal(value('12 345,6'), 12345.6);
    assert.equal(value('12\u00a0345,6'), 12345.6);
    assert.equal(value('12\u202f345,6'), 12345.6);
    assert.equal(value('1 234 567'), 1234567);
    assert.equal(value('0,35'), 0.35);
    assert.equal(value('12.345,6'), 12345.6);
    assert.equal(value('-3,5'), -3.5);
  });

  it('reads English numbers: comma thousands, dot decimal', () => {
    assert.equal(value('12,345.6'), 12345.6);
    assert.equal(value('1,234,567'), 1234567);
    assert.equal(value('0.35'), 0.35);
    assert.equal(value('.5'), 0.5);
  });

  it('tells the convention each unambiguous number shows', () => {
    assert.equal(parseNumber('12 345,6', 'auto').convention, CONV_FR);
    assert.equal(parseNumber('1,5', 'auto').convention, CONV_FR);
    assert.equal(parseNumber('1.234.567', 'auto').convention, CONV_FR);
    assert.equal(parseNumber('12,345.6', 'auto').convention, CONV_EN);
    assert.equal(parseNumber('0.35', 'auto').convention, CONV_EN);
    assert.equal(parseNumber('12 345', 'auto').convention, CONV_NONE);
    assert.equal(parseNumber('12345', 'auto').convention, CONV_NONE);
  });

  it('leaves 1,500 and 1.500 ambiguous with auto, and the locale resolves them', () => {
    const comma = parseNumber('1,500', 'auto');
    assert.equal(comma.status, NUM_AMBIGUOUS);
    assert.equal(comma.fr, 1.5);
    assert.equal(comma.en, 1500);
    const dot = parseNumber('1.500', 'auto');
    assert.equal(dot.status, NUM_AMBIGUOUS);
    assert.equal(dot.fr, 1500);
    assert.equal(dot.en, 1.5);
    assert.equal(value('1,500', 'fr'), 1.5);
    assert.equal(value('1.500', 'fr'), 1500);
    assert.equal(value('1,500', 'en'), 1500);
    assert.equal(value('1.500', 'en'), 1.5);
  });

  it('does not call ambiguous what only one reading allows', () => {
    assert.equal(value('0,500'), 0.5, 'a leading 0 is never a thousands group');
    assert.equal(value('1500,250'), 1500.25, 'four digits before the separator: decimal');
    assert.equal(value('12 345,678'), 12345.678, 'after space groups, the comma is decimal');
    assert.equal(value('1,5'), 1.5);
    assert.equal(value('1,50'), 1.5);
    assert.equal(value('1,5000'), 1.5);
  });

  it('reads percentages and k/M suffixes, with or without a space', () => {
    const p = parseNumber('12 %', 'auto');
    assert.equal(p.value, 0.12);
    assert.equal(p.suffix, SUFFIX_PERCENT);
    assert.equal(value('12%'), 0.12);
    assert.equal(value('12,5\u202f%'), 0.125);
    assert.equal(value('35 %'), 0.35);
    const k = parseNumber('1,2 k', 'auto');
    assert.equal(k.value, 1200);
    assert.equal(k.suffix, SUFFIX_K);
    assert.equal(value('1k'), 1000);
    const m = parseNumber('1.2M', 'auto');
    assert.equal(m.value, 1200000);
    assert.equal(m.suffix, SUFFIX_M);
  });

  it('refuses what is not a number, or is badly grouped', () => {
    for (const bad of ['', 'abc', '12a', '1,,5', '1..5', '1 2', '12 34', '1,23,456', '1.2.3,4,5', '1,234.5.6', '%', 'k', '1e5', '12,', ',', '- 5']) {
      assert.equal(parseNumber(bad, 'auto').status, NUM_INVALID, `"${bad}" should be refused`);
    }
  });
});
