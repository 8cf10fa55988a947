/**
 * Where a message talks about IT the function rather than "it" the pronoun. "IT" in capitals is
 * the function unless the whole message shouts; a lower-case "it" counts only in shapes a
 * pronoun never takes ("it staff", "our it", "in-house it", "3 it").
 */
import { IT_COMPOUNDS, IT_ROLE_HEADS, IT_ROLE_NOUNS, IT_ROLE_QUALIFIERS } from "./count-lexicon.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Compounds that are also verbs after a pronoun ("it leads to", "it heads off"). */
const PRONOUN_VERBS = wordSet("leads heads supports works runs manages");
const BEFORE_IT = wordSet("internal dedicated our the your their any my external");
const AFTER_IN_IT = wordSet(
  "and but so or plus too as with at right now currently dept department team",
);

/** "put 2 in it", "sunk 20k in it": something placed in a thing, not people in IT. */
const PUT_VERBS = wordSet(
  "put puts spent spend spending invested invest sunk sink poured pour dropped",
);

/** "head of IT", "director of IT". */
export const HEAD_OF: ReadonlySet<string> = wordSet("head director manager vp lead");

/** One flag per token: does this token stand for IT the function? */
export function markItCues(tokens: readonly Token[]): boolean[] {
  const shouting = tokens.every(
    (token) => token.kind !== "word" || token.text === token.text.toUpperCase(),
  );
  return tokens.map((token, i) => isItAt(tokens, i, shouting));
}

function isItAt(tokens: readonly Token[], i: number, shouting: boolean): boolean {
  const token = tokens[i];
  // "IT's a team of 4": the capitals keep the function apart from the pronoun "it's".
  if (token && token.lower === "it's") return !shouting && token.text.startsWith("IT'");
  if (!token || token.lower !== "it") return false;
  const next = tokens[i + 1];
  const nextWord = next?.kind === "word" ? next.lower : "";
  if (!shouting && token.text === "IT") return true;
  if (nextWord && IT_COMPOUNDS.has(nextWord) && !PRONOUN_VERBS.has(nextWord)) return true;
  const prev = lowerAt(tokens, i - 1);
  if (BEFORE_IT.has(prev)) return true;
  if (prev === "house" && lowerAt(tokens, i - 2) === "-" && lowerAt(tokens, i - 3) === "in")
    return true;
  if (prev === "of" && lowerAt(tokens, i - 2) === "head") return true;
  if (tokens[i - 1]?.kind === "num") return true;
  // "200 staff 5 in it gaps in cloud", "400 ppl w 6 in it": a count placed in "it" is in IT.
  if (prev === "in" && tokens[i - 2]?.kind === "num" && !PUT_VERBS.has(lowerAt(tokens, i - 3)))
    return true;
  if (prev === "in" || prev === "no") {
    return !next || next.kind === "sym" || AFTER_IN_IT.has(nextWord);
  }
  return false;
}

/**
 * Length of an IT role phrase starting at `i` ("sysadmin", "network admin", "helpdesk tech",
 * "IT manager", "tech guy"), or 0. `it` marks IT cues from {@link markItCues}.
 */
export function itRoleAt(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  const word = lowerAt(tokens, i);
  const next = lowerAt(tokens, i + 1);
  if (it[i]) return IT_COMPOUNDS.has(next) ? 2 : 1;
  if (HEAD_OF.has(word) && next === "of" && it[i + 2]) return 3;
  if (IT_ROLE_QUALIFIERS.has(word) && IT_ROLE_HEADS.has(next)) return 2;
  if (word === "help" && next === "desk") return IT_ROLE_HEADS.has(lowerAt(tokens, i + 2)) ? 3 : 2;
  if (word === "service" && next === "desk")
    return IT_ROLE_HEADS.has(lowerAt(tokens, i + 2)) ? 3 : 2;
  if (IT_ROLE_NOUNS.has(word)) return IT_ROLE_HEADS.has(next) ? 2 : 1;
  return 0;
}

/** True when any token is an IT cue or an IT role: the message is about the IT function. */
export function mentionsIt(tokens: readonly Token[], it: readonly boolean[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    if (itRoleAt(tokens, it, i) > 0) return true;
  }
  return false;
}
