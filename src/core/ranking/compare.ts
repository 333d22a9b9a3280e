/**
 * Compares two ranking runs (the article compares lists years apart): for every candidate in
 * either run, whether they rose, fell, entered, left or stayed, by how many places and points,
 * and which indices moved them — the change of each index's contribution to the total, B − A,
 * largest first. Contributions are comparable across runs because each is weight × score /
 * Σ weights on the same 0–100 scale.
 *
 * With `top` = N the comparison is that of two published top-N lists: a candidate "entered"
 * when in B's top N but not in A's (whether or not A ranked them lower), "left" in the
 * opposite case, and candidates in neither top N are not listed. Without it, every ranked
 * candidate of either run is compared.
 */
import type { IndexKey } from '../domain.js';
import type { Comparison, ComparisonMove, IndexDriver, MoveStatus, RunSummary } from './comparison.js';
import type { RankingEntry, RankingResult } from './result.js';
import { round } from './score.js';

function summary(r: RankingResult, label: string): RunSummary {
  return { label, fingerprint: r.fingerprint, asOf: r.config.asOf, candidates: r.entries.length };
}


function drivers(a: RankingEntry | undefined, b: RankingEntry | undefined): IndexDriver[] {
  const before = new Map<IndexKey, number>((a?.indices ?? []).map((i) => [i.key, i.contribution]));
  const after = new Map<IndexKey, number>((b?.indices ?? []).map((i) => [i.key, i.contribution]));
  const keys = new Set<IndexKey>([...before.keys(), ...after.keys()]);
  const out: IndexDriver[] = [];
  for (const key of keys) {
    const change = round((after.get(key) ?? 0) - (before.get(key) ?? 0), 6);
    if (change !== 0) out.push({ key, change });
  }
  return out.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (x.key < y.key ? -1 : 1));
}

export function compareRuns(a: RankingResult, b: RankingResult, labelA = 'A', labelB = 'B', top = Infinity): Comparison {
  if (!(top >= 1)) throw new RangeError(`top must be at least 1, got ${top}`);
  const inA = new Map(a.entries.map((e) => [e.candidateId, e]));
  const inB = new Map(b.entries.map((e) => [e.candidateId, e]));
  const listed = (e: RankingEntry | undefined): e is RankingEntry => e !== undefined && e.rank <= top;
  const counts: Record<MoveStatus, number> = { rose: 0, fell: 0, entered: 0, left: 0, unchanged: 0 };
  const moves: ComparisonMove[] = [];
  const add = (ea: RankingEntry | undefined, eb: RankingEntry | undefined): void => {
    const wasIn = listed(ea);
    const isIn = listed(eb);
    const status: MoveStatus = !wasIn ? 'entered' : !isIn ? 'left' : eb!.rank < ea!.rank ? 'rose' : eb!.rank > ea!.rank ? 'fell' : 'unchanged';
    counts[status]++;
    const e = (eb ?? ea)!;
    moves.push({
      candidateId: e.candidateId,
      name: e.name,
      status,
      before: ea ? { rank: ea.rank, score: ea.score } : null,
      after: eb ? { rank: eb.rank, score: eb.score } : null,
      rankChange: ea && eb ? ea.rank - eb.rank : null,
      scoreChange: ea && eb ? round(eb.score - ea.score, 6) : null,
      drivers: drivers(ea, eb),
    });
  };
  for (const eb of b.entries) if (listed(eb)) add(inA.get(eb.candidateId), eb);
  for (const ea of a.entries) {
    const eb = inB.get(ea.candidateId);
    if (listed(ea) && !listed(eb)) add(ea, eb);
  }
  return { a: summary(a, labelA), b: summary(b, labelB), counts, moves };
}
