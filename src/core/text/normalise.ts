import { englishStopwords, porterStemmer } from "./natural.ts";

const STOPWORDS = new Set(englishStopwords);

/** Lower-cases, straightens quotes and dashes, and collapses whitespace. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Word tokens (letters, digits, apostrophes inside words), lower case. */
export function tokenize(text: string): string[] {
  return normaliseText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

export const isStopword = (token: string): boolean => STOPWORDS.has(token);

export const stem = (token: string): string => porterStemmer.stem(token);

/** Stemmed content tokens: the bag of words retrieval and classification work on. */
export function stemmedTerms(text: string, keepStopwords = false): string[] {
  return tokenize(text)
    .filter((token) => keepStopwords || !isStopword(token))
    .map(stem);
}

/** Token-set Jaccard similarity, used to keep evaluation data apart from training data. */
export function tokenJaccard(a: string, b: string): number {
  return setJaccard(new Set(tokenize(a)), new Set(tokenize(b)));
}

/** Jaccard similarity of two token sets (1 when both are empty). */
export function setJaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return shared / (left.size + right.size - shared);
}
