import type { Example, Trainer } from "./model.ts";
import { seededRandom, shuffle } from "./random.ts";

/**
 * Assigns each example to one of `k` folds, shuffled with a fixed seed, so that every label is
 * spread evenly over the folds.
 */
export function stratifiedFolds(examples: readonly Example[], k: number, seed = 11): number[] {
  const random = seededRandom(seed);
  const byLabel = new Map<number, number[]>();
  examples.forEach(({ label }, i) => byLabel.set(label, [...(byLabel.get(label) ?? []), i]));
  const folds = new Array<number>(examples.length).fill(0);
  for (const members of byLabel.values()) {
    shuffle(members, random).forEach((i, n) => (folds[i] = n % k));
  }
  return folds;
}

/** How {@link crossValidate} splits the examples. */
export interface CrossValidationOptions {
  folds?: number;
  seed?: number;
  /**
   * True when training example `train` is too close to held-out example `heldOut` (by index);
   * such examples are left out of that fold's training, as fresh messages would be unlike
   * anything trained on.
   */
  tooClose?: (heldOut: number, train: number) => boolean;
}

/**
 * k-fold cross-validation: every example is scored by a model trained without its fold.
 * Returns the held-out scores in example order.
 */
export function crossValidate(
  examples: readonly Example[],
  labels: readonly string[],
  trainer: Trainer,
  options: CrossValidationOptions = {},
): Float64Array[] {
  const { folds: k = 5, seed = 11, tooClose } = options;
  const folds = stratifiedFolds(examples, k, seed);
  const scores = new Array<Float64Array>(examples.length);
  for (let fold = 0; fold < k; fold += 1) {
    const heldOut = examples.flatMap((_, i) => (folds[i] === fold ? [i] : []));
    const training = examples.filter(
      (_, i) => folds[i] !== fold && !(tooClose && heldOut.some((h) => tooClose(h, i))),
    );
    const model = trainer(training, labels);
    for (const i of heldOut) {
      const example = examples[i];
      if (example) scores[i] = model.scores(example.features);
    }
  }
  return scores;
}
