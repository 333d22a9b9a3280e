/**
 * The ranking on a worker thread gives the very result of `rank` on the calling thread (the
 * same JSON, byte for byte), reports its progress through every step, and leaves the calling
 * thread free meanwhile.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_AS_OF, generateDemo, generateDemoGraph } from '../demo/index.js';
import { resolveConfig } from '../../core/ranking/config.js';
import { rank } from '../../core/ranking/rank.js';
import { nodeSha256 } from '../node-hasher.js';
import { rankingToJson } from '../report/index.js';
import { openStore, type Store } from '../storage/index.js';
import { rankInWorker } from './rank-in-worker.js';

let store: Store;
let fieldId: number;
before(async () => {
  store = await openStore({ db: ':memory:' });
  const ws = await store.ensureWorkspace('demo');
  fieldId = (await store.createField({ workspaceId: ws.id, topic: 'Démo', region: 'CA-QC', languages: ['fr', 'en'] })).id;
  const batch = generateDemo({ seed: 2018 });
  await store.applyImport(fieldId, batch, 'demo');
  await store.importGraph(fieldId, generateDemoGraph(batch, 2018), 'demo-graph');
});
after(async () => store.close());

describe('rankInWorker', () => {
  it('gives the same result as rank on this thread, with its progress, without blocking this thread', async () => {
    const config = resolveConfig({ asOf: DEMO_AS_OF, weights: { experience: 2 }, intervals: { draws: 2000 } });
    const expected = rankingToJson(rank(await store.loadScoringInput(fieldId), config, { lang: 'fr', hasher: nodeSha256 }));
    const steps = new Map<string, { done: number; total: number }>();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    let result;
    try {
      result = await rankInWorker(await store.loadScoringInput(fieldId), config, {
        lang: 'fr',
        onProgress: (step, done, total) => {
          const had = steps.get(step);
          assert.ok(!had || done >= had.done, `${step} went back`);
          steps.set(step, { done, total });
        },
      });
    } finally {
      clearInterval(ticker);
    }
    assert.equal(rankingToJson(result), expected);
    assert.deepEqual([...steps.keys()], ['score', 'intervals', 'explain']);
    for (const [step, p] of steps) assert.equal(p.done, p.total, `${step} did not finish`);
    assert.ok(ticks > 0, 'the calling thread kept running');
  });

  it('rejects with the ranking’s error', async () => {
    const input = await store.loadScoringInput(fieldId);
    // A table that says it has more rows than its arrays hold.
    const broken = { ...input, candidates: [...input.candidates, { key: 'zz-ghost', name: 'Ghost' }] };
    await assert.rejects(rankInWorker(broken, resolveConfig({}), { lang: 'en' }), (e: Error) => {
      assert.ok(!/thread stopped/.test(e.message), e.message);
      return true;
    });
  });
});
