/**
 * The strategy in the store: cycle 1 on the first import, the current cycle replaced on the
 * next, new cycles copying the last, phases, the field's strategy apart from another field's,
 * and a bad strategy leaving the store as it was — on SQLite, and on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareCycles } from '../../core/strategy/compare.js';
import type { Strategy } from '../../core/strategy/model.js';
import { cleanStrategy } from '../../core/strategy/test-support.js';
import { storeTargets } from './test-support.js';
import { strategyStore } from './strategy-store.js';

const targets = storeTargets('s');

for (const [name, open, skip] of targets) {
  describe(`strategy store on ${name}`, { skip: skip ? 'TEST_DATABASE_URL is not set' : false }, () => {
    it('keeps cycles: import, replace, new cycle, phase, compare', async () => {
      const { store, drop } = await open();
      try {
        const ws = await store.ensureWorkspace('w');
        const f = await store.createField({ workspaceId: ws.id, topic: 'Marketing B2B', region: 'CA-QC', languages: ['fr', 'en'] });
        const other = await store.createField({ workspaceId: ws.id, topic: 'Autre', region: null, languages: ['fr'] });
        const ss = strategyStore(store.db);
        assert.deepEqual(await ss.cycles(f.id), []);
        assert.equal(await ss.getCycle(f.id), null);
        await assert.rejects(ss.newCycle(f.id, { startedOn: '2027-01-01' }), /no strategy yet/);

        const s = cleanStrategy();
        assert.deepEqual(await ss.saveStrategy(f.id, s, { startedOn: '2027-01-01' }), { cycle: 1, created: true });
        const c1 = await ss.getCycle(f.id);
        assert.deepEqual(c1, { number: 1, phase: 'plan', startedOn: '2027-01-01', notes: null, strategy: s });

        // A second import replaces cycle 1's strategy.
        const s2: Strategy = { ...cleanStrategy(), name: 'Révisée' };
        assert.deepEqual(await ss.saveStrategy(f.id, s2, { startedOn: '2027-02-01' }), { cycle: 1, created: false });
        assert.equal((await ss.getCycle(f.id, 1))!.strategy.name, 'Révisée');

        // A new cycle copies the last; changing it leaves cycle 1 as it was.
        const c2 = await ss.newCycle(f.id, { startedOn: '2027-04-01', phase: 'measure', notes: 'T2' });
        assert.equal(c2.number, 2);
        assert.deepEqual(c2.strategy, s2);
        const s3 = cleanStrategy();
        s3.kpis.push({ ...s3.kpis[0], id: 'kpi-2' });
        assert.deepEqual(await ss.saveStrategy(f.id, s3, { startedOn: 'ignored' }), { cycle: 2, created: false });
        assert.equal(await ss.setPhase(f.id, 2, 'evaluate'), true);
        assert.equal(await ss.setPhase(f.id, 9, 'evaluate'), false);
        assert.deepEqual(await ss.cycles(f.id), [
          { number: 1, phase: 'plan', startedOn: '2027-01-01', notes: null, name: 'Révisée' },
          { number: 2, phase: 'evaluate', startedOn: '2027-04-01', notes: 'T2', name: 'Leadership éclairé 2027' },
        ]);
        const d = compareCycles((await ss.getCycle(f.id, 1))!, (await ss.getCycle(f.id, 2))!);
        assert.deepEqual(d.sections.map((x) => [x.section, x.added]), [['kpis', [{ path: 'kpis', id: 'kpi-2' }]]]);

        // Another field has its own strategy.
        assert.deepEqual(await ss.cycles(other.id), []);

        // A strategy the schema rejects is not written.
        const before = await store.snapshot();
        await assert.rejects(ss.saveStrategy(other.id, { ...s, version: 2 } as unknown as Strategy, { startedOn: '2027-01-01' }));
        assert.deepEqual(await store.snapshot(), before);
        assert.equal(before.strategy_cycles.length, 2);
      } finally {
        await store.close();
        await drop();
      }
    });
  });
}
