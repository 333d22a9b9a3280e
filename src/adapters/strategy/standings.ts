/**
 * What the field's data say about the influencers a strategy counts on (for the checker's
 * `influencer-standing` rule): for each candidate key, its rank in the field's latest saved
 * ranking run (the run with the highest id; `RankingResult.entries[].rank`, out of the run's
 * entries) and the fake-follower share of its latest audience audit: on each platform, the
 * most recent `audience` evidence that carries a fake share (issue 3's audit writes it there),
 * and across platforms their mean weighted by followers (the plain mean when no follower count
 * is known) — the share of the audited audience that is fake or inactive. A key that is not a
 * candidate of the field is left out of the map; a field with no candidate gives null (no data).
 */
import type { InfluencerStanding, Strategy } from '../../core/strategy/model.js';
import type { RankingResult } from '../../core/ranking/result.js';
import type { Store } from '../storage/index.js';

export async function influencerStandings(
  store: Store,
  fieldId: number,
  strategy: Strategy,
  /** Reads a run's entries (a server passes its cache of parsed runs; by default from the store). */
  runEntries: (runId: number) => Promise<Pick<RankingResult, 'entries'> | null> = async (id) => {
    const rec = await store.getRun(fieldId, id);
    return rec ? (JSON.parse(rec.result) as Pick<RankingResult, 'entries'>) : null;
  },
): Promise<Map<string, InfluencerStanding> | null> {
  const counts = await store.counts(fieldId);
  if (counts.candidates === 0) return null;
  const runs = await store.listRuns(fieldId);
  const ranks = new Map<string, number>();
  let of = 0;
  if (runs.length > 0) {
    const last = runs.reduce((a, b) => (b.id > a.id ? b : a));
    const result = await runEntries(last.id);
    if (result) {
      of = result.entries.length;
      for (const e of result.entries) ranks.set(e.candidateId, e.rank);
    }
  }
  const out = new Map<string, InfluencerStanding>();
  for (const inf of strategy.audiences.influencers) {
    const ev = await store.evidenceOf(fieldId, inf.candidateKey);
    if (!ev.candidate) continue;
    const latest = new Map<string, { date: string; share: number; followers: number }>();
    for (const e of ev.evidence) {
      if (e.kind !== 'audience' || e.fakeShare === null) continue;
      const platform = e.platform ?? '';
      const d = e.date ?? '';
      const seen = latest.get(platform);
      if (!seen || d >= seen.date) latest.set(platform, { date: d, share: e.fakeShare, followers: Math.max(0, e.value ?? 0) });
    }
    out.set(inf.candidateKey, { rank: ranks.get(inf.candidateKey) ?? null, of, fakeShare: audienceFakeShare([...latest.values()]) });
  }
  return out;
}

/** Follower-weighted mean of the platforms' fake shares (plain mean without follower counts); null for none. */
export function audienceFakeShare(platforms: readonly { share: number; followers: number }[]): number | null {
  if (platforms.length === 0) return null;
  const total = platforms.reduce((a, p) => a + p.followers, 0);
  if (total <= 0) return platforms.reduce((a, p) => a + p.share, 0) / platforms.length;
  return platforms.reduce((a, p) => a + p.share * p.followers, 0) / total;
}
