import { createRequire } from "node:module";

/**
 * natural's index loads database drivers and takes about a second (STACK-NOTES), so only the
 * subpaths the advisor needs are loaded here, with the narrow types it uses.
 */
const require = createRequire(import.meta.url);

interface Stemmer {
  stem(token: string): string;
}
interface Tokenizer {
  tokenize(text: string): string[];
}

export const porterStemmer = require("natural/lib/natural/stemmers/porter_stemmer.js") as Stemmer;

const tokenizers = require("natural/lib/natural/tokenizers/index.js") as {
  WordTokenizer: new () => Tokenizer;
};
export const wordTokenizer: Tokenizer = new tokenizers.WordTokenizer();

export const englishStopwords: readonly string[] = (
  require("natural/lib/natural/util/stopwords.js") as { words: string[] }
).words;

/** Edit distance with adjacent transpositions ("netwrok" -> "network" is one edit). */
export const damerauLevenshtein = (
  require("natural/lib/natural/distance/levenshtein_distance.js") as {
    DamerauLevenshteinDistance: (source: string, target: string) => number;
  }
).DamerauLevenshteinDistance;
