/**
 * R-MAT (recursive matrix) edge generator with the Graph500 parameters, for the graph benchmark.
 *
 * Reference: D. Chakrabarti, Y. Zhan, C. Faloutsos, *R-MAT: A Recursive Model for Graph Mining*,
 * SDM 2004; Graph500 specification 3.0, §3 (Kronecker generator): each edge picks, level by
 * level, one quadrant of the 2^scale × 2^scale adjacency matrix with probabilities
 * A = 0.57, B = 0.19, C = 0.19, D = 0.05, and the vertex labels are then scrambled by a random
 * permutation (so that hubs are not the low ids). Self-loops and duplicate edges are kept, as
 * the generator's output is (the graph's build merges them: core/graph/csr.ts). Seeded sfc32
 * (core/random.ts): the same seed gives the same edges.
 *
 * Graph500 sets edges = 16 · 2^scale; here the edge count is given and scale = round(log2(m/16)).
 * Vertices that no edge touches are then removed and the others numbered in order of first
 * appearance (source, then target, edge by edge) — the numbering an edge-list file of these edges
 * gets when read (adapters/graph), so a file and the arrays give the same graph.
 */
import { Random } from '../src/core/random.js';

export const RMAT_GRAPH500 = Object.freeze({ a: 0.57, b: 0.19, c: 0.19, edgeFactor: 16 });

export interface RmatGraph {
  scale: number;
  nodeCount: number;
  source: Uint32Array;
  target: Uint32Array;
}

export function rmatScale(edges: number): number {
  return Math.max(1, Math.round(Math.log2(edges / RMAT_GRAPH500.edgeFactor)));
}

export function rmat(edges: number, seed: number, scale = rmatScale(edges)): RmatGraph {
  const { a, b, c } = RMAT_GRAPH500;
  const r = new Random(seed);
  const ab = a + b;
  const abc = a + b + c;
  const source = new Uint32Array(edges);
  const target = new Uint32Array(edges);
  for (let i = 0; i < edges; i++) {
    let u = 0;
    let v = 0;
    for (let bit = 1 << (scale - 1); bit > 0; bit >>>= 1) {
      const x = r.next();
      if (x < a) continue;
      if (x < ab) v |= bit;
      else if (x < abc) u |= bit;
      else {
        u |= bit;
        v |= bit;
      }
    }
    source[i] = u;
    target[i] = v;
  }
  // Scramble the labels (Fisher–Yates with the same generator), then number by first appearance.
  const size = 2 ** scale;
  const perm = new Uint32Array(size);
  for (let i = 0; i < size; i++) perm[i] = i;
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  const id = new Int32Array(size).fill(-1);
  let n = 0;
  for (let i = 0; i < edges; i++) {
    const u = perm[source[i]];
    let iu = id[u];
    if (iu < 0) iu = id[u] = n++;
    source[i] = iu;
    const v = perm[target[i]];
    let iv = id[v];
    if (iv < 0) iv = id[v] = n++;
    target[i] = iv;
  }
  return { scale, nodeCount: n, source, target };
}
