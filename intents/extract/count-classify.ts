/**
 * What each number in a message counts, read from the words around it: the noun after it ("120
 * staff", "3 in IT", "2 sysadmins"), the phrase before it ("IT dept of 3", "a company of 70",
 * "we're 80"), and what it is part of ("3 of our 40 staff do IT"). Money, years, ages, devices
 * and sites are "skip"; a number with nothing around it is "bare".
 */
import {
  EMPLOYEE_NOUNS,
  IT_COMPOUNDS,
  IT_ROLE_QUALIFIERS,
  MONEY_WORDS,
  NOUN_FILLERS,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  SINGULAR_IT_NOUNS,
  UNIT_NOUNS,
  isPersonOrRoleWord,
} from "./count-lexicon.ts";
import { HEAD_OF, itRoleAt } from "./it-cues.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
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
}

const CLAUSE_WORDS = wordSet(`
  and but plus while whereas with so because although though then also including whilst if when
  where & except apart besides across covering over between vs versus not rather instead
`);

const FORWARD_SKIP = wordSet(`
  the who that are is were was them whom which our currently now here there we have has in-house
  inhouse internal really actually all just only roughly about approximately today right at the
  moment present these days at full time - people's of i i'd i'm think guess reckon believe
  suppose maybe probably perhaps or so say would last count counted checked give take ish
  thereabouts max tops atm pretty sure exactly precisely altogether odd-ish
`);

const TOTAL_WORDS = wordSet("total overall altogether combined told");

const IT_VERBS = wordSet(`
  do does doing did work works working run runs running handle handles handling manage manages
  managing support supports supporting supported cover covers covering look looks looking deal
  deals dealing dedicated focus focused focusing specialise specialises specialize specializes
  serve serves serving service services servicing maintain maintains maintaining keep keeps
  keeping
`);

const SUPPORT_VERBS = wordSet(`
  support supports supporting supported look looks looking manage manages managing cover covers
  covering handle handles handling serve serves serving service services servicing maintain
  maintains maintaining keep keeps keeping run runs running
`);

const VERB_OBJECT_SKIP = wordSet("after with in on to the all our for of care");

const SUPPORT_OBJECTS = phraseList(`
  them, everyone, everybody, everything, the lot, it all, the business, the company,
  the whole company, the whole business, the office, the organisation, the organization,
  the staff, the users, all of them, the rest, the whole place, the firm
`);

const COLLECTIVE_HEADS = wordSet(
  "team department dept function crew headcount staff people side desk guys folks support",
);

const LINKS = wordSet(`
  ( is are was were be been being of has have had got totals totalling totaling numbers numbering
  comprises comprising consists consisting stands sits at currently now just only : = - presently
  today roughly about around approximately
`);

const AGE_HEADS = wordSet(`
  i he she guy man woman bloke lady husband wife dad mum father mother son daughter boss owner him
  her chap lad
`);

const AGE_LINKS = wordSet("is was am turned turns turning 's 'm be");

const YEAR_BEFORE = wordSet("since until till by before after during in from of circa around");

const NOT_CURRENT = wordSet(`
  hire hiring recruit recruiting need needs needed want wants wanted seeking find finding advertise
  advertising afford replace replacing lost losing lose grow growing expand expanding reach
  reaching double doubling add adding hope hoping expect expecting plan planning target aim would
  could should might will if hired
`);

const NOT_CURRENT_SKIP = wordSet(
  "a an the another to for at least some about around maybe up another more extra additional new",
);

const HAVE_BEFORE_HAD = wordSet("have has we've i've they've 've");

const ARTICLE_WORDS = wordSet("a an single sole lone solitary only");

const ONE_PERSON_WORDS = wordSet("single sole lone solitary only");

const ARTICLE_FILLERS = wordSet(`
  dedicated part - time full in house internal in-house inhouse single sole lone junior senior
  permanent proper resident onsite on site overworked brilliant good great capable
`);

