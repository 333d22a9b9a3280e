import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AGREEMENT_DEFAULTS } from '../defaults.js';
import { jaro, jaroWinkler } from './jaro-winkler.js';
import { compareRecords, decide, matchEntry } from './match.js';
import { normaliseIdentifier, normaliseName } from './normalise.js';

describe('Jaro–Winkler', () => {
  it('gives the textbook values', () => {
    // Winkler (1990) / the usual worked examples.
    assert.equal(jaro('MARTHA', 'MARHTA').toFixed(4), '0.9444');
    assert.equal(jaroWinkler('MARTHA', 'MARHTA').toFixed(4), '0.9611');
    assert.equal(jaroWinkler('DWAYNE', 'DUANE').toFixed(4), '0.8400');
    assert.equal(jaroWinkler('DIXON', 'DICKSONX').toFixed(4), '0.8133');
    assert.equal(jaroWinkler('abc', 'abc'), 1);
    assert.equal(jaroWinkler('abc', 'xyz'), 0);
    assert.equal(jaroWinkler('', 'abc'), 0);
    assert.throws(() => jaroWinkler('a', 'b', 0.5, 4), /prefix scale/);
  });
});

describe('name normalisation', () => {
  it('folds accents, case, titles, credentials, "Last, First", St, particles and hyphens', () => {
    const t = (s: string): string => normaliseName(s).tokens.join(' ');
    assert.equal(t('Dre Marie-Ève St-Pierre, Ph. D.'), 'marie eve saint pierre');
    assert.equal(t('ST-PIERRE, Marie-Eve'), 'marie eve saint pierre');
    assert.equal(t('M. Jean-François Gagnon, CPA, MBA'), 'jean francois gagnon');
    assert.equal(t('M.-È. Saint-Pierre'), 'm e saint pierre');
    assert.equal(t('Émilie de la Fontaine'), 'emilie fontaine');
    assert.equal(normaliseName('Émilie de la Fontaine').compact, normaliseName('Émilie Delafontaine').compact);
    assert.equal(t("Chantal D'Amours"), 'chantal amours');
    assert.equal(t('Patrick O’Neil'), 'patrick oneil');
    assert.equal(t('Lucie Lapierre, M.D.'), 'lucie lapierre');
    assert.equal(t('Dr'), 'dr');
    assert.deepEqual(normaliseName('').tokens, []);
  });
  it('normalises handles and URLs', () => {
    assert.equal(normaliseIdentifier('https://www.LinkedIn.com/in/mtremblay/'), 'linkedin.com/in/mtremblay');
    assert.equal(normaliseIdentifier('@MTremblay'), 'mtremblay');
  });
});

describe('record matching', () => {
  it('decides by identifier first, then by name, with two thresholds', () => {
    assert.deepEqual(compareRecords({ name: 'M. Tremblay', identifiers: ['@mtremblay'] }, { name: 'Marie Tremblay', identifiers: ['https://x.com/mtremblay', 'MTremblay'] }), { decision: 'match', score: 1, reason: 'identifier' });
    assert.equal(compareRecords({ name: 'TREMBLAY, Marie-Ève' }, { name: 'Marie-Eve Tremblay' }).decision, 'match');
    assert.equal(compareRecords({ name: 'J. Tremblay' }, { name: 'Jean Tremblay' }).decision, 'review');
    assert.equal(compareRecords({ name: 'Louis Roy' }, { name: 'Louise Roy' }).decision, 'no-match');
    assert.equal(compareRecords({ name: 'Jean-François Gagnon' }, { name: 'Jean-Philippe Gagnon' }).decision, 'no-match');
    assert.equal(compareRecords({ name: '' }, { name: 'Jean' }).reason, 'empty');
    assert.equal(decide(0.95), 'match');
    assert.equal(decide(0.9), 'review');
    assert.equal(decide(0.5), 'no-match');
    assert.throws(() => decide(0.9, { reviewThreshold: 0.99 }), /review threshold 0.99 is above/);
  });
  it('matches an entry to the best candidate, and sends ambiguous ones to review', () => {
    const cands = [
      { key: 'c1', name: 'Marie-Ève Tremblay' },
      { key: 'c2', name: 'Marie Tremblay' },
      { key: 'c3', name: 'Jean Gagnon', identifiers: ['@jgagnon'] },
    ];
    const m = matchEntry({ name: 'TREMBLAY, Marie-Eve' }, cands);
    assert.equal(m.candidate, 'c1');
    assert.equal(m.decision, 'match');
    assert.equal(matchEntry({ name: 'Jean G.', identifiers: ['@JGagnon'] }, cands).candidate, 'c3');
    assert.equal(matchEntry({ name: 'Luc Bergeron' }, cands).decision, 'no-match');
    // Two candidates both match a bare "M. Tremblay"? No: initials only reach review.
    const amb = matchEntry({ name: 'Marie Tremblay' }, [...cands, { key: 'c4', name: 'Marie Tremblay' }]);
    assert.equal(amb.decision, 'review');
    assert.equal(amb.alternatives.length >= 1, true);
  });
});

describe('precision and recall on the labelled name variants', () => {
  const rows = readFileSync(new URL('./fixtures/name-pairs.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
  it('has hundreds of pairs, positive and negative', () => {
    assert.ok(rows.length >= 500, `${rows.length} pairs`);
    assert.ok(rows.filter((r) => r[0] === '0').length >= 250);
  });
  it(`keeps precision ≥ 0.97 and recall ≥ 0.75 at the match threshold ${AGREEMENT_DEFAULTS.names.matchThreshold}, recall ≥ 0.97 with the review queue`, () => {
    let tp = 0;
    let fp = 0;
    let pos = 0;
    let reviewTp = 0;
    for (const [label, a, b] of rows) {
      const d = compareRecords({ name: a }, { name: b }).decision;
      if (label === '1') pos++;
      if (d === 'match') label === '1' ? tp++ : fp++;
      if (d !== 'no-match' && label === '1') reviewTp++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / pos;
    const recallWithReview = reviewTp / pos;
    assert.ok(precision >= 0.97, `precision ${precision}`);
    assert.ok(recall >= 0.75, `recall ${recall}`);
    assert.ok(recallWithReview >= 0.97, `recall with review ${recallWithReview}`);
  });
});
