import type { FeatureVector } from "./features.ts";

/** One labelled training example; `label` indexes the model's label list. */
export interface Example {
  features: FeatureVector;
  label: number;
}

/** A trained model: one raw score per label, turned into probabilities by a (tempered) softmax. */
export interface ScoringModel {
  readonly labels: readonly string[];
  scores(features: FeatureVector): Float64Array;
  /** How many of the features the model saw in training (0 means it knows nothing about the text). */
  knownFeatures(features: FeatureVector): number;
}

/** Trains a {@link ScoringModel}; model selection compares implementations of this. */
export type Trainer = (examples: readonly Example[], labels: readonly string[]) => ScoringModel;

/** Softmax of `scores / temperature`, stable for large scores. */
export function softmax(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const value = Math.exp(((scores[i] ?? 0) - max) / temperature);
    out[i] = value;
    sum += value;
  }
  for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) / sum;
  return out;
}
