/**
 * A small count said right after IT is named as the subject: "we're not short of IT people,
 * there's 7 of us", "on the IT front, two lads who know their stuff", "IT-wise there's 3 of us".
 * The count is the IT team being talked about.
 */
import { IT_COMPOUNDS } from "./count-lexicon.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** How far back IT may be named. */
const REACH = 8;
const SUBJECT_HEADS = wordSet("front side wise-");
const CREW = wordSet("lads guys blokes chaps fellas people folk techs engineers");
const SENTENCE_END = wordSet(". ! ? ;");
const NEGATED = wordSet("no not without none");

/**
 * True when, earlier in the same sentence, IT is named as a group of people or a subject ("IT
 * people", "the IT front", "IT-wise") and nothing negates it ("no IT people"). With
 * `subjectOnly`, only the subject forms ("IT-wise we have one person") count.
 */
export function itNamedJustBefore(
  tokens: readonly Token[],
  it: readonly boolean[],
  first: number,
  subjectOnly = false,
): boolean {
  for (let k = first - 1; k >= 0 && k >= first - REACH; k -= 1) {
    if (SENTENCE_END.has(lowerAt(tokens, k))) return false;
    if (!it[k]) continue;
    const next = lowerAt(tokens, k + 1);
    const subject =
      SUBJECT_HEADS.has(next) ||
      (next === "-" && lowerAt(tokens, k + 2) === "wise") ||
      next === "wise";
    const people = IT_COMPOUNDS.has(next) && next !== "side";
    if (!subject && (subjectOnly || !people)) continue;
    return !NEGATED.has(lowerAt(tokens, k - 1)) || lowerAt(tokens, k - 2) === "of";
  }
  return false;
}

/** "two lads", "3 guys": a count of people who could be the IT crew. */
export function crewAt(tokens: readonly Token[], end: number): boolean {
  return CREW.has(lowerAt(tokens, end));
}

const OWNERS = wordSet("our my");
const TEAM_CREW = wordSet("guys lads blokes chaps fellas techs engineers");

/** "our 3 guys", "my two lads": the speaker's own small crew, which is the IT team talked about. */
export function ownCrewAt(tokens: readonly Token[], first: number, end: number): boolean {
  return OWNERS.has(lowerAt(tokens, first - 1)) && TEAM_CREW.has(lowerAt(tokens, end));
}

/** "two of my guys", "3 of our lads": part of a crew, not a headcount. */
export function partOfOwnCrew(tokens: readonly Token[], end: number): boolean {
  return (
    lowerAt(tokens, end) === "of" &&
    OWNERS.has(lowerAt(tokens, end + 1)) &&
    TEAM_CREW.has(lowerAt(tokens, end + 2))
  );
}
