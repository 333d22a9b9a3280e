/**
 * From the domain's imported external ranks (`ExternalRankEntry`, one row per entry, matched to a
 * candidate key) to the partial rankings the aggregation methods take: one ranking per list and
 * year, the candidate key as item, equal ranks tied (competition ranking: g entries at rank r
 * share [r, r + g − 1]), the list's declared size kept (the largest declared). A problem is
 * reported as an AgreementInputError whose message starts with the row's file and line when the
 * row has an origin.
 */
import type { ExternalRankEntry } from '../domain.js';
import { AgreementInputError, type PartialRanking, rankingFromRanks } from './rankings.js';

/** The name of the ranking an entry belongs to: "list (year)", or the list alone when undated. */
export const rankingName = (e: Pick<ExternalRankEntry, 'list' | 'year'>): string => (e.year === null ? e.list : `${e.list} (${e.year})`);

export function rankingsFromExternalEntries(entries: readonly ExternalRankEntry[], options: { ties?: 'allow' | 'forbid' } = {}): PartialRanking[] {
  const groups = new Map<string, ExternalRankEntry[]>();
  for (const e of entries) {
    const name = rankingName(e);
    let g = groups.get(name);
    if (!g) groups.set(name, (g = []));
    g.push(e);
  }
  const out: PartialRanking[] = [];
  for (const [name, rows] of groups) {
    let size: number | undefined;
    for (const r of rows) if (r.listSize !== null && (size === undefined || r.listSize > size)) size = r.listSize;
    try {
      const seen = new Map<string, number>();
      rows.forEach((r, i) => {
        const before = seen.get(r.candidateKey);
        if (before !== undefined) throw new AgreementInputError(name, i + 1, `candidate ${JSON.stringify(r.candidateKey)} appears twice (entries ${before} and ${i + 1})`);
        seen.set(r.candidateKey, i + 1);
      });
      const ranking = rankingFromRanks(name, rows.map((r) => ({ item: r.candidateKey, rank: r.rank })), { ties: options.ties });
      const worst = Math.max(...ranking.entries.map((x) => x.worst));
      if (size !== undefined) ranking.size = Math.max(size, worst, ranking.entries.length);
      out.push(ranking);
    } catch (err) {
      if (err instanceof AgreementInputError && err.entry !== null) {
        const origin = rows[err.entry - 1]?.origin;
        if (origin) throw new AgreementInputError(err.list, err.entry, `${origin.file}:${origin.line}: ${err.problem}`);
      }
      throw err;
    }
  }
  return out;
}
