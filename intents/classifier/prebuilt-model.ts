import { createHash } from "node:crypto";
import { z } from "zod";
import type { Corpus } from "../corpus.ts";
import { INTENTS } from "../intent-names.ts";
import { MODEL_SETTINGS } from "./settings.ts";
import { packWeights, unpackWeights } from "./packed-weights.ts";
import type { LinearWeights } from "./softmax-regression.ts";

/**
 * A trained model saved as data, so start-up loads it instead of training. `key` ties it to
 * the corpus and settings it came from; weights are 16-bit integers (times `scale`),
 * little-endian, base64, one row of label weights per feature.
 */
export const IntentModelSchema = z.object({
  format: z.literal(MODEL_SETTINGS.format),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  labels: z.array(z.string()).min(2),
  features: z.array(z.string()),
  scale: z.number().positive(),
  weights: z.string(),
  bias: z.array(z.number()),
});
export type IntentModel = z.infer<typeof IntentModelSchema>;

/** The key a model trained now on `corpus` would carry: a hash of the corpus and the settings. */
export function modelKey(corpus: Corpus): string {
  const utterances = INTENTS.map((intent) =>
    corpus.intents.filter((entry) => entry.intent === intent).flatMap((entry) => entry.utterances),
  );
  return createHash("sha256")
    .update(JSON.stringify({ settings: MODEL_SETTINGS, labels: INTENTS, utterances }))
    .digest("hex");
}

/** Packs trained weights into an {@link IntentModel}. */
export function toIntentModel(trained: LinearWeights, key: string): IntentModel {
  return {
    format: MODEL_SETTINGS.format,
    key,
    labels: [...trained.labels],
    features: [...trained.features.keys()],
    ...packWeights(trained.weights),
    bias: [...trained.bias],
  };
}

/** A saved model whose parts do not fit together (a damaged or hand-edited file). */
export class IntentModelError extends Error {
  override readonly name = "IntentModelError";
}

/**
 * Unpacks an {@link IntentModel} parsed with {@link IntentModelSchema}.
 * @throws IntentModelError when the weights do not match the features and labels.
 */
export function fromIntentModel(model: IntentModel): LinearWeights {
  const weights = unpackWeights(model, model.features.length * model.labels.length);
  if (!weights) {
    throw new IntentModelError(
      `intent model has ${Buffer.from(model.weights, "base64").byteLength / 2} weights for ${model.features.length} features x ${model.labels.length} labels`,
    );
  }
  return {
    labels: model.labels,
    features: new Map(model.features.map((name, i) => [name, i])),
    weights,
    bias: Float64Array.from(model.bias),
  };
}
