/**
 * Random forest of classification trees (Breiman 2001, "Random forests", Machine Learning
 * 45(1)): each tree grown on a bootstrap sample with `mtry` features searched per node
 * (√p by default, as Breiman and Cresci et al. 2015 use), the forest's probability is the mean
 * of the trees' leaf shares. Rows are bootstrapped by *unit*: the masked copies of a profile
 * (profile.ts) travel with it, so a profile's out-of-bag prediction — used to calibrate the
 * probabilities without a held-out set — never saw any copy of it.
 *
 * Explanations follow Saabas' tree interpreter ("Interpreting random forests", 2014): along a
 * profile's path, each split's change of the node share is credited to the split's feature;
 * the forest's contribution of a feature is the mean over trees, and bias + Σ contributions =
 * the forest's probability exactly.
 */
import { Random } from '../random.js';
import { binFeatures } from './bins.js';
import { growTree, type Tree } from './tree.js';

export interface ForestParams {
  trees: number;
  /** Features searched per node; null = ⌊√p⌋. */
  mtry: number | null;
  minLeaf: number;
  maxDepth: number;
  seed: number;
}

/** All the trees' nodes in the flat arrays of one tree (tree.ts); child indices are absolute. */
export interface Forest extends Tree {
  features: number;
  /** The root node of each tree. */
  roots: Int32Array;
}

export interface TrainedForest {
  forest: Forest;
  /** Out-of-bag probability of each training row (NaN: in every tree's bag). */
  oob: Float64Array;
}

/**
 * Trains on the row-major matrix X (rows × p, NaN = missing) with labels y (1 = positive).
 * `unit[r]` groups rows bootstrapped together (default: each row its own unit).
 */
export function trainForest(X: Float64Array, y: Uint8Array, p: number, params: ForestParams, unit?: Int32Array): TrainedForest {
  const rows = y.length;
  if (X.length !== rows * p) throw new RangeError(`feature matrix has ${X.length} values, expected ${rows} rows × ${p}`);
  if (rows === 0) throw new RangeError('no training row');
  const units = unit ?? Int32Array.from({ length: rows }, (_, i) => i);
  let nUnits = 0;
  for (let r = 0; r < rows; r++) nUnits = Math.max(nUnits, units[r] + 1);
  const binned = binFeatures(X, rows, p);
  const mtry = params.mtry ?? Math.max(1, Math.floor(Math.sqrt(p)));
  const rng = new Random(params.seed);
  const counts = new Float64Array(nUnits);
  const w = new Float64Array(rows);
  const inBag = new Int32Array(rows);
  const oobSum = new Float64Array(rows);
  const oobN = new Int32Array(rows);
  const trees: Tree[] = [];
  for (let t = 0; t < params.trees; t++) {
    counts.fill(0);
    for (let k = 0; k < nUnits; k++) counts[Math.floor(rng.next() * nUnits)]++;
    let m = 0;
    for (let r = 0; r < rows; r++) {
      w[r] = counts[units[r]];
      if (w[r] > 0) inBag[m++] = r;
    }
    const tree = growTree(binned, p, y, w, inBag.slice(0, m), { mtry, minLeaf: params.minLeaf, maxDepth: params.maxDepth }, new Random(rng.nextUint32()));
    trees.push(tree);
    for (let r = 0; r < rows; r++) {
      if (w[r] > 0) continue;
      oobSum[r] += leafValue(tree, X, r * p);
      oobN[r]++;
    }
  }
  const oob = new Float64Array(rows);
  for (let r = 0; r < rows; r++) oob[r] = oobN[r] > 0 ? oobSum[r] / oobN[r] : NaN;
  return { forest: flatten(trees, p), oob };
}

function leafValue(t: Tree, X: Float64Array, off: number): number {
  let n = 0;
  while (t.feature[n] >= 0) {
    const v = X[off + t.feature[n]];
    n = v !== v ? (t.missingLeft[n] ? t.left[n] : t.right[n]) : v <= t.threshold[n] ? t.left[n] : t.right[n];
  }
  return t.value[n];
}

function flatten(trees: Tree[], p: number): Forest {
  const total = trees.reduce((s, t) => s + t.value.length, 0);
  const f: Forest = {
    features: p,
    roots: new Int32Array(trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    missingLeft: new Uint8Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    value: new Float64Array(total),
  };
  let o = 0;
  trees.forEach((t, i) => {
    f.roots[i] = o;
    const n = t.value.length;
    f.feature.set(t.feature, o);
    f.threshold.set(t.threshold, o);
    f.missingLeft.set(t.missingLeft, o);
    f.value.set(t.value, o);
    for (let k = 0; k < n; k++) {
      f.left[o + k] = t.left[k] < 0 ? -1 : t.left[k] + o;
      f.right[o + k] = t.right[k] < 0 ? -1 : t.right[k] + o;
    }
    o += n;
  });
  return f;
}

/** The forest's probability for rows [from, to) of X, written to out[from…to). */
export function predictForest(f: Forest, X: Float64Array | Float32Array, out: Float64Array, from = 0, to = out.length): Float64Array {
  const { roots, feature, threshold, missingLeft, left, right, value, features: p } = f;
  const T = roots.length;
  for (let i = from; i < to; i++) {
    const off = i * p;
    let s = 0;
    for (let t = 0; t < T; t++) {
      let n = roots[t];
      let j = feature[n];
      while (j >= 0) {
        const v = X[off + j];
        n = v <= threshold[n] ? left[n] : v > threshold[n] ? right[n] : missingLeft[n] ? left[n] : right[n];
        j = feature[n];
      }
      s += value[n];
    }
    out[i] = s / T;
  }
  return out;
}

/**
 * Saabas contributions of each feature to row `row`'s probability: out[j] for feature j;
 * returns the bias (the mean root share) so that bias + Σ out = the forest's probability.
 */
export function contributions(f: Forest, X: Float64Array | Float32Array, row: number, out: Float64Array): number {
  const { roots, feature, threshold, missingLeft, left, right, value, features: p } = f;
  out.fill(0);
  const T = roots.length;
  let bias = 0;
  const off = row * p;
  for (let t = 0; t < T; t++) {
    let n = roots[t];
    bias += value[n];
    while (feature[n] >= 0) {
      const j = feature[n];
      const v = X[off + j];
      const next = v <= threshold[n] ? left[n] : v > threshold[n] ? right[n] : missingLeft[n] ? left[n] : right[n];
      out[j] += value[next] - value[n];
      n = next;
    }
  }
  for (let j = 0; j < p; j++) out[j] /= T;
  return bias / T;
}

/** How many splits each feature makes across the forest (a plain importance, for the docs). */
export function splitCounts(f: Forest): Int32Array {
  const c = new Int32Array(f.features);
  for (let n = 0; n < f.feature.length; n++) if (f.feature[n] >= 0) c[f.feature[n]]++;
  return c;
}