export function classify(
  tokens: readonly Token[],
  it: readonly boolean[],
  mention: NumberMention,
  byStart: ReadonlyMap<number, NumberMention>,
): Classified {
  const result: Classified = {
    mention,
    cls: "skip",
    verbAt: -1,
    singlePerson: false,
    itByMembership: false,
    partOf: partOfNext(tokens, mention, byStart),
    nounless: false,
  };
  if (
    mention.excluded ||
    notCurrent(tokens, mention) ||
    NEGATED.has(lowerAt(tokens, mention.first - 1))
  )
    return result;
  const forward = scanForward(tokens, it, mention, byStart);
  result.verbAt = forward.verbAt;
  result.itByMembership = forward.membership;
  result.nounless = forward.cls === "bare";
  if ((mention.yearLike || mention.scaled) && !forward.immediate) return result;
  const back = scanBackward(tokens, it, mention);
  result.cls = decide(forward.cls, back);
  if (result.cls === "it" && mention.value === 1) {
    const before = lowerAt(tokens, mention.first - 1);
    const before2 = lowerAt(tokens, mention.first - 2);
    result.singlePerson =
      ["only", "just", "sole", "single", "lone"].includes(before) ||
      (before === "the" && ["only", "just"].includes(before2));
  }
  return result;
}

type BackClass = "it" | "employees" | "team" | "weak" | "skip" | "none";

