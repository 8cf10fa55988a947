/** @module text: tokenising, stemming and similarity shared by FAQ retrieval and the recogniser. */
export {
  normaliseText,
  tokenize,
  isStopword,
  stem,
  stemmedTerms,
  tokenJaccard,
  setJaccard,
} from "./normalise.ts";
export { damerauLevenshtein } from "./natural.ts";
