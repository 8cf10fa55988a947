import { createHash } from "node:crypto";
import { z } from "zod";
import type { Corpus } from "../corpus.ts";
import { INTENTS } from "../intent-names.ts";
import { MODEL_SETTINGS } from "./settings.ts";
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
  let largest = 0;
  for (const weight of trained.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = (largest || 1) / 32767;
  const bytes = new DataView(new ArrayBuffer(trained.weights.length * 2));
  trained.weights.forEach((weight, i) => bytes.setInt16(i * 2, Math.round(weight / scale), true));
  return {
    format: MODEL_SETTINGS.format,
    key,
    labels: [...trained.labels],
    features: [...trained.features.keys()],
    scale,
    weights: Buffer.from(bytes.buffer).toString("base64"),
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
  const buffer = Buffer.from(model.weights, "base64");
  if (buffer.byteLength !== model.features.length * model.labels.length * 2) {
    throw new IntentModelError(
      `intent model has ${buffer.byteLength / 2} weights for ${model.features.length} features x ${model.labels.length} labels`,
    );
  }
  const bytes = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const weights = new Float64Array(buffer.byteLength / 2);
  for (let i = 0; i < weights.length; i += 1)
    weights[i] = bytes.getInt16(i * 2, true) * model.scale;
  return {
    labels: model.labels,
    features: new Map(model.features.map((name, i) => [name, i])),
    weights,
    bias: Float64Array.from(model.bias),
  };
}
