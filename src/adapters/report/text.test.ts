import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { num } from './format.js';
import { displayWidth, renderComparisonText, renderRankingText } from './text.js';
import { fixtureComparison, fixtureResult } from './testdata.js';

describe('renderRankingText', () => {
  const result = fixtureResult('fr');

  it('writes a header and one aligned row per entry', () => {
    const text = renderRankingText(result, 'fr');
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Rang'));
    assert.ok(head > 0);
    assert.match(lines[head], /^Rang\s+Nom\s+Score\s+Intervalle\s+Manquants$/);
    const rows = lines.slice(head + 1, head + 1 + result.entries.length);
    assert.equal(rows.length, 12);
    // The score column ends at the same display column on every row, accents or not.
    const ends = rows.map((row, i) => {
      const score = num('fr', result.entries[i].score, 1);
      return displayWidth(row.slice(0, row.indexOf(score) + score.length));
    });
    assert.equal(new Set(ends).size, 1, ends.join(','));
    assert.match(rows[0], /^\s+1\s+Élise Tremblay\s+\d+,\d\s+1–3\s+0$/);
    assert.ok(text.endsWith('\n'));
  });

  it('limits the rows to top and says how many are left', () => {
    const text = renderRankingText(result, 'fr', 5);
    assert.ok(text.includes('… et 7 autres candidats'));
    assert.ok(!text.includes('Benoît Lavoie'));
    assert.ok(renderRankingText(result, 'en', 5).includes('… and 7 more candidates'));
  });

  it('neutralises terminal control sequences in names', () => {
    const r = fixtureResult('fr');
    r.entries[0].name = 'Élise \u001b[31mTremblay\u001b[0m';
    const text = renderRankingText(r, 'fr');
    assert.ok(!text.includes('\u001b'));
  });
});

describe('renderComparisonText', () => {
  const c = fixtureComparison(fixtureResult('fr'));

  it('gives the counts, then the risers with their rank change and top three drivers', () => {
    const text = renderComparisonText(c, 'fr');
    assert.ok(text.startsWith('Comparaison\u00a0: Classement 2024 → Classement 2025\n'));
    assert.ok(text.includes('En hausse\u00a0: 3 · En baisse\u00a0: 6 · Nouveaux venus\u00a0: 1 · Sortis\u00a0: 1 · Inchangés\u00a0: 2'));
    const risers = text.slice(text.indexOf('En hausse (3)'), text.indexOf('En baisse (6)'));
    const elise = risers.split('\n').find((l) => l.includes('Élise Tremblay'))!;
    assert.match(elise, /\s3\s+1\s+\+2\s+\+3,1\s+\+4,2 Publications, \+2,5 Reconnaissance par les pairs, −1,0 Présence médiatique$/);
    assert.ok(!elise.includes('Expérience'), 'only the top three drivers');
    assert.ok(text.includes('Jérôme Ouellet'));
    const left = text.slice(text.indexOf('Sortis (1)'));
    assert.ok(left.includes('Marc-André Girard'));
  });

  it('writes drivers with English labels in English, largest change first', () => {
    const c2 = fixtureComparison(fixtureResult('en'));
    const e = c2.moves.find((m) => m.candidateId === 'etremblay')!;
    e.drivers = [...e.drivers].reverse();
    const text = renderComparisonText(c2, 'en');
    assert.ok(text.includes('+4.2 Publishing, +2.5 Peer recognition, −1.0 Media presence'));
    assert.ok(text.includes('Rose: 3 · Fell: 6 · Entered: 1 · Left: 1 · Unchanged: 2'));
  });
});
