/**
 * Tests of the demonstration workspace generator: determinism, size and shape of the field,
 * coverage of every kind and index (with gaps), validity of dates, shares and ranks, the
 * history that makes the 2025 and 2026 rankings differ, and that everything is fictional.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf } from '../../core/dates.js';
import { INDEX_KEYS, type EvidenceKindName, type ImportBatch } from '../../core/domain.js';
import { EVIDENCE_KINDS, KIND_BY_NAME } from '../../core/evidence/kinds.js';
import { DEMO_AS_OF, DEMO_DEFAULTS, DEMO_FIELD, DEMO_PREVIOUS_AS_OF, demoKindCounts, generateDemo } from './index.js';
import { AVOIDED_FULL_NAMES, ENGLISH_FIRST_NAMES, FRENCH_FIRST_NAMES } from './names.js';

const batch = generateDemo();
const AS_OF = dayOf(DEMO_AS_OF);
const PREVIOUS = dayOf(DEMO_PREVIOUS_AS_OF);

/** Kinds per candidate, counting identities and external ranks as their kinds. */
function kindsByCandidate(b: ImportBatch): Map<string, Set<EvidenceKindName>> {
  const m = new Map<string, Set<EvidenceKindName>>(b.candidates.map((c) => [c.key, new Set()]));
  for (const e of b.evidence) m.get(e.candidateKey)?.add(e.kind);
  for (const i of b.identities) m.get(i.candidateKey)?.add('identity');
  for (const r of b.externalRanks) m.get(r.candidateKey)?.add('external_rank');
  return m;
}

function assertIndexGaps(b: ImportBatch): void {
  const byCandidate = kindsByCandidate(b);
  for (const index of INDEX_KEYS) {
    let withEvidence = 0;
    for (const kinds of byCandidate.values()) if ([...kinds].some((k) => KIND_BY_NAME.get(k)!.index === index)) withEvidence++;
    assert.ok(withEvidence > 0, `${index}: no candidate has evidence`);
    assert.ok(withEvidence < b.candidates.length, `${index}: every candidate has evidence, so "missing" is never shown`);
  }
}

const isFictionalUrl = (u: string): boolean => {
  const host = new URL(u).hostname;
  return host.endsWith('.example') || host === 'example.org' || host.endsWith('.example.org');
};

test('the field and the dates', () => {
  assert.deepEqual(DEMO_FIELD, { topic: 'Marketing B2B au Québec', region: 'CA-QC', languages: ['fr', 'en'] });
  assert.equal(DEMO_AS_OF, '2026-11-27');
  assert.equal(DEMO_PREVIOUS_AS_OF, '2025-11-27');
});

test('deterministic: same seed gives a deep-equal batch, another seed differs', () => {
  assert.deepEqual(generateDemo(), batch);
  assert.deepEqual(generateDemo({ seed: 7 }), generateDemo({ seed: 7 }));
  const other = generateDemo({ seed: 7 });
  assert.notDeepEqual(other, batch);
  assert.notDeepEqual(
    other.candidates.map((c) => c.name),
    batch.candidates.map((c) => c.name),
  );
});

test('about 150 candidates, unique keys and names, French and English names (about 60/40)', () => {
  assert.equal(batch.candidates.length, DEMO_DEFAULTS.candidates);
  assert.equal(new Set(batch.candidates.map((c) => c.key)).size, batch.candidates.length);
  assert.equal(new Set(batch.candidates.map((c) => c.name)).size, batch.candidates.length);
  for (const c of batch.candidates) assert.match(c.key, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  const first = (name: string) => name.split(' ')[0];
  const french = batch.candidates.filter((c) => FRENCH_FIRST_NAMES.includes(first(c.name))).length;
  const english = batch.candidates.filter((c) => ENGLISH_FIRST_NAMES.includes(first(c.name))).length;
  assert.equal(french + english, batch.candidates.length);
  assert.ok(french / batch.candidates.length > 0.5 && french / batch.candidates.length < 0.7, `French share ${french}`);
  assert.ok(english > 0);
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const c of batch.candidates) assert.ok(!AVOIDED_FULL_NAMES.includes(fold(c.name)), `avoided name ${c.name}`);
  assert.equal(generateDemo({ candidates: 40 }).candidates.length, 40);
});

test('every kind of evidence is present, in a reasonable total', () => {
  const counts = demoKindCounts(batch);
  for (const k of EVIDENCE_KINDS) assert.ok(counts[k.name] > 0, `no ${k.name}`);
  const total = batch.evidence.length + batch.identities.length + batch.externalRanks.length;
  assert.ok(total >= 15_000 && total <= 40_000, `total rows ${total}`);
  // Profiles and external ranks have their own record types, not evidence items.
  assert.ok(!batch.evidence.some((e) => e.kind === 'identity' || e.kind === 'external_rank'));
});

