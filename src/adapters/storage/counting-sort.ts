/**
 * A stable counting sort of positions by small integer keys (candidate ids, hash prefixes):
 * O(n + range) instead of a comparison sort's O(n log n), for the store's bulk paths. Falls
 * back to a comparison sort when the key range is much wider than n.
 */
/**
 * Positions 0..n-1 ordered by `keys` (whose values lie in min..max), stably: equal keys keep the
 * order they have in `within` (default: 0..n-1).
 */
export function countingSortBy(keys: Int32Array, min: number, max: number, within?: Int32Array): Int32Array {
  const n = keys.length;
  const order = new Int32Array(n);
  const range = max - min + 1;
  if (n === 0 || range > 4 * n + 65536) {
    const rank = new Int32Array(n);
    for (let j = 0; j < n; j++) rank[within ? within[j] : j] = j;
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => keys[a] - keys[b] || rank[a] - rank[b]);
  }
  const next = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) next[keys[i] - min + 1]++;
  for (let k = 0; k < range; k++) next[k + 1] += next[k];
  for (let j = 0; j < n; j++) {
    const i = within ? within[j] : j;
    order[next[keys[i] - min]++] = i;
  }
  return order;
}
