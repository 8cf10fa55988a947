/**
 * What the words after a number say it counts: "120 staff", "3 in IT", "2 sysadmins", "4 of us",
 * "a team of 4 looks after ...". Part of {@link classify} in count-classify.ts.
 */
import {
  EMPLOYEE_NOUNS,
  IT_COMPOUNDS,
  NOUN_FILLERS,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  UNIT_NOUNS,
  isPersonOrRoleWord,
} from "./count-lexicon.ts";
import type { Class } from "./count-classify.ts";
import { onTheRolls, peopleAfterOf, techPerson } from "./count-nouns.ts";
import {
  CLAUSE_WORDS,
  locationAt,
  seatsArePeople,
  wholeGroup,
  LOCATION_LINKS,
} from "./count-forward-parts.ts";
import { itRoleAt } from "./it-cues.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** "95 now we've merged": after "now", a pronoun starts a clause of its own. */
const CLAUSE_SUBJECTS = wordSet("we we've i i'm they he she it's that there");

const FORWARD_SKIP = wordSet(`
  the who that are is were was them whom which our currently now here there we have has in-house
  inhouse internal really actually all just only roughly about approximately today right at the
  moment present these days at full time - people's of i i'd i'm think guess reckon believe
  suppose maybe probably perhaps or so say would last count counted checked give take ish
  thereabouts max tops atm pretty sure exactly precisely altogether odd-ish
`);

const TOTAL_WORDS = wordSet("total overall altogether combined told");
/** "staff IT team": after a people noun, IT starts a group of its own. */
const TEAM_AFTER_NOUN = wordSet("team dept department function");
const STAFF_NOUNS = wordSet("staff employees users workers");

const COPULAS = wordSet("are is were was");

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

/** Words between a verb and its object: "looks after the", "deals with all our". */
const TEAM_OWNERS = wordSet("the our my this");

/** Words between a verb and its object: "looks after the", "deals with all our". */
export const VERB_OBJECT_SKIP = wordSet("after with in on to the all our for of care");

export interface Forward {
  cls: Class;
  verbAt: number;
  /** IT came from "in IT" or "do IT" after the number, not from the noun it counts. */
  membership: boolean;
  /** IT came from a verb ("staff who do IT", "are in IT") rather than "3 of us in IT". */
  membershipVerb: boolean;
  /** A people noun follows at once ("2000 staff", "40k users"). */
  immediate: boolean;
  /** "4 of us": the speaker is one of them. */
  ofUs: boolean;
  /** "there's two of them", "(5 of them)": a whole group, not a part of one. */
  group: boolean;
  /** "3 for 500 users": index of the "for" before the next number, or -1. */
  forAt: number;
  /** "25 in the studio", "50 at head office": people counted by where they work. */
  located: boolean;
}

/** Reads the words after `mention`, up to eight tokens or the end of the clause. */
export function scanForward(
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
  let copula = false;
  const flags = { ofUs: false, group: false, forAt: -1, located: false };
  const immediate =
    mention.gluedPeople ||
    isPersonOrRoleWord(lowerAt(tokens, j)) ||
    it[j] === true ||
    itRoleAt(tokens, it, j) > 0;
  const out = (cls: Class, verbAt = -1, membership = false, byVerb = false): Forward => ({
    cls,
    verbAt,
    immediate,
    membership,
    membershipVerb: byVerb,
    ...flags,
  });

  if (lowerAt(tokens, j) === "out" && lowerAt(tokens, j + 1) === "of") j += 1;
  if (lowerAt(tokens, j) === "of") {
    const next = lowerAt(tokens, j + 1);
    if (next === "us" || next === "me") {
      person = "generic";
      flags.ofUs = true;
      j += 2;
    } else if (next === "them" && wholeGroup(tokens, mention, j + 1)) {
      person = "generic";
      flags.group = true;
      j += 2;
    } else if (next === "them" || next === "whom" || next === "which") {
      partitive = true;
      j += 2;
    } else {
      const noun = byStart.has(j + 1) ? -1 : peopleAfterOf(tokens, it, j + 1, FORWARD_SKIP);
      if (noun < 0) return out("skip");
      j = noun;
    }
  }

  for (let steps = 0; j < tokens.length && steps < 8; j += 1, steps += 1) {
    const token = tokens[j] as Token;
    if (byStart.has(j)) break;
    if (token.kind === "sym" && token.text !== "-") break;
    const word = token.lower;
    if (word === "for" && byStart.has(j + 1) && !partitive) {
      flags.forAt = j;
      break;
    }
    if (CLAUSE_WORDS.has(word)) break;
    if (word === "now" && CLAUSE_SUBJECTS.has(lowerAt(tokens, j + 1))) break;
    if (it[j]) {
      // "220 staff it team of 5": the IT team after the noun is another count.
      if (STAFF_NOUNS.has(lowerAt(tokens, j - 1)) && TEAM_AFTER_NOUN.has(lowerAt(tokens, j + 1)))
        break;
      // "3 IT staff", "2 in IT", "3 IT." count people; "a few IT questions", "5 IT projects" do not.
      const after = tokens[j + 1];
      if (!after || after.kind === "sym" || CLAUSE_WORDS.has(after.lower)) return out("it");
      return out(IT_COMPOUNDS.has(after.lower) ? "it" : "unknown");
    }
    if (itRoleAt(tokens, it, j) > 0 || techPerson(tokens, j)) return out("it");
    if (onTheRolls(tokens, j)) return out("employees");
    if (word === "in" || word === "on") {
      if (lowerAt(tokens, j + 1) === "-" && lowerAt(tokens, j + 2) === "house") {
        j += 2;
        continue;
      }
      if (it[j + 1] || (lowerAt(tokens, j + 1) === "the" && it[j + 2]))
        return out("it", -1, true, copula);
      const owner = TEAM_OWNERS.has(lowerAt(tokens, j + 1)) ? 1 : 0;
      if (lowerAt(tokens, j + 1 + owner) === "team" && !partitive) return out("team");
    }
    if (LOCATION_LINKS.has(word) && !partitive) {
      const place = locationAt(tokens, j + 1);
      if (place > 0) {
        if (ORGANISATION_NOUNS.has(lowerAt(tokens, j + place))) return out("employees");
        person = person ?? "generic";
        flags.located = true;
        j += place;
        continue;
      }
    }
    if (word === "in") {
      if (TOTAL_WORDS.has(lowerAt(tokens, j + 1))) {
        total = true;
        j += 1;
      }
      continue;
    }
    if (IT_VERBS.has(word)) {
      for (let k = j + 1; k <= j + 4 && k < tokens.length; k += 1) {
        const next = lowerAt(tokens, k);
        if (it[k] || next === "it") return out("it", -1, true, true);
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
    if (word === "seat" || word === "seats")
      return out(seatsArePeople(tokens, j) ? "employees" : "skip");
    if (ORGANISATION_NOUNS.has(word) && !partitive) {
      // "a 50-person company" counts people; "two companies", "3 firms" count organisations.
      return out(person || total || steps > 0 ? "employees" : "skip");
    }
    if (TOTAL_WORDS.has(word)) {
      total = true;
      continue;
    }
    if (COPULAS.has(word)) copula = true;
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
