/**
 * The published figures of Cresci et al. (2015), "Fame for sale: efficient detection of fake
 * Twitter followers", Decision Support Systems 80, on the same data set (fake = positive):
 * Table 8 (single rules) and Table 16 (classifiers on profile-only, "class A", features). The
 * evaluation prints ours beside them. Figures not published (AUC of the rules) are null.
 */
export interface PaperRow {
  model: string;
  source: string;
  accuracy: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  mcc: number;
  auc: number | null;
}

export const PAPER_ROWS: readonly PaperRow[] = [
  { model: 'rule:followers>=30', source: 'Table 8', accuracy: 0.881, precision: null, recall: null, f1: null, mcc: 0.768, auc: null },
  { model: 'rule:posts>=50', source: 'Table 8', accuracy: 0.865, precision: null, recall: null, f1: null, mcc: 0.735, auc: null },
  { model: 'rule:in-a-list', source: 'Table 8', accuracy: 0.755, precision: null, recall: null, f1: null, mcc: 0.566, auc: null },
  { model: 'rule:2xfollowers>=following', source: 'Table 8', accuracy: 0.721, precision: null, recall: null, f1: null, mcc: 0.531, auc: null },
  { model: 'rule:has-url', source: 'Table 8', accuracy: 0.665, precision: null, recall: null, f1: null, mcc: 0.417, auc: null },
  { model: 'rule:has-bio', source: 'Table 8', accuracy: 0.621, precision: null, recall: null, f1: null, mcc: 0.306, auc: null },
  { model: 'random-forest', source: 'Table 16 (class A)', accuracy: 0.987, precision: 0.993, recall: 0.98, f1: 0.987, mcc: 0.967, auc: 0.995 },
  { model: 'logistic-regression', source: 'Table 16 (class A)', accuracy: 0.971, precision: null, recall: null, f1: null, mcc: 0.942, auc: 0.987 },
  { model: 'svm', source: 'Table 16 (class A)', accuracy: 0.961, precision: null, recall: null, f1: null, mcc: 0.923, auc: null },
];
