import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATE_AMBIGUOUS, DATE_INVALID, ORDER_DAY_FIRST, ORDER_MONTH_FIRST, isoOfExcelSerial, isoOfJsDate, parseDate } from './dates.js';

function iso(text: string, locale: 'fr' | 'en' | 'auto' = 'auto'): string | null {
  return parseDate(text, locale).iso;
}

describe('dates as people type them', () => {
  it('reads ISO dates, months and years', () => {
    assert.equal(iso('2018-11-27'), '2018-11-27');
    assert.equal(iso('2018-11'), '2018-11-01');
    assert.equal(iso('2018'), '2018-01-01');
    assert.equal(iso('2018/11/27'), '2018-11-27');
    assert.equal(iso(' 2018-11-27 '), '2018-11-27');
    assert.equal(iso('2018-11-27T14:03:00Z'), '2018-11-27');
    assert.equal(iso('2018-11-27 14:03'), '2018-11-27');
  });

  it('reads French dates with month names', () => {
    assert.equal(iso('27 novembre 2018'), '2018-11-27');
    assert.equal(iso('1er novembre 2018'), '2018-11-01');
    assert.equal(iso('3 février 2020'), '2020-02-03');
    assert.equal(iso('15 août 2019'), '2019-08-15');
    assert.equal(iso('15 aout 2019'), '2019-08-15');
    assert.equal(iso('2 déc. 2019'), '2019-12-02');
    assert.equal(iso('mardi 27 novembre 2018'), '2018-11-27');
    assert.equal(iso('mar. 27 nov. 2018'), '2018-11-27');
    assert.equal(iso('novembre 2018'), '2018-11-01');
    assert.equal(iso('12 mars 2021'), '2021-03-12');
  });

  it('reads English dates with month names', () => {
    assert.equal(iso('November 27, 2018'), '2018-11-27');
    assert.equal(iso('27 Nov 2018'), '2018-11-27');
    assert.equal(iso('Nov. 27, 2018'), '2018-11-27');
    assert.equal(iso('Tuesday, November 27th, 2018'), '2018-11-27');
    assert.equal(iso('November 1st, 2018'), '2018-11-01');
    assert.equal(iso('Sept 3, 2019'), '2019-09-03');
  });

  it('reads dd/mm/yyyy with fr, mm/dd/yyyy with en, and leaves both-≤-12 ambiguous with auto', () => {
    assert.equal(iso('05/06/2018', 'fr'), '2018-06-05');
    assert.equal(iso('05/06/2018', 'en'), '2018-05-06');
    const r = parseDate('05/06/2018', 'auto');
    assert.equal(r.status, DATE_AMBIGUOUS);
    assert.equal(r.dayFirst, '2018-06-05');
    assert.equal(r.monthFirst, '2018-05-06');
    assert.equal(iso('05/05/2018', 'auto'), '2018-05-05', 'both readings agree');
  });

  it('reads the order a part above 12 shows, whatever the locale', () => {
    const d = parseDate('27/11/2018', 'auto');
    assert.equal(d.iso, '2018-11-27');
    assert.equal(d.order, ORDER_DAY_FIRST);
    assert.equal(iso('27/11/2018', 'en'), '2018-11-27');
    const m = parseDate('11/27/2018', 'auto');
    assert.equal(m.iso, '2018-11-27');
    assert.equal(m.order, ORDER_MONTH_FIRST);
    assert.equal(iso('27.11.2018'), '2018-11-27');
    assert.equal(iso('27-11-2018'), '2018-11-27');
    assert.equal(iso('11/2018'), '2018-11-01');
  });

  it('reads Excel serial days and JS dates', () => {
    assert.equal(isoOfExcelSerial(43431), '2018-11-27');
    assert.equal(isoOfExcelSerial(43431.75), '2018-11-27');
    assert.equal(isoOfExcelSerial(41969, true), '2018-11-27');
    assert.equal(iso('43431'), '2018-11-27');
    assert.equal(isoOfJsDate(new Date(Date.UTC(2018, 10, 27))), '2018-11-27');
  });

  it('marks dates before 1990 as early', () => {
    assert.equal(parseDate('1989-12-31', 'auto').early, true);
    assert.equal(parseDate('1990-01-01', 'auto').early, false);
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['', '2018-13-01', '2018-02-30', '31/02/2018', '27/11/18', 'hier', '27 brumaire 2018', '2018-11-27-3', '32 novembre 2018', 'novembre', '13/13/2018', '1/2/3']) {
      assert.equal(parseDate(bad, 'auto').status, DATE_INVALID, `"${bad}" should be refused`);
    }
  });
});
