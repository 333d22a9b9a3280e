import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { BOM, rankingToCsv } from './csv.js';
import { fixtureResult } from './testdata.js';

function parse(csv: string): Papa.ParseResult<Record<string, string>> {
  assert.ok(csv.startsWith(BOM), 'starts with a UTF-8 byte-order mark');
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
}

describe('rankingToCsv', () => {
  const result = fixtureResult('fr');

  it('writes French headers, one row per entry, and parses back', () => {
    const csv = rankingToCsv(result, 'fr');
    const p = parse(csv);
    assert.deepEqual(p.errors, []);
    assert.deepEqual(p.meta.fields!.slice(0, 7), ['rang', 'identifiant', 'nom', 'score', 'rang_meilleur', 'rang_pire', 'indices_manquants']);
    assert.equal(p.meta.fields!.length, 7 + 2 * 10);
    assert.ok(p.meta.fields!.includes('Publications (score)'));
    assert.ok(p.meta.fields!.includes('Présence médiatique (contribution)'));
    assert.equal(p.data.length, result.entries.length);
    result.entries.forEach((e, i) => {
      const row = p.data[i];
      assert.equal(Number(row.rang), e.rank);
      assert.equal(row.identifiant, e.candidateId);
      assert.equal(row.nom, e.name);
      assert.equal(Number(row.score), e.score, 'numbers are exact, with a dot decimal');
      assert.equal(Number(row.rang_meilleur), e.rankInterval[0]);
      assert.equal(Number(row.rang_pire), e.rankInterval[1]);
      assert.equal(row.indices_manquants, e.missing.join(';'));
    });
    const roy = p.data.find((r) => r.identifiant === 'hroy')!;
    assert.equal(roy['Présence médiatique (score)'], '', 'a missing score is an empty cell, not a number');
    assert.equal(roy['Présence médiatique (contribution)'], '0');
    assert.match(p.data[0].score, /^\d+\.\d+$/);
  });

  it('writes English headers in English', () => {
    const p = parse(rankingToCsv(result, 'en'));
    assert.deepEqual(p.meta.fields!.slice(0, 7), ['rank', 'id', 'name', 'score', 'rank_best', 'rank_worst', 'missing_indices']);
    assert.ok(p.meta.fields!.includes('Publishing (score)'));
    assert.equal(p.data[0].name, 'Élise Tremblay');
  });

  it('uses CRLF line ends only and is byte-identical on two calls', () => {
    const csv = rankingToCsv(result, 'fr');
    assert.equal(csv, rankingToCsv(fixtureResult('fr'), 'fr'));
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.split('\n').length - 1, csv.split('\r\n').length - 1);
    assert.equal(csv.split('\r\n').length - 1, result.entries.length + 1);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas in names', () => {
    const r = fixtureResult('fr');
    r.entries[0].name = 'Tremblay, Élise "la pionnière"';
    r.entries[1].name = '=HYPERLINK("http://example.com","clic")';
    const p = parse(rankingToCsv(r, 'fr'));
    assert.equal(p.data[0].nom, 'Tremblay, Élise "la pionnière"');
    assert.equal(p.data[1].nom, `'=HYPERLINK("http://example.com","clic")`);
  });
});
