/**
 * The job runner: a job goes queued → running → succeeded (with its result) or failed (with a
 * problem); no more than `concurrency` run at once and the others start in order; progress is
 * what the work reports; old finished jobs are forgotten beyond `keepFinished`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JobRunner } from './jobs.js';
import { ProblemError } from './problem.js';

/** A promise and its resolver, to hold a job in the middle of its work. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('JobRunner', () => {
  it('runs a job to its result, with its progress and times', async () => {
    const jobs = new JobRunner({ concurrency: 1 });
    const g = gate();
    const job = jobs.submit({
      kind: 'ranking',
      lang: 'en',
      run: async (ctx) => {
        ctx.progress('intervals', 250, 1000, 'draws');
        await g.wait;
        return { ranked: 150 };
      },
    });
    assert.match(job.id, /^[0-9a-f-]{36}$/);
    await new Promise((r) => setImmediate(r));
    assert.equal(jobs.get(job.id)!.status, 'running');
    assert.deepEqual(jobs.get(job.id)!.progress, { step: 'intervals', done: 250, total: 1000, unit: 'draws' });
    assert.equal(jobs.get(job.id)!.finishedAt, null);
    g.open();
    await jobs.idle();
    const done = jobs.get(job.id)!;
    assert.equal(done.status, 'succeeded');
    assert.deepEqual(done.result, { ranked: 150 });
    assert.equal(done.problem, undefined);
    assert.ok(done.startedAt! <= done.finishedAt!);
  });

  it('never runs more than `concurrency` jobs at once, and starts the others in order', async () => {
    const jobs = new JobRunner({ concurrency: 2 });
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 5 }, gate);
    const ids = gates.map((g, i) =>
      jobs.submit({
        kind: 'test',
        lang: 'en',
        run: async () => {
          started.push(i);
          running++;
          most = Math.max(most, running);
          await g.wait;
          running--;
          return i;
        },
      }).id,
    );
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(ids.map((id) => jobs.get(id)!.status), ['running', 'running', 'queued', 'queued', 'queued']);
    // Open them in reverse: the queue still starts 2, 3, 4 in order as places free up.
    for (const g of [...gates].reverse()) g.open();
    await jobs.idle();
    assert.equal(most, 2);
    assert.deepEqual(started, [0, 1, 2, 3, 4]);
    assert.deepEqual(ids.map((id) => jobs.get(id)!.result), [0, 1, 2, 3, 4]);
  });

  it('fails a job with the problem it threw, or an internal problem for anything else, and cleans up either way', async () => {
    const logged: unknown[] = [];
    const jobs = new JobRunner({}, (e) => logged.push(e));
    let cleaned = 0;
    const bad = jobs.submit({
      kind: 'import',
      lang: 'fr',
      run: async () => {
        throw new ProblemError('import-problems', '2 problème(s)', [{ in: 'file', file: 'a.csv', line: 3, column: 'date', detail: '« hier » n’est pas une date' }]);
      },
      cleanup: () => void cleaned++,
    });
    const crash = jobs.submit({
      kind: 'ranking',
      lang: 'en',
      run: async () => {
        throw new TypeError('boom');
      },
      cleanup: () => void cleaned++,
    });
    await jobs.idle();
    const p = jobs.get(bad.id)!;
    assert.equal(p.status, 'failed');
    assert.deepEqual(p.problem, {
      type: 'urn:eclaireur:problem:import-problems',
      title: 'Les fichiers ont des problèmes ; rien n’a été importé',
      status: 422,
      detail: '2 problème(s)',
      instance: `/api/jobs/${bad.id}`,
      errors: [{ in: 'file', file: 'a.csv', line: 3, column: 'date', detail: '« hier » n’est pas une date' }],
    });
    const c = jobs.get(crash.id)!;
    assert.equal(c.status, 'failed');
    assert.equal(c.problem!.status, 500);
    assert.match(c.problem!.detail, /boom/);
    assert.equal(logged.length, 1, 'only the unexpected failure is logged');
    assert.equal(cleaned, 2);
  });

  it('keeps the last `keepFinished` finished jobs, newest first', async () => {
    const jobs = new JobRunner({ concurrency: 1, keepFinished: 3 });
    const ids = Array.from({ length: 5 }, (_, i) => jobs.submit({ kind: 'test', lang: 'en', run: async () => i }).id);
    await jobs.idle();
    assert.deepEqual(
      jobs.list().map((j) => j.id),
      ids.slice(2).reverse(),
    );
    assert.equal(jobs.get(ids[0]), null);
  });

  it('rejects a concurrency below 1', () => {
    assert.throws(() => new JobRunner({ concurrency: 0 }), /concurrency/);
  });
});

describe('JobRunner lanes', () => {
  it('runs the jobs of one lane one after the other, and other jobs beside them', async () => {
    const jobs = new JobRunner({ concurrency: 2 });
    const log: string[] = [];
    const gates = { w1: gate(), w2: gate(), r: gate() };
    const job = (name: keyof typeof gates, lane?: string) =>
      jobs.submit({
        kind: name,
        lang: 'en',
        lane,
        run: async () => {
          log.push(`start ${name}`);
          await gates[name].wait;
          log.push(`end ${name}`);
        },
      });
    const w1 = job('w1', 'write');
    const w2 = job('w2', 'write');
    const r = job('r');
    await new Promise((resolve) => setImmediate(resolve));
    // w2 waits for w1 although a place is free; r, behind it, takes the place.
    assert.deepEqual([w1, w2, r].map((j) => jobs.get(j.id)!.status), ['running', 'queued', 'running']);
    gates.w1.open();
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(jobs.get(w2.id)!.status, 'running');
    gates.w2.open();
    gates.r.open();
    await jobs.idle();
    assert.deepEqual(log.slice(0, 3), ['start w1', 'start r', 'end w1']);
    assert.ok(log.indexOf('start w2') > log.indexOf('end w1'));
  });
});
