import { toFeatures, type FeatureVector } from "../classifier/features.ts";
import { fitSoftmaxRegression } from "../classifier/softmax-regression.ts";
import { labelFor, type FactsCorpus } from "./corpus.ts";
import { FACTS_MODEL_SETTINGS } from "./settings.ts";
import { FACT_TASKS } from "./tasks.ts";

/**
 * Trained weights for every task over one shared vocabulary. Each task keeps one column per label
 * after "none", holding its weight minus the "none" weight: a softmax does not change when the
 * same amount is added to every label, so "none" itself needs no column.
 */
export interface FactsWeights {
  features: ReadonlyMap<string, number>;
  /** `features.size` rows of {@link columnCount} weights. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Columns per feature: the labels of every task, less each task's "none". */
export const columnCount = (): number =>
  FACT_TASKS.reduce((sum, task) => sum + task.labels.length - 1, 0);

/** The features of a message the facts model reads. */
export const factFeatures = (text: string): FeatureVector =>
  toFeatures(text, FACTS_MODEL_SETTINGS.features);

/** Features seen in at least `minDocuments` messages, numbered in first-seen order. */
function vocabulary(vectors: readonly FeatureVector[]): Map<string, number> {
  const documents = new Map<string, number>();
  for (const vector of vectors)
    for (const name of vector.keys()) documents.set(name, (documents.get(name) ?? 0) + 1);
  const kept = new Map<string, number>();
  for (const [name, count] of documents)
    if (count >= FACTS_MODEL_SETTINGS.minDocuments) kept.set(name, kept.size);
  return kept;
}

/** Trains one softmax regression per task on the corpus messages that can teach it. */
export function trainFactsModel(corpus: FactsCorpus): FactsWeights {
  const all = corpus.cases.map((item) => factFeatures(item.text));
  const features = vocabulary(all);
  const vectors = all.map(
    (vector) => new Map([...vector].filter(([name]) => features.has(name))) as FeatureVector,
  );
  const columns = columnCount();
  const weights = new Float64Array(features.size * columns);
  const bias = new Float64Array(columns);
  let first = 0;
  for (const task of FACT_TASKS) {
    const examples = corpus.cases.flatMap((item, i) => {
      const label = labelFor(task, item);
      return label === undefined
        ? []
        : [{ features: vectors[i] as FeatureVector, label: task.labels.indexOf(label) }];
    });
    const fitted = fitSoftmaxRegression(examples, task.labels, FACTS_MODEL_SETTINGS.training);
    const classes = task.labels.length;
    for (let c = 1; c < classes; c += 1)
      bias[first + c - 1] = (fitted.bias[c] as number) - (fitted.bias[0] as number);
    for (const [name, id] of fitted.features) {
      const row = (features.get(name) as number) * columns + first;
      for (let c = 1; c < classes; c += 1)
        weights[row + c - 1] =
          (fitted.weights[id * classes + c] as number) - (fitted.weights[id * classes] as number);
    }
    first += classes - 1;
  }
  return { features, weights, bias };
}
