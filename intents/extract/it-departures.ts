/**
 * The IT person left and nobody took over: "Dan who did all our IT left in the summer, since then
 * we've been limping along", "the IT girl left and we never replaced her", "we lost both our IT
 * people". Each gives no IT staff (0); weak, so any count in the message wins ("we had 3 in IT but
 * one left").
 */
import { nobodyTookOver } from "./it-not-replaced.ts";
import { noItStaff, type ItStaffPhrase } from "./it-staff-phrases.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const LEFT = wordSet("left quit resigned retired walked");
/** Where the person who left is named: an IT cue a few words before "left". */
const SUBJECT_REACH = 6;
const LOST_WHOLE = wordSet("both all");
const PRONOUNS = wordSet("he she they");
/** How far back an IT cue may stand when a pronoun names who left. */
const PRONOUN_REACH = 14;
/** "he went in January", "she went back to Cork": words that make "went" a departure. */
const WENT_AWAY = wordSet("in back off last at");

/** "one of our 3 IT staff", "two of the IT team": some of a team left, not the whole of it. */
function partOfTeam(tokens: readonly Token[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 4; k -= 1) {
    if (lowerAt(tokens, k) === "of" || tokens[k]?.kind === "num") return true;
    if (tokens[k]?.kind === "sym" && tokens[k]?.text !== "-") return false;
  }
  return false;
}

/** "their only techie", "a friend's IT guy": another organisation's IT, told as a story. */
const OTHERS = wordSet(`
  their his friend's mate's mates sister's brother's cousin's neighbour's neighbor's client's
  customer's competitor's
`);

/** An owner from someone else's organisation in the few words before the IT cue at `cue`. */
function someoneElses(tokens: readonly Token[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 3; k -= 1)
    if (OTHERS.has(lowerAt(tokens, k))) return true;
  return false;
}

/**
 * An IT cue in the few words before `at`, with no sentence break between; or, when a pronoun
 * says who left ("we had an IT lady, Priya, brilliant she was, but she left"), further back in
 * the same sentence.
 */
function itSubjectBefore(tokens: readonly Token[], it: readonly boolean[], at: number): boolean {
  const pronoun = PRONOUNS.has(lowerAt(tokens, at - 1));
  const reach = pronoun ? PRONOUN_REACH : SUBJECT_REACH;
  for (let k = at - 1; k >= 0 && k >= at - reach; k -= 1) {
    if (it[k]) return !partOfTeam(tokens, k) && !someoneElses(tokens, k);
    const token = tokens[k];
    if (token?.kind !== "sym" || token.text === "'" || token.text === "-") continue;
    if (!pronoun || token.text !== ",") return false;
  }
  return false;
}

/** "left", "quit", "moved on", "went back to Cork": the length of the departure at `i`, or 0. */
function departureAt(tokens: readonly Token[], i: number): number {
  const word = lowerAt(tokens, i);
  if (LEFT.has(word)) return 1;
  if (word === "moved" && lowerAt(tokens, i + 1) === "on") return 2;
  if (word === "went" && WENT_AWAY.has(lowerAt(tokens, i + 1))) return 1;
  return 0;
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
    const left = end === 0 ? departureAt(tokens, i) : 0;
    if (left > 0 && itSubjectBefore(tokens, it, i)) {
      end = nobodyTookOver(tokens, i + left) ? i + left : 0;
    }
    if (end === 0) continue;
    found.push(noItStaff(i, end));
    i = end - 1;
  }
  return found;
}