test('every record belongs to a candidate, and origins run 1, 2, 3…', () => {
  const keys = new Set(batch.candidates.map((c) => c.key));
  for (const r of [...batch.identities, ...batch.evidence, ...batch.externalRanks]) assert.ok(keys.has(r.candidateKey), r.candidateKey);
  const origins = [...batch.candidates, ...batch.identities, ...batch.evidence, ...batch.externalRanks].map((r) => r.origin);
  origins.forEach((o, i) => assert.deepEqual(o, { file: 'demo', line: i + 1 }));
});

test('identities: 2 to 9 platforms per candidate, some verified, handle or URL', () => {
  const per = new Map<string, Set<string>>();
  for (const i of batch.identities) {
    assert.ok(i.handle !== null || i.url !== null);
    if (!per.has(i.candidateKey)) per.set(i.candidateKey, new Set());
    const set = per.get(i.candidateKey)!;
    assert.ok(!set.has(i.platform), `duplicate ${i.platform} for ${i.candidateKey}`);
    set.add(i.platform);
  }
  for (const [key, set] of per) assert.ok(set.size >= 2 && set.size <= 9, `${key}: ${set.size} platforms`);
  const verified = batch.identities.filter((i) => i.verified).length;
  assert.ok(verified > 0 && verified < batch.identities.length);
});

test('every index has candidates with evidence and candidates without', () => {
  assertIndexGaps(batch);
  assertIndexGaps(generateDemo({ seed: 3, candidates: 12 }));
});

test('required columns of each kind are filled', () => {
  for (const e of batch.evidence) {
    const spec = KIND_BY_NAME.get(e.kind)!;
    for (const col of spec.required) {
      const ok =
        col === 'date' ? e.date !== null
        : col === 'value' ? e.value !== null && Number.isFinite(e.value)
        : col === 'platform' ? e.platform !== null
        : col === 'peer' ? e.peer !== null
        : col === 'country' ? e.country !== null
        : col === 'url' || col === 'handle_or_url' ? e.sourceUrl !== null
        : true;
      assert.ok(ok, `${e.kind} at line ${e.origin?.line} lacks ${col}`);
    }
  }
});

test('dates are valid ISO, from 1996, never after the as-of date; dated evidence from 2005', () => {
  for (const e of batch.evidence) {
    if (e.date === null) continue;
    const d = dayOf(e.date);
    assert.ok(d <= AS_OF, `${e.kind} ${e.date} after ${DEMO_AS_OF}`);
    if (e.kind === 'first_activity') assert.ok(e.date >= '1996-01-01' && e.date <= '2024-12-31', e.date);
    else assert.ok(e.date >= '2005-01-01', `${e.kind} ${e.date}`);
  }
  assert.ok(batch.evidence.some((e) => e.date === null || e.date < '2010-01-01'));
  assert.ok(batch.evidence.some((e) => e.date !== null && e.date > '2026-06-01'));
});

test('shares within 0–1; audience countries sum to at most 1; fake shares on about 70 % of audiences', () => {
  const sums = new Map<string, number>();
  for (const e of batch.evidence) {
    if (e.kind === 'search_share' || e.kind === 'audience_country') assert.ok(e.value! >= 0 && e.value! <= 1, `${e.kind} ${e.value}`);
    if (e.kind === 'audience_country') sums.set(e.candidateKey, (sums.get(e.candidateKey) ?? 0) + e.value!);
    if (e.fakeShare !== null) assert.ok(e.fakeShare >= 0 && e.fakeShare <= 1);
    if (e.kind === 'audience') assert.ok(Number.isInteger(e.value) && e.value! > 0);
    if (e.kind === 'post') assert.ok(Number.isInteger(e.value) && e.value! >= 1);
  }
  for (const [k, s] of sums) assert.ok(s <= 1 + 1e-9, `${k}: audience shares sum to ${s}`);
  const audiences = batch.evidence.filter((e) => e.kind === 'audience');
  const known = audiences.filter((e) => e.fakeShare !== null).length / audiences.length;
  assert.ok(known > 0.55 && known < 0.85, `fake share known on ${known}`);
  assert.ok(audiences.some((e) => e.fakeShare !== null && e.fakeShare >= 0.4), 'no bought followers');
});

