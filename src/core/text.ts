/**
 * String order by Unicode code point — the order of PostgreSQL's `COLLATE "C"` on UTF-8 and of
 * SQLite's BINARY collation — used wherever the core needs a locale-free, deterministic order
 * (candidate keys, the tie-break, the canonical evidence order). JavaScript's `<` compares
 * UTF-16 code units, which puts code points above U+FFFF (surrogate pairs) before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (D800–DFFF) encode code points above FFFF: they sort after E000–FFFF.
      if (x >= 0xd800 && y >= 0xd800) return fixup(x) - fixup(y);
      return x - y;
    }
  }
  return a.length - b.length;
}

function fixup(u: number): number {
  if (u >= 0xe000) return u - 0x800;
  return u + 0x2000;
}
