/**
 * Sorting without comparator calls, for the hot paths of the ranking: the order of the cohort
 * (score.ts) and the order of each weight draw of the rank intervals (intervals.ts).
 */

const DIGIT = 11;
const BUCKETS = 1 << DIGIT;
const MASK = BUCKETS - 1;

/**
 * Positions 0..n-1 sorted by value descending, ties by position ascending — the order of the
 * comparator `tot[b] - tot[a] || a - b` for finite values — computed by a stable LSD radix sort
 * (six 11-bit digits) of the values' IEEE-754 bit patterns, mapped so that unsigned order is
 * descending numeric order (-0 is read as +0, as the comparator has it). Starting from the
 * positions in ascending order, stability gives the ties' order. A digit that every key
 * shares is skipped. O(n) and no comparator calls: V8's TypedArray sort with a comparator
 * (a merge sort calling back into JS, not adaptive to presorted input) took about 2–5 ms per
 * 10,000 values, and about 1.5 s for the final order of a million candidates.
 */
export class TotalOrder {
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly hist = new Uint32Array(6 * BUCKETS);
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  constructor(readonly n: number) {
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
  }

  /** The sorted positions (a view valid until the next call). */
  order(tot: Float64Array): Int32Array {
    const { n, hi, lo, hist, f64, u32 } = this;
    const little = LITTLE_ENDIAN;
    hist.fill(0);
    for (let p = 0; p < n; p++) {
      f64[0] = tot[p] + 0;
      let l = little ? u32[0] : u32[1];
      let h = little ? u32[1] : u32[0];
      // Unsigned order of (h, l) = numeric order: flip every bit of a negative, the sign of a positive.
      if (h & 0x80000000) {
        h = ~h;
        l = ~l;
      } else h ^= 0x80000000;
      // Descending.
      h = ~h >>> 0;
      l = ~l >>> 0;
      hi[p] = h;
      lo[p] = l;
      hist[l & MASK]++;
      hist[BUCKETS + ((l >>> DIGIT) & MASK)]++;
      hist[2 * BUCKETS + (l >>> (2 * DIGIT))]++;
      hist[3 * BUCKETS + (h & MASK)]++;
      hist[4 * BUCKETS + ((h >>> DIGIT) & MASK)]++;
      hist[5 * BUCKETS + (h >>> (2 * DIGIT))]++;
    }
    let src = this.a;
    let dst = this.b;
    for (let p = 0; p < n; p++) src[p] = p;
    for (let pass = 0; pass < 6; pass++) {
      const base = pass * BUCKETS;
      const keys = pass < 3 ? lo : hi;
      const shift = (pass % 3) * DIGIT;
      let first = 0;
      while (hist[base + first] === 0) first++;
      if (hist[base + first] === n) continue;
      let sum = 0;
      for (let k = 0; k < BUCKETS; k++) {
        const c = hist[base + k];
        hist[base + k] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const x = src[i];
        dst[hist[base + ((keys[x] >>> shift) & MASK)]++] = x;
      }
      const t = src;
      src = dst;
      dst = t;
    }
    return src;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
