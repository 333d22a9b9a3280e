/**
 * The import pipeline's reading thread: reads the files one after the other with the import
 * adapter (the same builder, the same checks, the same problems as readImportFile), numbers
 * the candidates in order of first sight across the files, and sends the evidence on in
 * chunks of columns while it reads, so that the writing thread stores one chunk while this one
 * parses the next. Identities, external ranks, final names and the problems come at the end.
 *
 * Once a problem is found nothing more is sent but the end: the writer will roll back anyway.
 * It waits when `maxInFlight` chunks are unacknowledged, so memory stays bounded when the
 * database is the slower side.
 */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { EvidenceItem, ExternalRankEntry, IdentityRecord, InputProblem } from '../../core/domain.js';
import { readImportFileInto, type BatchBuilder } from '../import/index.js';
import { encodeEvidence, transferablesOf } from '../storage/evidence-rows.js';
import type { FromReader, IdentityTuple, NewCandidates, ReadJob, ToReader } from './protocol.js';

const port = parentPort!;
const job = workerData as ReadJob;

const dense = new Map<string, number>();
const finalName = new Map<string, string>();
let pending: NewCandidates = [];
let inFlight = 0;
let waiting: (() => void) | null = null;
let problemsBefore = 0;
let bytesBefore = 0;

port.on('message', (m: ToReader) => {
  if (m.t === 'ack') {
    inFlight--;
    const w = waiting;
    waiting = null;
    w?.();
  }
});

function send(m: FromReader, transfer: ArrayBuffer[] = []): void {
  port.postMessage(m, transfer);
}

/** Registers the builder's candidates not seen yet (in any file). */
function register(b: BatchBuilder, from: number): number {
  const list = b.candidatesSoFar;
  for (let i = from; i < list.length; i++) {
    const c = list[i];
    if (!dense.has(c.key)) {
      dense.set(c.key, dense.size);
      pending.push([c.key, c.name]);
    }
  }
  return list.length;
}

const denseOf = (e: EvidenceItem): number => {
  const d = dense.get(e.candidateKey);
  if (d === undefined) throw new Error(`evidence of candidate "${e.candidateKey}" before the candidate was registered`);
  return d;
};

const tuples = (ids: readonly IdentityRecord[]): IdentityTuple[] => ids.map((i) => [i.candidateKey, i.platform, i.handle ?? null, i.url ?? null, i.verified ? 1 : 0, i.origin?.line ?? -1]);

/** Sends items in chunks of at most `most` items, the identities with the first. */
async function sendEvidence(file: string, items: EvidenceItem[], identities: IdentityRecord[], bytes: number, most: number): Promise<void> {
  for (let at = 0; at < items.length || (at === 0 && identities.length > 0); at += most) {
    // Hash the natural keys here only when the writer is behind (chunks unacknowledged): the
    // writer hashes the others, so whichever thread has time to spare does it.
    const rows = encodeEvidence(items, at, Math.min(items.length, at + most), denseOf, inFlight > 0);
    send({ t: 'chunk', candidates: pending, rows, file, identities: at === 0 ? tuples(identities) : [], bytes }, transferablesOf(rows));
    pending = [];
    inFlight++;
    while (inFlight >= job.maxInFlight) await new Promise<void>((resolve) => (waiting = resolve));
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const problems: InputProblem[] = [];
  const externalRanks: ExternalRankEntry[] = [];
  let rows = 0;
  for (const [i, path] of job.files.entries()) {
    const file = job.names?.[i] ?? path;
    let seen = 0;
    const r = await readImportFileInto(path, { locale: job.locale, lang: job.lang, name: file }, async (b, bytes) => {
      if (b.pendingEvidence < job.chunkRows) return;
      seen = register(b, seen);
      const items = b.takeEvidence();
      const ids = b.takeIdentities();
      if (problemsBefore + b.problemCount === 0) await sendEvidence(file, items, ids, bytesBefore + bytes, Infinity);
    });
    bytesBefore += sizeOf(path);
    problems.push(...r.problems);
    problemsBefore += r.problems.length;
    rows += r.rows;
    for (const c of r.batch.candidates) {
      if (!dense.has(c.key)) {
        dense.set(c.key, dense.size);
        pending.push([c.key, c.name]);
      }
      if (!finalName.has(c.key)) finalName.set(c.key, c.name);
    }
    if (problemsBefore === 0) {
      await sendEvidence(file, r.batch.evidence, r.batch.identities, bytesBefore, job.chunkRows);
      for (const e of r.batch.externalRanks) externalRanks.push(e);
    }
    send({ t: 'file', file, rows: r.rows, problems: r.problems.length, bytes: bytesBefore });
  }
  const names: NewCandidates = [];
  if (problems.length === 0) for (const [key] of dense) names.push([key, finalName.get(key) ?? '']);
  send({ t: 'end', problems, rows, candidates: pending, names, externalRanks });
}

main().catch((e: unknown) => {
  const err = e instanceof Error ? e : new Error(String(e));
  send({ t: 'error', message: err.message, stack: err.stack });
});
