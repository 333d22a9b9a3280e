/**
 * Runs a ranking (the core's `rank`) on a worker thread, so that a server keeps answering while
 * it scores and draws the rank intervals (about 2 s for 10,000 candidates: docs/benchmarks.md).
 * The input's typed arrays are transferred to the thread, not copied (the caller gives up the
 * input); the result is the same, byte for byte once serialised, as `rank` on the calling
 * thread with node:crypto's SHA-256. One thread per call, ended after it.
 */
import { Worker } from 'node:worker_threads';
import type { Lang, ScoringInput } from '../../core/domain.js';
import type { RankingConfig } from '../../core/ranking/config.js';
import type { RankingResult } from '../../core/ranking/result.js';
import type { FromRanker, RankJob } from './rank-worker.js';

export interface RankInWorkerOptions {
  lang: Lang;
  onProgress?: (step: 'score' | 'intervals' | 'explain', done: number, total: number) => void;
}

/** The thread; under tsx (tests) the TypeScript source through tsx's loader. */
function startRanker(): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(ts ? './rank-worker.ts' : './rank-worker.js', import.meta.url);
  if (!ts) return new Worker(url);
  // Node 20 does not pass --import hooks on to worker threads: register tsx in the worker first.
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true });
}

/** The distinct buffers of the input's typed arrays (a buffer is transferred once). */
function buffersOf(input: ScoringInput): ArrayBuffer[] {
  const t = input.table;
  const arrays: ArrayBufferView[] = [t.offsets, t.kind, t.day, t.value, t.value2, t.key, t.country, t.language];
  if (t.value3) arrays.push(t.value3);
  for (const v of Object.values(input.graph ?? {})) if (ArrayBuffer.isView(v)) arrays.push(v);
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0) out.add(a.buffer);
  return [...out];
}

export async function rankInWorker(input: ScoringInput, config: RankingConfig, opts: RankInWorkerOptions): Promise<RankingResult> {
  const w = startRanker();
  try {
    return await new Promise<RankingResult>((resolve, reject) => {
      w.on('message', (m: FromRanker) => {
        if (m.t === 'progress') opts.onProgress?.(m.step, m.done, m.total);
        else if (m.t === 'done') resolve(m.result);
        else {
          const e = new Error(m.message);
          if (m.stack) e.stack = m.stack;
          reject(e);
        }
      });
      w.on('error', reject);
      w.on('exit', (code) => reject(new Error(`the ranking thread stopped with code ${code} before its result`)));
      const job: RankJob = { input, config, lang: opts.lang };
      w.postMessage(job, buffersOf(input));
    });
  } finally {
    await w.terminate();
  }
}
