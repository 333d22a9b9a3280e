/**
 * The fingerprint of a ranking run: SHA-256 (FIPS 180-4) over a canonical serialisation of
 * the inputs — the field, the candidates in order, the evidence table column by column
 * (little-endian typed arrays, the third value column only when present) with its string table, the field graph and the identities'
 * handles when there are any — and the resolved configuration
 * (canonical JSON, keys sorted). Same evidence and configuration → same fingerprint.
 *
 * The hash function is injectable: the default is the pure-JS SHA-256 of @noble/hashes (runs
 * in the browser); the Node entry points pass node:crypto's, which is several times faster.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { ScoringInput } from '../domain.js';
import type { RankingConfig } from './config.js';

export interface Hasher {
  update(data: Uint8Array): void;
  digestHex(): string;
}

export function nobleSha256(): Hasher {
  const h = sha256.create();
  return {
    update: (d) => void h.update(d),
    digestHex: () => bytesToHex(h.digest()),
  };
}

/** JSON with object keys sorted at every level. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

const enc = new TextEncoder();

function bytes(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

export function fingerprint(input: ScoringInput, config: RankingConfig, hasher: Hasher = nobleSha256()): string {
  const t = input.table;
  hasher.update(enc.encode(`eclaireur/fingerprint/v1\n${canonicalJson(config)}\n${canonicalJson(input.field)}\n`));
  const CHUNK = 4096;
  for (let i = 0; i < input.candidates.length; i += CHUNK) {
    const part = input.candidates.slice(i, i + CHUNK).map((c) => `${c.key}\t${c.name}\n`).join('');
    hasher.update(enc.encode(part));
  }
  hasher.update(enc.encode(`${t.candidateCount}\t${t.rows}\t${t.strings.length}\n`));
  for (let i = 0; i < t.strings.length; i += CHUNK) hasher.update(enc.encode(t.strings.slice(i, i + CHUNK).join('\n') + '\n'));
  for (const col of [t.offsets, t.kind, t.day, t.value, t.value2, t.key, t.country, t.language]) hasher.update(bytes(col));
  // The third value (external ranks' band ends) when some row has one: a table without it
  // fingerprints as before it existed.
  if (t.value3) {
    hasher.update(enc.encode('value3\n'));
    hasher.update(bytes(t.value3));
  }
  // The field graph and the identities' handles (index 1), when there are any: a store
  // without them fingerprints as before they existed.
  const g = input.graph;
  if (g && g.source.length > 0) {
    hasher.update(enc.encode(`graph\t${g.nodes.length}\t${g.source.length}\n`));
    for (let i = 0; i < g.nodes.length; i += CHUNK) hasher.update(enc.encode(g.nodes.slice(i, i + CHUNK).join('\n') + '\n'));
    for (const col of [g.source, g.target, g.weight]) hasher.update(bytes(col));
  }
  if (input.aliases && input.aliases.size > 0) {
    const list = [...input.aliases].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    hasher.update(enc.encode(`aliases\t${list.length}\n`));
    for (let i = 0; i < list.length; i += CHUNK) hasher.update(enc.encode(list.slice(i, i + CHUNK).map(([k, c]) => `${k}\t${c}\n`).join('')));
  }
  return hasher.digestHex();
}
