import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { F, FEATURE_COUNT } from '../../core/audience/profile.js';
import { readProfileSample, SampleFileError } from './read-sample.js';

const dir = mkdtempSync(join(tmpdir(), 'eclaireur-sample-'));
const observedDay = Date.parse('2015-02-14') / 86_400_000;

test('a CSV in the data set’s columns: bad rows reported by line and column, and left out', async () => {
  const f = join(dir, 'followers.csv');
  writeFileSync(
    f,
    [
      'statuses_count,followers_count,friends_count,listed_count,created_at,default_profile_image,has_url,description_length,screen_name_length,screen_name_digits',
      '120,45,80,1,Fri Apr 06 10:58:22 +0000 2012,,1,40,8,0',
      'abc,45,80,1,Fri Apr 06 10:58:22 +0000 2012,,1,40,8,0',
      '3,-2,400,0,Fri Apr 06 10:58:22 +0000 2014,1,,0,12,4',
      '3,2,400,0,Fri Apr 06 10:58:22 +0000 2016,1,,0,12,4',
      '3,2,400,0,Tue Feb 30 10:58:22 +0000 2014,1,,0,12,4',
      '"5","10","2000","0","2014-12-01 00:00:00","1","","0","15","6"',
      '',
    ].join('\n'),
  );
  const s = await readProfileSample(f, { observedDay, lang: 'en' });
  assert.equal(s.rows, 6);
  assert.equal(s.usable, 2);
  assert.deepEqual(Array.from(s.lines), [2, 7]);
  assert.deepEqual(
    s.problems.map((p) => [p.line, p.column]),
    [
      [3, 'statuses_count'],
      [4, 'followers_count'],
      [5, 'created_at'],
      [6, 'created_at'],
    ],
  );
  assert.match(s.problems[0].message, /"abc" is not a number/);
  assert.match(s.problems[1].message, /negative/);
  assert.match(s.problems[2].message, /after the profile was observed/);
  assert.equal(s.X[F.followers], 45);
  assert.equal(s.X[F.has_url], 1);
  assert.equal(s.X[FEATURE_COUNT + F.has_url], 0, 'an empty flag cell is "no"');
  assert.ok(Number.isNaN(s.X[F.likes]), 'a column the file does not have is missing');
  assert.equal(s.X[FEATURE_COUNT + F.following_per_follower2], 2000 / 100);
  assert.match(s.sha256, /^[0-9a-f]{64}$/);
});

test('French messages, and a header with no profile column is an error naming the columns', async () => {
  const f = join(dir, 'bad.csv');
  writeFileSync(f, 'ville;pays\nQuébec;CA\n');
  await assert.rejects(readProfileSample(f, { observedDay, lang: 'fr' }), (e: unknown) => e instanceof SampleFileError && /aucune colonne de profil reconnue.*ville, pays/.test((e as Error).message));
  const g = join(dir, 'fr.csv');
  writeFileSync(g, 'followers;following;posts\n10;x;3\n');
  const s = await readProfileSample(g, { observedDay, lang: 'fr' });
  assert.equal(s.usable, 0);
  assert.match(s.problems[0].message, /« x »|"x" n’est pas un nombre/);
});

test('Bluesky getFollowers JSON and Mastodon JSON Lines', async () => {
  const b = join(dir, 'bsky.json');
  writeFileSync(
    b,
    JSON.stringify({
      followers: [
        { did: 'did:plc:1', handle: 'a.bsky.social', followersCount: 10, followsCount: 900, postsCount: 0, createdAt: '2024-11-01T00:00:00Z' },
        { did: 'did:plc:2', handle: 'b.bsky.social', followersCount: 'many', followsCount: 9, postsCount: 1, createdAt: '2024-11-01T00:00:00Z' },
      ],
    }),
  );
  const s = await readProfileSample(b, { observedDay: Date.parse('2024-12-01') / 86_400_000, lang: 'en' });
  assert.equal(s.platform, 'bluesky');
  assert.equal(s.usable, 1);
  assert.deepEqual(s.problems.map((p) => [p.line, p.column]), [[2, 'followersCount']]);
  assert.equal(s.X[F.age_days], 30);
  const m = join(dir, 'masto.jsonl');
  writeFileSync(m, '{"acct":"x","followers_count":1,"following_count":2,"statuses_count":3,"created_at":"2020-01-01T00:00:00Z"}\n\nnot json\n');
  const t = await readProfileSample(m, { observedDay: null, lang: 'en' });
  assert.equal(t.platform, 'mastodon');
  assert.equal(t.usable, 1);
  assert.deepEqual(t.problems.map((p) => p.line), [3]);
  assert.ok(Number.isNaN(t.X[F.age_days]), 'no observation date: the age is missing');
});

test('a profile observed after the latest possible day is left out, naming the column', async () => {
  const f = join(dir, 'future.csv');
  writeFileSync(f, 'followers,following,posts,created,observed\n10,20,30,2020-01-01,2031-05-01\n10,20,30,2020-01-01,2024-05-01\n');
  const s = await readProfileSample(f, { observedDay: null, lang: 'en', latestDay: Date.parse('2026-11-28') / 86_400_000 });
  assert.equal(s.usable, 1);
  assert.deepEqual(s.problems.map((p) => [p.line, p.column]), [[2, 'observed']]);
  assert.match(s.problems[0].message, /observed on 2031-05-01, a date still to come/);
});