function decide(forward: Class, back: BackClass): Class {
  if (forward === "skip") return "skip";
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

interface Forward {
  cls: Class;
  verbAt: number;
  /** IT came from "in IT" or "do IT" after the number, not from the noun it counts. */
  membership: boolean;
  /** A people noun follows at once ("2000 staff", "40k users"). */
  immediate: boolean;
}

function scanForward(
  tokens: readonly Token[],
  it: readonly boolean[],
  mention: NumberMention,
  byStart: ReadonlyMap<number, NumberMention>,
): Forward {
  let j = mention.end;
  let person: "employees" | "generic" | null = mention.gluedPeople ? "generic" : null;
  let total = false;
  let partitive = false;
  let unknownSkipped = false;
  const immediate =
    mention.gluedPeople ||
    isPersonOrRoleWord(lowerAt(tokens, j)) ||
    it[j] === true ||
    itRoleAt(tokens, it, j) > 0;
  const out = (cls: Class, verbAt = -1, membership = false): Forward => ({
    cls,
    verbAt,
    immediate,
    membership,
  });

  if (lowerAt(tokens, j) === "out" && lowerAt(tokens, j + 1) === "of") j += 1;
  if (lowerAt(tokens, j) === "of") {
    const next = lowerAt(tokens, j + 1);
    if (next === "us") {
      person = "generic";
      j += 2;
    } else if (next === "them" || next === "whom" || next === "which") {
      partitive = true;
      j += 2;
    } else if (!(it[j + 1] || itRoleAt(tokens, it, j + 1) > 0) || byStart.has(j + 1)) {
      return out("skip");
    } else j += 1;
  }

  for (let steps = 0; j < tokens.length && steps < 8; j += 1, steps += 1) {
    const token = tokens[j] as Token;
    if (byStart.has(j)) break;
    if (token.kind === "sym" && token.text !== "-") break;
    const word = token.lower;
    if (CLAUSE_WORDS.has(word)) break;
    if (it[j]) {
      // "3 IT staff", "2 in IT", "3 IT." count people; "a few IT questions", "5 IT projects" do not.
      const after = tokens[j + 1];
      if (!after || after.kind === "sym" || CLAUSE_WORDS.has(after.lower)) return out("it");
      return out(IT_COMPOUNDS.has(after.lower) ? "it" : "unknown");
    }
    if (itRoleAt(tokens, it, j) > 0) return out("it");
    if (word === "in") {
      if (lowerAt(tokens, j + 1) === "-" && lowerAt(tokens, j + 2) === "house") {
        j += 2;
        continue;
      }
      if (it[j + 1] || (lowerAt(tokens, j + 1) === "the" && it[j + 2])) return out("it", -1, true);
      if (TOTAL_WORDS.has(lowerAt(tokens, j + 1))) {
        total = true;
        j += 1;
      }
      continue;
    }
    if (IT_VERBS.has(word)) {
      for (let k = j + 1; k <= j + 4 && k < tokens.length; k += 1) {
        const next = lowerAt(tokens, k);
        if (it[k] || next === "it") return out("it", -1, true);
        if (!VERB_OBJECT_SKIP.has(next)) break;
      }
      const verbAt = SUPPORT_VERBS.has(word) ? j : -1;
      if (partitive) return out("skip", verbAt);
      return out(person ?? (total ? "employees" : "bare"), verbAt);
    }
    if (EMPLOYEE_NOUNS.has(word)) {
      person = "employees";
      continue;
    }
    if (PERSON_NOUNS.has(word)) {
      person = person ?? "generic";
      continue;
    }
    if (ORGANISATION_NOUNS.has(word) && !partitive) return out("employees");
    if (TOTAL_WORDS.has(word)) {
      total = true;
      continue;
    }
    if (FORWARD_SKIP.has(word) || NOUN_FILLERS.has(word)) continue;
    if (UNIT_NOUNS.has(word)) break;
    if (!unknownSkipped && !person && isPersonOrRoleWord(lowerAt(tokens, j + 1))) {
      unknownSkipped = true;
      continue;
    }
    if (!person && !total) return out("unknown");
    break;
  }
  if (partitive) return out("skip");
  if (total) return out("employees");
  if (person) return out(person);
  const stoppedAt = tokens[j];
  if (stoppedAt && stoppedAt.kind === "word" && UNIT_NOUNS.has(stoppedAt.lower)) return out("skip");
  return out("bare");
}

function scanBackward(
  tokens: readonly Token[],
  it: readonly boolean[],
  mention: NumberMention,
): BackClass {
  const k = mention.first - 1;
  const prev = lowerAt(tokens, k);
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
  const head = tokens[j];
  if (!head || head.kind !== "word") return "none";
  const apostrophe = head.lower.indexOf("'");
  const base = apostrophe > 0 ? head.lower.slice(0, apostrophe) : head.lower;
  const contracted = apostrophe > 0;

  if (it[j]) return "it";
  if (
    COLLECTIVE_HEADS.has(base) &&
    (it[j - 1] || it[j - 2] || IT_ROLE_QUALIFIERS.has(lowerAt(tokens, j - 1)))
  )
    return "it";
  if (base === "we" || base === "there" || base === "us") {
    for (let q = j - 1; q >= j - 3 && q >= 0; q -= 1) {
      if (tokens[q]?.kind === "sym" && tokens[q]?.text !== ",") break;
      if (lowerAt(tokens, q) === "it" && ["in", "for", "on"].includes(lowerAt(tokens, q - 1)))
        return "it";
    }
    return "weak";
  }
  if (AGE_HEADS.has(base) && (contracted || skipped.some((word) => AGE_LINKS.has(word))))
    return "skip";
  if (base === "team") {
    const before = lowerAt(tokens, j - 1);
    const before2 = lowerAt(tokens, j - 2);
    if (before === "a" && ["we're", "are", "we"].includes(before2)) return "employees";
    if (["small", "little", "tiny"].includes(before) && ["a"].includes(before2)) return "employees";
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

/** "hiring 2 IT people", "we need 3 more", "we had an IT guy": not today's headcount. */
function notCurrent(tokens: readonly Token[], mention: NumberMention): boolean {
  if (lowerAt(tokens, mention.end) === "more" || lowerAt(tokens, mention.end) === "ago")
    return true;
  if (lowerAt(tokens, mention.end) === "years" && lowerAt(tokens, mention.end + 1) === "ago")
    return true;
  return notCurrentBefore(tokens, mention.first);
}

function notCurrentBefore(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  for (let steps = 0; steps < 3 && j >= 0 && NOT_CURRENT_SKIP.has(lowerAt(tokens, j)); steps += 1)
    j -= 1;
  const word = lowerAt(tokens, j);
  if (NOT_CURRENT.has(word)) return true;
  if (word === "had") return !HAVE_BEFORE_HAD.has(lowerAt(tokens, j - 1));
  if (word === "have" && lowerAt(tokens, j - 1) === "to" && lowerAt(tokens, j - 2) === "used")
    return true;
  if (word === "looking" || (word === "for" && lowerAt(tokens, j - 1) === "looking")) return true;
  return false;
}

/** "an IT guy", "a sysadmin", "our sole IT person": one IT person without a digit. */
export function articleCounts(
  tokens: readonly Token[],
  it: readonly boolean[],
  mentions: readonly NumberMention[],
  covered: (first: number, end: number) => boolean,
): Classified[] {
  const found: Classified[] = [];
  const inside = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) for (let k = m.first; k < m.end; k += 1) inside[k] = true;
  const inMention = (index: number): boolean => inside[index] === true;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if (!ARTICLE_WORDS.has(word) || inMention(i)) continue;
    let j = i + 1;
    while (
      j < i + 5 &&
      (ARTICLE_FILLERS.has(lowerAt(tokens, j)) ||
        (ONE_PERSON_WORDS.has(lowerAt(tokens, j)) && word !== "only"))
    )
      j += 1;
    const length = itRoleAt(tokens, it, j);
    if (length === 0) continue;
    const last = lowerAt(tokens, j + length - 1);
    if (!SINGULAR_IT_NOUNS.has(last) && !(length === 3 && HEAD_OF.has(lowerAt(tokens, j))))
      continue;
    const end = j + length;
    if (covered(i, end) || negatedBefore(tokens, i) || notCurrentBefore(tokens, i)) continue;
    const onePerson =
      ONE_PERSON_WORDS.has(word) ||
      tokens.slice(i + 1, j).some((t) => ONE_PERSON_WORDS.has(t.lower));
    const mention: NumberMention = {
      value: 1,
      approximation: "exact",
      whole: true,
      spelled: true,
      scaled: false,
      yearLike: false,
      gluedPeople: false,
      excluded: null,
      first: i,
      end,
    };
    found.push({
      mention,
      cls: "it",
      verbAt: -1,
      singlePerson: onePerson,
      itByMembership: false,
      partOf: null,
      nounless: false,
    });
    i = end - 1;
  }
  return found;
}

const NEGATION_WORDS = wordSet(`
  not no never don't dont doesn't doesnt haven't havent hasn't hasnt didn't didnt without aren't
  isn't ain't nor
`);

function negatedBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 4; j -= 1) {
    const token = tokens[j] as Token;
    if (token.kind === "sym") return false;
    if (NEGATION_WORDS.has(token.lower)) return true;
  }
  return false;
}

