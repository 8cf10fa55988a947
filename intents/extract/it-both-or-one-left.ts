/**
 * IT teams sized by a word that is not a number: "both our IT staff went off sick", "both of the
 * techs" (2), the one left after someone went: "Chris left, so it's only Ben now", "it's just
 * Raj now", and "our IT bloke... it's just him" (1, and everything rests on them).
 */
import { itRoleAt } from "./it-cues.ts";
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { endsHere, isNameAt } from "./person-names.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const BOTH_OWNERS = wordSet("our my the");
const JUST = wordSet("just only");
const ITS = wordSet("it's its");
/** A word that says someone went, which makes "it's just Ben now" the one left. */
const GONE = wordSet(`
  left leaving quit resigned retired lost went moved gone walked redundant restructure
`);

/** Said of people who went: "lost both", "both ... quit". */
const LEFT = wordSet("lost left quit resigned retired leaving walked gone losing");

const OF_A_FEW = wordSet("two three both them");

/** "Chris left", "one of the two left": a named person or one of a small team went. */
function leaverBefore(tokens: readonly Token[], k: number): boolean {
  return isNameAt(tokens, k - 1) || OF_A_FEW.has(lowerAt(tokens, k - 1));
}

/** "both our IT staff", "both of the IT lads", "both of my techs": two IT people. */
function bothItPeople(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  if (lowerAt(tokens, i) !== "both") return 0;
  let j = i + 1;
  if (lowerAt(tokens, j) === "of") j += 1;
  if (!BOTH_OWNERS.has(lowerAt(tokens, j))) return 0;
  const length = itRoleAt(tokens, it, j + 1);
  if (length === 0) return 0;
  const end = j + 1 + length;
  // "we lost both our IT people", "both our IT guys quit": none of them is left.
  if (LEFT.has(lowerAt(tokens, i - 1))) return 0;
  for (let k = end; k < end + 3; k += 1) if (LEFT.has(lowerAt(tokens, k))) return 0;
  return end;
}

/** "it's only Ben now", "so it's just Raj": one named person, when someone is said to have gone. */
function oneNameLeft(tokens: readonly Token[], i: number, gone: boolean): number {
  if (!gone) return 0;
  let j = i;
  if (ITS.has(lowerAt(tokens, j))) j += 1;
  else if (lowerAt(tokens, j) === "it" && lowerAt(tokens, j + 1) === "is") j += 2;
  else return 0;
  if (!JUST.has(lowerAt(tokens, j)) || !isNameAt(tokens, j + 1)) return 0;
  const end = lowerAt(tokens, j + 2) === "now" ? j + 3 : j + 2;
  return endsHere(tokens, end) ? end : 0;
}

const HIM_HER = wordSet("him her");
const TRAILERS = wordSet("though tbh now really honestly");
const MORE_PEOPLE = wordSet("me i myself a an another one two three his her their");

/** "it's 70 staff and just him": one IT person already talked about, and nobody else. */
function justHim(tokens: readonly Token[], i: number): number {
  if (!JUST.has(lowerAt(tokens, i)) || !HIM_HER.has(lowerAt(tokens, i + 1))) return 0;
  if (!endsHere(tokens, i + 2) && !TRAILERS.has(lowerAt(tokens, i + 2))) return 0;
  const link = lowerAt(tokens, i + 2);
  return (link === "and" || link === "&") && MORE_PEOPLE.has(lowerAt(tokens, i + 3)) ? 0 : i + 2;
}

/** Finds the phrases in the header comment, left to right. */
export function findBothOrOneLeft(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  const gone = tokens.some((token, k) => GONE.has(token.lower) && leaverBefore(tokens, k));
  for (let i = 0; i < tokens.length; i += 1) {
    const both = bothItPeople(tokens, it, i);
    const him = both > 0 ? 0 : justHim(tokens, i);
    const end = both || him || oneNameLeft(tokens, i, gone);
    if (end === 0) continue;
    found.push({
      at: i,
      end,
      value: both > 0 ? 2 : 1,
      source: "one",
      weak: false,
      // "just him" names no trade: IT must be said around it.
      needsItContext: him > 0,
      namesIt: both > 0,
      itByDefault: false,
      singlePerson: both === 0,
    });
    i = end - 1;
  }
  return found;
}
