/**
 * One classification tree (CART: Breiman, Friedman, Olshen, Stone 1984), grown on binned
 * features (bins.ts) as a random forest grows it: at each node a random subset of `mtry`
 * features is searched (Breiman 2001, "Random forests", Machine Learning 45), the split is the
 * one that most reduces the weighted Gini impurity, and the tree grows until its leaves are
 * pure or smaller than `minLeaf`.
 *
 * Missing values: each split learns where they go, as XGBoost's sparsity-aware split finding
 * does (Chen & Guestrin 2016, "XGBoost: a scalable tree boosting system", KDD, Alg. 3): the
 * rows with the feature missing are tried on the left and on the right and the better side is
 * kept; a split that saw no missing value sends them to its heavier child.
 *
 * Like scikit-learn, if none of the `mtry` features drawn can split the node, the others are
 * searched too before the node is made a leaf. Row weights are bootstrap counts.
 */
import type { Random } from '../random.js';
import { type Binning, MISSING_BIN } from './bins.js';

export interface TreeParams {
  /** Features searched at each node. */
  mtry: number;
  /** Smallest total weight of a child. */
  minLeaf: number;
  maxDepth: number;
}

/** A tree as flat arrays; node 0 is the root; feature −1 marks a leaf. */
export interface Tree {
  feature: Int32Array;
  /** Go left when x ≤ threshold. */
  threshold: Float64Array;
  /** 1: a missing value goes left. */
  missingLeft: Uint8Array;
  left: Int32Array;
  right: Int32Array;
  /** Weighted share of positives among the training rows that reached the node. */
  value: Float64Array;
}

/**
 * Grows a tree on the rows `rows` (their weights `w`, labels `y` 0/1) of binned features `b`
 * with `p` features. `rows` is reordered in place.
 */
export function growTree(b: Binning, p: number, y: Uint8Array, w: Float64Array, rows: Int32Array, params: TreeParams, rng: Random): Tree {
  const feature: number[] = [];
  const threshold: number[] = [];
  const missingLeft: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const histPos = new Float64Array(256);
  const histTot = new Float64Array(256);
  const order = new Int32Array(p);
  const codes = b.codes;

  const newNode = (v: number): number => {
    feature.push(-1);
    threshold.push(0);
    missingLeft.push(0);
    left.push(-1);
    right.push(-1);
    value.push(v);
    return value.length - 1;
  };

  let pos0 = 0;
  let tot0 = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    tot0 += w[r];
    pos0 += w[r] * y[r];
  }
  newNode(tot0 > 0 ? pos0 / tot0 : 0);
  // Stack of (node, start, end, depth, positive weight, total weight).
  const stack: number[][] = [[0, 0, rows.length, 0, pos0, tot0]];
  while (stack.length > 0) {
    const [node, start, end, depth, pos, tot] = stack.pop()!;
    if (pos === 0 || pos === tot || tot < 2 * params.minLeaf || depth >= params.maxDepth) continue;
    const neg = pos === tot ? 0 : tot - pos;
    const parentScore = (pos * pos + neg * neg) / tot;
    for (let f = 0; f < p; f++) order[f] = f;
    let best = parentScore + 1e-12 * tot;
    let bestF = -1;
    let bestBin = -1;
    let bestMissLeft = 0;
    let bestLP = 0;
    let bestLT = 0;
    for (let k = 0; k < p; k++) {
      if (k >= params.mtry && bestF >= 0) break;
      const j = k + Math.floor(rng.next() * (p - k));
      const f = order[j];
      order[j] = order[k];
      order[k] = f;
      const nb = b.bins[f];
      if (nb < 2) continue;
      histPos.fill(0, 0, nb);
      histTot.fill(0, 0, nb);
      histPos[MISSING_BIN] = 0;
      histTot[MISSING_BIN] = 0;
      for (let i = start; i < end; i++) {
        const r = rows[i];
        const c = codes[r * p + f];
        histPos[c] += w[r] * y[r];
        histTot[c] += w[r];
      }
      const mP = histPos[MISSING_BIN];
      const mT = histTot[MISSING_BIN];
      let lp = 0;
      let lt = 0;
      for (let bin = 0; bin < nb - 1; bin++) {
        lp += histPos[bin];
        lt += histTot[bin];
        if (histTot[bin] === 0) continue;
        const rp = pos - mP - lp;
        const rt = tot - mT - lt;
        // Missing values on the left, then on the right.
        for (let side = 0; side < 2; side++) {
          const LP = side === 0 ? lp + mP : lp;
          const LT = side === 0 ? lt + mT : lt;
          const RP = side === 0 ? rp : rp + mP;
          const RT = side === 0 ? rt : rt + mT;
          if (LT < params.minLeaf || RT < params.minLeaf) continue;
          const LN = LT - LP;
          const RN = RT - RP;
          const score = (LP * LP + LN * LN) / LT + (RP * RP + RN * RN) / RT;
          if (score > best) {
            best = score;
            bestF = f;
            bestBin = bin;
            bestMissLeft = mT > 0 ? (side === 0 ? 1 : 0) : LT >= RT ? 1 : 0;
            bestLP = LP;
            bestLT = LT;
          }
          if (mT === 0) break;
        }
      }
    }
    if (bestF < 0) continue;
    // Partition rows[start, end) into left then right.
    let i = start;
    let j = end - 1;
    while (i <= j) {
      const c = codes[rows[i] * p + bestF];
      const goLeft = c === MISSING_BIN ? bestMissLeft === 1 : c <= bestBin;
      if (goLeft) i++;
      else {
        const t = rows[i];
        rows[i] = rows[j];
        rows[j] = t;
        j--;
      }
    }
    const rP = pos - bestLP;
    const rT = tot - bestLT;
    const l = newNode(bestLP / bestLT);
    const r = newNode(rP / rT);
    feature[node] = bestF;
    threshold[node] = b.thresholds[bestF][bestBin];
    missingLeft[node] = bestMissLeft;
    left[node] = l;
    right[node] = r;
    stack.push([r, i, end, depth + 1, rP, rT]);
    stack.push([l, start, i, depth + 1, bestLP, bestLT]);
  }
  return {
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    missingLeft: Uint8Array.from(missingLeft),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    value: Float64Array.from(value),
  };
}
