/**
 * After an IT person's departure, words saying nobody took their place: "since then", "we never
 * replaced her", "nobody's replaced him", "haven't gotten anyone since", "no replacement", "now
 * it's a free for all".
 */
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** How far after the departure to look. */
const AFTERMATH_REACH = 14;
/** How far before "replaced" or "anyone since" a negation may stand. */
const NEGATION_REACH = 4;

const NEGATIONS = wordSet(`
  never not no nobody nobody's noone haven't havent hasn't hasnt wasn't wasnt weren't didn't didnt
  couldn't couldnt yet
`);
const ANYONE = wordSet("anyone anybody someone");
const SENTENCE_END = wordSet(". ! ? ;");
const COVERS = wordSet(`
  covers covering does doing handles handling manages managing runs running stepped steps
  picked picks took takes
`);
/** How far after "replaced" someone who stepped in may be said. */
const COVER_REACH = 6;

/** A negation in the few words before `at`: "never replaced", "nobody's replaced". */
export function negatedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k -= 1) {
    const word = lowerAt(tokens, k);
    if (NEGATIONS.has(word)) return true;
    // "no-one" is three tokens.
    if (word === "one" && lowerAt(tokens, k - 1) === "-" && lowerAt(tokens, k - 2) === "no")
      return true;
  }
  return false;
}

/** "free for all", "free-for-all": nobody in charge. */
function freeForAll(tokens: readonly Token[], k: number): boolean {
  if (lowerAt(tokens, k) !== "free") return false;
  let j = k + 1;
  if (lowerAt(tokens, j) === "-") j += 1;
  if (lowerAt(tokens, j) !== "for") return false;
  j += 1;
  if (lowerAt(tokens, j) === "-") j += 1;
  return lowerAt(tokens, j) === "all";
}

/** "Jo covers", "the office manager does it now": someone who stepped in, after `from`. */
function coveredAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + COVER_REACH; k += 1) {
    if (SENTENCE_END.has(lowerAt(tokens, k))) return false;
    if (COVERS.has(lowerAt(tokens, k))) return true;
  }
  return false;
}

/** True when the words after `from` say nobody took over from the person who left. */
export function nobodyTookOver(tokens: readonly Token[], from: number): boolean {
  let sentences = 0;
  for (let k = from; k < tokens.length && k < from + AFTERMATH_REACH; k += 1) {
    const word = lowerAt(tokens, k);
    if (SENTENCE_END.has(word) && (sentences += 1) > 1) return false;
    if (word === "since" && lowerAt(tokens, k + 1) === "then") return true;
    // "we haven't replaced him, Jo covers": someone took over after all.
    if (word.startsWith("replac") && negatedBefore(tokens, k)) return !coveredAfter(tokens, k + 1);
    if (ANYONE.has(word) && lowerAt(tokens, k + 1) === "since" && negatedBefore(tokens, k))
      return true;
    if (freeForAll(tokens, k)) return true;
  }
  return false;
}
