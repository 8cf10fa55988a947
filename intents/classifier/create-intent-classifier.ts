import type { Corpus } from "../corpus.ts";
import { INTENTS } from "../intent-names.ts";
import { decide, type DecisionRule, type IntentClassification } from "./decide.ts";
import { toFeatures } from "./features.ts";
import { softmax } from "./model.ts";
import {
  fromIntentModel,
  IntentModelSchema,
  modelKey,
  type IntentModel,
} from "./prebuilt-model.ts";
import { CLASSIFIER_DEFAULTS, MODEL_SETTINGS } from "./settings.ts";
import { fitSoftmaxRegression, linearModel, type LinearWeights } from "./softmax-regression.ts";
import { toExamples } from "./training-set.ts";
import committedModel from "./model.en.json" with { type: "json" };

/** Options for {@link createIntentClassifier}; the corpus must have passed `parseCorpus`. */
export interface IntentClassifierOptions extends Partial<DecisionRule> {
  corpus: Corpus;
  /** Divides the model's scores before the softmax; fitted by cross-validation. */
  temperature?: number;
  /**
   * A saved model; defaults to `intents/classifier/model.en.json`, written by
   * `scripts/intent-model-build.ts`. Used only when its key matches this corpus and the
   * current settings; otherwise, or when `null`, the model is trained from the corpus.
   */
  prebuilt?: unknown;
}

/** Classifies one message; pure and synchronous, a few microseconds. */
export interface IntentClassifier {
  classify(text: string): IntentClassification;
  /** Whether the weights came from the saved model or were trained at creation (slower start). */
  readonly source: "prebuilt" | "trained";
}

function savedWeights(prebuilt: unknown, corpus: Corpus): LinearWeights | undefined {
  if (prebuilt === null) return undefined;
  const parsed = IntentModelSchema.safeParse(prebuilt);
  if (!parsed.success) return undefined;
  const model: IntentModel = parsed.data;
  const sameLabels =
    model.labels.length === INTENTS.length && model.labels.every((l, i) => l === INTENTS[i]);
  return sameLabels && model.key === modelKey(corpus) ? fromIntentModel(model) : undefined;
}

/**
 * Builds the intent classifier: multinomial logistic regression on stemmed words, word
 * bigrams and character n-grams (it beat natural's Bayes and logistic regression in
 * cross-validation), with temperature-scaled probabilities and a refusal rule that turns
 * weak or contested guesses into `out_of_scope`. Loads `prebuilt` weights when they match
 * the corpus (milliseconds), else trains (0.2 to 1 s, depending on the machine's load).
 */
export function createIntentClassifier(options: IntentClassifierOptions): IntentClassifier {
  const {
    corpus,
    temperature = CLASSIFIER_DEFAULTS.temperature,
    threshold = CLASSIFIER_DEFAULTS.threshold,
    margin = CLASSIFIER_DEFAULTS.margin,
  } = options;
  const saved = savedWeights(
    options.prebuilt === undefined ? committedModel : options.prebuilt,
    corpus,
  );
  const weights =
    saved ?? fitSoftmaxRegression(toExamples(corpus), INTENTS, MODEL_SETTINGS.training);
  const model = linearModel(weights);
  return {
    source: saved ? "prebuilt" : "trained",
    classify(text) {
      const probabilities = softmax(model.scores(toFeatures(text)), temperature);
      const ranking = INTENTS.map((intent, i) => ({ intent, score: probabilities[i] ?? 0 })).sort(
        (a, b) => b.score - a.score,
      );
      return decide(ranking, { threshold, margin });
    },
  };
}
