/**
 * The IT person left and nobody took over: "Dan who did all our IT left in the summer, since then
 * we've been limping along", "we lost both our IT people". Each gives no IT staff (0); weak, so any count in the message wins
 * ("we had 3 in IT but one left").
 */
import { noItStaff, type ItStaffPhrase } from "./it-staff-phrases.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const LEFT = wordSet("left quit resigned retired walked");
/** Where the person who left is named: an IT cue a few words before "left". */
const SUBJECT_REACH = 6;
/** How far after "left" to look for "since then". */
const AFTERMATH_REACH = 14;
const LOST_WHOLE = wordSet("both all");

/**
 * "since then we've been limping along": nobody took over. "We never replaced her" alone is not
 * enough: it is often followed by who covers now.
 */
function nobodyTookOver(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + AFTERMATH_REACH; k += 1) {
    const word = lowerAt(tokens, k);
    if (word === "since" && lowerAt(tokens, k + 1) === "then") return true;
  }
  return false;
}

/** "one of our 3 IT staff", "two of the IT team": some of a team left, not the whole of it. */
function partOfTeam(tokens: readonly Token[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 4; k -= 1)
    if (lowerAt(tokens, k) === "of" || tokens[k]?.kind === "num") return true;
  return false;
}

/** An IT cue in the few words before `at`, with no sentence break between. */
function itSubjectBefore(tokens: readonly Token[], it: readonly boolean[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - SUBJECT_REACH; k -= 1) {
    if (it[k]) return !partOfTeam(tokens, k);
    const token = tokens[k];
    if (token?.kind === "sym" && token.text !== "'" && token.text !== "-") return false;
  }
  return false;
}

/** "we lost both our IT people", "lost all our IT staff": the end of the phrase, or 0. */
function lostWholeTeam(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  if (lowerAt(tokens, i) !== "lost" || !LOST_WHOLE.has(lowerAt(tokens, i + 1))) return 0;
  const at = lowerAt(tokens, i + 2) === "our" || lowerAt(tokens, i + 2) === "of" ? i + 3 : i + 2;
  const our = lowerAt(tokens, at) === "our" ? at + 1 : at;
  return it[our] ? our + 2 : 0;
}

/** Finds the phrases in the header comment, left to right. */
export function findDeparturePhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    let end = lostWholeTeam(tokens, it, i);
    if (end === 0 && LEFT.has(lowerAt(tokens, i)) && itSubjectBefore(tokens, it, i)) {
      end = nobodyTookOver(tokens, i + 1) ? i + 1 : 0;
    }
    if (end === 0) continue;
    found.push(noItStaff(i, end));
    i = end - 1;
  }
  return found;
}
