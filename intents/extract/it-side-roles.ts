/**
 * More ways of saying IT is done on the side of another job, each no IT staff (0): "I sort it as
 * practice manager", "I'm not an IT person", "IT is our office manager", "IT is whoever's least
 * busy". Used by findSideJobPhrases in it-side-jobs.ts.
 */
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { PhraseSet, Token } from "./tokens.ts";

const AS_DETERMINERS = wordSet("the a an our their his her my");
const DOING_IT = wordSet(`
  do does doing did sort sorts sorting handle handles handling cover covers covering manage
  manages managing run runs running pick picks picking fix fixes fixing it
`);

/**
 * "I sort it as practice manager", "she does the IT as office manager": "as" and a non-IT role
 * at `i`, after a verb of doing the IT. The end of the phrase, or 0.
 */
export function asSideRole(
  tokens: readonly Token[],
  it: readonly boolean[],
  i: number,
  roles: PhraseSet,
): number {
  if (lowerAt(tokens, i) !== "as") return 0;
  let j = i + 1;
  if (AS_DETERMINERS.has(lowerAt(tokens, j))) j += 1;
  const role = longestPhraseAt(tokens, j, roles);
  if (role === 0 || it[j]) return 0;
  const before = lowerAt(tokens, i - 1);
  const object = before === "it" || it[i - 1] === true || before === "up" || before === "out";
  if (!object || !DOING_IT.has(lowerAt(tokens, i - 2))) return 0;
  return j + role;
}

const NOT_IT_PERSON = phraseList(`
  i'm not an it person, im not an it person, i am not an it person, i'm not an it guy,
  i'm not an it expert, i'm not it, im not it, i am not it, i'm no it expert, im no it expert,
  i'm no it person, i'm not technical, im not technical, i am not technical, i'm not techy,
  im not techy, i'm not a techie, i'm not a tech person, i'm not really an it person,
  i'm not really technical, i'm not trained in it, not an it person, not an it person in any way,
  no it expert, i'm not really it
`);

/** "I'm not an IT person", "I'm no IT expert": the end of the phrase at `i`, or 0. */
export function notAnItPerson(tokens: readonly Token[], i: number): number {
  const length = longestPhraseAt(tokens, i, NOT_IT_PERSON);
  return length > 0 ? i + length : 0;
}

const IT_IS = wordSet("is 's = basically just really mostly kind of sort");
const ROLE_DETERMINERS = wordSet("our the my their a an one");

/** "IT is our office manager", "IT = the practice manager": the IT given to a non-IT role. */
export function itIsRole(
  tokens: readonly Token[],
  it: readonly boolean[],
  i: number,
  roles: PhraseSet,
): number {
  if (!it[i]) return 0;
  let j = i + 1;
  const first = lowerAt(tokens, j);
  if (first !== "is" && first !== "=" && lowerAt(tokens, i) !== "it's") return 0;
  while (j < i + 4 && IT_IS.has(lowerAt(tokens, j))) j += 1;
  if (!ROLE_DETERMINERS.has(lowerAt(tokens, j))) return 0;
  j += 1;
  const role = longestPhraseAt(tokens, j, roles);
  return role > 0 && !it[j] ? j + role : 0;
}

const CANNOT = wordSet("can't cant cannot couldn't couldnt impossible way");

/** "no way we can do it alongside the day job": a project too big, not IT done on the side. */
export function cannotBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 7; k -= 1) {
    if (tokens[k]?.kind === "sym") return false;
    if (CANNOT.has(lowerAt(tokens, k))) return true;
  }
  return false;
}
