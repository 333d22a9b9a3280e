/**
 * The HTTP API as the pages call it (docs/api.md): JSON, problem details on failure (thrown as
 * ApiError), answers in the page's language, jobs followed until they end.
 */
import type { EvidenceItem, IndexKey, Origin } from '../../src/core/domain.js';
import type { RankingEntry } from '../../src/core/ranking/result.js';
import { currentLang } from './i18n.js';

export interface ProblemItem {
  in: string;
  field?: string;
  pointer?: string;
  file?: string;
  line?: number;
  column?: string | null;
  code?: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: ProblemItem[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Field {
  id: number;
  topic: string;
  region: string | null;
  languages: string[];
}

export interface FieldDetail extends Field {
  counts: { candidates: number; identities: number; evidence: number; externalRankings: number; externalRankEntries: number; runs: number; imports: number };
}

export interface RunSummary {
  id: number;
  label: string;
  fingerprint: string;
  asOf: string | null;
  createdAt: string;
}

export interface CandidateDetail {
  key: string;
  name: string;
  /** The core's evidence items (src/core/domain.ts) as the API answers them: with the index each feeds. */
  evidence: (Omit<EvidenceItem, 'candidateKey'> & { index: IndexKey })[];
  identities: { platform: string; handle: string | null; url: string | null; verified: boolean; origin: Origin | null }[];
  externalRanks: { list: string; year: number | null; rank: number; listSize: number | null; name: string; sourceUrl: string | null; origin: Origin | null }[];
  run?: RunSummary;
  ranking?: RankingEntry | null;
}

export interface Move {
  candidateId: string;
  name: string;
  status: string;
  before: { rank: number; score: number } | null;
  after: { rank: number; score: number } | null;
  rankChange: number | null;
  scoreChange: number | null;
  drivers: { key: IndexKey; change: number }[];
}

export interface Comparison {
  a: { label: string; asOf: string | null; candidates: number };
  b: { label: string; asOf: string | null; candidates: number };
  counts: Record<string, number>;
  moves: Page<Move>;
}

export interface Job {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { step: string; done: number; total: number; unit?: string } | null;
  result?: unknown;
  problem?: Problem;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { accept: 'application/json', 'accept-language': currentLang === 'fr' ? 'fr-CA' : 'en-CA', ...extra };
}

async function failure(r: Response): Promise<ApiError> {
  const text = await r.text();
  try {
    return new ApiError(JSON.parse(text) as Problem);
  } catch {
    return new ApiError({ type: 'about:blank', title: r.statusText || `HTTP ${r.status}`, status: r.status, detail: text.slice(0, 300) });
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const r = await fetch(path, { headers: headers(), signal });
  if (!r.ok) throw await failure(r);
  return (await r.json()) as T;
}

/** As getJson, reporting the bytes received (a run's result of 10,000 candidates is tens of MB). */
export async function getJsonWithProgress<T>(path: string, onProgress: (received: number, total: number) => void, signal?: AbortSignal): Promise<T> {
  const r = await fetch(path, { headers: headers(), signal });
  if (!r.ok) throw await failure(r);
  const total = Number(r.headers.get('content-length') ?? 0);
  if (!r.body) return (await r.json()) as T;
  const reader = r.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let last = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (received - last > 512 * 1024) {
      last = received;
      onProgress(received, total);
    }
  }
  const all = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return JSON.parse(new TextDecoder().decode(all)) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const r = await fetch(path, { method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) });
  if (!r.ok) throw await failure(r);
  return (await r.json()) as T;
}

/**
 * Uploads files as multipart/form-data with the upload's progress (XMLHttpRequest: fetch
 * reports no upload progress); resolves with the job the server started.
 */
export function uploadFiles(path: string, files: File[], onProgress: (sent: number, total: number) => void): Promise<Job> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: reported below.
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as Job);
      else reject(new ApiError((body as Problem | null) ?? { type: 'about:blank', title: `HTTP ${xhr.status}`, status: xhr.status, detail: xhr.responseText.slice(0, 300) }));
    };
    xhr.send(form);
  });
}

/** Follows a job until it has finished, reporting each state. */
export async function followJob(id: string, onState: (job: Job) => void, intervalMs = 300): Promise<Job> {
  for (;;) {
    const job = await getJson<Job>(`/api/jobs/${encodeURIComponent(id)}`);
    onState(job);
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
