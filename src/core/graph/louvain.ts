/**
 * Community detection by the Louvain method: the field's groups of accounts that interact more
 * among themselves than their degrees would predict.
 *
 * Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, *Fast unfolding of
 * communities in large networks*, J. Stat. Mech. (2008) P10008. It maximises the modularity of
 * ./modularity.ts (graph read as undirected, A_ij = w(i→j) + w(j→i), resolution γ):
 *  1. local moving: each node, in a seeded random order, moves to the neighbouring community
 *     with the largest modularity gain  ΔQ ∝ k_{i,c} − γ · tot_c · k_i / 2W  (it stays when no
 *     move gains; ties keep the current community, then the first found); passes repeat until a
 *     pass moves nothing or raises Q by less than the tolerance;
 *  2. aggregation: each community becomes a node, edge weights between communities summed (the
 *     internal weight becomes a self-loop), and 1–2 repeat until a level merges nothing.
 * Deterministic for a given seed (core/random.ts); `seed: null` visits nodes in id order.
 * Final community ids are numbered by their smallest node id. A node without edges stays alone.
 */
import { buildGraph, type Graph } from './csr.js';
import { modularityOfSymmetric, symmetrise } from './modularity.js';
import { Random } from '../random.js';

export interface LouvainOptions {
  /** γ: above 1 favours smaller communities, below 1 larger ones. */
  resolution: number;
  /** Seed of the node visiting order; null: node id order. */
  seed: number | null;
  /** A pass of local moving that raises modularity by less than this ends the level. */
  tolerance: number;
  maxLevels: number;
  maxPasses: number;
}

export const LOUVAIN_DEFAULTS: Readonly<LouvainOptions> = Object.freeze({
  resolution: 1,
  seed: 1,
  tolerance: 1e-7,
  maxLevels: 50,
  maxPasses: 100,
});

export interface LouvainResult {
  /** community[v]: the community of node v, 0..count−1, numbered by smallest member id. */
  community: Uint32Array;
  count: number;
  modularity: number;
  levels: number;
}

/** One level of local moving on a symmetric graph; returns each node's community (not renumbered). */
function localMoving(h: Graph, o: LouvainOptions, rng: Random | null): Int32Array {
  const n = h.nodeCount;
  const k = h.outStrength;
  const w = h.outWeights!;
  let twoW = 0;
  for (let i = 0; i < n; i++) twoW += k[i];
  const comm = new Int32Array(n);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    comm[i] = i;
    tot[i] = k[i];
  }
  if (twoW === 0) return comm;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (rng) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
  const neighW = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const gamma = o.resolution;
  let q = modularityOfSymmetric(h, comm, gamma);
  let visit = 0;
  for (let pass = 0; pass < o.maxPasses; pass++) {
    let moves = 0;
    for (let idx = 0; idx < n; idx++) {
      const i = order[idx];
      const ci = comm[i];
      const ki = k[i];
      visit++;
      let nt = 0;
      for (let p = h.outOffsets[i]; p < h.outOffsets[i + 1]; p++) {
        const j = h.outTargets[p];
        if (j === i) continue;
        const c = comm[j];
        if (stamp[c] !== visit) {
          stamp[c] = visit;
          neighW[c] = 0;
          touched[nt++] = c;
        }
        neighW[c] += w[p];
      }
      tot[ci] -= ki;
      const scale = (gamma * ki) / twoW;
      let best = ci;
      let bestGain = (stamp[ci] === visit ? neighW[ci] : 0) - tot[ci] * scale;
      for (let t = 0; t < nt; t++) {
        const c = touched[t];
        const gain = neighW[c] - tot[c] * scale;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      tot[best] += ki;
      if (best !== ci) {
        comm[i] = best;
        moves++;
      }
    }
    if (moves === 0) break;
    const q2 = modularityOfSymmetric(h, comm, gamma);
    const gained = q2 - q;
    q = q2;
    if (gained < o.tolerance) break;
  }
  return comm;
}

/** Renumbers community ids 0..C−1 in order of first appearance by node id; returns C. */
function renumber(comm: Int32Array | Uint32Array): number {
  const map = new Int32Array(comm.length).fill(-1);
  let c = 0;
  for (let i = 0; i < comm.length; i++) {
    const x = comm[i];
    if (map[x] < 0) map[x] = c++;
    comm[i] = map[x];
  }
  return c;
}

export function louvain(g: Graph, options: Partial<LouvainOptions> = {}): LouvainResult {
  const o: LouvainOptions = { ...LOUVAIN_DEFAULTS, ...options };
  if (!(o.resolution > 0)) throw new RangeError(`Louvain resolution must be > 0, got ${o.resolution}`);
  if (!(o.tolerance >= 0)) throw new RangeError(`Louvain tolerance must be ≥ 0, got ${o.tolerance}`);
  const n = g.nodeCount;
  const sym = symmetrise(g);
  const membership = new Uint32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  const rng = o.seed === null ? null : new Random(o.seed);
  let h = sym;
  let levels = 0;
  while (levels < o.maxLevels && h.nodeCount > 0) {
    const comm = localMoving(h, o, rng);
    const count = renumber(comm);
    if (count === h.nodeCount) break;
    levels++;
    for (let i = 0; i < n; i++) membership[i] = comm[membership[i]];
    // Aggregate: community graph with summed weights (symmetric already; internal weight → self-loop).
    const m = h.edgeCount;
    const src = new Uint32Array(m);
    const dst = new Uint32Array(m);
    for (let u = 0; u < h.nodeCount; u++) {
      for (let p = h.outOffsets[u]; p < h.outOffsets[u + 1]; p++) {
        src[p] = comm[u];
        dst[p] = comm[h.outTargets[p]];
      }
    }
    h = buildGraph({ nodeCount: count, source: src, target: dst, weight: h.outWeights! }, { duplicates: 'sum' });
  }
  const count = renumber(membership);
  return { community: membership, count, modularity: modularityOfSymmetric(sym, membership, o.resolution), levels };
}
