import { softmax } from "./model.ts";

/** Mean negative log-likelihood of the true labels under `softmax(scores / temperature)`. */
export function negativeLogLikelihood(
  scores: readonly Float64Array[],
  truth: readonly number[],
  temperature: number,
): number {
  let total = 0;
  scores.forEach((row, i) => {
    const p = softmax(row, temperature)[truth[i] ?? 0] ?? 0;
    total -= Math.log(Math.max(p, 1e-15));
  });
  return total / Math.max(scores.length, 1);
}

/**
 * Temperature scaling: the single divisor of the scores that makes held-out probabilities
 * most likely (golden-section search on log temperature). Above 1 softens an overconfident model.
 */
export function fitTemperature(scores: readonly Float64Array[], truth: readonly number[]): number {
  const loss = (logT: number) => negativeLogLikelihood(scores, truth, Math.exp(logT));
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(0.05);
  let high = Math.log(50);
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let lossA = loss(a);
  let lossB = loss(b);
  for (let step = 0; step < 40; step += 1) {
    if (lossA < lossB) {
      high = b;
      b = a;
      lossB = lossA;
      a = high - ratio * (high - low);
      lossA = loss(a);
    } else {
      low = a;
      a = b;
      lossA = lossB;
      b = low + ratio * (high - low);
      lossB = loss(b);
    }
  }
  return Math.exp((low + high) / 2);
}

/** One prediction as calibration sees it. */
export interface ScoredPrediction {
  confidence: number;
  correct: boolean;
}

/**
 * Expected calibration error: the gap between confidence and accuracy, averaged over
 * equal-width confidence bins weighted by how many predictions fall in each.
 */
export function expectedCalibrationError(
  predictions: readonly ScoredPrediction[],
  bins = 10,
): number {
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  for (const prediction of predictions) {
    const bin = Math.min(bins - 1, Math.floor(prediction.confidence * bins));
    count[bin] = (count[bin] ?? 0) + 1;
    confidence[bin] = (confidence[bin] ?? 0) + prediction.confidence;
    correct[bin] = (correct[bin] ?? 0) + (prediction.correct ? 1 : 0);
  }
  let error = 0;
  for (let bin = 0; bin < bins; bin += 1) {
    const n = count[bin] ?? 0;
    if (n > 0) error += Math.abs((confidence[bin] ?? 0) - (correct[bin] ?? 0)) / predictions.length;
  }
  return error;
}
