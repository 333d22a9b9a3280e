/**
 * Borda count over partial lists with ties.
 *
 * Computes, for each item, the sum over lists of the points its position earns; the consensus
 * orders items by total points, higher first. An item at interval [best, worst] sits at its
 * mid-position p = (best + worst)/2 (tied items share their positions' points equally, the
 * "averaged" Borda for ties). Points, for a list of size m over a universe of n items
 * (`AGREEMENT_DEFAULTS.borda.points`):
 *  - 'list': m − p + 1 (the plain Borda of partial lists: a list's last ranked item gets 1);
 *  - 'universe': n − p + 1 (each list's top gets n, whatever its length);
 *  - 'normalised': (m − p + 1)/m (each list contributes at most 1).
 * Unranked items (`unranked`): 'zero' — no points from that list (plain Borda); 'average' — the
 * list is completed by placing its unranked items tied at the bottom, positions m+1…n, each at
 * their mid-position (m+1+n)/2 — the usual completion of a partial list into a full one with
 * a bottom tie (only meaningful with 'universe' points, which stay positive below the list).
 *
 * References: J.-C. de Borda (1781), "Mémoire sur les élections au scrutin", Histoire de
 * l'Académie royale des sciences; C. Dwork, R. Kumar, M. Naor, D. Sivakumar (2001), "Rank
 * aggregation methods for the Web", WWW 2001.
 */
import { type Consensus, toConsensus } from './consensus.js';
import { AGREEMENT_DEFAULTS } from './defaults.js';
import type { PreparedRankings } from './rankings.js';

export interface BordaOptions {
  points: 'list' | 'universe' | 'normalised';
  unranked: 'zero' | 'average';
}

/** The Borda score of every item id (higher is better). */
export function bordaScores(p: PreparedRankings, options: Partial<BordaOptions> = {}): Float64Array {
  const o: BordaOptions = { ...AGREEMENT_DEFAULTS.borda, ...options };
  if (o.unranked === 'average' && o.points !== 'universe') {
    throw new RangeError(`Borda: unranked 'average' needs points 'universe' (points '${o.points}' would be negative below the list)`);
  }
  const n = p.items.length;
  const score = new Float64Array(n);
  const ranked = o.unranked === 'average' ? new Uint8Array(n) : null;
  for (const list of p.lists) {
    const m = list.size;
    const len = o.points === 'universe' ? n : m;
    const scale = o.points === 'normalised' ? 1 / m : 1;
    for (let e = 0; e < list.ids.length; e++) {
      const pos = (list.best[e] + list.worst[e]) / 2;
      score[list.ids[e]] += (len - pos + 1) * scale;
    }
    if (ranked) {
      ranked.fill(0);
      for (let e = 0; e < list.ids.length; e++) ranked[list.ids[e]] = 1;
      if (n > m) {
        const pts = n - (m + 1 + n) / 2 + 1;
        for (let i = 0; i < n; i++) if (!ranked[i]) score[i] += pts;
      }
    }
  }
  return score;
}

export function borda(p: PreparedRankings, options: Partial<BordaOptions> = {}): Consensus {
  const o: BordaOptions = { ...AGREEMENT_DEFAULTS.borda, ...options };
  return toConsensus(p, 'borda', `Borda points (${o.points} scale, unranked ${o.unranked}); higher is better`, bordaScores(p, o), true);
}
