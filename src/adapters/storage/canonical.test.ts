/**
 * The natural-key hash is frozen (canonical.ts): stored `nk` values depend on it, and a change
 * would make re-imports store duplicates. These keys were computed by the first release; they
 * must never change. Also: the same item gives the same key through its fields (hashFields,
 * the import pipeline's columns) as through the item.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceItem } from '../../core/domain.js';
import { ev } from '../../core/test-support.js';
import { canonicalAttributes, evidenceNaturalKey, hashFields, naturalKeyOf } from './canonical.js';

const item = (o: Partial<EvidenceItem>): EvidenceItem => ev(o.candidateKey ?? 'a', o.kind ?? 'post', o);

const PINNED: [EvidenceItem, string][] = [
  [item({ kind: 'post', date: '2024-01-05', value: 1, platform: 'linkedin' }), 'z3y3YqalTFIwXq8P'],
  [item({ kind: 'audience', date: '2023-12-31', value: 12345.6, platform: 'youtube', fakeShare: 0.12 }), 'B3oer8Va1fg7VYlI'],
  [
    item({
      candidateKey: 'b',
      kind: 'peer_mention',
      platform: 'x',
      peer: '@marie_t',
      country: 'CA',
      language: 'fr',
      sourceUrl: 'https://x.com/m/1',
      attributes: { note: 'Québec — été', b: '2' },
      origin: { file: 'f.csv', line: 3 },
    }),
    'FbL1uKK-_5xTiZgB',
  ],
  [item({ candidateKey: 'c', kind: 'talk', date: '2019-11-27', value: -0, country: 'FR', language: 'fr', attributes: { note: 'Keynote, plenary session' } }), 'fexTdn9eyfUvv6SL'],
];

describe('natural key', () => {
  it('is frozen: the keys of the first release', () => {
    for (const [e, nk] of PINNED) assert.equal(evidenceNaturalKey(e, canonicalAttributes(e.attributes)), nk);
  });

  it('is the same from the fields as from the item', () => {
    const out = new Uint32Array(3);
    for (const [e, nk] of PINNED) {
      hashFields(e.kind, e.date, e.value, e.platform, e.peer, e.country, e.language, e.fakeShare, e.sourceUrl, canonicalAttributes(e.attributes), out, 0);
      assert.equal(naturalKeyOf(out[0], out[1], out[2]), nk);
    }
  });

  it('ignores the candidate and the origin, and tells -0 from nothing', () => {
    const [e] = PINNED[0];
    assert.equal(evidenceNaturalKey({ ...e, candidateKey: 'zz', origin: { file: 'x', line: 9 } }, null), 'z3y3YqalTFIwXq8P');
    assert.notEqual(evidenceNaturalKey({ ...e, value: null }, null), 'z3y3YqalTFIwXq8P');
  });
});
