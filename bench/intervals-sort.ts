/**
 * The study behind the per-draw order of the rank intervals (src/core/ranking/order.ts): how
 * to sort 10,000 positions by a draw's totals (descending, ties by position) a thousand times.
 * Run: node --import tsx --expose-gc bench/intervals-sort.ts
 *
 * Candidates compared, on the totals of real draws (Dirichlet weights, concentration 100, over
 * the scores of a generated cohort of 10,000):
 *  - V8's TypedArray sort with a comparator, starting from the previous draw's order (nearly
 *    sorted) or from the base order each time;
 *  - Array.prototype.sort (TimSort, adaptive to presorted runs) on a plain array;
 *  - insertion sort from the previous draw's order (cheap if the draws barely move anyone);
 *  - a bottom-up merge sort with the comparison written inline (no callback);
 *  - TotalOrder: a stable LSD radix sort of the totals' bits (what the core now uses).
 * Each prints ms per draw, with the cost of drawing the weights and summing the totals alone
 * ("no sort") to subtract, and a checksum that must be equal on every line.
 */
import { resolveConfig } from '../src/core/ranking/config.js';
import { TotalOrder } from '../src/core/ranking/order.js';
import { scoreCohort } from '../src/core/ranking/score.js';
import { Random } from '../src/core/random.js';
import { BENCH_AS_OF, generateCohort } from './generate.js';

const N = Number(process.argv[2] ?? 10_000);
const D = Number(process.argv[3] ?? 200);
const cohort = scoreCohort(generateCohort(N).input, resolveConfig({ asOf: BENCH_AS_OF }));
const C = cohort.order.length;
const K = cohort.scores.length;
const S = cohort.scores.map((src) => Float64Array.from(cohort.order, (c) => (src[c] === src[c] ? src[c] : 0)));
const alpha = new Float64Array(K).fill(100 / K);

type Sorter = (perm: Int32Array, tot: Float64Array) => Int32Array;

function run(name: string, sort: Sorter, resetEachDraw: boolean): void {
  const rng = new Random(1);
  const w = new Float64Array(K);
  const tot = new Float64Array(C);
  let perm: Int32Array = Int32Array.from({ length: C }, (_, i) => i);
  let check = 0;
  const t0 = performance.now();
  for (let d = 0; d < D; d++) {
    rng.dirichlet(alpha, w);
    tot.fill(0);
    for (let j = 0; j < K; j++) {
      const wj = w[j];
      const s = S[j];
      for (let p = 0; p < C; p++) tot[p] += wj * s[p];
    }
    if (resetEachDraw) for (let p = 0; p < C; p++) perm[p] = p;
    perm = sort(perm, tot);
    check = (Math.imul(check, 31) + perm[0] + 7 * perm[C >> 1] + perm[C - 1]) | 0;
  }
  const ms = (performance.now() - t0) / D;
  process.stdout.write(`${name.padEnd(52)} ${ms.toFixed(3)} ms/draw   check ${check}\n`);
}

const typed: Sorter = (perm, tot) => perm.sort((a, b) => tot[b] - tot[a] || a - b);
const arr: number[] = [];
const timsort: Sorter = (perm, tot) => {
  arr.length = 0;
  for (let i = 0; i < perm.length; i++) arr.push(perm[i]);
  arr.sort((a, b) => tot[b] - tot[a] || a - b);
  for (let i = 0; i < perm.length; i++) perm[i] = arr[i];
  return perm;
};
const before = (tot: Float64Array, a: number, b: number): boolean => tot[a] > tot[b] || (tot[a] === tot[b] && a < b);
const insertion: Sorter = (perm, tot) => {
  for (let i = 1; i < perm.length; i++) {
    const x = perm[i];
    let j = i - 1;
    while (j >= 0 && !before(tot, perm[j], x)) {
      perm[j + 1] = perm[j];
      j--;
    }
    perm[j + 1] = x;
  }
  return perm;
};
let buf: Int32Array = new Int32Array(0);
const merge: Sorter = (perm, tot) => {
  const n = perm.length;
  if (buf.length < n) buf = new Int32Array(n);
  let src: Int32Array = perm;
  let dst: Int32Array = buf;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = before(tot, src[i], src[j]) ? src[i++] : src[j++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== perm) perm.set(src);
  return perm;
};
const sorter = new TotalOrder(C);
const radix: Sorter = (_perm, tot) => sorter.order(tot);
const none: Sorter = (perm) => perm;

process.stdout.write(`${C} positions, ${D} draws\n`);
for (let round = 0; round < 2; round++) {
  run('no sort (weights and totals only)', none, false);
  run('TypedArray sort + comparator, previous order', typed, false);
  run('TypedArray sort + comparator, base order', typed, true);
  run('Array.prototype.sort (TimSort), previous order', timsort, false);
  run('insertion sort, previous order', insertion, false);
  run('merge sort, inline comparison', merge, true);
  run('TotalOrder (radix sort of the bits)', radix, true);
}
