/**
 * The field's interaction graph in the store (issue 4): writing an imported edge list, in the
 * one transaction of its import, and reading it back in the canonical order of the scorers'
 * input (FieldGraphInput: nodes by name in code-point order, edges by source, target, kind).
 *
 * Writing: node names normalised (core/graph/handles.ts; `@Ana` and `ana` are one account,
 * a name that normalises to nothing is left out with its edges), duplicate edges of a file
 * (same source, target and kind) summed; an edge already stored takes the file's weight. So
 * importing the same file twice changes nothing, and an updated file updates its weights.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import type { FieldGraphInput } from '../../core/domain.js';
import { handleKey } from '../../core/graph/handles.js';
import { compareCodePoints } from '../../core/text.js';
import type { Database, DialectName } from './schema.js';

/** An edge list as the graph adapter reads it (src/adapters/graph). */
export interface EdgeListInput {
  names: readonly string[];
  count: number;
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  /** null: every edge weighs 1. */
  weight: ArrayLike<number> | null;
  /** Index into `kinds` per edge; null: no kind. */
  kind: ArrayLike<number> | null;
  kinds: readonly string[];
}

export interface GraphImportCounts {
  /** Accounts added to the field's graph. */
  nodes: number;
  /** Edges added, and stored edges whose weight the file changed. */
  edges: number;
  updated: number;
  /** Edges of the file after duplicates were merged and unnamed accounts left out. */
  distinctEdges: number;
}

interface Ctx {
  dialect: DialectName;
  trx: Transaction<Database>;
  stmt: (text: string) => BetterSqlite3.Statement;
}

const PG_CHUNK = 10_000;
/** Rows per multi-row INSERT on SQLite (5 columns: 500 parameters). */
const SQLITE_ROWS = 100;

export async function writeGraph(ctx: Ctx, fieldId: number, list: EdgeListInput): Promise<GraphImportCounts> {
  // Normalised names, and the file's nodes → distinct names.
  const keyOf = new Map<string, number>();
  const keys: string[] = [];
  const nodeKey = new Int32Array(list.names.length);
  for (let i = 0; i < list.names.length; i++) {
    const k = handleKey(list.names[i]);
    if (k === '') {
      nodeKey[i] = -1;
      continue;
    }
    let j = keyOf.get(k);
    if (j === undefined) {
      j = keys.length;
      keys.push(k);
      keyOf.set(k, j);
    }
    nodeKey[i] = j;
  }
  // Edges merged on (source, target, kind): sorted by a numeric key, duplicates summed.
  const K = Math.max(1, list.kinds.length);
  const N = keys.length;
  const idx: number[] = [];
  const code = new Float64Array(list.count);
  for (let e = 0; e < list.count; e++) {
    const s = nodeKey[list.source[e]];
    const t = nodeKey[list.target[e]];
    if (s < 0 || t < 0) continue;
    code[e] = (s * N + t) * K + (list.kind ? list.kind[e] : 0);
    idx.push(e);
  }
  const order = Int32Array.from(idx).sort((a, b) => code[a] - code[b] || a - b);
  const mSource: number[] = [];
  const mTarget: number[] = [];
  const mKind: string[] = [];
  const mWeight: number[] = [];
  for (let p = 0; p < order.length; p++) {
    const e = order[p];
    const w = list.weight ? list.weight[e] : 1;
    if (p > 0 && code[order[p - 1]] === code[e]) {
      mWeight[mWeight.length - 1] += w;
      continue;
    }
    mSource.push(nodeKey[list.source[e]]);
    mTarget.push(nodeKey[list.target[e]]);
    mKind.push(list.kind ? list.kinds[list.kind[e]] : '');
    mWeight.push(w);
  }

  // Nodes: insert the new names, read every id back.
  const before = await ctx.trx.selectFrom('graph_nodes').select(ctx.trx.fn.countAll<number>().as('n')).where('field_id', '=', fieldId).executeTakeFirstOrThrow();
  const ids = new Int32Array(N);
  if (ctx.dialect === 'sqlite') {
    const ins = ctx.stmt('insert into graph_nodes (field_id, name) values (?, ?) on conflict do nothing');
    const get = ctx.stmt('select id from graph_nodes where field_id = ? and name = ?').pluck(true);
    for (let j = 0; j < N; j++) {
      ins.run(fieldId, keys[j]);
      ids[j] = get.get(fieldId, keys[j]) as number;
    }
  } else {
    for (let at = 0; at < N; at += PG_CHUNK) {
      const chunk = keys.slice(at, at + PG_CHUNK);
      await sql`insert into graph_nodes (field_id, name) select ${fieldId}, n from unnest(${sql.val(chunk)}::text[]) as u(n) on conflict do nothing`.execute(ctx.trx);
      const rows = await ctx.trx.selectFrom('graph_nodes').select(['id', 'name']).where('field_id', '=', fieldId).where('name', '=', sql<string>`any(${sql.val(chunk)}::text[])`).execute();
      const m = new Map(rows.map((r) => [r.name, r.id]));
      for (let j = 0; j < chunk.length; j++) ids[at + j] = m.get(chunk[j])!;
    }
  }
  const after = await ctx.trx.selectFrom('graph_nodes').select(ctx.trx.fn.countAll<number>().as('n')).where('field_id', '=', fieldId).executeTakeFirstOrThrow();

  // Edges: insert, or take the file's weight.
  const M = mSource.length;
  let changed = 0;
  const edgesBefore = Number(
    (await ctx.trx.selectFrom('graph_edges').select(ctx.trx.fn.countAll<number>().as('n')).where('field_id', '=', fieldId).executeTakeFirstOrThrow()).n,
  );
  if (ctx.dialect === 'sqlite') {
    const one = '(?, ?, ?, ?, ?)';
    const tail = ' on conflict (field_id, source, target, kind) do update set weight = excluded.weight where graph_edges.weight <> excluded.weight';
    const many = ctx.stmt(`insert into graph_edges (field_id, source, target, kind, weight) values ${new Array(SQLITE_ROWS).fill(one).join(', ')}${tail}`);
    const single = ctx.stmt(`insert into graph_edges (field_id, source, target, kind, weight) values ${one}${tail}`);
    const args: unknown[] = new Array(5 * SQLITE_ROWS);
    let p = 0;
    for (; p + SQLITE_ROWS <= M; p += SQLITE_ROWS) {
      let k = 0;
      for (let q = p; q < p + SQLITE_ROWS; q++) {
        args[k++] = fieldId;
        args[k++] = ids[mSource[q]];
        args[k++] = ids[mTarget[q]];
        args[k++] = mKind[q];
        args[k++] = mWeight[q];
      }
      changed += many.run(...args).changes;
    }
    for (; p < M; p++) changed += single.run(fieldId, ids[mSource[p]], ids[mTarget[p]], mKind[p], mWeight[p]).changes;
  } else {
    for (let at = 0; at < M; at += PG_CHUNK) {
      const end = Math.min(M, at + PG_CHUNK);
      const s: number[] = [];
      const t: number[] = [];
      for (let q = at; q < end; q++) {
        s.push(ids[mSource[q]]);
        t.push(ids[mTarget[q]]);
      }
      const r = await sql`insert into graph_edges (field_id, source, target, kind, weight)
        select ${fieldId}, * from unnest(${sql.val(s)}::int4[], ${sql.val(t)}::int4[], ${sql.val(mKind.slice(at, end))}::text[], ${sql.val(mWeight.slice(at, end))}::float8[])
        on conflict (field_id, source, target, kind) do update set weight = excluded.weight where graph_edges.weight <> excluded.weight`.execute(ctx.trx);
      changed += Number(r.numAffectedRows ?? 0n);
    }
  }
  const edgesAfter = Number(
    (await ctx.trx.selectFrom('graph_edges').select(ctx.trx.fn.countAll<number>().as('n')).where('field_id', '=', fieldId).executeTakeFirstOrThrow()).n,
  );
  const added = edgesAfter - edgesBefore;
  return { nodes: Number(after.n) - Number(before.n), edges: added, updated: changed - added, distinctEdges: M };
}

