/**
 * Imports files into the store in two threads: a worker reads and checks them
 * (read-worker.ts) while this thread writes what it has read so far, all in the one
 * transaction of an import session. Reading and writing each take about half of an import's
 * time, so overlapping them nearly halves it (docs/benchmarks.md).
 *
 * The result is the same as reading every file with readImportFile and storing the merged
 * batch with applyImport: the same problems, the same rows stored, the same counts. (One
 * difference in origins only: a row set aside as ambiguous until the end of its file that
 * repeats a fact stated further down, after chunks were written, keeps the later line as its
 * origin rather than its own.) If any file has a problem, or anything fails, the transaction
 * is rolled back: the store is left exactly as it was.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { InputProblem } from '../../core/domain.js';
import type { ImportCounts, Store } from '../storage/index.js';
import type { FromReader, ReadJob } from './protocol.js';

export const IMPORT_PIPELINE_DEFAULTS = {
  /** Evidence items per chunk sent from the reader to the writer. */
  chunkRows: 32_768,
  /** Chunks the reader may have ahead of the writer. */
  maxInFlight: 4,
} as const;

export interface ImportFilesOptions {
  locale?: 'fr' | 'en' | 'auto';
  lang?: 'fr' | 'en';
  /** The files' names in origins, problems and the import's record, when not their paths (uploads). */
  names?: string[];
  /** Bytes of the files read so far, of the total. */
  onProgress?: (done: number, total: number) => void;
  /** A file has been read: its data rows and how many problems it has. */
  onFile?: (file: string, rows: number, problems: number) => void;
  chunkRows?: number;
  maxInFlight?: number;
}

export interface ImportFilesResult {
  /** Every problem of every file, in file order then line order. Non-empty: nothing was written. */
  problems: InputProblem[];
  /** Data rows read. */
  rows: number;
  /** What was added; null when there were problems. */
  counts: ImportCounts | null;
}

class Rejected extends Error {}

/** The reader thread; under tsx (tests, benchmarks) the TypeScript source through tsx's loader. */
function startReader(job: ReadJob): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(ts ? './read-worker.ts' : './read-worker.js', import.meta.url);
  if (!ts) return new Worker(url, { workerData: job });
  // Node 20 does not pass --import hooks on to worker threads: register tsx in the worker first.
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData: job });
}

/** The reader's messages as an async queue; a crash of the thread becomes an error. */
function messages(w: Worker): AsyncIterable<FromReader> {
  const queue: FromReader[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let ended = false;
  const poke = (): void => {
    const f = wake;
    wake = null;
    f?.();
  };
  w.on('message', (m: FromReader) => {
    queue.push(m);
    poke();
  });
  w.on('error', (e) => {
    failure = e instanceof Error ? e : new Error(String(e));
    poke();
  });
  w.on('exit', (code) => {
    if (code !== 0 && !failure) failure = new Error(`the import's reading thread stopped with code ${code}`);
    ended = true;
    poke();
  });
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (queue.length > 0) {
          yield queue.shift()!;
          continue;
        }
        if (failure) throw failure;
        if (ended) throw new Error("the import's reading thread ended before it had finished");
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

export async function importFiles(store: Store, fieldId: number, files: string[], opts: ImportFilesOptions = {}): Promise<ImportFilesResult> {
  const job: ReadJob = {
    files,
    ...(opts.names ? { names: opts.names } : {}),
    locale: opts.locale ?? 'auto',
    lang: opts.lang,
    chunkRows: opts.chunkRows ?? IMPORT_PIPELINE_DEFAULTS.chunkRows,
    maxInFlight: opts.maxInFlight ?? IMPORT_PIPELINE_DEFAULTS.maxInFlight,
  };
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      /* the reader reports it */
    }
  }
  const reader = startReader(job);
  // Listen at once: a worker's messages sent before a listener is attached are lost, and the
  // transaction below may take a while to begin (a remote PostgreSQL).
  const inbox = messages(reader);
  let problems: InputProblem[] = [];
  let rows = 0;
  try {
    const counts = await store.importSession(fieldId, (opts.names ?? files).join(', '), async (s) => {
      for await (const m of inbox) {
        switch (m.t) {
          case 'chunk':
            if (m.candidates.length > 0) await s.addCandidates(m.candidates.map(([key, name]) => ({ key, name })));
            await s.addEvidence(m.rows);
            if (m.identities.length > 0) {
              await s.addIdentities(
                m.identities.map(([candidateKey, platform, handle, url, verified, line]) => ({
                  candidateKey,
                  platform,
                  handle,
                  url,
                  verified: verified === 1,
                  origin: line < 0 ? null : { file: m.file, line },
                })),
              );
            }
            reader.postMessage({ t: 'ack' });
            opts.onProgress?.(m.bytes, total);
            break;
          case 'file':
            opts.onProgress?.(m.bytes, total);
            opts.onFile?.(m.file, m.rows, m.problems);
            break;
          case 'error': {
            const e = new Error(m.message);
            if (m.stack) e.stack = m.stack;
            throw e;
          }
          case 'end':
            rows = m.rows;
            if (m.problems.length > 0) {
              problems = m.problems;
              throw new Rejected();
            }
            if (m.candidates.length > 0) await s.addCandidates(m.candidates.map(([key, name]) => ({ key, name })));
            await s.addCandidates(m.names.map(([key, name]) => ({ key, name })));
            await s.addExternalRanks(m.externalRanks);
            return;
        }
      }
    });
    return { problems: [], rows, counts };
  } catch (e) {
    if (e instanceof Rejected) return { problems, rows, counts: null };
    throw e;
  } finally {
    await reader.terminate();
  }
}
