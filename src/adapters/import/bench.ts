/**
 * Throughput of the CSV import: writes a CSV of N rows (default 2,000,000) of realistic facts
 * into the system's temporary folder, then reads it with readImportFile and prints rows per
 * second (wall clock) and the CPU time. Not a test: run it by hand,
 *
 *   node --import tsx src/adapters/import/bench.ts [rows] [grouped|shuffled]
 *
 * `grouped` (the default) writes each candidate's facts together, as a consultant's file
 * usually is; `shuffled` spreads them at random (the worst case for the candidate lookup).
 * The file is left in the temporary folder for reruns and is never part of the repository.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { readImportFile } from './index.js';

const HEADER = 'candidate,name,kind,date,value,platform,handle,url,verified,peer,country,language,fake_share,list,list_year,list_size,source,note';
const PLATFORMS = ['linkedin', 'x', 'youtube', 'instagram', 'bluesky', 'mastodon'];
const CANDIDATES = 50_000;

/** mulberry32: a small seeded generator, so that every run writes the same file. */
function random(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function row(rnd: () => number, c: number, named: boolean, i: number): string {
  const key = `cand-${c}`;
  const name = named ? `Person ${c}` : '';
  const y = 2010 + Math.floor(rnd() * 15);
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  const date = `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  const p = PLATFORMS[Math.floor(rnd() * PLATFORMS.length)];
  const r = rnd();
  let cells: string[];
  if (r < 0.4) cells = [key, name, 'post', date, '', p, '', '', '', '', '', '', '', '', '', '', '', ''];
  else if (r < 0.6) cells = [key, name, 'peer_mention', date, '', p, '', '', '', `peer-${Math.floor(rnd() * CANDIDATES)}`, '', '', '', '', '', '', '', ''];
  else if (r < 0.75) cells = [key, name, 'audience', date, String(Math.floor(rnd() * 100000)), p, '', '', '', '', '', '', `0.${Math.floor(rnd() * 99)}`, '', '', '', '', ''];
  else if (r < 0.85) cells = [key, name, 'blog_post', date, '', '', '', '', '', '', '', 'fr', '', '', '', '', `https://example.org/b/${i}`, ''];
  else if (r < 0.9) cells = [key, name, 'identity', '', '', p, `@h${c}`, '', 'yes', '', '', '', '', '', '', '', '', ''];
  else if (r < 0.95) cells = [key, name, 'media_mention', date, '', '', '', '', '', '', 'CA', 'fr', '', '', '', '', `https://news.example/${i}`, 'Le Devoir'];
  else cells = [key, name, 'external_rank', '', String(1 + Math.floor(rnd() * 100)), '', '', '', '', '', '', '', '', 'Top 100', '2018', '100', '', ''];
  return cells.join(',');
}

async function write(path: string, rows: number, grouped: boolean): Promise<void> {
  const out = createWriteStream(path);
  const rnd = random(42);
  const named = new Uint8Array(CANDIDATES);
  let buf = HEADER + '\n';
  for (let i = 0; i < rows; i++) {
    const c = grouped ? Math.floor((i * CANDIDATES) / rows) : Math.floor(rnd() * CANDIDATES);
    buf += row(rnd, c, named[c] === 0 || rnd() < 0.05, i) + '\n';
    named[c] = 1;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 2_000_000);
  const mode = process.argv[3] === 'shuffled' ? 'shuffled' : 'grouped';
  const path = join(tmpdir(), `eclaireur-bench-${rows}-${mode}.csv`);
  if (!existsSync(path)) await write(path, rows, mode === 'grouped');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await readImportFile(path);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const n = r.batch;
  process.stdout.write(
    `${path}: ${r.rows} rows in ${ms.toFixed(0)} ms = ${Math.round((r.rows / ms) * 1000)} rows/s ` +
      `(CPU user ${(cpu.user / 1000).toFixed(0)} ms, system ${(cpu.system / 1000).toFixed(0)} ms); ` +
      `${n.candidates.length} candidates, ${n.evidence.length} evidence, ${n.identities.length} identities, ` +
      `${n.externalRanks.length} ranks, ${r.problems.length} problems\n`,
  );
}

await main();
