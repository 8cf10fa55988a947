import type { FactsCorpus } from "./corpus.ts";
import committedModel from "./model.en.json" with { type: "json" };
import { readFacts, type LearnedFacts } from "./read-facts.ts";
import { FACTS_THRESHOLD } from "./settings.ts";
import { FactsModelSchema, factsModelKey, fromSavedFactsModel } from "./saved-model.ts";
import { trainFactsModel, type FactsWeights } from "./train.ts";

/** Reads skills gaps, workload and signals from a message the way the training messages say them. */
export interface FactsModel {
  read(text: string): LearnedFacts;
  /** Whether the weights came from the saved model or were trained at creation (slower start). */
  readonly source: "prebuilt" | "trained";
}

export interface FactsModelOptions {
  corpus: FactsCorpus;
  /**
   * A saved model; defaults to `intents/facts-model/model.en.json`, written by
   * `scripts/facts-model-build.ts`. Used only when its key matches `corpus`; `null` forces training.
   */
  prebuilt?: unknown;
  /** Probability a reading needs to count; defaults to {@link FACTS_THRESHOLD}. */
  threshold?: number;
}

function savedWeights(prebuilt: unknown, corpus: FactsCorpus): FactsWeights | undefined {
  if (prebuilt === null) return undefined;
  const parsed = FactsModelSchema.safeParse(prebuilt);
  if (!parsed.success || parsed.data.key !== factsModelKey(corpus)) return undefined;
  return fromSavedFactsModel(parsed.data);
}

/**
 * The learned complement to the extraction rules: one softmax regression per skills area, for
 * the workload and per signal, over the same word, bigram and character features as the intent
 * classifier. Loads saved weights when they match the corpus, else trains (a few seconds).
 */
export function createFactsModel(options: FactsModelOptions): FactsModel {
  const saved = savedWeights(
    options.prebuilt === undefined ? committedModel : options.prebuilt,
    options.corpus,
  );
  const weights = saved ?? trainFactsModel(options.corpus);
  return {
    source: saved ? "prebuilt" : "trained",
    read: (text) => readFacts(weights, text, options.threshold ?? FACTS_THRESHOLD),
  };
}
