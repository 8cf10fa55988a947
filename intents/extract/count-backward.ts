/**
 * What the words before a number say it counts: "IT dept of 3", "a company of 70", "we're 80",
 * "aged 45", "budget of 50". Part of {@link classify} in count-classify.ts.
 */
import {
  CHANGE_VERBS,
  EMPLOYEE_NOUNS,
  IT_ROLE_QUALIFIERS,
  MONEY_WORDS,
  ORGANISATION_NOUNS,
} from "./count-lexicon.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** What the words before a number say: "weak" for "we're 80" (people, but whose?). */
export type BackClass = "it" | "employees" | "team" | "weak" | "skip" | "none" | "apposition";

/** Informal words for everyone in the organisation: "a crowd of 25", "a mob of 35". */
const CROWD_WORDS = wordSet("crowd mob bunch gang outfit");
const CROWD_SIZES = wordSet("wee small little tiny big");
const CROWD_OWNERS = wordSet("we've we're weve were we are have got");
const COLLECTIVE_HEADS = wordSet(
  "team department dept function crew headcount staff people side desk guys folks support",
);

const LINKS = wordSet(`
  ( is are was were be been being of has have had got totals totalling totaling numbers numbering
  comprises comprising consists consisting stands sits at currently now just only : = - presently
  today roughly about around approximately x basically literally really essentially effectively
  mainly mostly na
`);

const AGE_HEADS = wordSet(`
  i he she guy man woman bloke lady husband wife dad mum father mother son daughter boss owner him
  her chap lad
`);

const AGE_LINKS = wordSet("is was am turned turns turning 's 'm be");

/** "not in IT", "used to be in IT": the speaker is not in IT now. */
const NOT_NOW = wordSet("not be been was never");

const OTHER_DEPARTMENTS = wordSet(`
  sales marketing finance accounts hr admin management leadership exec executive board design
  production warehouse operations ops customer service care legal creative editorial delivery
  project projects engineering development dev product
`);

const CHANGE_AUXILIARIES = wordSet("has have had 's just recently really already");

const YEAR_BEFORE = wordSet("since until till by before after during in from of circa around");

const DENIED = wordSet("no not without don't dont haven't havent never");

/**
 * "a small IT team, 3 people", "people in IT, 6 of us": the count after a comma restates the IT
 * named just before it. Not when that IT is denied ("no IT team, 12 people").
 */
function itApposition(
  tokens: readonly Token[],
  it: readonly boolean[],
  mention: NumberMention,
): boolean {
  const comma = mention.first - 1;
  if (lowerAt(tokens, comma) !== ",") return false;
  const head = lowerAt(tokens, comma - 1);
  const ofUs = lowerAt(tokens, mention.end) === "of" && lowerAt(tokens, mention.end + 1) === "us";
  let itAt = -1;
  if (COLLECTIVE_HEADS.has(head) && it[comma - 2]) itAt = comma - 2;
  else if (ofUs && it[comma - 1] && lowerAt(tokens, comma - 2) === "in") itAt = comma - 1;
  if (itAt < 0) return false;
  for (let k = itAt - 1; k >= 0 && k >= itAt - 4; k -= 1) {
    if (tokens[k]?.kind === "sym") break;
    if (DENIED.has(lowerAt(tokens, k))) return false;
  }
  return true;
}

/** Reads the phrase before `mention`, skipping linking words ("is", "of", "about"). */
export function scanBackward(
  tokens: readonly Token[],
  it: readonly boolean[],
  mention: NumberMention,
): BackClass {
  const k = mention.first - 1;
  const prev = lowerAt(tokens, k);
  if (itApposition(tokens, it, mention)) return "apposition";
  if (prev === "aged" || prev === "age" || prev === "ages") return "skip";
  if (mention.yearLike && YEAR_BEFORE.has(prev)) return "skip";
  if (
    prev === "at" &&
    !["stands", "sits", "standing", "sitting", "is", "are", "currently"].includes(
      lowerAt(tokens, k - 1),
    )
  )
    return "skip";

  let j = k;
  const skipped: string[] = [];
  while (j >= 0 && skipped.length < 5 && LINKS.has(lowerAt(tokens, j))) {
    skipped.push(lowerAt(tokens, j));
    j -= 1;
  }
  // "the business has grown from 60 to 110": the one that grew is what is counted.
  if (CHANGE_VERBS.has(lowerAt(tokens, j))) {
    j -= 1;
    while (j >= 0 && j >= k - 4 && CHANGE_AUXILIARIES.has(lowerAt(tokens, j))) j -= 1;
  }
  const head = tokens[j];
  if (!head || head.kind !== "word") return "none";
  const apostrophe = head.lower.indexOf("'");
  const base = apostrophe > 0 ? head.lower.slice(0, apostrophe) : head.lower;
  // "I'm 45", "he's 60" give an age; "I've got 3" does not.
  const contracted = apostrophe > 0 && ["'s", "'m"].includes(head.lower.slice(apostrophe));

  if (it[j]) return "it";
  if (
    COLLECTIVE_HEADS.has(base) &&
    (it[j - 1] || it[j - 2] || IT_ROLE_QUALIFIERS.has(lowerAt(tokens, j - 1)))
  )
    return "it";
  if (base === "we" || base === "there" || base === "us" || base === "theres") {
    for (let q = j - 1; q >= j - 3 && q >= 0; q -= 1) {
      if (tokens[q]?.kind === "sym" && tokens[q]?.text !== ",") break;
      if (
        lowerAt(tokens, q) === "it" &&
        ["in", "for", "on"].includes(lowerAt(tokens, q - 1)) &&
        !NOT_NOW.has(lowerAt(tokens, q - 2)) &&
        (q + 1 === j || tokens[q + 1]?.kind === "sym")
      )
        return "it";
    }
    return "weak";
  }
  if (AGE_HEADS.has(base) && (contracted || skipped.some((word) => AGE_LINKS.has(word))))
    return "skip";
  // "we've a crowd of 25 in Cork", "we're a wee mob of about 35": the whole organisation.
  if (CROWD_WORDS.has(base)) {
    const a = CROWD_SIZES.has(lowerAt(tokens, j - 1)) ? j - 2 : j - 1;
    if (lowerAt(tokens, a) === "a" && CROWD_OWNERS.has(lowerAt(tokens, a - 1))) return "employees";
  }
  if (base === "team") {
    const before = lowerAt(tokens, j - 1);
    const before2 = lowerAt(tokens, j - 2);
    if (before === "a" && ["we're", "are", "we"].includes(before2)) return "employees";
    if (before === "a" && ["is", "was"].includes(before2) && it[j - 3]) return "it";
    if (["small", "little", "tiny"].includes(before) && ["a"].includes(before2)) return "employees";
    // "our sales team of 5" counts one department, neither IT nor everyone.
    if (OTHER_DEPARTMENTS.has(before)) return "skip";
    return "team";
  }
  if (
    EMPLOYEE_NOUNS.has(base) ||
    ORGANISATION_NOUNS.has(base) ||
    [
      "staff",
      "people",
      "size",
      "total",
      "employ",
      "employs",
      "employing",
      "employed",
      "population",
      "strength",
    ].includes(base)
  )
    return "employees";
  if (MONEY_WORDS.has(base)) return "skip";
  return "none";
}
