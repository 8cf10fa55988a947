/**
 * IT headcounts said without a number, and the shape they share. This file finds "no IT people",
 * "we don't have an IT department", "nobody does IT" (0); it-side-jobs.ts finds IT done on the
 * side of another job (0) and it-solo-phrases.ts "it's just me" (1) and "me and an apprentice"
 * (2). Each finder walks the tokens once with a bounded look-ahead.
 */
import {
  IT_IS_LINKS,
  WHOEVER,
  itObjectAt,
  itOutsourced,
  haveNoneOfThem,
  saidOfItPeople,
  nobodyLeft,
  possessiveNobody,
  IN_HOUSE,
  anyoneInHouse,
  whoeverNext,
} from "./nobody-phrases.ts";
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** An IT headcount heard in the text, at token `at`; later facts override earlier ones. */
export interface ItStaffPhrase {
  at: number;
  end: number;
  value: number;
  source: "zero" | "side" | "solo" | "one";
  /** "no IT department" is weaker than "no IT people": a count elsewhere in the message wins. */
  weak: boolean;
  /** Needs the message to be about IT ("nobody in-house", "on the side", "just me"). */
  needsItContext: boolean;
  /** The phrase itself names IT ("one-man IT band", "I'm the only IT person"). */
  namesIt: boolean;
  /** "it's just me", "one-man band": read as the IT team when nothing says otherwise. */
  itByDefault: boolean;
  singlePerson: boolean;
  /** "2 people who do IT alongside their jobs": says the people counted just before are not IT staff. */
  ofThoseCounted?: boolean;
  /** "... and me" at the end of a list of IT people: adds to the counts before it. */
  additive?: boolean;
}

const ZERO_ADJECTIVES = wordSet(`
  a an any in - house internal dedicated proper actual real own specific separate formal
  permanent resident onsite on site of our such as
`);
/** Moves past words in `words`, at most `max` of them. */
export function skip(
  tokens: readonly Token[],
  from: number,
  words: ReadonlySet<string>,
  max: number,
): number {
  let j = from;
  while (j < tokens.length && j < from + max && words.has(lowerAt(tokens, j))) j += 1;
  return j;
}

const NO_WORDS = wordSet("no zero nil without nae");
const NEGATIONS = wordSet(`
  don't dont doesn't doesnt haven't havent hasn't hasnt didn't didnt never aren't arent isn't
  isnt ain't not
`);
const NEGATION_SKIP = wordSet(`
  have has got employ employing really actually currently yet even ever had as such any an a one
  single anyone anybody someone somebody people person in - house internal dedicated proper actual
  real own specific separate formal permanent resident onsite on site of our
`);
const NOT_AFTER = wordSet("do does did have has currently really there's there is are we i");
const ANYONE = wordSet("anyone anybody someone somebody one people person");
const ANYONE_LINKS = wordSet(`
  in for doing dedicated to who that does do looking after on handling specifically the full time
  - who's that's whose responsible with employed hired paid look our
`);
/** What a person is employed to look after: "not one person employed to look after the tech". */
const TECH_OBJECTS = wordSet("tech technology computers systems");
const NOBODY = phraseList(`
  none, zero, nobody, noone, no one, no - one, no body, none of us, not one of us, not anyone,
  no person, nobody's, noone's, no one's, no - one's, naebody, nae one
`);
/** Words allowed between "nobody" and "IT": "nobody here really does IT", "no one's doing IT". */
const NOBODY_GAP = wordSet(`
  here really actually currently now properly officially specifically full time - dedicated
  in-house inhouse internally else at all whatsoever as such any more anymore who that does do
  doing is 's handles handling looks looking after sorts sorting out manages managing runs running
  covers covering deals dealing takes taking care responsible works working work knows understands
  the our in on for of to with employed hired paid payroll books staff owns owning
`);
const NOT_PEOPLE = wordSet(`
  knowledge skills skill expertise experience know-how knowhow capability capacity understanding
  resource clue idea time budget
`);
const NOBODY_BEFORE_IT = wordSet(`
  does do in handles after to for on with of manages runs covers knows doing handling managing owns
  running covering is 's specifically the our understands deals
`);
const PRONOUN_IT_AFTER = wordSet("knows understands is 's the our");

const IT_ANSWER_LINKS = wordSet(`
  staff team people person headcount department dept function : = - is are numbers count ? total
  size currently
`);
const ZERO_REPLIES = phraseList(`
  none, zero, nil, nobody, no one, no - one, nought, nada, no - body
`);

/**
 * A phrase saying there are no IT staff of one's own (0) between `at` and `end`: weak and naming
 * IT unless `settings` say otherwise.
 */
export const noItStaff = (
  at: number,
  end: number,
  settings: Partial<Pick<ItStaffPhrase, "source" | "weak" | "needsItContext" | "namesIt">> = {},
): ItStaffPhrase => ({
  at,
  end,
  value: 0,
  source: "zero",
  weak: true,
  needsItContext: false,
  namesIt: true,
  itByDefault: false,
  singlePerson: false,
  ...settings,
});

