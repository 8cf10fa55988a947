/**
 * Every IT headcount said without a plain count, from each phrase finder in turn: "no IT people",
 * "the office manager does it", "it's just me", "Dave is our IT", "our contractor does the IT".
 */
import { findBothOrOneLeft } from "./it-both-or-one-left.ts";
import { findDeparturePhrases } from "./it-departures.ts";
import { findNameLists } from "./it-name-lists.ts";
import { findOutsiderPhrases } from "./it-outsiders.ts";
import { findSinglePersonPhrases } from "./it-single-person.ts";
import { findOnePersonPhrases } from "./it-one-person.ts";
import { findOnlyOnePhrases } from "./it-only-one.ts";
import { findMeAsideRolePhrases } from "./it-me-aside.ts";
import { findAlsoRolePhrases } from "./it-also-role.ts";
import { findPartTimers } from "./it-part-timers.ts";
import { findSpeakerRolePhrases } from "./it-speaker-role.ts";
import { findSoloPhrases } from "./it-solo-phrases.ts";
import { findZeroPhrases } from "./it-staff-phrases.ts";
import { findSideJobPhrases, SIDE_ROLES } from "./it-side-jobs.ts";
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import type { NumberMention } from "./numbers.ts";
import type { Token } from "./tokens.ts";

/** The IT headcount phrases in a message; `byStart` gives the number starting at a token. */
export function findItStaffPhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
  byStart: ReadonlyMap<number, NumberMention>,
): ItStaffPhrase[] {
  return withoutSoloInsideSideJobs([
    ...findZeroPhrases(tokens, it),
    ...findSideJobPhrases(tokens, it),
    ...findSpeakerRolePhrases(tokens, it, SIDE_ROLES),
    ...findSoloPhrases(tokens, it, (index) => byStart.get(index)),
    ...findOnePersonPhrases(tokens, it),
    ...findOnlyOnePhrases(tokens, it),
    ...findMeAsideRolePhrases(tokens, it),
    ...findAlsoRolePhrases(tokens, it),
    ...findNameLists(tokens, it),
    ...findOutsiderPhrases(tokens, it),
    ...findSinglePersonPhrases(tokens, it),
    ...findBothOrOneLeft(tokens, it),
    ...findDeparturePhrases(tokens, it),
    ...findPartTimers(tokens, it, (index) => byStart.get(index)),
  ]);
}

/** "I'm the MD and I do all the IT myself": the "myself" is the side job's, not a solo IT team. */
function withoutSoloInsideSideJobs(phrases: ItStaffPhrase[]): ItStaffPhrase[] {
  const sideJobs = phrases.filter((phrase) => phrase.source === "side");
  return phrases.filter(
    (phrase) =>
      phrase.source !== "solo" ||
      !sideJobs.some((side) => phrase.at >= side.at && phrase.at < side.end),
  );
}
