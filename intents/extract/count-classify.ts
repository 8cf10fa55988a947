/**
 * What each number in a message counts, read from the words around it: the noun after it ("120
 * staff", "3 in IT", "2 sysadmins"), the phrase before it ("IT dept of 3", "a company of 70",
 * "we're 80"), and what it is part of ("3 of our 40 staff do IT"). Money, years, ages, devices
 * and sites are "skip"; a number with nothing around it is "bare".
 */
import { scanBackward } from "./count-backward.ts";
import type { BackClass } from "./count-backward.ts";
import { notCurrent, soleOneGone } from "./count-current.ts";
import { scanForward } from "./count-forward.ts";
import { notAHeadcount } from "./count-not-people.ts";
import { itRoleAt } from "./it-cues.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

export type Class = "it" | "employees" | "generic" | "team" | "bare" | "skip" | "unknown";

export interface Classified {
  mention: NumberMention;
  cls: Class;
  /** IT said as membership ("staff who do IT", "3 in IT") rather than as the noun itself. */
  itByMembership: boolean;
  /** "3 of our 40 staff": the count this one is a part of. */
  partOf: NumberMention | null;
  /** No noun after the number ("a team of 4 looks after ..."). */
  nounless: boolean;
  /** Index of a support verb after the number ("supporting", "looks after"), or -1. */
  verbAt: number;
  singlePerson: boolean;
  /** "3 for 500 users": index of the "for" linking it to the next count, or -1. */
  forAt: number;
  /** Counted in the first person: "4 of us", "we're 5", "there's 3 of us". */
  firstPerson: boolean;
  /** Said with "of us": "4 of us", "there's 3 of us". */
  ofUs: boolean;
  /** A whole group named by a pronoun: "there's two of them", "(5 of them)". */
  group: boolean;
  /** "the three lads", "of the six": a group already known to the reader. */
  definite: boolean;
  /** "the other two": the rest of a group besides someone already named. */
  other: boolean;
  /** "25 in the studio": people counted by where they work. */
  located: boolean;
  /** IT membership came from a verb ("do IT", "are in IT"), so a part of it can be IT. */
  membershipVerb: boolean;
}

/** A count said without digits ("an IT guy", "me plus 2"), spanning tokens [first, end). */
export function impliedCount(value: number, first: number, end: number, cls: Class): Classified {
  const mention: NumberMention = {
    value,
    approximation: "exact",
    whole: true,
    spelled: true,
    scaled: false,
    yearLike: false,
    gluedPeople: false,
    excluded: null,
    first,
    end,
  };
  return { ...blank(mention), cls };
}

function blank(mention: NumberMention): Classified {
  return {
    mention,
    cls: "skip",
    verbAt: -1,
    singlePerson: false,
    itByMembership: false,
    partOf: null,
    nounless: false,
    forAt: -1,
    firstPerson: false,
    ofUs: false,
    group: false,
    definite: false,
    other: false,
    located: false,
    membershipVerb: false,
  };
}

const YOURS = wordSet("your yours you ur yer yr");

