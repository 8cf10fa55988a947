/**
 * Classification metrics over parallel lists of expected and predicted labels. Pure functions:
 * a ratio whose denominator is zero is `null` (nothing to measure), never `NaN`.
 */

/** `numerator / denominator`, or `null` when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** One expected label beside the label a model gave for the same case. */
export interface LabelPair<L extends string = string> {
  expected: L;
  predicted: L;
}

/** Counts and scores for one label; precision, recall and F1 are 0 when undefined (as sklearn). */
export interface ClassMetrics<L extends string = string> {
  label: L;
  /** Cases whose expected label is this one. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Share of pairs whose prediction equals the expectation (`null` for no pairs). */
export function accuracy(pairs: readonly LabelPair[]): number | null {
  return ratio(pairs.filter((pair) => pair.expected === pair.predicted).length, pairs.length);
}

/** Precision, recall and F1 from raw counts; 0 where a denominator is 0. */
export function precisionRecallF1(counts: {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}): { precision: number; recall: number; f1: number } {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = ratio(tp, tp + fp) ?? 0;
  const recall = ratio(tp, tp + fn) ?? 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The labels to score: the ones given, else every label that is expected or predicted, in order of
 * first appearance (a label the model invents still costs macro-F1).
 */
export function labelsOf<L extends string>(
  pairs: readonly LabelPair<L>[],
  labels?: readonly L[],
): L[] {
  if (labels) return [...labels];
  const seen = new Set<L>();
  for (const { expected, predicted } of pairs) seen.add(expected).add(predicted);
  return [...seen];
}

/** One-vs-rest precision, recall and F1 for each label. */
export function perClassMetrics<L extends string>(
  pairs: readonly LabelPair<L>[],
  labels?: readonly L[],
): ClassMetrics<L>[] {
  return labelsOf(pairs, labels).map((label) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { expected, predicted } of pairs) {
      if (expected === label && predicted === label) truePositives += 1;
      else if (predicted === label) falsePositives += 1;
      else if (expected === label) falseNegatives += 1;
    }
    const counts = { truePositives, falsePositives, falseNegatives };
    return {
      label,
      support: truePositives + falseNegatives,
      ...counts,
      ...precisionRecallF1(counts),
    };
  });
}

/**
 * Unweighted mean of per-label F1, so rare intents count as much as common ones. A label the set
 * neither expects nor predicts is left out: it says nothing about the model (a set with no
 * greetings would otherwise score a perfect greeter 0 on them).
 */
export function macroF1<L extends string>(
  pairs: readonly LabelPair<L>[],
  labels?: readonly L[],
): number | null {
  const rows = perClassMetrics(pairs, labels).filter(
    (row) => row.support > 0 || row.falsePositives > 0,
  );
  return ratio(
    rows.reduce((sum, row) => sum + row.f1, 0),
    rows.length,
  );
}

/** Counts of (expected, predicted): `matrix[i][j]` = cases expected `labels[i]`, predicted `labels[j]`. */
export interface ConfusionMatrix<L extends string = string> {
  labels: L[];
  matrix: number[][];
}

/** Rows are expected labels, columns predicted ones; pairs with a label outside `labels` are skipped. */
export function confusionMatrix<L extends string>(
  pairs: readonly LabelPair<L>[],
  labels?: readonly L[],
): ConfusionMatrix<L> {
  const order = labelsOf(pairs, labels);
  const index = new Map(order.map((label, i) => [label, i]));
  const matrix = order.map(() => order.map(() => 0));
  for (const { expected, predicted } of pairs) {
    const row = index.get(expected);
    const column = index.get(predicted);
    if (row === undefined || column === undefined) continue;
    const cells = matrix[row] as number[];
    cells[column] = (cells[column] ?? 0) + 1;
  }
  return { labels: order, matrix };
}
