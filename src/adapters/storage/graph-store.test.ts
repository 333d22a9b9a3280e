/**
 * The field graph in the store: names normalised and merged, duplicate edges summed, the same
 * file twice changing nothing, an updated weight updated, the canonical order on load, the
 * identities' handles as aliases — on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../../core/ranking/fingerprint.js';
import { RANKING_DEFAULTS } from '../../core/ranking/config.js';
import type { EdgeListInput } from './index.js';
import { storeTargets } from './test-support.js';
import { fieldGraphFromRows } from './graph-store.js';

function edges(rows: [string, string, number?, string?][]): EdgeListInput {
  const names: string[] = [];
  const id = new Map<string, number>();
  const node = (n: string) => {
    let i = id.get(n);
    if (i === undefined) {
      i = names.length;
      names.push(n);
      id.set(n, i);
    }
    return i;
  };
  const kinds = [...new Set(rows.map((r) => r[3] ?? 'mention'))];
  return {
    names,
    count: rows.length,
    source: rows.map((r) => node(r[0])),
    target: rows.map((r) => node(r[1])),
    weight: rows.map((r) => r[2] ?? 1),
    kind: rows.map((r) => kinds.indexOf(r[3] ?? 'mention')),
    kinds,
  };
}

const targets = storeTargets('g');

for (const [name, open, skip] of targets) {
  describe(`field graph on ${name}`, { skip: skip ? 'TEST_DATABASE_URL is not set' : false }, () => {
    it('imports, merges, is idempotent, updates weights and loads in the canonical order', async () => {
      const { store, drop } = await open();
      try {
        const ws = await store.ensureWorkspace('w');
        const f = await store.createField({ workspaceId: ws.id, topic: 'T', region: null, languages: ['fr'] });
        await store.applyImport(
          f.id,
          {
            candidates: [
              { key: 'ana', name: 'Ana', origin: null },
              { key: 'ben', name: 'Ben', origin: null },
            ],
            identities: [{ candidateKey: 'ben', platform: 'x', handle: '@Ben_T', url: null, verified: true, origin: null }],
            evidence: [],
            externalRanks: [],
          },
          'c.csv',
        );
        const list = edges([
          ['@zoe', 'ana'],
          ['zoe', 'ana', 2], // the same account: summed with the line above
          ['@ben_t', 'ana', 1, 'follow'],
          ['@ben_t', '@Ana', 1, 'mention'], // merged with the next
          ['ben_t', 'ana', 0.5, 'mention'],
          ['  ', 'ana'], // no name: left out
        ]);
        const n = await store.importGraph(f.id, list, 'edges.csv');
        assert.deepEqual(n, { nodes: 3, edges: 3, updated: 0, distinctEdges: 3 });
        const snap = await store.snapshot();
        const again = await store.importGraph(f.id, list, 'edges.csv');
        assert.deepEqual(again, { nodes: 0, edges: 0, updated: 0, distinctEdges: 3 });
        assert.deepEqual(await store.snapshot(), snap, 'the same file twice changes nothing');

        const g = await store.loadFieldGraph(f.id);
        assert.deepEqual(g!.nodes, ['ana', 'ben_t', 'zoe']);
        assert.deepEqual([...g!.source], [1, 1, 2]);
        assert.deepEqual([...g!.target], [0, 0, 0]);
        assert.deepEqual([...g!.weight], [1, 1.5, 3]); // follow, then mention (kind order)

        const updated = await store.importGraph(f.id, edges([['zoe', 'ana', 5]]), 'edges-2.csv');
        assert.deepEqual(updated, { nodes: 0, edges: 0, updated: 1, distinctEdges: 1 });

        const input = await store.loadScoringInput(f.id);
        assert.equal(input.aliases!.get('ben_t'), 1);
        assert.deepEqual([...input.graph!.weight], [1, 1.5, 5]);
        const noGraph = { ...input, graph: null };
        assert.notEqual(fingerprint(input, RANKING_DEFAULTS), fingerprint(noGraph, RANKING_DEFAULTS), 'the graph is part of the fingerprint');
      } finally {
        await store.close();
        await drop();
      }
    });
  });
}

describe('fieldGraphFromRows', () => {
  it('orders nodes by name in code-point order and edges by their positions, stably', () => {
    const g = fieldGraphFromRows(
      [
        [7, 'é'],
        [3, 'b'],
        [5, 'Z'],
      ],
      [
        [7, 3, 1],
        [3, 5, 2],
        [3, 7, 3],
        [3, 7, 4],
      ],
    )!;
    assert.deepEqual(g.nodes, ['Z', 'b', 'é']);
    assert.deepEqual([...g.source], [1, 1, 1, 2]);
    assert.deepEqual([...g.target], [0, 2, 2, 1]);
    assert.deepEqual([...g.weight], [2, 3, 4, 1]);
    assert.equal(fieldGraphFromRows([], []), null);
  });
});
