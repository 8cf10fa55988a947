/**
 * Changes to head counts the visitor gave earlier, said against what the advisor already holds:
 * "typo, 25 not 250" fixes whichever count was 250; "we've lost our second guy", "he left in
 * June and we haven't replaced him" and "the contractor doesn't count" take one off the IT team.
 */
import type { Profile } from "../../src/core/profile/index.ts";
import { findNumbers, type NumberMention } from "./numbers.ts";
import { namedLeaver } from "./count-leavers.ts";
import { lowerAt, longestPhraseAt, phrases, type PhraseSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

export interface CountChanges {
  employees?: number;
  itStaff?: number;
}

/** Between the new figure and the old one: "25 not 250", "25, not 250", "25 instead of 250". */
const NEW_THEN_OLD = phrases("not", ", not", "instead of", "rather than", "and not", ", and not");
/** Between the old figure and the new one: "250 should be 25", "250 -> 25". */
const OLD_THEN_NEW = phrases(
  "should be",
  "should have been",
  "should've been",
  "is actually",
  "was meant to be",
  "- >",
  "= >",
  "→",
  "was wrong , it's",
  "is wrong , it's",
  "was a typo , it's",
  "was a typo",
  ", it's actually",
);
/** After "not" and the old figure, before the new one: "not 250, 25", "not 250 but 25". */
const OLD_THEN_NEW_AFTER_NOT = phrases(
  ",",
  "but",
  ", but",
  ", it's",
  "it's",
  ", more like",
  "but more like",
);

/** Before the old figure: "i typed 12, it's 120", "I put 40, meant 14". */
const TYPED = new Set(["typed", "put", "wrote", "entered", "said", "gave", "clicked", "pressed"]);
/** Between a typed figure and the new one: "typed 12, it's 120", "said 40 but meant 14". */
const TYPED_THEN_NEW = phrases(
  ", it's",
  ", its",
  "- it's",
  ", it should be",
  ", should be",
  ", meant",
  ", i meant",
  "i meant",
  "but meant",
  "but i meant",
  ", but it's",
  "but it's",
  ", it is",
  ", actually",
  "when it's",
  "when it should be",
);

/** After a figure the advisor holds: it counted someone it should not have. */
const INCLUDED = new Set(["included", "includes", "including", "counted", "counts", "double"]);

const known = (value: number | null | undefined): number | undefined =>
  typeof value === "number" ? value : undefined;

/** The profile field that holds `value`, if exactly one does. */
function fieldHolding(value: number, profile: Profile): keyof CountChanges | undefined {
  const employees = known(profile.employees) === value;
  const itStaff = known(profile.itStaff) === value;
  if (employees === itStaff) return undefined;
  return employees ? "employees" : "itStaff";
}

/**
 * True when a phrase from `list` fills the tokens `from`..`to` exactly, or runs on into the
 * qualifier of the next figure (", more like" before "more like 35"), which ends at `last`.
 */
function fillsGap(
  tokens: readonly Token[],
  from: number,
  to: number,
  list: PhraseSet,
  last = to,
): boolean {
  if (from === to) return false;
  const length = longestPhraseAt(tokens, from, list);
  return length === to - from || (length > to - from && from + length <= last);
}

const COUNT_NOUNS = new Set([
  "in",
  "it",
  "staff",
  "people",
  "employees",
  "of",
  "us",
  "the",
  "team",
]);

/** After a count, past its noun ("in IT", "staff", "of us"), up to `limit`. */
function skipCountNoun(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && k < from + 3 && COUNT_NOUNS.has(lowerAt(tokens, k))) k += 1;
  return k;
}

/** "N not M", "not M, N" and "M should be N", where M is a count the advisor holds. */
function swaps(tokens: readonly Token[], profile: Profile): CountChanges {
  const mentions = findNumbers(tokens).filter((m) => m.excluded === null && m.whole);
  const changes: CountChanges = {};
  const apply = (oldOne: NumberMention, newOne: NumberMention) => {
    const field = fieldHolding(oldOne.value, profile);
    if (field && newOne.value !== oldOne.value) changes[field] = newOne.value;
  };
  let oldBefore: NumberMention | undefined;
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const a = mentions[i] as NumberMention;
    const b = mentions[i + 1] as NumberMention;
    // "it's 7 in IT not 5": the new figure's noun may stand before "not".
    const afterNoun = skipCountNoun(tokens, a.end, b.first);
    if (afterNoun > a.end && fillsGap(tokens, afterNoun, b.first, NEW_THEN_OLD)) {
      apply(b, a);
      oldBefore = b;
      continue;
    }
    // "7 in IT not 5, two contractors went permanent": 5 was the old figure, not a new one.
    if (oldBefore === a) continue;
    // "5 included the MSP bloke. it's 4 of us": the figure held, what was wrong, then the new one.
    if (INCLUDED.has(lowerAt(tokens, a.end))) {
      apply(a, b);
      continue;
    }
    const digitAt = b.end - 1;
    if (fillsGap(tokens, a.end, b.first, NEW_THEN_OLD)) apply(b, a);
    else if (fillsGap(tokens, a.end, b.first, OLD_THEN_NEW, digitAt)) apply(a, b);
    else if (
      lowerAt(tokens, a.first - 1) === "not" &&
      fillsGap(tokens, a.end, b.first, OLD_THEN_NEW_AFTER_NOT, digitAt)
    )
      apply(a, b);
    else if (
      TYPED.has(lowerAt(tokens, a.first - 1)) &&
      fillsGap(tokens, a.end, b.first, TYPED_THEN_NEW, digitAt)
    )
      apply(a, b);
  }
  return changes;
}

