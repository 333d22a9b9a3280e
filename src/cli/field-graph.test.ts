/**
 * End-to-end tests of the field graph in the store, in-process: `graph import` (one
 * transaction per file, idempotent, exit 2 with file:line and nothing written on a bad line),
 * index 1 reading the graph at the next `rank`, and `discover` (text and JSON, both languages).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from '../adapters/storage/index.js';
import { cli } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-field-graph-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

// Three candidates; @ana_r is Ana's handle. The outside account @hub is followed by all three.
const facts = file(
  'facts.csv',
  [
    'candidate,name,kind,date,platform,handle,peer',
    'ana,Ana Roy,identity,,x,@ana_r,',
    'ben,Ben Côté,identity,,x,@benc,',
    'cleo,Cléo Gagnon,post,2026-01-10,linkedin,,',
    'ben,,peer_mention,2026-01-05,x,,@somebody',
  ].join('\n'),
);
const edges = file('edges.csv', ['source,target,kind', '@benc,@ana_r,follow', 'cleo,@ana_r,mention', '@ana_r,@hub,follow', '@benc,@hub,follow', 'cleo,@hub,repost', '@hub,@ana_r,repost'].join('\n'));
const broken = file('broken.csv', ['source,target,weight', '@a,@b,1', '@b,@c,not-a-number'].join('\n'));

describe('eclaireur graph import, discover, and index 1', () => {
  const db = join(dir, 'store.db');

  it('imports an edge list once, and a second time changes nothing', async () => {
    assert.equal((await cli('init', '--db', db, '--topic', 'Graph test')).code, 0);
    assert.equal((await cli('import', '--db', db, facts)).code, 0);
    const before = await cli('rank', '--db', db, '--out', join(dir, 'before.json'), '--as-of', '2026-02-01');
    assert.equal(before.code, 0, before.stderr);
    const r = await cli('graph', 'import', '--db', db, edges);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /6 line\(s\) read; 4 new account\(s\), 6 new edge\(s\)/);
    const store = await openStore({ db });
    const snap = await store.snapshot();
    await store.close();
    const again = await cli('graph', 'import', '--db', db, edges);
    assert.match(again.stderr, /0 new account\(s\), 0 new edge\(s\), 0 weight\(s\) updated/);
    const store2 = await openStore({ db });
    assert.deepEqual(await store2.snapshot(), snap);
    await store2.close();

    // Index 1 now reads the graph: Ana, followed by two candidates and the hub, comes first.
    const after = await cli('rank', '--db', db, '--out', join(dir, 'after.json'), '--as-of', '2026-02-01');
    assert.equal(after.code, 0, after.stderr);
    const j = JSON.parse(readFileSync(join(dir, 'after.json'), 'utf8')) as { fingerprint: string; entries: { candidateId: string; indices: { key: string; score: number | null; evidence: number }[] }[] };
    const b = JSON.parse(readFileSync(join(dir, 'before.json'), 'utf8')) as { fingerprint: string };
    assert.notEqual(j.fingerprint, b.fingerprint, 'the graph is part of the inputs');
    const peer = (key: string) => j.entries.find((e) => e.candidateId === key)!.indices.find((i) => i.key === 'peer_recognition')!;
    assert.equal(peer('ana').evidence, 3);
    assert.ok(peer('ana').score! > peer('ben').score!, `ana ${peer('ana').score} > ben ${peer('ben').score}`);
    assert.equal(peer('cleo').score, null, 'no one points to Cléo');
  });

  it('discovers the account the candidates point to, with who points to it', async () => {
    const r = await cli('discover', '--db', db, '--json', '--as-of', '2026-02-01');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { accounts: { name: string; rank: number; candidates: number; pointedBy: { key: string }[] }[] };
    assert.equal(j.accounts[0].name, 'hub');
    assert.equal(j.accounts[0].candidates, 3);
    assert.deepEqual(j.accounts[0].pointedBy.map((p) => p.key).sort(), ['ana', 'ben', 'cleo']);
    assert.ok(!j.accounts.some((a) => a.name === 'ana_r' || a.name === 'benc'), 'candidates are not discovered');
    const fr = await cli('discover', '--db', db, '--lang', 'fr', '--as-of', '2026-02-01');
    assert.match(fr.stdout, /comptes qui ne sont pas candidats/);
    assert.match(fr.stdout, /hub/);
  });

  it('shows the communities, with their candidates and leading accounts', async () => {
    const r = await cli('graph', 'communities', '--db', db, '--json', '--as-of', '2026-02-01');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { modularity: number; count: number; communities: { rank: number; size: number; authority: number; candidates: { key: string }[]; leaders: string[] }[] };
    assert.ok(j.count >= 1);
    const members = j.communities.flatMap((c) => c.candidates.map((x) => x.key)).sort();
    assert.deepEqual(members, ['ana', 'ben', 'cleo'], 'every candidate of the graph is in one community');
    for (let i = 1; i < j.communities.length; i++) assert.ok(j.communities[i - 1].authority >= j.communities[i].authority);
    assert.ok(j.communities.some((c) => c.leaders.includes('hub')));
    const text = await cli('graph', 'communities', '--db', db, '--lang', 'fr', '--as-of', '2026-02-01');
    assert.match(text.stdout, /communautés \(Louvain, modularité/);
    assert.equal((await cli('graph', 'communities', '--db', db, '--resolution', '0')).code, 2);
  });

  it('exits with 2 and names the line of a bad edge list, writing nothing', async () => {
    const store = await openStore({ db });
    const snap = await store.snapshot();
    await store.close();
    const r = await cli('graph', 'import', '--db', db, broken);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\.csv:3/);
    const store2 = await openStore({ db });
    assert.deepEqual(await store2.snapshot(), snap);
    await store2.close();
  });
});
