import { createRequire } from "node:module";
import type { FeatureVector } from "./features.ts";
import type { ScoringModel, Trainer } from "./model.ts";

/** natural's index loads database drivers (STACK-NOTES), so only the classifiers subpath is loaded. */
const require = createRequire(import.meta.url);

interface NaturalClassifier {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  getClassifications(tokens: string[]): { label: string; value: number }[];
  features: Record<string, number>;
}
type NaturalClassifierClass = new () => NaturalClassifier;

interface NaturalClassifiers {
  BayesClassifier: NaturalClassifierClass;
  LogisticRegressionClassifier: NaturalClassifierClass;
}
/** Loaded on first use: only model selection needs natural's classifiers, not start-up. */
const classifiers = (): NaturalClassifiers =>
  require("natural/lib/natural/classifiers/index.js") as NaturalClassifiers;

/** The smallest log score, for a probability that underflowed to zero. */
const FLOOR = -745;

/**
 * Wraps one of natural's classifiers, fed our own feature names as the document's tokens
 * (natural's classifiers use binary presence, so feature weights are dropped).
 */
function naturalTrainer(
  pick: (loaded: NaturalClassifiers) => NaturalClassifierClass,
  keep: (feature: string) => boolean,
  toScore: (value: number) => number,
): Trainer {
  return (examples, labels) => {
    const Classifier = pick(classifiers());
    const classifier = new Classifier();
    const tokensOf = (features: FeatureVector): string[] => [...features.keys()].filter(keep);
    for (const { features, label } of examples)
      classifier.addDocument(tokensOf(features), labels[label] ?? "");
    classifier.train();
    const position = new Map(labels.map((label, i) => [label, i]));
    return {
      labels,
      scores(features) {
        const out = new Float64Array(labels.length).fill(FLOOR);
        const tokens = tokensOf(features);
        if (tokens.length === 0) return out;
        for (const { label, value } of classifier.getClassifications(tokens)) {
          const at = position.get(label);
          if (at !== undefined) out[at] = toScore(value);
        }
        return out;
      },
      knownFeatures(features) {
        return tokensOf(features).filter((token) => token in classifier.features).length;
      },
    } satisfies ScoringModel;
  };
}

const logOf = (value: number): number => (value > 0 ? Math.log(value) : FLOOR);
const logitOf = (value: number): number => {
  const p = Math.min(Math.max(value, 1e-12), 1 - 1e-12);
  return Math.log(p / (1 - p));
};

/**
 * natural's naive Bayes; scores are log posteriors. `chars` adds character n-grams, which
 * natural's dense feature lookup makes slow (it scans the whole vocabulary per document).
 */
export function trainNaturalBayes(options: { chars?: boolean } = {}): Trainer {
  const keep = options.chars ? () => true : (feature: string) => !feature.startsWith("c:");
  return naturalTrainer((loaded) => loaded.BayesClassifier, keep, logOf);
}

/** natural's one-vs-rest logistic regression on word and bigram features; scores are logits. */
export function trainNaturalLogisticRegression(): Trainer {
  return naturalTrainer(
    (loaded) => loaded.LogisticRegressionClassifier,
    (feature) => !feature.startsWith("c:"),
    logitOf,
  );
}