/** "no IT people", "we don't have an IT department", "nobody does IT", "no in-house IT". */
export function findZeroPhrases(tokens: readonly Token[], it: readonly boolean[]): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  const zero = (at: number, end: number, weak: boolean, needsItContext = false): void => {
    found.push(noItStaff(at, end, { weak, needsItContext, namesIt: !needsItContext }));
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    const nobodysJob = possessiveNobody(tokens, it, i);
    if (nobodysJob > 0) {
      // "nobody's job is IT", "IT isn't anyone's job": IT is left to whoever is around.
      zero(i, nobodysJob, false, true);
      i = nobodysJob - 1;
      continue;
    }
    const none = haveNoneOfThem(tokens, it, i);
    if (none > 0) {
      zero(i, none, false);
      i = none - 1;
      continue;
    }
    const outsourced = itOutsourced(tokens, it, i);
    if (outsourced > 0) {
      // "IT is fully outsourced": weak, so "2 IT staff and the rest outsourced" keeps the count.
      zero(i, outsourced, true);
      i = outsourced - 1;
      continue;
    }
    if (it[i]) {
      // "IT is 'whoever knows'", "our IT is basically whoever's free"
      const k = skip(tokens, i + 1, IT_IS_LINKS, 5);
      if (k > i + 1 && WHOEVER.has(lowerAt(tokens, k)) && whoeverNext(tokens, k + 1)) {
        zero(i, k + 1, false);
        i = k;
        continue;
      }
    }
    // "IT staff: none", "IT? nobody"
    if (it[i]) {
      const j = skip(tokens, i + 1, IT_ANSWER_LINKS, 3);
      const length = j > i + 1 ? longestPhraseAt(tokens, j, ZERO_REPLIES) : 0;
      if (length > 0) {
        zero(i, j + length, false);
        i = j + length - 1;
        continue;
      }
    }
    if (NO_WORDS.has(word)) {
      const object = itObjectAt(tokens, it, skip(tokens, i + 1, ZERO_ADJECTIVES, 5));
      if (object && !(word === "without" && object.weak)) {
        zero(i, object.end, object.weak);
        continue;
      }
    }
    if (NEGATIONS.has(word)) {
      if (
        word === "not" &&
        !NOT_AFTER.has(lowerAt(tokens, i - 1)) &&
        !["a", "any", "one", "got", "have"].includes(lowerAt(tokens, i + 1))
      )
        continue;
      // "we don't do IT in-house"
      if (lowerAt(tokens, i + 1) === "do" && (it[i + 2] || lowerAt(tokens, i + 2) === "it")) {
        if (longestPhraseAt(tokens, i + 3, IN_HOUSE) > 0) {
          zero(i, i + 4, false);
          continue;
        }
      }
      const j = skip(tokens, i + 1, NEGATION_SKIP, 6);
      const object = itObjectAt(tokens, it, j);
      if (object) {
        zero(i, object.end, object.weak);
        continue;
      }
      const skipped = tokens.slice(i + 1, j).some((token) => ANYONE.has(token.lower));
      if (skipped) {
        const k = skip(tokens, j, ANYONE_LINKS, 6);
        const object = lowerAt(tokens, k);
        if (k > j && (it[k] || object === "it" || (TECH_OBJECTS.has(object) && k > j + 1)))
          zero(i, k + 1, false);
        // "the IT? we don't have anyone in house": said where IT is the topic.
        else if (anyoneInHouse(tokens, i + 1, j)) zero(i, j, false, true);
        // "we haven't had anyone since": the last IT person was not replaced.
        else if (lowerAt(tokens, j) === "since" && j - i <= 4) zero(i, j + 1, false, true);
      }
      continue;
    }
    const nobody = longestPhraseAt(tokens, i, NOBODY);
    if (nobody > 0) {
      const start = i + nobody;
      const inHouse = longestPhraseAt(tokens, start, IN_HOUSE);
      if (inHouse > 0 && !NOT_PEOPLE.has(lowerAt(tokens, start + inHouse))) {
        zero(i, start + inHouse, false, true);
        continue;
      }
      if (nobodyLeft(tokens, i, start)) {
        zero(i, start + 1, false, true);
        continue;
      }
      for (let k = start; k < start + 6 && k < tokens.length; k += 1) {
        const token = tokens[k] as Token;
        const before = lowerAt(tokens, k - 1);
        // "nobody does IT", "no one's doing it"; in "nobody else knows it" the "it" is a pronoun.
        const itHere = it[k] || (token.lower === "it" && !PRONOUN_IT_AFTER.has(before));
        // "we know none of it": the pronoun.
        if (token.text === "it" && before === "of" && lowerAt(tokens, i) === "none") break;
        // "nobody in IT is burnt out", "nobody with IT skills wants the job": said of IT people.
        if (itHere && (before === "in" || before === "with") && saidOfItPeople(tokens, k + 1))
          break;
        if (itHere && NOBODY_BEFORE_IT.has(before)) {
          zero(i, k + 1, false);
          break;
        }
        if (!NOBODY_GAP.has(token.lower) && token.text !== "'") break;
      }
    }
  }
  return found;
}

/** Tokens that end a sentence. */
export const SENTENCE_END = wordSet(". ! ? ;");
