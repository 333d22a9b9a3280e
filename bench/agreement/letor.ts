/**
 * LETOR 4.0 MQ2008-agg for the agreement benchmark: reading `agg.txt.gz` (from
 * ../shared/data/letor-mq2008-agg/, never copied into the repository) into one set of partial
 * lists per query, and the evaluation measures of the official LETOR 4.0 script
 * (Eval-Score-4.0.pl, Jun Xu and Tie-Yan Liu, 2009), reproduced here:
 *  - documents are sorted by predicted score, descending, ties in file order (the script sorts
 *    by line number, then by score with Perl's stable sort);
 *  - MAP: a document is relevant when its label is 1 or 2; AP = Σ over relevant documents of the
 *    precision at their position / number of relevant documents; 0 for a query without any;
 *  - NDCG@k: gains 0, 1, 3 for labels 0, 1, 2 (2^label − 1); DCG@k = Σ_{i ≤ k} gain_i · d_i with
 *    d_1 = d_2 = 1 and d_i = 1/log2(i) for i ≥ 3 (the script's discount); NDCG@k = DCG@k / ideal
 *    DCG@k, 0 when the ideal is 0 (no relevant document), and 0 when k exceeds the number of
 *    documents of the query (the script leaves it undefined, summed as 0);
 *  - averages over all 784 queries (the published figures average the five test folds, which
 *    together hold every query once; fold sizes differ slightly, so this mean may differ from
 *    theirs in the third decimal).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type PartialRanking, rankingFromRanks } from '../../src/core/agreement/rankings.js';

export interface LetorQuery {
  qid: string;
  /** Document ids in file order (the tie-break order). */
  docs: string[];
  labels: number[];
  /** One partial list per ranker that ranks at least one document of the query. */
  lists: PartialRanking[];
}

/** Reads the file; `compact` re-numbers each ranker's ranks 1, 2, … within the query (ties kept). */
export function readLetor(path: string, compact: boolean): LetorQuery[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const byQid = new Map<string, { docs: string[]; labels: number[]; ranks: (number | null)[][] }>();
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].trim();
    if (line === '') continue;
    const m = /^(\d+) qid:(\S+) (.*?)\s*#docid = (\S+)/.exec(line);
    if (!m) throw new Error(`${path}:${ln + 1}: not a LETOR line`);
    const [, label, qid, feats, doc] = m;
    let q = byQid.get(qid);
    if (!q) byQid.set(qid, (q = { docs: [], labels: [], ranks: [] }));
    const ranks: (number | null)[] = [];
    for (const f of feats.split(/\s+/)) {
      const [k, v] = f.split(':');
      const r = v === 'NULL' ? null : Number(v);
      if (r !== null && !(Number.isInteger(r) && r >= 1)) throw new Error(`${path}:${ln + 1}: ranker ${k} rank ${v} is not a whole number ≥ 1`);
      ranks[Number(k) - 1] = r;
    }
    q.docs.push(doc);
    q.labels.push(Number(label));
    q.ranks.push(ranks);
  }
  const out: LetorQuery[] = [];
  for (const [qid, q] of byQid) {
    const rankers = Math.max(...q.ranks.map((r) => r.length));
    const lists: PartialRanking[] = [];
    for (let k = 0; k < rankers; k++) {
      let rows = q.docs.map((item, d) => ({ item, rank: q.ranks[d][k] ?? null })).filter((r): r is { item: string; rank: number } => r.rank !== null);
      if (rows.length === 0) continue;
      if (compact) {
        const sorted = [...new Set(rows.map((r) => r.rank))].sort((a, b) => a - b);
        // Competition ranks within the query: 1 + number of documents strictly better.
        const better = new Map<number, number>();
        let seen = 0;
        for (const v of sorted) {
          better.set(v, seen);
          seen += rows.filter((r) => r.rank === v).length;
        }
        rows = rows.map((r) => ({ item: r.item, rank: 1 + (better.get(r.rank) as number) }));
      }
      lists.push(rankingFromRanks(`ranker ${k + 1}`, rows));
    }
    out.push({ qid, docs: q.docs, labels: q.labels, lists });
  }
  return out;
}

const GAIN = [0, 1, 3];

/** LETOR 4.0 measures of one query, given the labels in the predicted order. */
export function letorMeasures(labelsInOrder: readonly number[], ks: readonly number[]): { map: number; ndcg: number[] } {
  let rel = 0;
  let ap = 0;
  for (let i = 0; i < labelsInOrder.length; i++) {
    if (labelsInOrder[i] >= 1) {
      rel++;
      ap += rel / (i + 1);
    }
  }
  const map = rel === 0 ? 0 : ap / rel;
  const dcg = (ls: readonly number[], k: number): number => {
    let s = 0;
    for (let i = 0; i < k; i++) {
      const g = i < ls.length ? GAIN[ls[i]] ?? 0 : 0;
      s += i < 2 ? g : g / Math.log2(i + 1);
    }
    return s;
  };
  const ideal = [...labelsInOrder].sort((a, b) => b - a);
  const ndcg = ks.map((k) => {
    if (k > labelsInOrder.length) return 0;
    const best = dcg(ideal, k);
    return best === 0 ? 0 : dcg(labelsInOrder, k) / best;
  });
  return { map, ndcg };
}
