/**
 * Ways of saying nobody does the IT that need more than "no IT people": "nobody's job is IT",
 * "IT is 'whoever knows'", "we've had nobody since", "IT is fully outsourced", the IT object of
 * a "no" ("no IT people") and "IT people? we've got none"; and "nobody in IT is burnt out", which
 * talks about IT people without counting them. Used by findZeroPhrases in it-staff-phrases.ts.
 */
import { ZERO_ANSWERS } from "./count-lexicon.ts";
import { itRoleAt } from "./it-cues.ts";
import { longestPhraseAt, lowerAt, phraseList, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const DENIALS = wordSet("isn't isnt not never wasn't wasnt ain't");
const IT_TO_JOB = wordSet("is isn't isnt not really just basically honestly 's");
const NOBODY_AFTER_LOSS = wordSet("since now anymore");
const SO_NOW = wordSet("so now then");
const POSSESSIVE_NOBODY = wordSet("nobody's noone's anyone's anybody's");
const JOB_WORDS = wordSet("job role responsibility department remit");
/** "whoever" and words used like it. */
export const WHOEVER = wordSet("whoever whoever's whoevers anyone anybody");
const AFTER_WHOEVER = wordSet(`
  knows is 's happens gets can has picks free nearest around least most closest available about
  in sat not
`);
/** Words between "IT" and "whoever": "IT is basically 'whoever knows'". */
export const IT_IS_LINKS = wordSet(`
  is 's = : basically just literally really pretty much kind sort of mostly ' " - whatever
`);

/**
 * "we've had nobody since", "so now nobody.", "now there's no one": no one has taken over the
 * IT since someone left.
 */
export function nobodyLeft(tokens: readonly Token[], at: number, end: number): boolean {
  const next = tokens[end];
  if (NOBODY_AFTER_LOSS.has(next?.lower ?? "")) return true;
  const ends = !next || (next.kind === "sym" && next.text !== "'");
  if (!ends) return false;
  const before = lowerAt(tokens, at - 1);
  return SO_NOW.has(before) || (before === "had" && SO_NOW.has(lowerAt(tokens, at - 3)));
}

/** "nobody's job", "anyone's job" after a negation: the end of the phrase, or 0. */
export function possessiveNobody(
  tokens: readonly Token[],
  it: readonly boolean[],
  i: number,
): number {
  const word = lowerAt(tokens, i);
  let j = i + 1;
  if (word === "no" && ["one's", "ones"].includes(lowerAt(tokens, i + 1))) j = i + 2;
  else if (!POSSESSIVE_NOBODY.has(word)) return 0;
  if ((word === "anyone's" || word === "anybody's") && !DENIALS.has(lowerAt(tokens, i - 1)))
    return 0;
  if (lowerAt(tokens, j) === "actual" || lowerAt(tokens, j) === "real") j += 1;
  if (!JOB_WORDS.has(lowerAt(tokens, j))) return 0;
  // "it's nobody's job to clean the fridge" is not about IT.
  if (lowerAt(tokens, j + 1) === "to") return 0;
  // IT said with it: "nobody's job is IT", "IT isn't anyone's job", "it's nobody's job".
  const after = ["is", "'s", "="].includes(lowerAt(tokens, j + 1)) ? j + 2 : -1;
  if (after > 0 && (it[after] || (lowerAt(tokens, after) === "the" && it[after + 1]))) return j + 1;
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && IT_TO_JOB.has(lowerAt(tokens, k))) k -= 1;
  if (it[k] || ["it's", "its"].includes(lowerAt(tokens, k))) return j + 1;
  return 0;
}

/** After "IT is whoever": "knows", "'s free", the end; not "whoever wants to call us". */
export function whoeverNext(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || next.kind === "sym") return true;
  return AFTER_WHOEVER.has(next.lower);
}

const IT_IS_OUT = wordSet("is 's are = gets get was");
const WHOLLY = wordSet("fully completely totally entirely all 100% basically just wholly");
const OUTSOURCED = wordSet("outsourced external");
const OUTSOURCE_VERBS = wordSet("outsource outsourced outsources");
const NOT_YET = wordSet("to will could should might would may can");
const OUTSOURCE_FILLERS = wordSet("all of our the everything");
const AFTER_OUTSOURCED_IT = wordSet("and to so but completely entirely fully now");

/**
 * "IT is fully outsourced", "IT's all outsourced", "we outsource all our IT": no IT staff of their
 * own. Not "IT is partly outsourced". The end of the phrase at `i`, or 0.
 */
export function itOutsourced(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  if (it[i]) {
    let j = i + 1;
    if (lowerAt(tokens, i) !== "it's") {
      if (!IT_IS_OUT.has(lowerAt(tokens, j))) return 0;
      j += 1;
    }
    if (WHOLLY.has(lowerAt(tokens, j))) j += 1;
    return OUTSOURCED.has(lowerAt(tokens, j)) ? j + 1 : 0;
  }
  if (!OUTSOURCE_VERBS.has(lowerAt(tokens, i))) return 0;
  // "we want to outsource our IT", "we could outsource IT": a plan, not how things are.
  if (NOT_YET.has(lowerAt(tokens, i - 1))) return 0;
  let j = i + 1;
  while (j < i + 4 && OUTSOURCE_FILLERS.has(lowerAt(tokens, j))) j += 1;
  if (!it[j]) return 0;
  // "we outsource our IT" but not "we outsource our IT support" (a part of it).
  const next = tokens[j + 1];
  return !next || next.kind === "sym" || AFTER_OUTSOURCED_IT.has(next.lower) ? j + 1 : 0;
}

