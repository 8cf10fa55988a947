/**
 * Whether a count is today's: "hiring 2 IT people", "we need 3 more", "we had an IT guy" and "not
 * a sysadmin" are not headcounts.
 */
import { NOUN_FILLERS, isPersonOrRoleWord } from "./count-lexicon.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const NOT_CURRENT = wordSet(`
  hire hiring recruit recruiting need needs needed want wants wanted seeking find finding advertise
  advertising afford replace replacing lost losing lose grow growing expand expanding reach
  reaching double doubling add adding hope hoping expect expecting plan planning target aim would
  could should might will if hired lack lacking missing justify justifying warrant
`);

const NOT_CURRENT_SKIP = wordSet(
  "a an the another to for at least some about around maybe up another more extra additional new",
);

const OWNERS = wordSet("our my the their");

const HAVE_BEFORE_HAD = wordSet("have has we've i've they've 've");

/** "hiring 2 IT people", "we need 3 more", "we had an IT guy": not today's headcount. */
export function notCurrent(tokens: readonly Token[], mention: NumberMention): boolean {
  if (lowerAt(tokens, mention.end) === "more" || lowerAt(tokens, mention.end) === "ago")
    return true;
  if (lowerAt(tokens, mention.end) === "years" && lowerAt(tokens, mention.end + 1) === "ago")
    return true;
  return goneSince(tokens, mention.end) || notCurrentBefore(tokens, mention.first);
}

const DEPARTED = wordSet("left retired quit resigned departed");
const BEFORE_DEPARTED = wordSet("it has just recently who sadly then - in-house");

const REPLACED = wordSet("replaced replacement successor");

/**
 * "our only IT guy quit two weeks ago", "our one IT person left in May": the only IT person has
 * gone and nothing says they were replaced, so no one is left in IT.
 */
export function soleOneGone(tokens: readonly Token[], end: number): boolean {
  if (!goneSince(tokens, end)) return false;
  for (let k = end; k < end + 14 && k < tokens.length; k += 1) {
    if (!REPLACED.has(lowerAt(tokens, k))) continue;
    return negatedBefore(tokens, k);
  }
  return true;
}

/** "our one IT person left in May": a count of people who have gone. */
export function goneSince(tokens: readonly Token[], end: number): boolean {
  let j = end;
  while (
    j < end + 4 &&
    (BEFORE_DEPARTED.has(lowerAt(tokens, j)) ||
      NOUN_FILLERS.has(lowerAt(tokens, j)) ||
      isPersonOrRoleWord(lowerAt(tokens, j)))
  )
    j += 1;
  return j > end && DEPARTED.has(lowerAt(tokens, j));
}

/** A word shortly before `first` makes what follows a wish, a plan or the past. */
export function notCurrentBefore(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  for (let steps = 0; steps < 3 && j >= 0 && NOT_CURRENT_SKIP.has(lowerAt(tokens, j)); steps += 1)
    j -= 1;
  let word = lowerAt(tokens, j);
  // "we had our one IT person", "had my only sysadmin": the owner stands between.
  if (OWNERS.has(word) && lowerAt(tokens, j - 1) === "had") {
    j -= 1;
    word = "had";
  }
  if (NOT_CURRENT.has(word)) return true;
  // "could do with a network person": a wish.
  if (word === "with" && lowerAt(tokens, j - 1) === "do") return true;
  if (word === "had") return !HAVE_BEFORE_HAD.has(lowerAt(tokens, j - 1));
  if (word === "have" && lowerAt(tokens, j - 1) === "to" && lowerAt(tokens, j - 2) === "used")
    return true;
  if (word === "looking" || (word === "for" && lowerAt(tokens, j - 1) === "looking")) return true;
  return false;
}

const NEGATION_WORDS = wordSet(`
  not no never don't dont doesn't doesnt haven't havent hasn't hasnt didn't didnt without aren't
  isn't ain't nor none neither nobody noone yet
`);

/** A negation within four words before `index`, in the same clause. */
export function negatedBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 4; j -= 1) {
    const token = tokens[j] as Token;
    if (token.kind === "sym") return false;
    if (NEGATION_WORDS.has(token.lower)) return true;
  }
  return false;
}