test('external rankings: two lists, ranks within list sizes and unique per list', () => {
  const lists = new Map<string, number[]>();
  for (const r of batch.externalRanks) {
    assert.ok(r.listSize !== null && r.rank >= 1 && r.rank <= r.listSize, `${r.list} rank ${r.rank}`);
    if (!lists.has(r.list)) lists.set(r.list, []);
    lists.get(r.list)!.push(r.rank);
    assert.equal(r.name, batch.candidates.find((c) => c.key === r.candidateKey)!.name);
  }
  assert.equal(lists.size, 2);
  for (const [list, ranks] of lists) assert.equal(new Set(ranks).size, ranks.length, `${list}: duplicate ranks`);
  const local = lists.get(DEMO_DEFAULTS.rankings.local.list)!;
  const global = lists.get(DEMO_DEFAULTS.rankings.global.list)!;
  assert.equal(local.length, 50);
  assert.deepEqual([...local].sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i + 1));
  assert.ok(global.length >= 3 && global.length <= 12, `global list has ${global.length} Québec entries`);
});

test('history: the 2025 and 2026 rankings see different evidence', () => {
  const firstDay = new Map<string, number>();
  const lastYear = new Map<string, [number, number]>();
  for (const e of batch.evidence) {
    if (e.date === null || KIND_BY_NAME.get(e.kind)!.index !== 'publishing') continue;
    const d = dayOf(e.date);
    firstDay.set(e.candidateKey, Math.min(firstDay.get(e.candidateKey) ?? Infinity, d));
  }
  for (const e of batch.evidence) {
    if (e.kind !== 'post') continue;
    const d = dayOf(e.date!);
    const [before, after] = lastYear.get(e.candidateKey) ?? [0, 0];
    if (d > PREVIOUS - 365 && d <= PREVIOUS) lastYear.set(e.candidateKey, [before + e.value!, after]);
    else if (d > PREVIOUS) lastYear.set(e.candidateKey, [before, after + e.value!]);
  }
  const startedPublishing = [...firstDay.values()].filter((d) => d > PREVIOUS).length;
  assert.ok(startedPublishing >= 3, `only ${startedPublishing} started publishing after ${DEMO_PREVIOUS_AS_OF}`);
  const rose = [...lastYear.values()].filter(([b, a]) => a > 2 * b + 5).length;
  const fell = [...lastYear.values()].filter(([b, a]) => b > 2 * a + 5).length;
  assert.ok(rose >= 3, `rose ${rose}`);
  assert.ok(fell >= 3, `fell ${fell}`);
});

test('stars: a few candidates gather many distinct peers', () => {
  const peers = new Map<string, Set<string>>();
  for (const e of batch.evidence) {
    if (e.kind !== 'peer_mention') continue;
    if (!peers.has(e.candidateKey)) peers.set(e.candidateKey, new Set());
    peers.get(e.candidateKey)!.add(e.peer!);
  }
  const sizes = [...peers.values()].map((s) => s.size).sort((a, b) => b - a);
  assert.ok(sizes[0] >= 100, `most distinct peers ${sizes[0]}`);
  assert.ok(sizes[Math.floor(sizes.length / 2)] < 40, `median distinct peers ${sizes[Math.floor(sizes.length / 2)]}`);
  const handles = new Set(batch.identities.map((i) => i.handle));
  assert.ok(batch.evidence.some((e) => e.kind === 'peer_mention' && handles.has(e.peer)), 'no peer is another candidate');
});

test('all fictional: every address under .example or example.org, and sources say so', () => {
  for (const e of batch.evidence) if (e.sourceUrl !== null) assert.ok(isFictionalUrl(e.sourceUrl), e.sourceUrl);
  for (const i of batch.identities) if (i.url !== null) assert.ok(isFictionalUrl(i.url), i.url);
  for (const r of batch.externalRanks) assert.ok(r.sourceUrl !== null && isFictionalUrl(r.sourceUrl), String(r.sourceUrl));
  assert.ok(batch.evidence.every((e) => e.sourceUrl !== null));
  assert.ok(batch.externalRanks.every((r) => /fictif|fictional/i.test(r.list)));
  assert.ok(batch.evidence.some((e) => /fictif|fictional|fictive|imaginaire/i.test(e.attributes.outlet ?? '')));
  assert.ok(batch.evidence.filter((e) => e.kind === 'first_activity').every((e) => /fictive|fictional/i.test(e.attributes.note ?? '')));
});

test('bad options are refused', () => {
  assert.throws(() => generateDemo({ candidates: 0 }), RangeError);
  assert.throws(() => generateDemo({ candidates: 1.5 }), RangeError);
  assert.throws(() => generateDemo({ seed: -1 }), RangeError);
  assert.equal(generateDemo({ candidates: 1 }).candidates.length, 1);
});
