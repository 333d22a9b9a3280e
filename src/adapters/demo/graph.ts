/**
 * The demonstration workspace's interaction graph: who follows, mentions and reposts whom in
 * the fictional field, as an edge list the store imports like a file (`eclaireur graph
 * import`). Deterministic from the seed and the generated candidates.
 *
 * Its shape, so that the demo shows what the field graph is for:
 * - the candidates follow and mention one another, more often those the field already
 *   recognises (the candidates with the most peer mentions in the evidence: preferential
 *   attachment, Barabási & Albert 1999);
 * - a dozen clearly fictional accounts that are NOT candidates are followed and reposted by
 *   many candidates and by one another ("who are we missing?": `eclaireur discover`);
 * - a long tail of outside accounts follows a few candidates each, and is followed by no one.
 */
import type { ImportBatch } from '../../core/domain.js';
import { Random } from '../../core/random.js';
import type { EdgeListInput } from '../storage/index.js';

export const DEMO_GRAPH_DEFAULTS = Object.freeze({
  /** Fictional accounts outside the candidates that the field follows (the ones to discover). */
  missing: [
    '@veille_b2b_qc',
    '@labo_contenu_mtl',
    '@ia_marketing_quebec',
    '@revue_strategie_b2b',
    '@podcast_croissance',
    '@collectif_seo_qc',
    '@donnees_clients_ca',
    '@cercle_des_cmo',
    '@atelier_marque_employeur',
    '@observatoire_social_selling',
    '@b2b_growth_notes',
    '@demand_gen_digest',
  ],
  /** Candidates each candidate follows or mentions, on average. */
  peersPerCandidate: 8,
  /** Outside accounts in the long tail. */
  tail: 600,
  /** Candidates each tail account follows. */
  tailFollows: 3,
});

export function generateDemoGraph(batch: ImportBatch, seed: number): EdgeListInput {
  const D = DEMO_GRAPH_DEFAULTS;
  const rng = new Random((seed ^ 0x5eed6) >>> 0);
  // Each candidate's account: its first handle, else its key.
  const handle = new Map<string, string>();
  for (const id of batch.identities) if (id.handle && !handle.has(id.candidateKey)) handle.set(id.candidateKey, id.handle);
  const cands = batch.candidates.map((c) => handle.get(c.key) ?? c.key);
  // Recognition already in the evidence: distinct peers per candidate, + 1.
  const peers = new Map<string, Set<string>>();
  for (const e of batch.evidence) {
    if (e.kind !== 'peer_mention' || !e.peer) continue;
    let s = peers.get(e.candidateKey);
    if (!s) peers.set(e.candidateKey, (s = new Set()));
    s.add(e.peer);
  }
  const pull = batch.candidates.map((c) => 1 + (peers.get(c.key)?.size ?? 0));
  const cumulative: number[] = [];
  let total = 0;
  for (const w of pull) cumulative.push((total += w));
  const pickCandidate = (): number => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const names: string[] = [];
  const id = new Map<string, number>();
  const node = (n: string): number => {
    let i = id.get(n);
    if (i === undefined) {
      i = names.length;
      names.push(n);
      id.set(n, i);
    }
    return i;
  };
  const kinds = ['follow', 'mention', 'repost'];
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const kind: number[] = [];
  const edge = (a: string, b: string, k: number, w: number): void => {
    if (a === b) return;
    source.push(node(a));
    target.push(node(b));
    kind.push(k);
    weight.push(w);
  };

  const N = cands.length;
  for (let c = 0; c < N; c++) {
    // Candidates follow and mention candidates the field recognises.
    const k = rng.int(Math.max(1, D.peersPerCandidate - 5), D.peersPerCandidate + 5);
    for (let j = 0; j < k; j++) {
      const to = pickCandidate();
      edge(cands[c], cands[to], rng.chance(0.6) ? 0 : 1, rng.chance(0.6) ? 1 : rng.int(2, 6));
    }
    // And the accounts to discover, a few each, the first ones most.
    const m = rng.int(0, 4);
    for (let j = 0; j < m; j++) {
      const pick = Math.floor(Math.pow(rng.next(), 1.8) * D.missing.length);
      edge(cands[c], D.missing[pick], rng.chance(0.5) ? 0 : 2, 1);
    }
  }
  // The accounts to discover repost one another and a few well-known candidates.
  for (let a = 0; a < D.missing.length; a++) {
    for (let j = 0; j < 3; j++) edge(D.missing[a], D.missing[rng.int(0, D.missing.length - 1)], 2, rng.int(1, 4));
    for (let j = 0; j < 2; j++) edge(D.missing[a], cands[pickCandidate()], 1, 1);
  }
  // The long tail follows candidates and nothing follows it.
  for (let t = 0; t < D.tail; t++) {
    const who = `@abonne_${String(t + 1).padStart(4, '0')}`;
    for (let j = 0; j < D.tailFollows; j++) edge(who, cands[pickCandidate()], 0, 1);
  }
  return { names, count: source.length, source, target, weight, kind, kinds };
}
