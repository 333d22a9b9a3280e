import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVIDENCE_KINDS, KIND_BY_CODE, foldName, parseKind } from './kinds.js';

describe('evidence kinds', () => {
  it('have unique, dense codes', () => {
    assert.deepEqual(KIND_BY_CODE.map((k) => k.code), EVIDENCE_KINDS.map((_, i) => i));
  });
  it('are read in English or French, any case, with or without accents', () => {
    assert.equal(parseKind('Billet de blogue'), 'blog_post');
    assert.equal(parseKind('CONFÉRENCE'), 'talk');
    assert.equal(parseKind('livre-blanc'), 'white_paper');
    assert.equal(parseKind('mention dans les médias'), 'media_mention');
    assert.equal(parseKind('podcast_episode'), null);
  });
  it('fold names in linear time, even on long runs of separators', () => {
    assert.equal(foldName("  Année  d'entrée - liste__ "), 'annee_d_entree_liste');
    // With the former /_+$/ trim this input took minutes (quadratic backtracking).
    assert.equal(foldName(`a${'_'.repeat(200_000)}b${' '.repeat(200_000)}`), 'a_b');
  });
});
