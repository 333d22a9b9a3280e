/**
 * Tests of the store, run twice: on SQLite (a temporary file) and on PostgreSQL when
 * TEST_DATABASE_URL is set (each test on a fresh schema; `.ci/postgres.sh` provides one). Without
 * it the PostgreSQL suites are reported as skipped, with the reason.
 */
import { migrationProvider } from './migrations/index.js';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, test } from 'node:test';
import pg from 'pg';
import type { EvidenceItem, ImportBatch } from '../../core/domain.js';
import { NO_DAY, dayOf } from '../../core/dates.js';
import { kindCode } from '../../core/evidence/kinds.js';
import type { EvidenceTable } from '../../core/evidence/table.js';
import { RANKING_DEFAULTS } from '../../core/ranking/config.js';
import { compareCodePoints } from './canonical.js';
import { NO_FIELD_MESSAGE, openStore, type Store } from './index.js';

const PG_URL = process.env.TEST_DATABASE_URL;
const PG_SKIP = PG_URL ? false : 'TEST_DATABASE_URL is not set (run `eval "$(bash .ci/postgres.sh | tail -1)"` to test on PostgreSQL)';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let admin: pg.Pool | null = null;
after(async () => {
  await admin?.end();
});

/** A fresh, empty database location; `open()` may be called several times on it. */
interface Target {
  open(): Promise<Store>;
  drop(): Promise<void>;
}

function sqliteTarget(): Target {
  const file = join(dir, `t-${randomBytes(6).toString('hex')}.db`);
  return {
    open: () => openStore({ db: file }),
    drop: async () => {
      for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    },
  };
}

function pgTarget(): Target {
  const schema = `t_${process.pid}_${randomBytes(6).toString('hex')}`;
  return {
    open: () => openStore({ databaseUrl: PG_URL!, pgSchema: schema }),
    drop: async () => {
      admin ??= new pg.Pool({ connectionString: PG_URL, max: 2 });
      await admin.query(`drop schema if exists ${schema} cascade`);
    },
  };
}

/** Runs `fn` with a store on a fresh target, then closes and drops it. */
async function withStore<T>(make: () => Target, fn: (store: Store, t: Target) => Promise<T>): Promise<T> {
  const t = make();
  const store = await t.open();
  try {
    return await fn(store, t);
  } finally {
    await store.close();
    await t.drop();
  }
}

function ev(candidateKey: string, kind: EvidenceItem['kind'], o: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    candidateKey,
    kind,
    date: null,
    value: null,
    platform: null,
    peer: null,
    country: null,
    language: null,
    fakeShare: null,
    sourceUrl: null,
    attributes: {},
    origin: { file: 'evidence.csv', line: 2 },
    ...o,
  };
}