const LOST_ONE =
  /\b(?:lost|losing) (?:our|one of our|one of the|one|a|the|another)(?: (?:second|other|third|only|last|newest|junior|senior|extra))?(?: it)? (?:guy|person|lad|bloke|engineer|tech|techie|admin|sysadmin|member of staff|staff member|one|chap|woman|lady|man|girl|apprentice|technician)\b/;
const ONE_LEFT =
  /\b(?:he's|she's|hes|shes|he|she|the other (?:one|lad|guy|person|bloke|chap|engineer|tech)|one of (?:them|the (?:lads|guys|team|engineers|techs|two|three))|our (?:only )?(?:it )?(?:guy|person|lad|bloke|engineer|tech|admin|sysadmin|manager)) (?:has |had |just |finally |actually |since |now )*(?:left|gone|quit|resigned|retired|walked out|moved on)\b/;
const SUPPOSED = /\b(?:if|when|should|might|may|could|would|in case|used to|before)\s+\S*\s*$/;
const REPLACED =
  /\b(?:replaced (?:him|her|them)|(?:hired|recruited|found|got|taken on) (?:a |someone|somebody|his |her )?(?:new |replacement|someone|somebody)?)/g;
const NOT_YET = /\b(?:not|n't|never|yet to|still to|haven't|havent|hasn't|hasnt)\s+(?:\S+\s+)?$/;
const NOT_COUNTING =
  /\b(?:the |that |our )?(?:contractor|freelancer|temp|consultant|msp (?:guy|bloke|engineer|lad|tech)|guy from the msp|apprentice)\b[^.?!]{0,30}\b(?:doesn't|doesnt|does not|dont|don't|shouldn't|shouldnt|should not|isn't|isnt|is not) (?:really )?(?:count|counted|in house|in-house|ours|staff)\b|\b(?:don't|do not|shouldn't|should not) count the (?:contractor|freelancer|temp|consultant|msp (?:guy|bloke|engineer)|apprentice)\b/;

/** "none of them are IT", "they're not really IT staff": the IT count held was nobody's job. */
const NONE_ARE_IT =
  /\b(?:none of (?:them|those|these|us|the \w+) (?:are|is|were|was)|(?:they're|theyre|they are|they were) not|(?:they|them) aren't|they arent)(?: (?:actually|really|proper|strictly|technically|in|even))* it\b(?! (?:is|was|'s|has|had|will|would|can|does|did)\b)/;

/** "we've lost our second guy", "he left and wasn't replaced", "the contractor doesn't count". */
function oneFewer(text: string, tokens: readonly Token[], profile: Profile): CountChanges {
  const itStaff = known(profile.itStaff);
  if (itStaff === undefined || itStaff < 1) return {};
  if (NONE_ARE_IT.test(text)) return { itStaff: 0 };
  if (NOT_COUNTING.test(text)) return { itStaff: itStaff - 1 };
  const match = LOST_ONE.exec(text) ?? ONE_LEFT.exec(text);
  const leaver = match
    ? { before: text.slice(0, match.index), after: text.slice(match.index) }
    : namedLeaver(tokens);
  if (!leaver || SUPPOSED.test(leaver.before)) return {};
  const after = leaver.after;
  for (const replaced of after.matchAll(REPLACED)) {
    if (!NOT_YET.test(after.slice(Math.max(0, replaced.index - 30), replaced.index))) return {};
  }
  return { itStaff: itStaff - 1 };
}

/**
 * Count changes against the profile: `swaps` ("25 not 250") name both figures and override what
 * the message's counts read; `fewer` ("he left") applies only when the message states no IT count.
 */
export function countChangesAgainst(
  text: string,
  tokens: readonly Token[],
  profile: Profile,
): { swaps: CountChanges; fewer: CountChanges } {
  if (known(profile.employees) === undefined && known(profile.itStaff) === undefined)
    return { swaps: {}, fewer: {} };
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return { swaps: swaps(tokens, profile), fewer: oneFewer(lower, tokens, profile) };
}
