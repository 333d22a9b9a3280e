/**
 * The k best nodes by score, in order: score descending, ties by a caller's order (default node
 * id ascending) so that the list is deterministic. A bounded binary heap keeps the selection in
 * O(n log k) time and O(k) memory (a full sort of millions of scores is not needed for a top 20).
 */

/** Node ids of the k highest scores, best first; `tieBreak(a, b) < 0` puts a before b on equal scores. */
export function topNodes(scores: ArrayLike<number>, k: number, tieBreak: (a: number, b: number) => number = (a, b) => a - b): number[] {
  const n = scores.length;
  const size = Math.max(0, Math.min(k, n));
  if (size === 0) return [];
  // better(a, b): a ranks before b.
  const better = (a: number, b: number): boolean => {
    const sa = scores[a];
    const sb = scores[b];
    if (sa !== sb) return sa > sb;
    return tieBreak(a, b) < 0;
  };
  // Min-heap on "better": the root is the worst of the kept ones.
  const heap: number[] = [];
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (better(heap[p], heap[i])) {
        [heap[p], heap[i]] = [heap[i], heap[p]];
        i = p;
      } else break;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst], heap[l])) worst = l;
      if (r < heap.length && better(heap[worst], heap[r])) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i], heap[worst]];
      i = worst;
    }
  };
  for (let v = 0; v < n; v++) {
    if (heap.length < size) {
      heap.push(v);
      up(heap.length - 1);
    } else if (better(v, heap[0])) {
      heap[0] = v;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