/** A batch touching every table, with candidate keys that sort differently by code unit and code point. */
function sampleBatch(file = 'evidence.csv'): ImportBatch {
  const at = (line: number) => ({ file, line });
  return {
    candidates: [
      { key: 'zoe', name: 'Zoë Tremblay', origin: at(2) },
      { key: 'alice', name: 'Alice Gagnon', origin: at(3) },
      { key: 'Bob', name: 'Bob Roy', origin: at(4) },
      { key: 'éloi', name: 'Éloi Côté', origin: at(5) },
      { key: 'emoji-😀', name: 'Astral', origin: at(6) },
      { key: 'emoji-\uFFFD', name: 'BMP', origin: at(7) },
    ],
    identities: [
      { candidateKey: 'alice', platform: 'linkedin', handle: 'agagnon', url: null, verified: true, origin: at(8) },
      { candidateKey: 'alice', platform: 'bluesky', handle: null, url: 'https://bsky.app/profile/alice', verified: false, origin: at(9) },
      { candidateKey: 'zoe', platform: 'x', handle: 'zoe', url: null, verified: false, origin: at(10) },
    ],
    evidence: [
      ev('alice', 'post', { date: '2024-03-01', platform: 'linkedin', value: 2, origin: at(11) }),
      ev('alice', 'post', { date: '2024-01-15', platform: 'linkedin', value: 1, origin: at(12) }),
      ev('alice', 'audience', { platform: 'linkedin', value: 12000, fakeShare: 0.12, date: '2024-06-01', origin: at(13) }),
      ev('alice', 'peer_mention', { peer: '@zoe', platform: 'x', date: '2023-11-02', origin: at(14) }),
      ev('alice', 'website', { sourceUrl: 'https://alice.example', origin: at(15) }),
      ev('alice', 'blog_post', { date: '2024-02-02', attributes: { title: 'Le leadership éclairé', note: 'b' }, origin: at(16) }),
      // The same fact on another line: stored once.
      ev('alice', 'post', { date: '2024-03-01', platform: 'linkedin', value: 2, origin: at(17) }),
      ev('zoe', 'audience_country', { country: 'FR', value: 0.3, origin: at(18) }),
      ev('zoe', 'audience_country', { country: 'CA', value: 0.7, origin: at(19) }),
      ev('zoe', 'talk', { date: '2022-05-05', country: 'FR', language: 'fr', origin: at(20) }),
      ev('Bob', 'first_activity', { date: '2001-09-01', origin: at(21) }),
      // Equal but for the fake share: ordered by it (value2) in the table.
      ev('Bob', 'audience', { platform: 'x', value: 500, fakeShare: 0.4, date: '2024-06-01', origin: at(21) }),
      ev('Bob', 'audience', { platform: 'x', value: 500, fakeShare: 0.1, date: '2024-06-01', origin: at(21) }),
      ev('éloi', 'media_mention', { date: '2024-04-04', language: 'en', sourceUrl: 'https://news.example/a', origin: at(22) }),
      ev('emoji-😀', 'post', { date: '2024-01-01', platform: 'mastodon', origin: at(23) }),
      ev('emoji-\uFFFD', 'post', { date: '2024-01-01', platform: 'mastodon', origin: at(24) }),
    ],
    externalRanks: [
      { list: 'Top Québec', year: 2023, rank: 3, listSize: 50, candidateKey: 'alice', name: 'Alice G.', sourceUrl: 'https://lists.example/qc', origin: at(25) },
      { list: 'Top Québec', year: 2023, rank: 7, listSize: null, candidateKey: 'zoe', name: 'Zoé T.', sourceUrl: null, origin: at(26) },
      { list: 'Undated list', year: null, rank: 12, listSize: null, candidateKey: 'zoe', name: 'Zoe', sourceUrl: null, origin: at(27) },
    ],
  };
}

const SAMPLE_COUNTS = { candidates: 6, identities: 3, evidence: 15, externalRanks: 3 };

async function newField(store: Store, topic = 'Marketing B2B') {
  const ws = await store.ensureWorkspace('test');
  return store.createField({ workspaceId: ws.id, topic, region: 'CA-QC', languages: ['fr', 'en'] });
}

