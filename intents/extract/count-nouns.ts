/**
 * Nouns after a count that the forward scan in count-forward.ts needs help with: people after
 * "of" ("a couple of site techs"), "tech" as a person ("our one tech, Lorraine") and the payroll
 * ("140 on the payroll").
 */
import { EMPLOYEE_NOUNS, PERSON_NOUNS } from "./count-lexicon.ts";
import { itRoleAt } from "./it-cues.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/**
 * "3 of IT", "a couple of lads", "a couple of site techs": people counted after "of", at most one
 * word before the noun. Where the noun is, or -1; not "2 of the servers" nor "one of our sites"
 * (`determiners` are the words that make a part of a group).
 */
export function peopleAfterOf(
  tokens: readonly Token[],
  it: readonly boolean[],
  j: number,
  determiners: ReadonlySet<string>,
): number {
  const people = (k: number): boolean =>
    it[k] === true ||
    itRoleAt(tokens, it, k) > 0 ||
    PERSON_NOUNS.has(lowerAt(tokens, k)) ||
    EMPLOYEE_NOUNS.has(lowerAt(tokens, k));
  if (people(j)) return j;
  if (tokens[j]?.kind !== "word" || determiners.has(lowerAt(tokens, j))) return -1;
  return people(j + 1) ? j + 1 : -1;
}

const ROLLS = wordSet("payroll books");

/** "140 on the payroll", "60 on the books" at `j`: everyone employed. */
export function onTheRolls(tokens: readonly Token[], j: number): boolean {
  return (
    lowerAt(tokens, j) === "on" &&
    lowerAt(tokens, j + 1) === "the" &&
    ROLLS.has(lowerAt(tokens, j + 2))
  );
}

const TECH_FOLLOWERS = wordSet("who covers does runs looks handles is and but");

/** "our one tech, Lorraine", "2 techies who cover the schools": "tech" naming a person. */
export function techPerson(tokens: readonly Token[], j: number): boolean {
  const word = lowerAt(tokens, j);
  if (word !== "tech" && word !== "techie") return false;
  const next = tokens[j + 1];
  return !next || (next.kind === "sym" && next.text !== "-") || TECH_FOLLOWERS.has(next.lower);
}
