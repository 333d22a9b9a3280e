/**
 * Stratified k-fold assignment (Kohavi 1995, "A study of cross-validation and bootstrap for
 * accuracy estimation and model selection", IJCAI): each class is shuffled with a seeded
 * generator and dealt round-robin to the folds, so every fold has the classes in the same
 * proportions (to within one row) — the protocol of Cresci et al. (2015), 10 folds.
 */
import { Random } from '../random.js';

/** The fold (0…k−1) of each row, from its label (0/1). */
export function stratifiedFolds(y: ArrayLike<number>, k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`folds: expected a whole number ≥ 2, got ${k}`);
  const rng = new Random(seed);
  const fold = new Int32Array(y.length);
  let start = 0;
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < y.length; i++) if (y[i] === cls) rows.push(i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    // Continue the round-robin where the previous class stopped, to balance fold sizes.
    rows.forEach((r, i) => (fold[r] = (start + i) % k));
    start = (start + rows.length) % k;
  }
  return fold;
}
