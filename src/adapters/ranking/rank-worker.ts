/**
 * The ranking's thread (see rank-in-worker.ts): receives a scoring input and a configuration,
 * runs the core's `rank` with node:crypto's SHA-256 (as the CLI does), reports its progress,
 * and sends the result back.
 */
import { parentPort } from 'node:worker_threads';
import type { Lang, ScoringInput } from '../../core/domain.js';
import type { RankingConfig } from '../../core/ranking/config.js';
import { rank } from '../../core/ranking/rank.js';
import { nodeSha256 } from '../node-hasher.js';

export interface RankJob {
  input: ScoringInput;
  config: RankingConfig;
  lang: Lang;
}

export type FromRanker = { t: 'progress'; step: 'score' | 'intervals' | 'explain'; done: number; total: number } | { t: 'done'; result: ReturnType<typeof rank> } | { t: 'error'; message: string; stack?: string };

const port = parentPort!;
port.once('message', (job: RankJob) => {
  try {
    // At most ~100 progress messages per step: enough for a bar, not a flood.
    let last = -1;
    const result = rank(job.input, job.config, {
      lang: job.lang,
      hasher: nodeSha256,
      onProgress: (step, done, total) => {
        const pct = Math.floor((100 * done) / Math.max(1, total));
        if (pct === last && done !== total) return;
        last = done === total ? -1 : pct;
        port.postMessage({ t: 'progress', step, done, total } satisfies FromRanker);
      },
    });
    port.postMessage({ t: 'done', result } satisfies FromRanker);
  } catch (e) {
    const err = e as Error;
    port.postMessage({ t: 'error', message: err?.message ?? String(e), stack: err?.stack } satisfies FromRanker);
  }
});
