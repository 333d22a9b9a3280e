import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FieldError, handlePart, jsonPlatform, parseDay, profileFromJson } from './profile-fields.js';

const day = (iso: string): number => Date.parse(iso) / 86_400_000;

test('dates: Twitter format, ISO 8601 with and without zone, Unix seconds; nonsense is null', () => {
  assert.equal(parseDay('Fri Apr 06 10:58:22 +0000 2007'), day('2007-04-06T10:58:22Z'));
  assert.equal(parseDay('Fri Apr 06 10:58:22 +0200 2007'), day('2007-04-06T08:58:22Z'));
  assert.equal(parseDay('2015-02-14 10:54:49'), day('2015-02-14T10:54:49Z'));
  assert.equal(parseDay('2023-05-01T12:00:00.000Z'), day('2023-05-01T12:00:00Z'));
  assert.equal(parseDay('2023-05-01T12:00:00-04:00'), day('2023-05-01T16:00:00Z'));
  assert.equal(parseDay('2023-05-01'), day('2023-05-01T00:00:00Z'));
  assert.equal(parseDay('1700000000'), 1700000000 / 86400);
  for (const bad of ['2023-02-30', 'yesterday', 'Fri Foo 06 10:58:22 +0000 2007', '']) assert.equal(parseDay(bad), null, bad);
});

test('handles: the account part, whatever the platform', () => {
  assert.equal(handlePart('@marie_tremblay'), 'marie_tremblay');
  assert.equal(handlePart('marie@mastodon.social'), 'marie');
  assert.equal(handlePart('marie.bsky.social'), 'marie');
});

test('a Bluesky profileViewDetailed maps to the neutral profile, Twitter-only fields missing', () => {
  const r = {
    did: 'did:plc:abc',
    handle: 'julie42.bsky.social',
    displayName: 'Julie Roy',
    description: 'Marketing B2B à Montréal',
    avatar: 'https://cdn.bsky.app/img/avatar/plain/did:plc:abc/x@jpeg',
    followersCount: 1200,
    followsCount: 340,
    postsCount: 5100,
    createdAt: '2023-04-28T17:12:00.000Z',
  };
  assert.equal(jsonPlatform(r), 'bluesky');
  const p = profileFromJson(r, day('2024-04-28'));
  assert.equal(p.followers, 1200);
  assert.equal(p.following, 340);
  assert.equal(p.posts, 5100);
  assert.equal(p.defaultPicture, false);
  assert.equal(p.hasBanner, false);
  assert.equal(p.bioLength, 24);
  assert.equal(p.nameLength, 9);
  assert.equal(p.handleLength, 7);
  assert.equal(p.handleDigits, 2);
  assert.equal(p.lists, null);
  assert.equal(p.likes, null);
  assert.equal(p.hasLocation, null);
});

test('a Mastodon Account: default avatar, HTML note, links in fields', () => {
  const r = {
    id: '1',
    username: 'bot2024',
    acct: 'bot2024@example.social',
    display_name: '',
    note: '<p>Hello <a href="https://x.y">x</a></p>',
    avatar: 'https://example.social/avatars/original/missing.png',
    header: 'https://example.social/headers/original/missing.png',
    followers_count: 2,
    following_count: 4800,
    statuses_count: 0,
    created_at: '2024-01-02T00:00:00.000Z',
    fields: [{ name: 'site', value: '<a href="https://spam.example">spam</a>' }],
  };
  assert.equal(jsonPlatform(r), 'mastodon');
  const p = profileFromJson(r, day('2024-02-01'));
  assert.equal(p.defaultPicture, true);
  assert.equal(p.hasBanner, false);
  assert.equal(p.bioLength, 'Hello x'.length);
  assert.equal(p.nameLength, 0);
  assert.equal(p.hasUrl, true);
  assert.equal(p.handleLength, 7);
  assert.equal(p.handleDigits, 4);
});

test('a Twitter API v2 user, and bad values as field errors', () => {
  const r = { username: 'acme', name: 'ACME', created_at: '2010-01-01T00:00:00Z', public_metrics: { followers_count: 10, following_count: 20, tweet_count: 30, listed_count: 1 } };
  const p = profileFromJson(r, day('2015-01-01'));
  assert.deepEqual([p.followers, p.following, p.posts, p.lists], [10, 20, 30, 1]);
  assert.throws(
    () => profileFromJson({ ...r, public_metrics: { ...r.public_metrics, followers_count: -3 } }, null),
    (e: unknown) => e instanceof FieldError && e.field === 'public_metrics.followers_count' && e.reason === 'negative',
  );
  assert.throws(
    () => profileFromJson({ ...r, created_at: '2016-01-01T00:00:00Z' }, day('2015-01-01')),
    (e: unknown) => e instanceof FieldError && e.reason === 'future',
  );
  assert.throws(() => profileFromJson({ foo: 1 }, null), (e: unknown) => e instanceof FieldError && e.reason === 'shape');
});

test('counts as people type them: grouped, French, with k; percentages and hexadecimal refused', async () => {
  const { csvSetter } = await import('./profile-fields.js');
  const { emptyProfile } = await import('../../core/audience/profile.js');
  const set = csvSetter('followers_count')!;
  const read = (v: string): number | null => {
    const p = emptyProfile();
    set(p, v, 'followers_count');
    return p.followers;
  };
  assert.equal(read('1234'), 1234);
  assert.equal(read('1 234'), 1234);
  assert.equal(read('1\u202f234'), 1234);
  assert.equal(read('12,5 k'), 12500);
  assert.equal(read('1,500'), 1500);
  assert.equal(read('1.500'), 1500);
  assert.equal(read('2M'), 2_000_000);
  assert.equal(read(''), null);
  for (const bad of ['0x10', '35 %', 'many', '1e400']) assert.throws(() => read(bad), (e: unknown) => e instanceof FieldError && e.reason === 'number', bad);
  assert.throws(() => read('-3'), (e: unknown) => e instanceof FieldError && e.reason === 'negative');
});
