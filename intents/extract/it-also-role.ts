/**
 * The IT person who has another job too: "1 of them is the IT person but she's also a nurse",
 * "our IT guy, he's also the caretaker". IT done alongside another job is no IT staff (0).
 */
import { SINGULAR_IT_NOUNS } from "./count-lexicon.ts";
import { itRoleAt } from "./it-cues.ts";
import { noItStaff, type ItStaffPhrase } from "./it-staff-phrases.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const HE_SHE = wordSet("he's she's hes shes they're theyre");
const HE_SHE_BARE = wordSet("he she");
const ONE = wordSet("1 one");
const LINKS = wordSet("but and , - though");
const ARTICLES = wordSet("a an the our");
/** Not another job: "she's also a mum", "he's also a legend". */
const NOT_JOBS = wordSet(`
  mum mom dad mother father parent grandmother grandad legend star gem saint godsend lifesaver
  diamond friend genius wizard mate bit lot
`);
/** What may follow the other job: "also a nurse so", "also the caretaker here". */
const JOB_ENDS = wordSet("and but so here there at in for who which on too as");
/** How far before "but she's also" the IT person may be named. */
const SUBJECT_REACH = 5;
/** How far before the IT person a count of them may stand ("1 of them is the IT person"). */
const COUNT_REACH = 6;

/** "she's also a nurse" at `i`: the end of it, or 0. Not "she's also an IT tech". */
function alsoAnotherJob(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  let j: number;
  if (HE_SHE.has(lowerAt(tokens, i))) j = i + 1;
  else if (HE_SHE_BARE.has(lowerAt(tokens, i)) && lowerAt(tokens, i + 1) === "is") j = i + 2;
  else return 0;
  if (lowerAt(tokens, j) !== "also" || !ARTICLES.has(lowerAt(tokens, j + 1))) return 0;
  const role = j + 2;
  const word = lowerAt(tokens, role);
  if (tokens[role]?.kind !== "word" || it[role] || itRoleAt(tokens, it, role) > 0) return 0;
  if (NOT_JOBS.has(word)) return 0;
  // "she's also a nurse." ends there; "she's also a great help" is praise, not a job.
  const next = tokens[role + 1];
  return !next || next.kind === "sym" || JOB_ENDS.has(next.lower) ? role + 1 : 0;
}

/** Where the IT person is named before the link at `link`, or -1. */
function itPersonBefore(tokens: readonly Token[], it: readonly boolean[], link: number): number {
  for (let k = link - 1; k >= 0 && k >= link - SUBJECT_REACH; k -= 1)
    if (it[k] && SINGULAR_IT_NOUNS.has(lowerAt(tokens, k + 1))) return k;
  return -1;
}

/** Finds the phrases in the header comment, left to right. */
export function findAlsoRolePhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    if (!LINKS.has(lowerAt(tokens, i - 1))) continue;
    const end = alsoAnotherJob(tokens, it, i);
    if (end === 0) continue;
    const person = itPersonBefore(tokens, it, i - 1);
    if (person < 0) continue;
    let at = person;
    for (let k = person - 1; k >= 0 && k >= person - COUNT_REACH; k -= 1)
      if (ONE.has(lowerAt(tokens, k))) at = k;
    found.push(noItStaff(at, end, { source: "side", weak: false }));
    i = end - 1;
  }
  return found;
}