const STRONG_HEADS = wordSet(`
  people staff person persons guy guys girl bod bods folk folks employees personnel resource
  resources headcount techs technicians engineers bloke blokes chap chaps lad lads man men woman
  women admin admins administrator administrators specialist specialists expert experts
  professional professionals
`);
const WEAK_HEADS = wordSet(
  "team teams department departments dept function support desk side crew",
);
const AFTER_BARE_IT = wordSet(`
  at whatsoever in internally ourselves here really either and but so as to of or - inhouse
  in-house anymore now currently obviously though tbh honestly sadly
`);

/** "no proper helpdesk process", "no service desk tool": a thing the role word describes. */
const NOT_PEOPLE_AFTER = wordSet(`
  process processes system systems software tool tools platform portal procedure procedures
  policy policies software ticketing budget setup structure
`);

interface ItObject {
  end: number;
  weak: boolean;
}

/** "IT people", "in-house IT", "a sysadmin", "IT department" at `j`, as the object of a "no". */
export function itObjectAt(
  tokens: readonly Token[],
  it: readonly boolean[],
  j: number,
): ItObject | null {
  if (it[j]) {
    const next = tokens[j + 1];
    const word = next?.kind === "word" ? next.lower : "";
    if (STRONG_HEADS.has(word)) return { end: j + 2, weak: false };
    if (WEAK_HEADS.has(word)) return { end: j + 2, weak: true };
    if (!next || next.kind === "sym" || AFTER_BARE_IT.has(word)) return { end: j + 1, weak: false };
    return null;
  }
  const length = itRoleAt(tokens, it, j);
  if (length === 0 || NOT_PEOPLE_AFTER.has(lowerAt(tokens, j + length))) return null;
  const head = lowerAt(tokens, j + length - 1);
  return { end: j + length, weak: WEAK_HEADS.has(head) };
}

const LEAD_BREAKS = wordSet(". , ; : - ! …");
const EXCEPT_WORDS = wordSet("except apart besides bar but other than save unless");
const LEAD_FILLERS = wordSet("um er erm well honestly sadly literally just");

/**
 * A reply to "how many IT staff?" that opens with "none" and then explains: "none, my brother in
 * law pops in", "nobody. we already pay an MSP". Not "none, except Dave" nor "none of them".
 */
export function leadingZeroAnswer(tokens: readonly Token[]): boolean {
  let i = 0;
  while (i < tokens.length && i < 3 && LEAD_FILLERS.has(lowerAt(tokens, i))) i += 1;
  const length = longestPhraseAt(tokens, i, ZERO_ANSWERS);
  if (length === 0) return false;
  let j = i + length;
  if (!LEAD_BREAKS.has(lowerAt(tokens, j))) return false;
  while (LEAD_BREAKS.has(lowerAt(tokens, j))) j += 1;
  return !EXCEPT_WORDS.has(lowerAt(tokens, j));
}

const HAVE_NONE = phraseList(`
  we've got none, we have got none, we've none, we have none, got none, have none, we've no one,
  we have no one, we've nobody, we have nobody, we've got nobody, we've got no one,
  we don't have any, we dont have any, we haven't got any, we havent got any, don't have any,
  we do not have any
`);
const IT_PEOPLE = wordSet("people person staff team guys department dept folk");
/** How far back the IT people a "we've got none" refers to may be named. */
const HAVE_NONE_REACH = 20;

/**
 * "do we need our own IT people? we've got none": "none" said of IT people named earlier in the
 * message, at the end of a sentence. The end of the phrase at `i`, or 0.
 */
export function haveNoneOfThem(
  tokens: readonly Token[],
  it: readonly boolean[],
  i: number,
): number {
  const length = longestPhraseAt(tokens, i, HAVE_NONE);
  if (length === 0) return 0;
  const next = tokens[i + length];
  if (next && !(next.kind === "sym" && next.text !== "'")) return 0;
  for (let k = i - 1; k >= 0 && k >= i - HAVE_NONE_REACH; k -= 1)
    if (it[k] && IT_PEOPLE.has(lowerAt(tokens, k + 1))) return i + length;
  return 0;
}

const PREDICATES = wordSet(`
  is 's was has had wants want will would can could feels seems gets complains knows minds
  applies applied
`);
const SKILL_WORDS = wordSet("skills skill knowledge experience background");

/**
 * After "nobody in IT" or "nobody with IT skills": a predicate, so IT people are talked about
 * ("is burnt out", "wants the job"), not counted.
 */
export function saidOfItPeople(tokens: readonly Token[], at: number): boolean {
  const j = SKILL_WORDS.has(lowerAt(tokens, at)) ? at + 1 : at;
  const word = lowerAt(tokens, j);
  if (word === "is" || word === "'s" || word === "was") {
    // "nobody in IT is employed here" still counts no one.
    return !["employed", "hired", "paid", "here", "in-house"].includes(lowerAt(tokens, j + 1));
  }
  return PREDICATES.has(word);
}

/** "in house", "internally": of one's own staff. */
export const IN_HOUSE = phraseList(`
  in - house, in house, inhouse, internally, internal, on site, onsite
`);

const SOMEONE = wordSet("anyone anybody someone somebody one people person");

/** "anyone in house" ending the span [from, end): nobody of one's own. */
export function anyoneInHouse(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k += 1)
    if (SOMEONE.has(lowerAt(tokens, k)))
      return (
        k + 1 + longestPhraseAt(tokens, k + 1, IN_HOUSE) === end &&
        end > k + 1 &&
        (tokens[end] === undefined || tokens[end]?.kind === "sym")
      );
  return false;
}
