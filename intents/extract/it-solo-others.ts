/**
 * The others a speaker counts with themselves: "me and an apprentice", "me + 2", "me and Tom",
 * "3 plus me", "1 of me, 2 apprentices". Used by findSoloPhrases in it-solo-phrases.ts.
 */
import { NOUN_FILLERS } from "./count-lexicon.ts";
import { skip } from "./it-staff-phrases.ts";
import type { NumberMention } from "./numbers.ts";
import { endsHere, isNameAt } from "./person-names.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Looks up the number that starts at a token index. */
export type MentionAt = (index: number) => NumberMention | undefined;

const HELPERS = wordSet(`
  other others more junior juniors apprentice apprentices colleague colleagues helper helpers
  assistant assistants tech techs techie techies engineer engineers part-timer part-timers
  guy guys lad lads person people sysadmin sysadmins technician technicians admin analyst support
  graduate trainee trainees
`);

/** Kinds of staff that may stand after the count: "3 perm + me". */
const STAFF_KINDS = wordSet("perm perms permanent permies full-time fulltime");

/** "1 of me" or "one of me" ending at the "me" at `me`: the index of the "1", or -1. */
export function oneOfMeAt(
  tokens: readonly Token[],
  me: number,
  mentionAt: (index: number) => NumberMention | undefined,
): number {
  if (lowerAt(tokens, me) !== "me" || lowerAt(tokens, me - 1) !== "of") return -1;
  for (let first = me - 2; first >= 0 && first >= me - 3; first -= 1) {
    const mention = mentionAt(first);
    if (mention && mention.end === me - 1 && mention.value === 1) return first;
  }
  return -1;
}

const NAME_FOLLOWERS = wordSet("and but so here now who cover covering run running share");
/** Plural helper nouns: "with 2 others" but not "with 2 other". */
export const PLURAL_HELPERS = wordSet(`
  others juniors apprentices colleagues helpers assistants techs techies engineers part-timers guys
  lads people sysadmins technicians trainees
`);
/** The others after "me and" at `from`: how many, and where the phrase ends. */
export function helpersAt(
  tokens: readonly Token[],
  it: readonly boolean[],
  from: number,
  mentionAt: (index: number) => NumberMention | undefined,
): { count: number; end: number } | null {
  let j = from;
  let count = 1;
  const mention = mentionAt(j);
  if (
    mention &&
    mention.excluded === null &&
    mention.whole &&
    mention.value >= 1 &&
    mention.value <= 20
  ) {
    count = mention.value;
    j = mention.end;
    // "me + 2", "IT is me plus two.": a bare number of others.
    if (endsHere(tokens, j)) return { count, end: j };
  } else if (["a", "an", "another", "one"].includes(lowerAt(tokens, j))) j += 1;
  else if (isNameAt(tokens, j)) {
    // "me and Tom", "just me and Priya in IT"
    const after = lowerAt(tokens, j + 1);
    if (endsHere(tokens, j + 1) || NAME_FOLLOWERS.has(after)) return { count: 1, end: j + 1 };
    if (after === "in" && it[j + 2]) return { count: 1, end: j + 3 };
    return null;
  }
  if (!HELPERS.has(lowerAt(tokens, j))) j = skip(tokens, j, NOUN_FILLERS, 4);
  if (it[j]) j += 1;
  return HELPERS.has(lowerAt(tokens, j)) ? { count, end: j + 1 } : null;
}

/**
 * "3" or "two techs" just before the "plus me" at `plus`: a small whole count, then at most a
 * helper noun or an IT word ("2 IT guys and me").
 */
export function othersBefore(
  tokens: readonly Token[],
  it: readonly boolean[],
  plus: number,
  mentionAt: (index: number) => NumberMention | undefined,
): { count: number; at: number } | null {
  let end = plus;
  if (HELPERS.has(lowerAt(tokens, end - 1))) end -= 1;
  // "3 perm + me", "2 full-time and me"
  if (STAFF_KINDS.has(lowerAt(tokens, end - 1))) end -= 1;
  if (it[end - 1]) end -= 1;
  // "3 in IT plus me", "2 in the IT team and myself"
  if (lowerAt(tokens, end - 1) === "team" && it[end - 2]) end -= 2;
  if (lowerAt(tokens, end - 1) === "the") end -= 1;
  if (lowerAt(tokens, end - 1) === "in" && end < plus) end -= 1;
  for (let first = end - 1; first >= 0 && first >= end - 4; first -= 1) {
    const mention = mentionAt(first);
    if (!mention || mention.end !== end) continue;
    const small = mention.whole && mention.value >= 1 && mention.value <= 20;
    return mention.excluded === null && small ? { count: mention.value, at: first } : null;
  }
  return null;
}
