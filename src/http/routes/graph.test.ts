/**
 * The field's graph over HTTP, against the core run on the same input (as `eclaireur discover`
 * and `eclaireur graph communities` do): authority of every account (paged, in order, adding up
 * to 1), the accounts that are not candidates, the communities; a field with no graph is a 422
 * problem, bad parameters a 400 naming them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { discover } from '../../core/graph/discover.js';
import { buildFieldGraph } from '../../core/graph/field-graph.js';
import { fieldCommunities } from '../../core/graph/field-communities.js';
import { resolveConfig } from '../../core/ranking/config.js';
import { resolveAsOf } from '../../core/ranking/score.js';
import { testServer, type TestServer } from '../test-support.js';

let t: TestServer;
let base: string;
before(async () => {
  t = await testServer();
  base = `/api/fields/${t.fieldId}/graph`;
});
after(async () => t.close());

async function coreGraph(asOf?: string) {
  const input = await t.store.loadScoringInput(t.fieldId);
  const config = resolveConfig(asOf ? { asOf } : {});
  const { asOfDay } = resolveAsOf(input, config);
  return { input, fg: buildFieldGraph(input, asOfDay, config.indices.peer_recognition.halfLifeDays) };
}

const get = async (url: string) => t.app.inject({ method: 'GET', url });

describe('the field’s graph', () => {
  it('pages every account by authority, candidates named by their key', async () => {
    const { input, fg } = await coreGraph();
    const first = (await get(`${base}/authority?limit=1000`)).json();
    const rest = (await get(`${base}/authority?limit=1000&offset=1000`)).json();
    const nodes = [...first.nodes.items, ...rest.nodes.items];
    assert.equal(first.nodes.total, fg.graph.nodeCount);
    assert.equal(nodes.length, fg.graph.nodeCount);
    assert.equal(first.edges, fg.graph.edgeCount);
    assert.equal(first.converged, true);
    assert.deepEqual(nodes.map((n) => n.rank), nodes.map((_, i) => i + 1));
    for (let i = 1; i < nodes.length; i++) assert.ok(nodes[i - 1].authority >= nodes[i].authority);
    assert.ok(Math.abs(nodes.reduce((s, n) => s + n.authority, 0) - 1) < 1e-9);
    const keys = new Set(input.candidates.map((c) => c.key));
    assert.equal(nodes.filter((n) => n.candidate !== null).length, input.candidates.length);
    assert.ok(nodes.every((n) => n.candidate === null || keys.has(n.candidate)));
  });

  it('lists the accounts that are not candidates as `eclaireur discover --json` does', async () => {
    const { input, fg } = await coreGraph('2026-06-30');
    const expected = discover(fg, { top: 7 });
    const r = (await get(`${base}/discover?top=7&asOf=2026-06-30`)).json();
    assert.equal(r.asOf, '2026-06-30');
    assert.deepEqual(
      r.accounts.map((a: { name: string; authority: number; candidates: number }) => [a.name, a.authority, a.candidates]),
      expected.map((d) => [d.name, d.authority, d.candidates]),
    );
    assert.deepEqual(r.accounts[0].pointedBy[0], { key: input.candidates[expected[0].pointedBy[0].candidate].key, name: input.candidates[expected[0].pointedBy[0].candidate].name, weight: expected[0].pointedBy[0].weight });
  });

  it('gives the communities as `eclaireur graph communities --json` does', async () => {
    const { input, fg } = await coreGraph();
    const expected = fieldCommunities(fg, { top: 3, resolution: 1.5, seed: 4 });
    const r = (await get(`${base}/communities?top=3&resolution=1.5&seed=4`)).json();
    assert.equal(r.modularity, expected.modularity);
    assert.equal(r.count, expected.count);
    assert.deepEqual(
      r.communities.map((c: { size: number; candidates: { key: string }[] }) => [c.size, c.candidates.map((x) => x.key)]),
      expected.communities.map((c) => [c.size, c.candidates.map((v) => input.candidates[v].key)]),
    );
  });

  it('gives what a page draws: the top accounts, the edges among them, communities as the list ranks them', async () => {
    const { input, fg } = await coreGraph();
    const r = (await get(`${base}?top=200`)).json();
    assert.equal(r.nodes.length, 200);
    assert.equal(r.totalNodes, fg.graph.nodeCount);
    const authority = (await get(`${base}/authority?limit=200`)).json();
    assert.deepEqual(r.nodes.map((n: { name: string }) => n.name), authority.nodes.items.map((n: { name: string }) => n.name));
    // Every edge between two drawn accounts of the whole graph, and no other.
    const index = new Map<string, number>(r.nodes.map((n: { name: string; id: number }) => [n.name, n.id]));
    const expected: string[] = [];
    for (let v = 0; v < fg.graph.nodeCount; v++) {
      for (let e = fg.graph.outOffsets[v]; e < fg.graph.outOffsets[v + 1]; e++) {
        const s = index.get(fg.names[v]);
        const t = index.get(fg.names[fg.graph.outTargets[e]]);
        if (s !== undefined && t !== undefined) expected.push(`${s}>${t}`);
      }
    }
    assert.ok(expected.length > 100);
    assert.deepEqual(r.edges.map(([s, t]: number[]) => `${s}>${t}`).sort(), expected.sort());
    const communities = (await get(`${base}/communities?top=3`)).json();
    for (const c of communities.communities) {
      for (const cand of c.candidates) {
        const node = r.nodes.find((n: { candidate: string | null }) => n.candidate === cand.key);
        if (node) assert.equal(node.community, c.rank);
      }
    }
    assert.ok(r.nodes.filter((n: { candidate: string | null }) => n.candidate !== null).length <= input.candidates.length);
  });

  it('a field with no graph is a 422; bad parameters a 400 naming them', async () => {
    const f = (await t.app.inject({ method: 'POST', url: '/api/fields', payload: { topic: 'Sans graphe' } })).json();
    const none = await get(`/api/fields/${f.id}/graph/discover`);
    assert.equal(none.statusCode, 422);
    assert.equal(none.json().type, 'urn:eclaireur:problem:no-data');
    const bad = await get(`${base}/communities?top=0&resolution=-1&asOf=2026-13-01`);
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { field: string }) => e.field).sort(), ['asOf', 'resolution', 'top']);
    assert.equal((await get('/api/fields/999/graph/authority')).statusCode, 404);
  });
});
