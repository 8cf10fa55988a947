import { createHash } from "node:crypto";
import { z } from "zod";
import { packWeights, unpackWeights } from "../classifier/packed-weights.ts";
import type { FactsCorpus } from "./corpus.ts";
import { FACTS_MODEL_SETTINGS } from "./settings.ts";
import { FACT_TASKS, taskName } from "./tasks.ts";
import { columnCount, type FactsWeights } from "./train.ts";

/**
 * A trained facts model saved as data, so start-up loads it instead of training. `key` ties it to
 * the corpus, tasks and settings it came from; weights are 16-bit integers (times `scale`),
 * little-endian, base64, one row of columns per feature.
 */
export const FactsModelSchema = z.object({
  format: z.literal(FACTS_MODEL_SETTINGS.format),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  features: z.array(z.string()),
  scale: z.number().positive(),
  weights: z.string(),
  bias: z.array(z.number()),
});
export type SavedFactsModel = z.infer<typeof FactsModelSchema>;

/** The key a model trained now on `corpus` would carry: a hash of the corpus, tasks and settings. */
export function factsModelKey(corpus: FactsCorpus): string {
  const tasks = FACT_TASKS.map((task) => [taskName(task), task.labels]);
  return createHash("sha256")
    .update(JSON.stringify({ settings: FACTS_MODEL_SETTINGS, tasks, cases: corpus.cases }))
    .digest("hex");
}

/** Packs trained weights for saving. */
export function toSavedFactsModel(trained: FactsWeights, key: string): SavedFactsModel {
  return {
    format: FACTS_MODEL_SETTINGS.format,
    key,
    features: [...trained.features.keys()],
    ...packWeights(trained.weights),
    bias: [...trained.bias],
  };
}

/**
 * Unpacks a saved model, or returns `undefined` when its parts do not fit together (a damaged or
 * hand-edited file), so the caller trains afresh instead.
 */
export function fromSavedFactsModel(saved: SavedFactsModel): FactsWeights | undefined {
  const columns = columnCount();
  const weights = unpackWeights(saved, saved.features.length * columns);
  if (saved.bias.length !== columns || !weights) return undefined;
  return {
    features: new Map(saved.features.map((name, i) => [name, i])),
    weights,
    bias: Float64Array.from(saved.bias),
  };
}
