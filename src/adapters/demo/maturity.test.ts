import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { assessMaturity, validateAnswers } from '../../core/maturity/index.js';
import { openStore } from '../storage/index.js';
import { listAssessments } from '../storage/maturity-store.js';
import { DEMO_AS_OF, DEMO_FIELD } from './generator.js';
import { DEMO_MATURITY_ANSWERS, saveDemoMaturity } from './maturity.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-demo-maturity-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('the demo’s assessment is complete, at Engagement, and saving it twice stores it once', async () => {
  const a = assessMaturity(validateAnswers(DEMO_MATURITY_ANSWERS));
  assert.equal(a.stage, 'engagement');
  assert.equal(a.next, 'formalized');
  const store = await openStore({ db: join(dir, 'd.db') });
  try {
    const ws = await store.ensureWorkspace('demo');
    const f = await store.createField({ workspaceId: ws.id, ...DEMO_FIELD });
    await saveDemoMaturity(store, f.id);
    const once = await store.snapshot();
    await saveDemoMaturity(store, f.id);
    assert.deepEqual(await store.snapshot(), once);
    assert.deepEqual(
      (await listAssessments(store.db, f.id)).map((x) => [x.date, x.stage]),
      [[DEMO_AS_OF, 'engagement']],
    );
  } finally {
    await store.close();
  }
});