/**
 * "3 of our 40 staff do IT": the part is the IT team and the whole is everyone; "2 of our 5 IT
 * staff are leaving": the whole is the IT team and the part is not a headcount.
 */
export function linkParts(classified: Classified[]): void {
  const byMention = new Map(classified.map((c) => [c.mention, c]));
  for (const part of classified) {
    if (!part.partOf) continue;
    const whole = byMention.get(part.partOf);
    if (!whole) continue;
    if (whole.cls === "it" && whole.itByMembership) {
      part.cls = "it";
      whole.cls = "employees";
    } else part.cls = "skip";
  }
}

/** "2 people supporting 150 users", "a team of 4 looks after 200 users": the first is IT. */
export function linkSupportVerbs(tokens: readonly Token[], classified: Classified[]): void {
  for (let index = 0; index < classified.length; index += 1) {
    const c = classified[index] as Classified;
    if (
      c.verbAt < 0 ||
      !(["generic", "team", "bare"].includes(c.cls) || (c.cls === "employees" && c.nounless))
    )
      continue;
    let k = c.verbAt + 1;
    while (k < c.verbAt + 4 && VERB_OBJECT_SKIP.has(lowerAt(tokens, k))) k += 1;
    const next = classified[index + 1];
    if (next && next.mention.first <= k + 1 && next.mention.first > c.verbAt) {
      if (next.cls === "employees" || next.cls === "generic" || next.cls === "bare") {
        c.cls = "it";
        next.cls = "employees";
      }
      continue;
    }
    if (
      longestPhraseAt(tokens, c.verbAt + 1, SUPPORT_OBJECTS) > 0 ||
      longestPhraseAt(tokens, k, SUPPORT_OBJECTS) > 0
    )
      c.cls = "it";
  }
}

const DOES_IT = wordSet(
  "do does doing handle handles handling manage manages managing sort sorts cover covers run runs",
);

/** "I do it alongside my day job": "it" after a handling verb refers to the IT. */
export function doesItPresent(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i += 1) {
    if (lowerAt(tokens, i) === "it" && DOES_IT.has(lowerAt(tokens, i - 1))) return true;
  }
  return false;
}

export function supportVerbPresent(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if (
      (["looking", "look", "looks"].includes(word) && lowerAt(tokens, i + 1) === "after") ||
      ["supporting", "supports"].includes(word)
    )
      return true;
  }
  return false;
}
