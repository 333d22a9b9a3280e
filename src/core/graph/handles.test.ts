import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handleKey } from './handles.js';

describe('handleKey', () => {
  it('makes one name of the ways people write a handle', () => {
    for (const h of ['@Marie_Tremblay', 'marie_tremblay', '  MARIE_TREMBLAY ', '@marie_tremblay']) assert.equal(handleKey(h), 'marie_tremblay');
  });
  it('makes one name of the ways people write a profile URL', () => {
    for (const u of ['https://www.linkedin.com/in/marie/', 'http://linkedin.com/in/marie', 'linkedin.com/in/marie?trk=x', 'www.linkedin.com/in/marie#about', 'HTTPS://LinkedIn.com/in/Marie//'])
      assert.equal(handleKey(u), 'linkedin.com/in/marie');
  });
  it('keeps what is neither, composes accents, and gives nothing for blanks', () => {
    assert.equal(handleKey('Cle\u0301o Gagnon'), 'cléo gagnon');
    assert.equal(handleKey('c0000015'), 'c0000015');
    assert.equal(handleKey('   '), '');
    assert.equal(handleKey('@'), '');
    assert.equal(handleKey('www.example.com'), 'example.com');
    assert.equal(handleKey('ana.roy'), 'ana.roy');
  });
});
