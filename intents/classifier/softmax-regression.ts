import type { FeatureVector } from "./features.ts";
import type { ScoringModel, Trainer } from "./model.ts";
import { seededRandom, shuffle } from "./random.ts";

/** Knobs for {@link trainSoftmaxRegression}; the defaults were chosen by cross-validation. */
export interface SoftmaxRegressionOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

/** Trained weights: one row of `labels.length` weights per feature, plus one bias per label. */
export interface LinearWeights {
  labels: readonly string[];
  features: ReadonlyMap<string, number>;
  weights: Float64Array;
  bias: Float64Array;
}

interface Row {
  ids: Int32Array;
  values: Float64Array;
  label: number;
}

function indexRows(examples: Parameters<Trainer>[0]): {
  rows: Row[];
  features: Map<string, number>;
} {
  const features = new Map<string, number>();
  const rows = examples.map(({ features: vector, label }) => {
    const ids = new Int32Array(vector.size);
    const values = new Float64Array(vector.size);
    let k = 0;
    for (const [name, value] of vector) {
      let id = features.get(name);
      if (id === undefined) {
        id = features.size;
        features.set(name, id);
      }
      ids[k] = id;
      values[k] = value;
      k += 1;
    }
    return { ids, values, label };
  });
  return { rows, features };
}

/**
 * Multinomial logistic regression on sparse features, trained by AdaGrad stochastic gradient
 * descent with L2 shrinkage on the weights a step touches. Hand-rolled because natural's
 * logistic regression works on dense matrices and takes minutes on this corpus.
 */
export function fitSoftmaxRegression(
  examples: Parameters<Trainer>[0],
  labels: readonly string[],
  options: SoftmaxRegressionOptions = {},
): LinearWeights {
  const { epochs = 10, learningRate = 0.3, l2 = 1e-4, seed = 7 } = options;
  const classes = labels.length;
  const { rows, features } = indexRows(examples);
  const weights = new Float64Array(features.size * classes);
  const squared = new Float64Array(features.size * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const biasSquared = new Float64Array(classes).fill(1e-8);
  const out = new Float64Array(classes);
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const r of shuffle(order, random)) {
      const { ids, values, label } = rows[r] as Row;
      out.set(bias);
      for (let k = 0; k < ids.length; k += 1) {
        const base = (ids[k] as number) * classes;
        const value = values[k] as number;
        for (let c = 0; c < classes; c += 1)
          out[c] = (out[c] as number) + (weights[base + c] as number) * value;
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c += 1) max = Math.max(max, out[c] as number);
      let sum = 0;
      for (let c = 0; c < classes; c += 1) {
        const e = Math.exp((out[c] as number) - max);
        out[c] = e;
        sum += e;
      }
      for (let c = 0; c < classes; c += 1) {
        const error = (out[c] as number) / sum - (c === label ? 1 : 0);
        const g = (biasSquared[c] as number) + error * error;
        biasSquared[c] = g;
        bias[c] = (bias[c] as number) - (learningRate * error) / Math.sqrt(g);
        for (let k = 0; k < ids.length; k += 1) {
          const at = (ids[k] as number) * classes + c;
          const w = weights[at] as number;
          const gradient = error * (values[k] as number) + l2 * w;
          const s = (squared[at] as number) + gradient * gradient;
          squared[at] = s;
          weights[at] = w - (learningRate * gradient) / Math.sqrt(s);
        }
      }
    }
  }
  return { labels, features, weights, bias };
}

/** Scores features with trained {@link LinearWeights}: the logits a softmax turns into probabilities. */
export function linearModel({ labels, features, weights, bias }: LinearWeights): ScoringModel {
  const classes = labels.length;
  return {
    labels,
    scores(vector: FeatureVector) {
      const out = Float64Array.from(bias);
      for (const [name, value] of vector) {
        const id = features.get(name);
        if (id === undefined) continue;
        const base = id * classes;
        for (let c = 0; c < classes; c += 1)
          out[c] = (out[c] as number) + (weights[base + c] as number) * value;
      }
      return out;
    },
    knownFeatures(vector: FeatureVector) {
      let known = 0;
      for (const name of vector.keys()) if (features.has(name)) known += 1;
      return known;
    },
  };
}

/** {@link fitSoftmaxRegression} as a {@link Trainer}, for cross-validation and model selection. */
export function trainSoftmaxRegression(options: SoftmaxRegressionOptions = {}): Trainer {
  return (examples, labels) => linearModel(fitSoftmaxRegression(examples, labels, options));
}
