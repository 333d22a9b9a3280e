/**
 * From the scorers' evidence table to the partial rankings the aggregation methods take: the
 * field's external lists known at a reference day (a list of year Y from January 1 of Y), one
 * position per candidate and list (the best, should a list name a candidate twice), equal ranks
 * tied (competition ranking: see ./rankings.ts `rankingFromRanks`), a position that opens a
 * published band (the table's value3, "101–150") holding the band's whole interval [101, 150]
 * however few of its entries the field matched, each list's size the largest of its declared
 * sizes, its ranks, band ends and tied positions. Lists with no usable entry are left out. Used
 * by index 10 and by `eclaireur rankings aggregate`.
 */
import { NO_DAY } from '../dates.js';
import type { EvidenceTable } from '../evidence/table.js';
import { kindCode } from '../evidence/kinds.js';
import { rankingFromRanks, type PartialRanking } from './rankings.js';

const RANK = kindCode('external_rank');

/** `itemOf(c)` names candidate c's item (its index as text for the index, its key for people). */
export function rankingsFromTable(table: EvidenceTable, asOfDay: number, itemOf: (c: number) => string): PartialRanking[] {
  const C = table.candidateCount;
  const size = new Map<number, number>();
  const best = new Map<number, Map<number, number>>();
  // Per list: band start → band end (the largest given for that start).
  const bands = new Map<number, Map<number, number>>();
  const v3 = table.value3;
  for (let c = 0; c < C; c++) {
    for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
      if (table.kind[r] !== RANK) continue;
      const d = table.day[r];
      if (d !== NO_DAY && d > asOfDay) continue;
      const l = table.key[r];
      if (l < 0) continue;
      const rank = table.value[r];
      const declared = table.value2[r];
      const s = declared === declared ? Math.max(declared, rank) : rank;
      if (s === s && s > (size.get(l) ?? 0)) size.set(l, s);
      if (!best.has(l)) best.set(l, new Map());
      if (!(rank >= 1) || rank !== Math.floor(rank)) continue;
      const bandEnd = v3 ? v3[r] : NaN;
      if (bandEnd > rank && bandEnd === Math.floor(bandEnd)) {
        if (bandEnd > (size.get(l) ?? 0)) size.set(l, bandEnd);
        let b = bands.get(l);
        if (!b) bands.set(l, (b = new Map()));
        if (bandEnd > (b.get(rank) ?? 0)) b.set(rank, bandEnd);
      }
      const m = best.get(l)!;
      const had = m.get(c);
      if (had === undefined || rank < had) m.set(c, rank);
    }
  }
  const out: PartialRanking[] = [];
  for (const [l, m] of [...best].sort((a, b) => a[0] - b[0])) {
    if (m.size === 0) continue;
    const r = rankingFromRanks(
      table.strings[l],
      [...m].map(([c, rank]) => ({ item: itemOf(c), rank })),
      { ties: 'allow', bands: [...(bands.get(l) ?? [])].map(([start, end]) => ({ start, end })) },
    );
    let worst = 0;
    for (const e of r.entries) if (e.worst > worst) worst = e.worst;
    r.size = Math.max(size.get(l) ?? 0, worst);
    out.push(r);
  }
  return out;
}