/** What one number counts, from the words after it, the words before it and its form. */
export function classify(
  tokens: readonly Token[],
  it: readonly boolean[],
  mention: NumberMention,
  byStart: ReadonlyMap<number, NumberMention>,
): Classified {
  const result: Classified = { ...blank(mention), partOf: partOfNext(tokens, mention, byStart) };
  // "our one IT person left in May" and was not replaced: no one in IT now.
  if (
    mention.value === 1 &&
    SOLE.has(lowerAt(tokens, mention.first - 1)) &&
    itRoleAt(tokens, it, mention.end) > 0 &&
    soleOneGone(tokens, mention.end)
  )
    return { ...result, cls: "it", mention: { ...mention, value: 0 } };
  if (
    mention.excluded ||
    notCurrent(tokens, mention) ||
    notAHeadcount(tokens, mention) ||
    NEGATED.has(lowerAt(tokens, mention.first - 1))
  )
    return result;
  // "a call with one of your engineers": the provider's people, not the visitor's.
  if (lowerAt(tokens, mention.end) === "of" && YOURS.has(lowerAt(tokens, mention.end + 1)))
    return result;
  const forward = scanForward(tokens, it, mention, byStart);
  result.verbAt = forward.verbAt;
  result.forAt = forward.forAt;
  result.itByMembership = forward.membership;
  result.membershipVerb = forward.membershipVerb;
  result.nounless = forward.cls === "bare";
  result.group = forward.group;
  result.located = forward.located;
  const before = lowerAt(tokens, mention.first - 1);
  result.other = before === "other" && lowerAt(tokens, mention.first - 2) === "the";
  result.definite = before === "the" || result.other;
  // "1.2k roughly" on its own is a bare answer; "2k on licences" is not a headcount.
  const scaledBare = mention.scaled && !mention.yearLike && forward.cls === "bare";
  if (
    (mention.yearLike || mention.scaled) &&
    !scaledBare &&
    !forward.immediate &&
    !spreadOver(tokens, mention)
  )
    return result;
  const back = scanBackward(tokens, it, mention);
  result.ofUs = forward.ofUs;
  result.firstPerson = forward.ofUs || (back === "weak" && !forward.group);
  result.cls = decide(forward.cls, back);
  // "the other 2 are juniors": the rest of a team, whatever they are called.
  if (result.other && forward.cls === "unknown") result.cls = "generic";
  // "300 across 4 sites", "1.2k across 4 sites": people spread over the places they work.
  if (result.cls === "bare" && !mention.yearLike && spreadOver(tokens, mention))
    result.cls = "generic";
  if (result.cls === "it" && mention.value === 1) {
    const before2 = lowerAt(tokens, mention.first - 2);
    result.singlePerson =
      ["only", "just", "sole", "single", "lone"].includes(before) ||
      (before === "the" && ["only", "just"].includes(before2));
  }
  return result;
}

function decide(forward: Class, back: BackClass): Class {
  if (forward === "skip") return "skip";
  // "a small IT team, 3 people" is the IT team; "IT team, 50 employees" is not.
  if (back === "apposition")
    return ["generic", "bare", "team", "it"].includes(forward)
      ? "it"
      : forward === "employees"
        ? "employees"
        : "skip";
  // "a firm of 45 accountants": an unknown noun after an organisation that is counted.
  if (forward === "unknown") return back === "employees" || back === "it" ? back : "skip";
  if (forward === "it" || back === "it") return "it";
  if (forward === "employees" || back === "employees") return "employees";
  if (back === "skip") return "skip";
  if (forward === "generic") return back === "team" ? "team" : "generic";
  if (back === "team") return "team";
  if (back === "weak" && forward === "bare") return "generic";
  return forward;
}

const SOLE = wordSet("our only sole my the");

const PART_DETERMINERS = wordSet("our the my their all those these its");

const NEGATED = wordSet("not never");

/** "3 of our 40 staff": the mention right after "of" (and a determiner), if any. */
function partOfNext(
  tokens: readonly Token[],
  mention: NumberMention,
  byStart: ReadonlyMap<number, NumberMention>,
): NumberMention | null {
  let j = mention.end;
  if (lowerAt(tokens, j) === "out") j += 1;
  if (lowerAt(tokens, j) !== "of") return null;
  j += 1;
  if (PART_DETERMINERS.has(lowerAt(tokens, j))) j += 1;
  return byStart.get(j) ?? null;
}

const SPREAD = wordSet("across over spread");
const PLACES = wordSet(`
  site sites office offices location locations branch branches country countries campus campuses
  depot depots store stores region regions
`);

/** "1.2k across 4 sites": a number spread over places counts people, not money. */
function spreadOver(tokens: readonly Token[], mention: NumberMention): boolean {
  if (!SPREAD.has(lowerAt(tokens, mention.end))) return false;
  for (let k = mention.end + 1; k < mention.end + 5; k += 1) {
    if (PLACES.has(lowerAt(tokens, k))) return true;
  }
  return false;
}
