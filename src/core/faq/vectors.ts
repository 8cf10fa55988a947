import { normaliseText, stemmedTerms } from "../text/index.ts";
import { applySynonyms } from "./synonyms.ts";

export type SparseVector = Map<string, number>;

/**
 * Stemmed content words, adjacent-word pairs and character 4-grams (so a typo still shares most
 * of its features with the word meant), after synonym rewriting.
 */
export function faqFeatures(text: string): string[] {
  const terms = stemmedTerms(applySynonyms(normaliseText(text)));
  const pairs = terms.slice(1).map((term, i) => `${terms[i]}_${term}`);
  const grams = terms.flatMap((term) => {
    const padded = `#${term}#`;
    const out: string[] = [];
    for (let i = 0; i + 4 <= padded.length; i += 1) out.push(`c:${padded.slice(i, i + 4)}`);
    return out;
  });
  return [...terms, ...pairs, ...grams];
}

export function termCounts(features: readonly string[]): SparseVector {
  const counts: SparseVector = new Map();
  for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return counts;
}

/**
 * Sub-linear TF times IDF, L2-normalised. A feature the index never saw gets `unseenIdf`: it adds
 * to the norm (so a question mostly about other things scores low) but matches nothing.
 */
export function weigh(
  counts: SparseVector,
  idf: ReadonlyMap<string, number>,
  unseenIdf = 0,
): SparseVector {
  const vector: SparseVector = new Map();
  let norm = 0;
  for (const [feature, count] of counts) {
    const weight = idf.get(feature) ?? unseenIdf;
    if (weight === 0) continue;
    const value = (1 + Math.log(count)) * weight;
    vector.set(feature, value);
    norm += value * value;
  }
  if (norm > 0) for (const [feature, value] of vector) vector.set(feature, value / Math.sqrt(norm));
  return vector;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [feature, value] of small) dot += value * (large.get(feature) ?? 0);
  return dot;
}

export function addInto(target: SparseVector, source: SparseVector): void {
  for (const [feature, value] of source) target.set(feature, (target.get(feature) ?? 0) + value);
}

export function normalise(vector: SparseVector): SparseVector {
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  const out: SparseVector = new Map();
  if (norm === 0) return out;
  for (const [feature, value] of vector) out.set(feature, value / Math.sqrt(norm));
  return out;
}

export function scale(vector: SparseVector, factor: number): SparseVector {
  const out: SparseVector = new Map();
  for (const [feature, value] of vector) out.set(feature, value * factor);
  return out;
}
