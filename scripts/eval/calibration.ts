import { ratio } from "./metrics.ts";

/** One prediction's stated confidence and whether it was right. */
export interface ScoredPrediction {
  confidence: number;
  correct: boolean;
}

/** One equal-width confidence bin. */
export interface CalibrationBin {
  /** Inclusive lower edge; the upper edge is exclusive except for the last bin, which holds 1. */
  lower: number;
  upper: number;
  count: number;
  /** `null` for an empty bin. */
  accuracy: number | null;
  meanConfidence: number | null;
}

/** Sorts predictions into `bins` equal-width bins over [0, 1]; confidences outside are clamped. */
export function calibrationBins(
  predictions: readonly ScoredPrediction[],
  bins = 10,
): CalibrationBin[] {
  const groups = Array.from({ length: bins }, () => ({ count: 0, correct: 0, confidence: 0 }));
  for (const { confidence, correct } of predictions) {
    const clamped = Math.min(1, Math.max(0, confidence));
    const group = groups[Math.min(bins - 1, Math.floor(clamped * bins))];
    if (!group) continue;
    group.count += 1;
    group.correct += correct ? 1 : 0;
    group.confidence += clamped;
  }
  return groups.map((group, i) => ({
    lower: i / bins,
    upper: (i + 1) / bins,
    count: group.count,
    accuracy: ratio(group.correct, group.count),
    meanConfidence: ratio(group.confidence, group.count),
  }));
}

/**
 * Expected calibration error: the gap between accuracy and mean confidence in each bin, weighted
 * by the share of predictions in it. 0 means a confidence of 0.8 is right 80% of the time.
 */
export function expectedCalibrationError(
  predictions: readonly ScoredPrediction[],
  bins = 10,
): number | null {
  if (predictions.length === 0) return null;
  return calibrationBins(predictions, bins).reduce(
    (sum, bin) =>
      sum +
      (bin.count / predictions.length) * Math.abs((bin.accuracy ?? 0) - (bin.meanConfidence ?? 0)),
    0,
  );
}