/**
 * The stored graph in the canonical order: nodes by name (code-point order), edges by source
 * and target position, then kind. `nodes` are [id, name] rows, `edges` [source id, target id,
 * weight] rows already ordered by (source id, target id, kind); null when there is no edge.
 */
export function fieldGraphFromRows(nodes: [number, string][], edges: [number, number, number][]): FieldGraphInput | null {
  if (edges.length === 0) return null;
  nodes.sort((a, b) => compareCodePoints(a[1], b[1]));
  const pos = new Map<number, number>();
  nodes.forEach(([id], i) => pos.set(id, i));
  const E = edges.length;
  const s = new Int32Array(E);
  const t = new Int32Array(E);
  for (let e = 0; e < E; e++) {
    s[e] = pos.get(edges[e][0]) ?? -1;
    t[e] = pos.get(edges[e][1]) ?? -1;
    if (s[e] < 0 || t[e] < 0) throw new Error(`graph edge ${edges[e][0]} → ${edges[e][1]} names a node that is not in the field's graph`);
  }
  // Stable LSD radix on positions: by target, then by source (kinds keep the rows' order).
  const N = nodes.length;
  const byTarget = countingOrder(t, N, null);
  const order = countingOrder(s, N, byTarget);
  const out: FieldGraphInput = { nodes: nodes.map((n) => n[1]), source: new Int32Array(E), target: new Int32Array(E), weight: new Float64Array(E) };
  for (let i = 0; i < E; i++) {
    const e = order[i];
    out.source[i] = s[e];
    out.target[i] = t[e];
    out.weight[i] = edges[e][2];
  }
  return out;
}

function countingOrder(keys: Int32Array, range: number, within: Int32Array | null): Int32Array {
  const n = keys.length;
  const next = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) next[keys[i] + 1]++;
  for (let k = 0; k < range; k++) next[k + 1] += next[k];
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = within ? within[j] : j;
    out[next[keys[i]]++] = i;
  }
  return out;
}
