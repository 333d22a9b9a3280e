/**
 * Personalised PageRank seeded on a node set: the authority of each node *as seen from* the
 * seeds (the field's candidates), a topic-sensitive PageRank.
 *
 * Reference: T. H. Haveliwala, *Topic-Sensitive PageRank*, WWW 2002 — PageRank whose teleport
 * vector is uniform over the pages of a topic instead of over all pages. Here the topic is the
 * seed set S: p(v) = 1/|S| for v in S, 0 elsewhere (or proportional to given seed weights), and
 * the mass of dangling nodes also returns to the seeds (networkx's `pagerank` with
 * `personalization=` and no `dangling=` does the same). The iteration, its stopping rule and its
 * defaults are those of PageRank (./pagerank.ts, PAGERANK_DEFAULTS).
 */
import type { Graph } from './csr.js';
import { type PageRankOptions, type PageRankResult, PageRankError, pagerank } from './pagerank.js';

export type PersonalizedPageRankOptions = Omit<PageRankOptions, 'personalization'>;

/** The teleport vector of a seed set: 1/|S| on each distinct seed (or seed weights, normalised). */
export function seedVector(nodeCount: number, seeds: ArrayLike<number>, seedWeights?: ArrayLike<number>): Float64Array {
  if (seeds.length === 0) throw new PageRankError('personalised PageRank needs at least one seed node');
  if (seedWeights && seedWeights.length !== seeds.length) throw new PageRankError(`${seeds.length} seeds but ${seedWeights.length} seed weights`);
  const p = new Float64Array(nodeCount);
  for (let i = 0; i < seeds.length; i++) {
    const s = seeds[i];
    if (!(Number.isInteger(s) && s >= 0 && s < nodeCount)) throw new PageRankError(`seed ${i}: ${s} is not a node id in [0, ${nodeCount})`);
    const w = seedWeights ? seedWeights[i] : 1;
    if (!(w >= 0 && w < Infinity)) throw new PageRankError(`seed ${i} (node ${s}): weight ${w} is not a finite number ≥ 0`);
    // A seed listed twice counts once (unweighted) or with the larger of its weights.
    p[s] = Math.max(p[s], w);
  }
  return p;
}

/** Personalised PageRank with teleport to `seeds` (dense node ids). */
export function personalizedPagerank(
  g: Graph,
  seeds: ArrayLike<number>,
  options: Partial<PersonalizedPageRankOptions> = {},
  seedWeights?: ArrayLike<number>,
): PageRankResult {
  return pagerank(g, { ...options, personalization: seedVector(g.nodeCount, seeds, seedWeights) });
}
