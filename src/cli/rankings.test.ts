/**
 * End-to-end test of `eclaireur rankings aggregate`, in-process: the consensus of the field's
 * imported lists by each method, ties, lists of later years left out, JSON shape, exit code 2.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from '../adapters/storage/index.js';
import { decideQueuedMatch } from '../adapters/storage/match-review.js';
import { rankingsFromTable } from '../core/agreement/from-table.js';
import { cli } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-rankings-'));
const lists = join(dir, 'lists.csv');
writeFileSync(
  lists,
  [
    'candidate,name,kind,value,list,list_year,list_size',
    'ana,Ana Roy,external_rank,1,Top Québec,2024,',
    'ben,Ben Côté,external_rank,2,Top Québec,2024,',
    'cleo,Cléo Gagnon,external_rank,3,Top Québec,2024,',
    'ben,,external_rank,1,World 50,2024,50',
    'ana,,external_rank,2,World 50,2024,50',
    'cleo,,external_rank,1,Future list,2030,',
  ].join('\n'),
);

interface Out {
  asOf: string;
  method: string;
  lists: { name: string; size: number; entries: number }[];
  consensus: { position: number; rank: number; key: string; name: string; score: number; lists: number; pValue?: number }[];
}

describe('eclaireur rankings aggregate', () => {
  const db = join(dir, 'store.db');

  it('aggregates the lists known at the reference date, ties shared', async () => {
    assert.equal((await cli('init', '--db', db, '--topic', 'Lists')).code, 0);
    const none = await cli('rankings', 'aggregate', '--db', db);
    assert.equal(none.code, 2, 'no list yet');
    assert.equal((await cli('import', '--db', db, lists)).code, 0);
    const r = await cli('rankings', 'aggregate', '--db', db, '--method', 'borda', '--json', '--as-of', '2026-01-01');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as Out;
    assert.deepEqual(
      j.lists.map((l) => [l.name, l.size, l.entries]),
      [
        ['Top Québec (2024)', 3, 3],
        ['World 50 (2024)', 50, 2],
      ],
    );
    // Borda with list points m − p + 1: ana 3 + 49 = 52, ben 2 + 50 = 52, cléo 1.
    assert.deepEqual(
      j.consensus.map((e) => [e.key, e.rank, e.score, e.lists]),
      [
        ['ana', 1, 52, 2],
        ['ben', 1, 52, 2],
        ['cleo', 3, 1, 1],
      ],
    );
    assert.equal(j.consensus[2].name, 'Cléo Gagnon');
  });

  it('runs every method, RRA with p-values, and writes a file', async () => {
    for (const method of ['mc4', 'localKemeny', 'kemeny', 'rra']) {
      const r = await cli('rankings', 'aggregate', '--db', db, '--method', method, '--json', '--as-of', '2026-01-01');
      assert.equal(r.code, 0, `${method}: ${r.stderr}`);
      const j = JSON.parse(r.stdout) as Out;
      assert.equal(j.method, method);
      assert.deepEqual(j.consensus.map((e) => e.key).sort(), ['ana', 'ben', 'cleo']);
      assert.equal(j.consensus[2].key, 'cleo', `${method}: Cléo last`);
      if (method === 'rra') assert.ok(j.consensus.every((e) => typeof e.pValue === 'number'));
    }
    const file = join(dir, 'consensus.json');
    assert.equal((await cli('rankings', 'aggregate', '--db', db, '--out', file, '--as-of', '2026-01-01')).code, 0);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as Out).consensus.length, 3);
    const text = await cli('rankings', 'aggregate', '--db', db, '--lang', 'fr', '--as-of', '2031-01-01');
    assert.match(text.stdout, /consensus de 3 liste\(s\) sur 3 candidat\(s\) par borda/);
    assert.equal((await cli('rankings', 'aggregate', '--db', db, '--method', 'nope')).code, 2);
  });
});

describe('eclaireur rankings match', () => {
  const db = join(dir, 'match.db');
  const people = join(dir, 'people.csv');
  writeFileSync(
    people,
    [
      'candidate,name,kind,date,platform,handle',
      'marie-tremblay,Marie Tremblay,identity,,x,@mtremblay',
      'jean-gagnon,Jean Gagnon,post,2024-01-01,linkedin,',
      'sophie-roy,Sophie Roy,post,2024-01-01,linkedin,',
      'louis-roy,Louis Roy,post,2024-01-01,linkedin,',
    ].join('\n'),
  );
  const list = join(dir, 'top.csv');
  writeFileSync(
    list,
    [
      'rang,nom,compte',
      '1,M. Tremblay,@MTremblay', // identifier decides
      '2,"Gagnon, Jean",', // "Last, First" order
      '3,Roy,', // two Roys: doubtful
      '4,Pierre-Luc Bélanger,', // nobody
    ].join('\n'),
  );

  it('matches by identifier, then name, sends doubtful entries to review, and stores only the matches', async () => {
    assert.equal((await cli('init', '--db', db, '--topic', 'Match')).code, 0);
    assert.equal((await cli('import', '--db', db, people)).code, 0);
    const dry = await cli('rankings', 'match', list, '--db', db, '--list', 'Top B2B', '--year', '2025', '--json');
    assert.equal(dry.code, 0, dry.stderr);
    const j = JSON.parse(dry.stdout) as { counts: { match: number; review: number; noMatch: number }; stored: number | null; entries: { line: number; decision: string; candidate: { key: string } | null; reason: string }[] };
    assert.deepEqual(
      j.entries.map((e) => [e.line, e.decision, e.candidate?.key ?? null]),
      [
        [2, 'match', 'marie-tremblay'],
        [3, 'match', 'jean-gagnon'],
        [4, j.entries[2].decision, j.entries[2].candidate?.key ?? null],
        [5, 'no-match', null],
      ],
    );
    assert.equal(j.entries[0].reason, 'identifier');
    assert.notEqual(j.entries[2].decision, 'match', 'a bare "Roy" is not matched to one of two Roys');
    assert.equal(j.stored, null, 'nothing stored without --apply');
    const applied = await cli('rankings', 'match', list, '--db', db, '--list', 'Top B2B', '--year', '2025', '--apply');
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /stored 2 new rank\(s\)/);
    const agg = JSON.parse((await cli('rankings', 'aggregate', '--db', db, '--json', '--as-of', '2026-01-01')).stdout) as Out;
    assert.deepEqual(
      agg.consensus.map((e) => e.key),
      ['marie-tremblay', 'jean-gagnon'],
    );
    const again = await cli('rankings', 'match', list, '--db', db, '--list', 'Top B2B', '--year', '2025', '--apply');
    assert.match(again.stdout, /stored 0 new rank\(s\)/, 'applying twice changes nothing');
  });

  it('queues the doubtful entries, keeps the decision on each, and reuses it next time', async () => {
    const queue = JSON.parse((await cli('match', 'review', '--db', db, '--json')).stdout) as { id: number; name: string; proposed: string | null; alternatives: string[] }[];
    assert.equal(queue.length, 1, 'the bare "Roy" waits for a person');
    assert.equal(queue[0].name, 'Roy');
    assert.deepEqual([queue[0].proposed, ...queue[0].alternatives].sort(), ['louis-roy', 'sophie-roy']);
    const text = await cli('match', 'review', '--db', db);
    assert.match(text.stdout, /1 entr\(ies\) to review:\n\s+\d+  Top B2B \(2025\) #3  "Roy"/);
    assert.equal((await cli('match', 'review', '--db', db, '--accept', String(queue[0].id), '--candidate', 'nobody')).code, 2);
    const ok = await cli('match', 'review', '--db', db, '--accept', String(queue[0].id), '--candidate', 'sophie-roy');
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /is Sophie Roy \(sophie-roy\)/);
    assert.equal(JSON.parse((await cli('match', 'review', '--db', db, '--json')).stdout).length, 0);
    // Next year's list: the same "Roy" is decided already; the unknown person becomes a candidate.
    const next = join(dir, 'top-2026.csv');
    writeFileSync(next, ['rank,name', '1,Roy', '2,Pierre-Luc Bélanger', '3,Inconnu Total'].join('\n'));
    const r = await cli('rankings', 'match', next, '--db', db, '--list', 'Top B2B', '--year', '2026', '--apply', '--create', '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { queued: number; created: number; entries: { name: string; decision: string; decided: boolean; candidate: { key: string } | null }[] };
    assert.deepEqual(j.entries[0], { ...j.entries[0], decision: 'match', decided: true, candidate: { key: 'sophie-roy', name: 'Sophie Roy' } });
    assert.equal(j.created, 2);
    assert.equal(j.queued, 0);
    const agg = JSON.parse((await cli('rankings', 'aggregate', '--db', db, '--json', '--as-of', '2027-01-01')).stdout) as Out;
    assert.ok(agg.consensus.some((e) => e.key === 'pierre-luc-belanger'), 'the new candidate is ranked');
    // A rejection is kept too: "S. Roy" is doubtful; once rejected, it is not asked again.
    const third = join(dir, 'top-2027.csv');
    writeFileSync(third, ['rank,name', '1,S. Roy'].join('\n'));
    const q3 = JSON.parse((await cli('rankings', 'match', third, '--db', db, '--list', 'Top B2B', '--year', '2027', '--apply', '--json')).stdout) as { queued: number };
    assert.equal(q3.queued, 1);
    const id = (JSON.parse((await cli('match', 'review', '--db', db, '--json')).stdout) as { id: number }[])[0].id;
    assert.equal((await cli('match', 'review', '--db', db, '--reject', String(id))).code, 0);
    const again = JSON.parse((await cli('rankings', 'match', third, '--db', db, '--list', 'Top B2B', '--year', '2027', '--apply', '--json')).stdout) as { queued: number; entries: { decision: string; decided: boolean }[] };
    assert.deepEqual([again.queued, again.entries[0].decision, again.entries[0].decided], [0, 'no-match', true]);
    assert.equal((await cli('match', 'review', '--db', db, '--reject', '999')).code, 2, 'no such entry');
  });

  it('reads XLSX and JSON lists, ranks by a score when there is no rank, and warns of a person listed twice', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Liste');
    ws.addRow(['Nom', 'Score']);
    ws.addRow(['Jean Gagnon', 61.5]);
    ws.addRow(['Marie Tremblay', 87]);
    ws.addRow(['Gagnon, Jean', 12]);
    const xlsx = join(dir, 'klout.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const r = await cli('rankings', 'match', xlsx, '--db', db, '--list', 'Klout', '--year', '2013', '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { entries: { line: number; rank: number; candidate: { key: string } | null }[] };
    assert.deepEqual(
      j.entries.map((e) => [e.line, e.rank, e.candidate?.key]),
      [
        [2, 2, 'jean-gagnon'],
        [3, 1, 'marie-tremblay'],
        [4, 3, 'jean-gagnon'],
      ],
    );
    assert.match(r.stderr, /line 4 is the same candidate \(jean-gagnon\) as line 2/);
    const json = join(dir, 'list.json');
    writeFileSync(json, JSON.stringify([{ rank: 1, name: 'Marie Tremblay' }, { rank: 2, handle: '@mtremblay' }]));
    const jr = await cli('rankings', 'match', json, '--db', db, '--list', 'JSON list', '--apply', '--json');
    assert.equal(jr.code, 0, jr.stderr);
    assert.equal((JSON.parse(jr.stdout) as { stored: number }).stored, 1, 'one rank per person: the better');
    writeFileSync(json, JSON.stringify({ rank: 1 }));
    assert.equal((await cli('rankings', 'match', json, '--db', db, '--list', 'Bad')).code, 2);
  });

  it('stores a band’s end, so that its entries hold the whole band however few are candidates', async () => {
    const banded = join(dir, 'band50.csv');
    writeFileSync(banded, ['rank,name', '1,Marie Tremblay', '101–150,Jean Gagnon', '101-150,Sophie Roy'].join('\n'));
    const r = await cli('rankings', 'match', banded, '--db', db, '--list', 'Band of 50', '--year', '2024', '--apply');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /101–150  Jean Gagnon/);
    const store = await openStore({ db });
    try {
      const [field] = await store.listFields();
      const ranks = (await store.evidenceOf(field.id, 'jean-gagnon')).externalRanks.filter((e) => e.list === 'Band of 50');
      assert.deepEqual(
        ranks.map((e) => [e.rank, e.bandEnd, e.listSize]),
        [[101, 150, 150]],
      );
      // In the scorers' table: rank 101, band end 150 (mid-position 125.5, not 101.5).
      const input = await store.loadScoringInput(field.id);
      const lists = rankingsFromTable(input.table, Number.MAX_SAFE_INTEGER, (c) => input.candidates[c].key).find((l) => l.name === 'Band of 50 (2024)')!;
      assert.deepEqual(lists.entries.find((e) => e.item === 'jean-gagnon'), { item: 'jean-gagnon', best: 101, worst: 150 });
      // A doubtful entry of the band keeps its end through the review queue.
      const q = { entry: 'l roy|', list: 'Band of 50', year: 2024, size: null, rank: 101, bandEnd: 150, name: 'L. Roy', identifiers: [], proposed: 'louis-roy', score: 0.9, alternatives: [], file: null, line: null };
      assert.ok(await store.queueMatch(field.id, q));
      const queued = (await store.matchQueue(field.id)).find((x) => x.entry === 'l roy|')!;
      assert.equal(queued.bandEnd, 150);
      await decideQueuedMatch(store, field.id, queued.id, { kind: 'accept' });
      const louis = (await store.evidenceOf(field.id, 'louis-roy')).externalRanks.filter((e) => e.list === 'Band of 50');
      assert.deepEqual(louis.map((e) => [e.rank, e.bandEnd]), [[101, 150]]);
    } finally {
      await store.close();
    }
  });

  it('reads a band (2–3) as its first position and its end, and names the line of a bad rank, storing nothing', async () => {
    const banded = join(dir, 'banded.csv');
    writeFileSync(banded, ['rank,name', '1,Marie Tremblay', '2–3,Jean Gagnon', '2–3,Sophie Roy'].join('\n'));
    const ok = await cli('rankings', 'match', banded, '--db', db, '--list', 'Banded', '--apply', '--json');
    assert.equal(ok.code, 0, ok.stderr);
    const j = JSON.parse(ok.stdout) as { entries: { rank: number; band: number[] | null }[] };
    assert.deepEqual(
      j.entries.map((e) => [e.rank, e.band]),
      [
        [1, null],
        [2, [2, 3]],
        [2, [2, 3]],
      ],
    );
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, ['rank,name', '1,Marie Tremblay', 'top ten,Jean Gagnon', '3–2,Sophie Roy'].join('\n'));
    const before = (JSON.parse((await cli('rankings', 'aggregate', '--db', db, '--json', '--as-of', '2030-01-01')).stdout) as Out).lists.length;
    const r = await cli('rankings', 'match', bad, '--db', db, '--list', 'Bad ranks', '--apply');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.csv:3: rank "top ten"/);
    assert.match(r.stderr, /bad\.csv:4: rank "3–2"/);
    assert.equal((JSON.parse((await cli('rankings', 'aggregate', '--db', db, '--json', '--as-of', '2030-01-01')).stdout) as Out).lists.length, before);
    const tied = join(dir, 'tied.csv');
    writeFileSync(tied, ['rank,name', '1,Marie Tremblay', '1,Jean Gagnon'].join('\n'));
    assert.equal((await cli('rankings', 'match', tied, '--db', db, '--list', 'Tied')).code, 0, 'ties allowed by default');
    const strict = await cli('rankings', 'match', tied, '--db', db, '--list', 'Tied', '--no-ties');
    assert.equal(strict.code, 2);
    assert.match(strict.stderr, /tied\.csv:3: rank 1 is already held by line 2/);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'rank,name\n');
    const e = await cli('rankings', 'match', empty, '--db', db, '--list', 'Empty');
    assert.equal(e.code, 2);
    assert.match(e.stderr, /the list has no entry/);
  });
});
