/**
 * The job runner: long work (an import, a ranking with its rank intervals) runs in the server's
 * process as a job that the page follows. `submit` queues the work and returns the job at
 * once (the route answers 202 with `Location: /api/jobs/ID`); at most `concurrency` jobs run
 * at a time, the others wait in order, and jobs of one lane (those that write to the store)
 * run one after the other. A job is `queued`, `running`, then `succeeded` with a
 * result or `failed` with a problem (RFC 9457). Its progress is what its work reports
 * (`step`, `done` of `total` in `unit`: bytes read for an import).
 *
 * Jobs live in memory: the last `keepFinished` finished jobs are kept, and a restart forgets
 * them (the work they did is in the store).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Lang } from '../core/domain.js';
import { makeProblem, type Problem, ProblemError, problemSchema } from './problem.js';
import { httpMessages } from './messages.js';

export interface JobOptions {
  concurrency: number;
  keepFinished: number;
}

export const JOB_DEFAULTS: Readonly<JobOptions> = Object.freeze({
  /** Jobs running at once (the machine's two cores; SQLite writes one at a time anyway). */
  concurrency: 2,
  /** Finished jobs kept for their status page. */
  keepFinished: 200,
});

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobProgressSchema = z.object({
  step: z.string().describe('what the job is doing: upload, read, score, intervals, explain, save…'),
  done: z.number(),
  total: z.number().nullable(),
  unit: z.string().describe('bytes, candidates, draws, steps'),
});

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('import, ranking…'),
    status: z.enum(JOB_STATUSES),
    progress: jobProgressSchema.nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    result: z.unknown().optional().describe('the outcome, when succeeded (its shape depends on the kind)'),
    problem: problemSchema.optional().describe('why it failed, when failed'),
  })
  .meta({ id: 'Job' });

export type JobProgress = z.infer<typeof jobProgressSchema>;

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  progress: JobProgress | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result?: unknown;
  problem?: Problem;
}

export interface JobContext {
  progress(step: string, done: number, total: number | null, unit: string): void;
}

export interface JobWork {
  kind: string;
  /** Language of the problem if the work fails. */
  lang: Lang;
  run(ctx: JobContext): Promise<unknown>;
  /** Called when the job has finished either way (temporary files…). */
  cleanup?: () => Promise<void> | void;
  /**
   * Jobs of the same lane never run at once (`write`: the jobs that write to the store — on
   * SQLite a second writer would wait for the first's transaction and time out).
   */
  lane?: string;
}

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: { job: Job; work: JobWork }[] = [];
  private running = 0;
  private readonly busyLanes = new Set<string>();
  private readonly idleWaiters: (() => void)[] = [];
  readonly concurrency: number;
  readonly keepFinished: number;

  constructor(
    options: Partial<JobOptions> = {},
    private readonly log: (e: unknown, job: Job) => void = () => {},
  ) {
    const o = { ...JOB_DEFAULTS, ...options };
    if (!(Number.isInteger(o.concurrency) && o.concurrency >= 1)) throw new RangeError(`jobs.concurrency: expected a whole number ≥ 1, got ${o.concurrency}`);
    this.concurrency = o.concurrency;
    this.keepFinished = o.keepFinished;
  }

  submit(work: JobWork): Job {
    const job: Job = { id: randomUUID(), kind: work.kind, status: 'queued', progress: null, createdAt: new Date().toISOString(), startedAt: null, finishedAt: null };
    this.jobs.set(job.id, job);
    this.waiting.push({ job, work });
    this.pump();
    return job;
  }

  get(id: string): Job | null {
    return this.jobs.get(id) ?? null;
  }

  /** Every job kept, newest first. */
  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when no job is queued or running. */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      // The oldest waiting job whose lane is free.
      const at = this.waiting.findIndex((w) => w.work.lane === undefined || !this.busyLanes.has(w.work.lane));
      if (at < 0) break;
      const { job, work } = this.waiting.splice(at, 1)[0];
      this.running++;
      if (work.lane !== undefined) this.busyLanes.add(work.lane);
      void this.execute(job, work).finally(() => {
        this.running--;
        if (work.lane !== undefined) this.busyLanes.delete(work.lane);
        this.prune();
        this.pump();
        if (this.running === 0 && this.waiting.length === 0) for (const w of this.idleWaiters.splice(0)) w();
      });
    }
  }

  private async execute(job: Job, work: JobWork): Promise<void> {
    job.status = 'running';
    job.startedAt = new Date().toISOString();
    const ctx: JobContext = {
      progress: (step, done, total, unit) => {
        job.progress = { step, done, total, unit };
      },
    };
    let outcome: { result: unknown } | { problem: Problem };
    try {
      outcome = { result: await work.run(ctx) };
    } catch (e) {
      const instance = `/api/jobs/${job.id}`;
      if (e instanceof ProblemError) outcome = { problem: e.toProblem(work.lang, instance) };
      else {
        this.log(e, job);
        outcome = { problem: makeProblem('internal', work.lang, `${httpMessages(work.lang).internal}: ${(e as Error)?.message ?? String(e)}`, instance) };
      }
    }
    // Clean up before the job shows as finished: whoever sees it finished sees it clean.
    try {
      await work.cleanup?.();
    } catch (e) {
      this.log(e, job);
    }
    if ('result' in outcome) job.result = outcome.result;
    else job.problem = outcome.problem;
    job.status = 'result' in outcome ? 'succeeded' : 'failed';
    job.finishedAt = new Date().toISOString();
  }

  /** Forgets the oldest finished jobs beyond `keepFinished`. */
  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status === 'succeeded' || j.status === 'failed');
    for (const j of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.jobs.delete(j.id);
  }
}
