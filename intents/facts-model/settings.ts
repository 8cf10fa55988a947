import { DEFAULT_FEATURE_WEIGHTS } from "../classifier/features.ts";
import type { SoftmaxRegressionOptions } from "../classifier/softmax-regression.ts";

/**
 * How the learned facts model is built and used. Changing a feature or training setting changes
 * the saved model's key, so `scripts/facts-model-build.ts` must be run again.
 */
export const FACTS_MODEL_SETTINGS = {
  format: "facts-model/1",
  features: DEFAULT_FEATURE_WEIGHTS,
  /** A feature seen in fewer training messages than this is dropped: it cannot generalise. */
  minDocuments: 2,
  training: { epochs: 10, learningRate: 0.3, l2: 1e-3, seed: 7 } satisfies SoftmaxRegressionOptions,
} as const;

/**
 * Probability a reading needs before it is added to the facts the rules found. Chosen with the
 * L2 weight above on development batches the model was not trained on: higher thresholds lost
 * more true facts than false ones.
 */
export const FACTS_THRESHOLD = 0.5;
