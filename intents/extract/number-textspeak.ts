/**
 * Digits that stand for words in text-speak: "sum1 2 do it all 4 us" ("to", "for"), "need 2
 * get this sorted", "gr8 4 me". Such a digit is not a number at all.
 */
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Words before a "2" that reads "to": "want 2", "some1 2", "going 2". */
const BEFORE_TO = wordSet(`
  sum1 some1 someone somebody somone sumone ne1 any1 anyone anybody want wants wanted wanna need
  needs needed going tryin trying try able like love hate time nice hard easy due used
  supposed meant happy glad keen u you us me them
`);
/** Verbs after a "2" that reads "to": "2 do", "2 b", "2 sort". */
const TO_VERBS = wordSet(`
  do b be get go help sort fix take deal keep make know see talk speak chat book call pay hire
  find replace outsource move switch handle cover manage run look c
`);
/** Words after a "4" that reads "for": "4 us", "4 me", "4 u". */
const FOR_OBJECTS = wordSet("us me u you them him her ages now sure real free ever");

/** True when the digit token at `i` is text-speak for "to" or "for", not a number. */
export function isTextSpeakDigit(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== "num" || token.suffix !== "" || !token.spaced) return false;
  const next = tokens[i + 1];
  if (!next || next.kind !== "word" || !next.spaced) return false;
  if (token.digits === "4") return FOR_OBJECTS.has(next.lower);
  if (token.digits !== "2") return false;
  return TO_VERBS.has(next.lower) && BEFORE_TO.has(lowerAt(tokens, i - 1));
}
