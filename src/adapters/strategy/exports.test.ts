/**
 * The calendar exports: iCalendar (all-day and timed events, escaping, folding, stable UIDs,
 * CRLF) and CSV (the full layout with its header; Hootsuite's bulk layout with social entries
 * only, DD/MM/YYYY HH:MM).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { calendar } from '../../core/strategy/calendar.js';
import { cleanStrategy } from '../../core/strategy/test-support.js';
import { calendarToCsv, FULL_COLUMNS } from './csv.js';
import { calendarToIcs } from './ics.js';

const stamp = new Date(Date.UTC(2026, 10, 27, 12, 0));

describe('iCalendar export', () => {
  it('writes all-day items and timed slot occurrences, escaped and folded, with stable UIDs', () => {
    const s = cleanStrategy();
    s.plan.items[0].title = { fr: 'ROI, mesure; et suite : un titre assez long pour être plié à soixante-quinze octets', en: 'x' };
    const entries = calendar(s, { from: '2027-01-04', to: '2027-01-17' });
    const ics = calendarToIcs(s, entries, { lang: 'fr', stamp });
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 3);
    assert.match(ics, /UID:art-roi@eclaireur\r\n/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270112\r\n/);
    assert.match(ics, /UID:slot-li-mardi-2027-01-05@eclaireur\r\nSEQUENCE:0\r\nDTSTAMP:20261127T120000Z\r\nDTSTART:20270105T090000\r\nDTEND:20270105T093000\r\n/);
    assert.match(ics, /SUMMARY:ROI\\, mesure\\; et suite/);
    assert.match(ics, /SUMMARY:Créneau à remplir — Publication du mardi/);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    // Unfolded (RFC 5545 §3.1), the description has one line per fact.
    assert.match(ics.replace(/\r\n /g, ''), /DESCRIPTION:Canal: Blogue \(Blogue\)\\nForme: Billet de blogue ou article\\nStatut: Planifié\\nResponsable: Sophie Tremblay/);
    // The same export twice: the same text.
    assert.equal(calendarToIcs(s, entries, { lang: 'fr', stamp }), ics);
    // An item moved to another day keeps its UID: a calendar updates the event, not duplicates it.
    s.plan.items[0].date = '2027-01-14';
    const moved = calendarToIcs(s, calendar(s, { from: '2027-01-04', to: '2027-01-17' }), { lang: 'fr', stamp });
    assert.equal(moved.match(/UID:art-roi[^\r]*/g)?.join(), ics.match(/UID:art-roi[^\r]*/g)?.join());
    assert.match(moved, /DTSTART;VALUE=DATE:20270114\r\n/);
  });
});

describe('CSV export', () => {
  it('full layout: a header and one row per entry, formulas escaped', () => {
    const s = cleanStrategy();
    s.plan.items[0].title = '=HYPERLINK("x")';
    const csv = calendarToCsv(s, calendar(s, { from: '2027-01-04', to: '2027-01-17' }), { lang: 'en' });
    const rows = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;
    assert.deepEqual(rows[0], [...FULL_COLUMNS]);
    assert.equal(rows.length, 4);
    assert.deepEqual(rows[2], ['2027-01-12', '', 'Blogue', 'Blog', 'Blog post or article', `'=HYPERLINK("x")`, 'planned', 'Sophie Tremblay', 'art-roi', '', '', '', 'ROI leadership éclairé']);
    assert.deepEqual(rows[1].slice(0, 3), ['2027-01-05', '09:00', 'Page LinkedIn']);
  });

  it('Hootsuite layout: no header, social channels only, DD/MM/YYYY HH:MM, message, link', () => {
    const s = cleanStrategy();
    s.plan.items.push({ ...s.plan.items[0], id: 'post', title: 'Nouvelle étude, lisez-la', form: 'social-post', channel: 'li', date: '2027-01-13', url: 'https://example.org/etude', keywords: { primary: null, secondary: [] } });
    const csv = calendarToCsv(s, calendar(s, { from: '2027-01-04', to: '2027-01-17' }), { lang: 'fr', layout: 'hootsuite' });
    assert.equal(csv, '05/01/2027 09:00,Publication du mardi,\r\n12/01/2027 09:00,Publication du mardi,\r\n13/01/2027 09:00,"Nouvelle étude, lisez-la",https://example.org/etude\r\n');
  });
});