function shuffled<T>(a: T[], seed: number): T[] {
  const b = [...a];
  let s = seed;
  for (let i = b.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}

function plainTable(t: EvidenceTable): Record<string, unknown> {
  return {
    candidateCount: t.candidateCount,
    rows: t.rows,
    offsets: Array.from(t.offsets),
    kind: Array.from(t.kind),
    day: Array.from(t.day),
    value: Array.from(t.value),
    value2: Array.from(t.value2),
    key: Array.from(t.key),
    country: Array.from(t.country),
    language: Array.from(t.language),
    strings: [...t.strings],
  };
}

/** A larger generated batch (deterministic), with duplicates and every column used. */
function generatedBatch(candidates: number, evidence: number): ImportBatch {
  const kinds: EvidenceItem['kind'][] = ['post', 'audience', 'peer_mention', 'blog_post', 'talk', 'audience_country', 'media_mention'];
  const b: ImportBatch = { candidates: [], identities: [], evidence: [], externalRanks: [] };
  for (let c = 0; c < candidates; c++) b.candidates.push({ key: `c${(c * 7919) % 100003}`, name: `Candidate ${c}`, origin: null });
  for (let i = 0; i < evidence; i++) {
    const c = b.candidates[(i * 31) % candidates].key;
    const kind = kinds[i % kinds.length];
    b.evidence.push(
      ev(c, kind, {
        date: i % 11 === 0 ? null : `20${10 + (i % 14)}-0${1 + (i % 9)}-${10 + (i % 19)}`,
        value: i % 5 === 0 ? null : (i % 97) / 4,
        platform: ['linkedin', 'x', 'bluesky', null][i % 4],
        peer: kind === 'peer_mention' ? `@p${i % 13}` : null,
        country: ['CA', 'FR', null][i % 3],
        language: ['fr', 'en', null][i % 3],
        fakeShare: kind === 'audience' ? (i % 10) / 20 : null,
        origin: { file: 'gen.csv', line: i + 2 },
      }),
    );
  }
  for (let c = 0; c < candidates; c += 3) b.identities.push({ candidateKey: b.candidates[c].key, platform: 'linkedin', handle: `h${c}`, url: null, verified: c % 2 === 0, origin: null });
  for (let c = 0; c < candidates; c += 4) {
    b.externalRanks.push({ list: 'Gen list', year: 2024, rank: c / 4 + 1, listSize: null, candidateKey: b.candidates[c].key, name: b.candidates[c].name, sourceUrl: null, origin: null });
  }
  return b;
}

const targets: { name: string; make: () => Target; skip: string | false }[] = [
  { name: 'SQLite', make: sqliteTarget, skip: false },
  { name: 'PostgreSQL', make: pgTarget, skip: PG_SKIP },
];

for (const { name, make, skip } of targets) {
  // Skipped per test (not per suite) so the runner's summary counts every skipped test.
  const it = (title: string, fn: () => Promise<void>) => test(title, { skip }, fn);
  describe(`store on ${name}`, () => {
    it('runs its migrations once: opening twice changes nothing', async () => {
      const t = make();
      try {
        const a = await t.open();
        const f = await newField(a);
        await a.applyImport(f.id, sampleBatch(), 'evidence.csv');
        const before = await a.snapshot();
        await a.close();
        const b = await t.open();
        try {
          assert.deepEqual(await b.snapshot(), before);
          const migrations = (await b.db.selectFrom('kysely_migration' as never).selectAll().execute()) as { name: string }[];
          const all = Object.keys(await migrationProvider(b.dialect).getMigrations());
          assert.ok(all.length >= 6 && all[0] === '0001_initial');
          assert.deepEqual(
            migrations.map((m) => m.name),
            all,
          );
        } finally {
          await b.close();
        }
      } finally {
        await t.drop();
      }
    });

    it('keeps workspaces and fields, and says when there is no field', async () => {
      await withStore(make, async (store) => {
        await assert.rejects(store.defaultField(), { message: NO_FIELD_MESSAGE });
        const ws = await store.ensureWorkspace('Agence');
        assert.deepEqual(await store.ensureWorkspace('Agence'), ws);
        const f = await store.createField({ workspaceId: ws.id, topic: 'Cybersécurité', region: null, languages: ['fr'] });
        await assert.rejects(store.createField({ workspaceId: ws.id, topic: 'Cybersécurité', region: null, languages: [] }), /already has a field/);
        const g = await store.createField({ workspaceId: ws.id, topic: 'IA', region: 'CA-QC', languages: ['fr', 'en'] });
        assert.deepEqual(await store.getField(f.id), f);
        assert.deepEqual(await store.findField('IA'), g);
        assert.equal(await store.findField('nope'), null);
        assert.equal(await store.getField(9999), null);
        assert.deepEqual(await store.listFields(), [f, g]);
        assert.deepEqual(await store.defaultField(), f);
      });
    });

    it('imports a batch and counts the new rows', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        assert.deepEqual(await store.applyImport(f.id, sampleBatch(), 'evidence.csv'), SAMPLE_COUNTS);
        assert.deepEqual(await store.counts(f.id), {
          candidates: 6,
          identities: 3,
          evidence: 15,
          externalRankings: 2,
          externalRankEntries: 3,
          runs: 0,
          imports: 1,
        });
        const snap = await store.snapshot();
        const lists = snap.external_rankings.map((r) => [r.name, r.year, r.size, r.source_url]);
        assert.deepEqual(lists, [
          ['Top Québec', 2023, 50, 'https://lists.example/qc'],
          ['Undated list', null, 12, null],
        ]);
        assert.deepEqual(
          snap.imports.map((r) => [r.file, r.rows, r.inserted]),
          [['evidence.csv', 28, 27]],
        );
      });
    });

    it('is idempotent: the same batch (or the same facts from another file) adds nothing', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        await store.applyImport(f.id, sampleBatch(), 'evidence.csv');
        const before = await store.snapshot();
        const zero = { candidates: 0, identities: 0, evidence: 0, externalRanks: 0 };
        assert.deepEqual(await store.applyImport(f.id, sampleBatch(), 'evidence.csv'), zero);
        assert.deepEqual(await store.applyImport(f.id, sampleBatch('copy.csv'), 'copy.csv'), zero);
        const after = await store.snapshot();
        // Nothing changed, not even the import log: an import that adds nothing leaves no trace.
        assert.deepEqual(after, before);
        assert.deepEqual(
          after.imports.map((r) => [r.file, r.inserted]),
          [['evidence.csv', 27]],
        );
        // The first origin is kept.
        assert.deepEqual(after.sources, [{ file: 'evidence.csv', id: 1 }]);
        assert.ok(after.evidence.every((r) => r.source_id === 1), 'first origin kept');
      });
    });

    it('updates a renamed candidate and adds only what is new', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        await store.applyImport(f.id, sampleBatch(), 'a.csv');
        const next: ImportBatch = {
          candidates: [{ key: 'alice', name: 'Alice Gagnon-Roy', origin: null }],
          identities: [{ candidateKey: 'zoe', platform: 'x', handle: 'zoe', url: null, verified: true, origin: null }],
          evidence: [ev('alice', 'post', { date: '2024-03-01', platform: 'linkedin', value: 3 }), ev('Bob', 'book', { date: '2020-01-01' })],
          externalRanks: [{ list: 'Top Québec', year: 2023, rank: 60, listSize: null, candidateKey: 'Bob', name: 'Bob', sourceUrl: null, origin: null }],
        };
        assert.deepEqual(await store.applyImport(f.id, next, 'b.csv'), { candidates: 0, identities: 0, evidence: 2, externalRanks: 1 });
        const snap = await store.snapshot();
        assert.equal(snap.candidates.find((c) => c.key === 'alice')!.name, 'Alice Gagnon-Roy');
        // A verified identity upgrades the stored one; the list grows to its largest rank.
        const zoe = await store.evidenceOf(f.id, 'zoe');
        assert.equal(zoe.identities[0].verified, true);
        assert.equal(snap.external_rankings.find((r) => r.name === 'Top Québec')!.size, 60);
      });
    });

    it('stores an identity given twice in a batch once, verified if either says so', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        const batch: ImportBatch = {
          candidates: [{ key: 'a', name: 'A', origin: null }],
          identities: [
            { candidateKey: 'a', platform: 'x', handle: 'a', url: null, verified: false, origin: { file: 'ids.csv', line: 2 } },
            { candidateKey: 'a', platform: 'x', handle: 'a', url: null, verified: true, origin: { file: 'ids.csv', line: 3 } },
            { candidateKey: 'a', platform: 'x', handle: null, url: 'https://x.example/a', verified: false, origin: { file: 'ids.csv', line: 4 } },
          ],
          evidence: [],
          externalRanks: [],
        };
        assert.deepEqual(await store.applyImport(f.id, batch, 'ids.csv'), { candidates: 1, identities: 2, evidence: 0, externalRanks: 0 });
        const e = await store.evidenceOf(f.id, 'a');
        assert.deepEqual(
          e.identities.map((i) => [i.handle, i.url, i.verified, i.origin?.line]),
          [
            [null, 'https://x.example/a', false, 4],
            ['a', null, true, 2],
          ],
        );
      });
    });

    it('upgrades an identity found verified in a later part of the same import, and one stored before', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        const id = (handle: string, verified: boolean, line: number) => ({ candidateKey: 'a', platform: 'x', handle, url: null, verified, origin: { file: 'ids.csv', line } });
        await store.importSession(f.id, 'old.csv', async (s) => {
          await s.addCandidates([{ key: 'a', name: 'A' }]);
          await s.addIdentities([id('old', false, 1)]);
        });
        const n = await store.importSession(f.id, 'ids.csv', async (s) => {
          await s.addCandidates([{ key: 'a', name: 'A' }]);
          await s.addIdentities([id('a', false, 2)]);
          await s.addIdentities([id('a', true, 3), id('old', true, 4)]);
        });
        assert.equal(n.identities, 1);
        const e = await store.evidenceOf(f.id, 'a');
        assert.deepEqual(
          e.identities.map((i) => [i.handle, i.verified]).sort(),
          [
            ['a', true],
            ['old', true],
          ],
        );
      });
    });

    it('takes identities and external ranks of candidates already stored, without the candidates', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        await store.applyImport(f.id, { candidates: [{ key: 'a', name: 'A', origin: null }], identities: [], evidence: [], externalRanks: [] }, 'c.csv');
        const n = await store.applyImport(
          f.id,
          {
            candidates: [],
            identities: [{ candidateKey: 'a', platform: 'x', handle: '@a', url: null, verified: false, origin: null }],
            evidence: [],
            externalRanks: [{ candidateKey: 'a', name: 'A', list: 'Top', year: 2024, rank: 3, listSize: 10, sourceUrl: null, origin: null }],
          },
          'lists.csv',
        );
        assert.deepEqual(n, { candidates: 0, identities: 1, evidence: 0, externalRanks: 1 });
      });
    });

    it('rolls back a failed import entirely', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        await store.applyImport(f.id, sampleBatch(), 'a.csv');
        const before = await store.snapshot();

        // A reference to a candidate that is nowhere, after new candidates and identities were written.
        const ghost = generatedBatch(20, 200);
        ghost.evidence.push(ev('ghost', 'talk', { date: '2024-01-01', origin: { file: 'bad.csv', line: 99 } }));
        await assert.rejects(store.applyImport(f.id, ghost, 'bad.csv'), /evidence .*\(bad\.csv:99\) refers to candidate "ghost", which is neither in this import's candidates nor in field/);
        assert.deepEqual(await store.snapshot(), before);

        // A failure in the middle of the bulk evidence insert, after rows were written.
        const midway = generatedBatch(20, 12000);
        Object.defineProperty(midway.evidence[9000], 'sourceUrl', {
          get() {
            throw new Error('injected failure');
          },
        });
        await assert.rejects(store.applyImport(f.id, midway, 'mid.csv'), /injected failure/);
        assert.deepEqual(await store.snapshot(), before);

        // An unknown identity candidate, and an invalid external rank.
        const badId = sampleBatch();
        badId.identities.push({ candidateKey: 'nobody', platform: 'x', handle: 'n', url: null, verified: false, origin: { file: 'ids.csv', line: 4 } });
        await assert.rejects(store.applyImport(f.id, badId, 'ids.csv'), /identity \(ids\.csv:4\) refers to candidate "nobody"/);
        const badRank = generatedBatch(8, 10);
        badRank.externalRanks.push({ list: 'L', year: null, rank: 0, listSize: null, candidateKey: 'c0', name: 'x', sourceUrl: null, origin: null });
        await assert.rejects(store.applyImport(f.id, badRank, 'r.csv'), /rank must be a whole number/);
        assert.deepEqual(await store.snapshot(), before);

        // The store still works afterwards.
        assert.deepEqual(await store.applyImport(f.id, generatedBatch(5, 10), 'ok.csv'), { candidates: 5, identities: 2, evidence: 10, externalRanks: 2 });
      });
    });

    it('loads the scoring input in canonical order, whatever the import order', async () => {
      const load = async (batch: ImportBatch) =>
        withStore(make, async (store) => {
          const f = await newField(store);
          await store.applyImport(f.id, batch, 'x.csv');
          return store.loadScoringInput(f.id);
        });
      const a = await load(sampleBatch());
      const s = sampleBatch();
      const b = await load({ candidates: shuffled(s.candidates, 1), identities: shuffled(s.identities, 2), evidence: shuffled(s.evidence, 3), externalRanks: shuffled(s.externalRanks, 4) });
      assert.deepEqual(a.field, { topic: 'Marketing B2B', region: 'CA-QC', languages: ['fr', 'en'] });
      const keys = a.candidates.map((c) => c.key);
      assert.deepEqual(keys, ['Bob', 'alice', 'emoji-\uFFFD', 'emoji-😀', 'zoe', 'éloi']);
      assert.deepEqual(keys, [...keys].sort(compareCodePoints));
      assert.deepEqual(plainTable(b.table), plainTable(a.table));
      assert.deepEqual(b.candidates, a.candidates);

      const t = a.table;
      assert.equal(t.rows, 15 + 3 + 3);
      const rowsOf = (key: string) => {
        const c = keys.indexOf(key);
        const out = [];
        for (let i = t.offsets[c]; i < t.offsets[c + 1]; i++) {
          const s2 = (x: number) => (x < 0 ? null : t.strings[x]);
          out.push([t.kind[i], t.day[i], t.value[i], t.value2[i], s2(t.key[i]), s2(t.country[i]), s2(t.language[i])]);
        }
        return out;
      };
      assert.deepEqual(rowsOf('alice'), [
        [kindCode('identity'), NO_DAY, 0, NaN, 'bluesky', null, null],
        [kindCode('identity'), NO_DAY, 1, NaN, 'linkedin', null, null],
        [kindCode('website'), NO_DAY, NaN, NaN, null, null, null],
        [kindCode('peer_mention'), dayOf('2023-11-02'), NaN, NaN, '@zoe', null, null],
        [kindCode('post'), dayOf('2024-01-15'), 1, NaN, 'linkedin', null, null],
        [kindCode('post'), dayOf('2024-03-01'), 2, NaN, 'linkedin', null, null],
        [kindCode('blog_post'), dayOf('2024-02-02'), NaN, NaN, null, null, null],
        [kindCode('audience'), dayOf('2024-06-01'), 12000, 0.12, 'linkedin', null, null],
        [kindCode('external_rank'), dayOf('2023-01-01'), 3, 50, 'Top Québec (2023)', null, null],
      ]);
      assert.deepEqual(rowsOf('Bob'), [
        [kindCode('first_activity'), dayOf('2001-09-01'), NaN, NaN, null, null, null],
        [kindCode('audience'), dayOf('2024-06-01'), 500, 0.1, 'x', null, null],
        [kindCode('audience'), dayOf('2024-06-01'), 500, 0.4, 'x', null, null],
      ]);
      assert.deepEqual(rowsOf('zoe'), [
        [kindCode('identity'), NO_DAY, 0, NaN, 'x', null, null],
        [kindCode('talk'), dayOf('2022-05-05'), NaN, NaN, null, 'FR', 'fr'],
        [kindCode('audience_country'), NO_DAY, 0.3, NaN, null, 'FR', null],
        [kindCode('audience_country'), NO_DAY, 0.7, NaN, null, 'CA', null],
        // A list of year Y is dated January 1 of Y; an undated list comes first.
        [kindCode('external_rank'), NO_DAY, 12, 12, 'Undated list', null, null],
        [kindCode('external_rank'), dayOf('2023-01-01'), 7, 50, 'Top Québec (2023)', null, null],
      ]);
    });

    it('lists one candidate’s evidence with its origins', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        await store.applyImport(f.id, sampleBatch(), 'evidence.csv');
        const e = await store.evidenceOf(f.id, 'alice');
        assert.equal(e.candidate?.name, 'Alice Gagnon');
        assert.deepEqual(
          e.evidence.map((x) => [x.kind, x.date, x.value, x.origin?.line]),
          [
            ['website', null, null, 15],
            ['peer_mention', '2023-11-02', null, 14],
            ['post', '2024-01-15', 1, 12],
            ['post', '2024-03-01', 2, 11],
            ['blog_post', '2024-02-02', null, 16],
            ['audience', '2024-06-01', 12000, 13],
          ],
        );
        const blog = e.evidence.find((x) => x.kind === 'blog_post')!;
        assert.deepEqual(blog.attributes, { note: 'b', title: 'Le leadership éclairé' });
        assert.deepEqual(blog.origin, { file: 'evidence.csv', line: 16 });
        assert.equal(e.evidence.find((x) => x.kind === 'audience')!.fakeShare, 0.12);
        assert.deepEqual(
          e.identities.map((i) => [i.platform, i.handle, i.url, i.verified]),
          [
            ['bluesky', null, 'https://bsky.app/profile/alice', false],
            ['linkedin', 'agagnon', null, true],
          ],
        );
        assert.deepEqual(e.externalRanks, [
          { list: 'Top Québec', year: 2023, rank: 3, listSize: 50, candidateKey: 'alice', name: 'Alice G.', sourceUrl: 'https://lists.example/qc', origin: { file: 'evidence.csv', line: 25 } },
        ]);
        assert.deepEqual(await store.evidenceOf(f.id, 'nobody'), { candidate: null, evidence: [], identities: [], externalRanks: [] });
      });
    });

    it('saves, replaces, gets and lists ranking runs', async () => {
      await withStore(make, async (store) => {
        const f = await newField(store);
        const g = await newField(store, 'Other');
        const config = { ...RANKING_DEFAULTS, asOf: '2024-06-30' };
        const a = await store.saveRun(f.id, '2024', { fingerprint: 'f1', config }, '{"v":1}');
        const b = await store.saveRun(f.id, 'second', { fingerprint: 'f2', config: { ...config, asOf: null } }, '{"v":2}');
        await store.saveRun(g.id, '2024', { fingerprint: 'g1', config }, '{"g":1}');
        const a2 = await store.saveRun(f.id, '2024', { fingerprint: 'f3', config }, '{"v":3}');
        assert.equal(a2.id, a.id);
        const runs = await store.listRuns(f.id);
        assert.deepEqual(
          runs.map((r) => [r.id, r.label, r.fingerprint, r.asOf]),
          [
            [a.id, '2024', 'f3', '2024-06-30'],
            [b.id, 'second', 'f2', null],
          ],
        );
        assert.ok(runs.every((r) => /^\d{4}-\d{2}-\d{2}T/.test(r.createdAt)), 'ISO timestamps');
        const got = await store.getRun(f.id, '2024');
        assert.equal(got?.result, '{"v":3}');
        assert.deepEqual(got?.config, config);
        assert.equal((await store.getRun(f.id, b.id))?.label, 'second');
        assert.equal((await store.getRun(f.id, String(b.id)))?.label, 'second');
        assert.equal((await store.getRun(g.id, b.id)), null);
        assert.equal(await store.getRun(f.id, 'missing'), null);
        // findRun: the same runs found the same ways, their summary only.
        assert.deepEqual(await store.findRun(f.id, '2024'), runs[0]);
        assert.deepEqual(await store.findRun(f.id, String(b.id)), runs[1]);
        assert.deepEqual(await store.findRun(f.id, b.id), runs[1]);
        assert.equal(await store.findRun(g.id, b.id), null);
        assert.equal(await store.findRun(f.id, 'missing'), null);
        assert.equal((await store.counts(f.id)).runs, 2);
      });
    });

    // Few items per candidate, then many (the import orders them by key only then).
    for (const [candidates, items] of [
      [1000, 30000],
      [50, 30000],
    ]) {
      it(`imports ${items} generated items of ${candidates} candidates, idempotently, and loads them back`, async () => {
        await withStore(make, async (store) => {
          const f = await newField(store);
          const batch = generatedBatch(candidates, items);
          const n = await store.applyImport(f.id, batch, 'gen.csv');
          assert.equal(n.candidates, candidates);
          const distinct = new Set(batch.evidence.map((e) => JSON.stringify({ ...e, origin: null }))).size;
          assert.equal(n.evidence, distinct);
          const again = { ...batch, evidence: shuffled(batch.evidence, 7) };
          assert.deepEqual(await store.applyImport(f.id, again, 'gen.csv'), { candidates: 0, identities: 0, evidence: 0, externalRanks: 0 });
          const input = await store.loadScoringInput(f.id);
          assert.equal(input.table.rows, distinct + n.identities + n.externalRanks);
          assert.equal((await store.counts(f.id)).evidence, distinct);
        });
      });
    }
  });
}

describe('SQLite and PostgreSQL load the same table', () => {
  it('builds identical evidence tables from the same imports', { skip: PG_SKIP }, async () => {
    const run = (make: () => Target) =>
      withStore(make, async (store) => {
        const f = await newField(store);
        // Burn some ids differently on each database (a rolled-back import), then import.
        const bad = generatedBatch(50, 100);
        bad.evidence.push(ev('ghost', 'talk'));
        await assert.rejects(store.applyImport(f.id, bad, 'bad.csv'));
        await store.applyImport(f.id, sampleBatch(), 'a.csv');
        await store.applyImport(f.id, generatedBatch(300, 20000), 'gen.csv');
        return store.loadScoringInput(f.id);
      });
    const a = await run(sqliteTarget);
    const b = await run(pgTarget);
    assert.deepEqual(b.candidates, a.candidates);
    assert.deepEqual(plainTable(b.table), plainTable(a.table));
  });
});
