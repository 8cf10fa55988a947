import { createRequire } from "node:module";
import type { Corpus } from "../../intents/corpus.ts";
import { IntentSchema, type Intent } from "../../intents/intent-names.ts";
import { tokenize } from "../../src/core/text/index.ts";

/** natural's index loads database drivers, so only the classifiers subpath is loaded. */
const require = createRequire(import.meta.url);

interface BayesClassifier {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
}

const { BayesClassifier } = require("natural/lib/natural/classifiers/index.js") as {
  BayesClassifier: new () => BayesClassifier;
};

/** A reference point for the chosen model: text in, intent out, nothing else. */
export interface Baseline {
  name: string;
  classify(text: string): Intent;
}

/**
 * natural's naive Bayes over plain word tokens (no stemming, stopwords kept), trained on the
 * training corpus alone: what the intent model has to beat.
 */
export function createBayesBaseline(corpus: Corpus): Baseline {
  const classifier = new BayesClassifier();
  for (const { intent, utterances } of corpus.intents) {
    for (const utterance of utterances) classifier.addDocument(tokenize(utterance), intent);
  }
  classifier.train();
  return {
    name: "naive Bayes, plain tokens",
    classify: (text) => IntentSchema.parse(classifier.classify(tokenize(text))),
  };
}
