import { stem, tokenize } from "../../src/core/text/index.ts";

/** A sparse feature vector: feature name -> weight. */
export type FeatureVector = Map<string, number>;

/** How much each feature family counts; each family is scaled to this L2 norm. */
export interface FeatureWeights {
  words: number;
  bigrams: number;
  chars: number;
  shape: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = {
  words: 1,
  bigrams: 0.5,
  chars: 0.5,
  shape: 0.3,
};

const NUMBER = /^\p{N}+$/u;

/** Word stems (stop words kept: "no", "not" and "again" carry intent), numbers folded into one. */
export function wordFeatures(text: string): string[] {
  return tokenize(text).map((token) => (NUMBER.test(token) ? "<num>" : stem(token)));
}

/** Character 3- and 4-grams inside each padded word, so typos still share most features. */
export function charGrams(words: readonly string[]): string[] {
  const grams: string[] = [];
  for (const word of words) {
    if (NUMBER.test(word)) continue;
    const padded = `#${word}#`;
    for (const n of [3, 4]) {
      for (let i = 0; i + n <= padded.length; i += 1) grams.push(padded.slice(i, i + n));
    }
  }
  return grams;
}

function addFamily(
  vector: FeatureVector,
  prefix: string,
  items: readonly string[],
  norm: number,
): void {
  if (items.length === 0 || norm === 0) return;
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let squares = 0;
  for (const count of counts.values()) squares += count * count;
  const scale = norm / Math.sqrt(squares);
  for (const [item, count] of counts) vector.set(prefix + item, count * scale);
}

/**
 * The features the intent models see: stemmed words, word bigrams (with start and end markers,
 * so a lone "no" differs from "no idea") and character n-grams of the raw words.
 */
export function toFeatures(
  text: string,
  weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
): FeatureVector {
  const words = wordFeatures(text);
  const vector: FeatureVector = new Map();
  addFamily(vector, "w:", words, weights.words);
  const marked = ["^", ...words, "$"];
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < marked.length; i += 1) bigrams.push(`${marked[i]} ${marked[i + 1]}`);
  if (words.length > 0) addFamily(vector, "b:", bigrams, weights.bigrams);
  addFamily(vector, "c:", charGrams(tokenize(text)), weights.chars);
  const shape = [`len:${Math.min(words.length, 6)}`];
  if (text.includes("?")) shape.push("question");
  addFamily(vector, "s:", shape, weights.shape);
  return vector;
}
