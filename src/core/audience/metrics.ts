/**
 * The measures of a binary detector, fake = positive class, as Cresci et al. (2015, §5,
 * Table 8 and 16) report them: accuracy, precision, recall, F1, the Matthews correlation
 * coefficient (Matthews 1975; Baldi et al. 2000), and the area under the ROC curve computed as
 * the Mann–Whitney U statistic with ties counted one half (Hanley & McNeil 1982). Probability
 * quality: the Brier score (Brier 1950) and a reliability table (observed share of positives
 * per bin of predicted probability; DeGroot & Fienberg 1983).
 */

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Scores {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  mcc: number;
}

/** Counts of a decision rule: predicted positive when p ≥ threshold. */
export function confusion(p: ArrayLike<number>, y: ArrayLike<number>, threshold = 0.5): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < y.length; i++) {
    const pos = p[i] >= threshold;
    if (y[i] === 1) pos ? c.tp++ : c.fn++;
    else pos ? c.fp++ : c.tn++;
  }
  return c;
}

/** The scores of a confusion matrix; an undefined ratio (0/0) is 0, as scikit-learn reports it. */
export function scores(c: Confusion): Scores {
  const n = c.tp + c.fp + c.tn + c.fn;
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const precision = div(c.tp, c.tp + c.fp);
  const recall = div(c.tp, c.tp + c.fn);
  const den = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  return {
    accuracy: div(c.tp + c.tn, n),
    precision,
    recall,
    f1: div(2 * precision * recall, precision + recall),
    mcc: den === 0 ? 0 : (c.tp * c.tn - c.fp * c.fn) / den,
  };
}

/** Area under the ROC curve: P(score of a positive > score of a negative) + ½ P(tie). */
export function auc(p: ArrayLike<number>, y: ArrayLike<number>): number {
  const idx = Array.from({ length: y.length }, (_, i) => i).sort((a, b) => p[a] - p[b]);
  let rankSumPos = 0;
  let nPos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && p[idx[j + 1]] === p[idx[i]]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[idx[k]] === 1) {
        rankSumPos += midRank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = y.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Mean squared difference between the probability and the outcome (0 is perfect). */
export function brier(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (p[i] - y[i]) ** 2;
  return y.length === 0 ? NaN : s / y.length;
}

export interface ReliabilityBin {
  /** Bin [from, to) of predicted probability (the last bin includes 1). */
  from: number;
  to: number;
  count: number;
  /** Mean predicted probability in the bin. */
  predicted: number;
  /** Observed share of positives in the bin. */
  observed: number;
}

/** Reliability table over `bins` equal-width bins; empty bins are left out. */
export function reliability(p: ArrayLike<number>, y: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const n = new Int32Array(bins);
  const sp = new Float64Array(bins);
  const sy = new Float64Array(bins);
  for (let i = 0; i < y.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p[i] * bins)));
    n[b]++;
    sp[b] += p[i];
    sy[b] += y[i];
  }
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) if (n[b] > 0) out.push({ from: b / bins, to: (b + 1) / bins, count: n[b], predicted: sp[b] / n[b], observed: sy[b] / n[b] });
  return out;
}
