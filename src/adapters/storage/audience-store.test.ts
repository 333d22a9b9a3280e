/**
 * Follower samples and audits in the store: a sample kept once per content, read back bit for
 * bit (NaN included); an audit replaced when repeated, listed; an audit written with its
 * `audience` fact in one transaction, both undone when the transaction fails — on SQLite, and on
 * PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROFILE_WIDTH } from '../../core/audience/profile.js';
import type { EvidenceItem } from '../../core/domain.js';
import { latestSamples, listAudits, listSamples, type NewAudit, saveAudit, saveSample } from './audience-store.js';
import { storeTargets } from './test-support.js';

const targets = storeTargets('a');

function sample(n: number, seed: number) {
  const P = new Float64Array(n * PROFILE_WIDTH);
  for (let i = 0; i < P.length; i++) P[i] = i % 7 === 3 ? NaN : (i * seed) % 101;
  return { P, lines: Int32Array.from({ length: n }, (_, i) => i + 2) };
}

const audit = (over: Partial<NewAudit> = {}): NewAudit => ({
  candidateKey: 'marie-tremblay',
  platform: 'bluesky',
  sampleSha256: 'a'.repeat(64),
  modelVersion: 'rf-000000000001',
  observedOn: '2026-10-01',
  followers: 12000,
  sampleSize: 410,
  usable: 400,
  flagged: 80,
  fakeShare: 0.19,
  interval: [0.15, 0.23],
  level: 0.95,
  detail: { suspects: [{ line: 3, probability: 0.99 }] },
  ...over,
});

for (const [name, open, skip] of targets) {
  describe(`audience store on ${name}`, { skip }, () => {
    it('keeps a sample once per content and reads it back exactly', async () => {
      const { store, drop } = await open();
      try {
        const ws = await store.ensureWorkspace('t');
        const field = await store.createField({ workspaceId: ws.id, topic: 'T', region: null, languages: ['fr'] });
        const s = sample(50, 3);
        const base = { candidateKey: 'marie-tremblay', platform: 'bluesky', file: 'f.json', sha256: 'b'.repeat(64), observedOn: '2026-10-01', rowsRead: 52, usable: 50, ...s };
        const first = await saveSample(store.db, field.id, base);
        assert.equal(first.created, true);
        assert.deepEqual(await saveSample(store.db, field.id, base), { id: first.id, created: false });
        const t = sample(10, 5);
        await saveSample(store.db, field.id, { ...base, sha256: 'c'.repeat(64), usable: 10, rowsRead: 10, ...t });
        await saveSample(store.db, field.id, { ...base, platform: 'x', sha256: 'd'.repeat(64) });
        assert.equal((await listSamples(store.db, field.id)).length, 3);
        const latest = await latestSamples(store.db, field.id, 'marie-tremblay');
        assert.deepEqual(
          latest.map((x) => [x.platform, x.usable]),
          [
            ['bluesky', 10],
            ['x', 50],
          ],
        );
        assert.deepEqual(latest[0].P, t.P);
        assert.deepEqual(latest[0].lines, t.lines);
        assert.ok(Number.isNaN(latest[1].P[3]));
        await assert.rejects(saveSample(store.db, field.id, { ...base, usable: 49 }), /49 profiles has 800 numbers/);
      } finally {
        await store.close();
        await drop();
      }
    });

    it('an audit and its audience fact are written together, or not at all', async () => {
      const { store, drop } = await open();
      try {
        const ws = await store.ensureWorkspace('t');
        const field = await store.createField({ workspaceId: ws.id, topic: 'T', region: null, languages: ['fr'] });
        await store.applyImport(field.id, { candidates: [{ key: 'marie-tremblay', name: 'Marie Tremblay', origin: null }], identities: [], evidence: [], externalRanks: [] }, 'c.csv');
        const item: EvidenceItem = { candidateKey: 'marie-tremblay', kind: 'audience', date: '2026-10-01', value: 12000, platform: 'bluesky', peer: null, country: null, language: null, fakeShare: 0.19, sourceUrl: null, attributes: {}, origin: { file: 'f.json', line: 0 } };
        const before = await store.snapshot();
        await assert.rejects(
          store.applyImport(field.id, { candidates: [], identities: [], evidence: [item], externalRanks: [] }, 'f.json', async (s) => {
            await saveAudit(s.trx, field.id, audit());
            throw new Error('disk full');
          }),
          /disk full/,
        );
        assert.deepEqual(await store.snapshot(), before, 'nothing written');
        let id = 0;
        await store.applyImport(field.id, { candidates: [], identities: [], evidence: [item], externalRanks: [] }, 'f.json', async (s) => {
          id = await saveAudit(s.trx, field.id, audit());
        });
        assert.equal(await saveAudit(store.db, field.id, audit({ fakeShare: 0.2 })), id, 'the same audit again replaces it');
        await saveAudit(store.db, field.id, audit({ modelVersion: 'rf-000000000002' }));
        const list = await listAudits(store.db, field.id, 'marie-tremblay');
        assert.deepEqual(
          list.map((a) => [a.id === id, a.modelVersion, a.fakeShare]),
          [
            [true, 'rf-000000000001', 0.2],
            [false, 'rf-000000000002', 0.19],
          ],
        );
        assert.deepEqual(list[0].interval, [0.15, 0.23]);
        assert.deepEqual(list[0].detail, { suspects: [{ line: 3, probability: 0.99 }] });
        const ev = await store.evidenceOf(field.id, 'marie-tremblay');
        assert.equal(ev.evidence.filter((e) => e.kind === 'audience').length, 1);
      } finally {
        await store.close();
        await drop();
      }
    });
  });
}
