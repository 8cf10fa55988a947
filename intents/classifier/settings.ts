import { DEFAULT_FEATURE_WEIGHTS } from "./features.ts";
import type { SoftmaxRegressionOptions } from "./softmax-regression.ts";

/**
 * The settings `scripts/intent-model-select.ts` chose by cross-validation on the training
 * corpus: how features are weighted, how the model trains, the temperature that makes
 * held-out probabilities honest, and when a guess is refused as out of scope.
 * Changing a feature or training setting changes the prebuilt model's key.
 */
export const MODEL_SETTINGS = {
  format: "intent-model/1",
  features: DEFAULT_FEATURE_WEIGHTS,
  training: { epochs: 10, learningRate: 0.3, l2: 1e-4, seed: 7 } satisfies SoftmaxRegressionOptions,
} as const;

/** Defaults of {@link createIntentClassifier}'s calibration and refusal options. */
export const CLASSIFIER_DEFAULTS = {
  temperature: 0.75,
  threshold: 0.4,
  margin: 0.05,
} as const;
