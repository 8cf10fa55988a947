/**
 * One IT person said as "the only one": "our IT manager is overloaded and she's the only one we've
 * got", "hes the onlh one", "I'm a team of one for 300 people", "IT is handled by one person,
 * Mr Ramesh". Each is one IT person on whom IT rests (itStaff 1).
 */
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { SINGULAR_IT_NOUNS } from "./count-lexicon.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const HE_SHE = wordSet("he's she's hes shes");
const HE_SHE_BARE = wordSet("he she");
/** "only", with the slips people make typing it. */
const ONLY = wordSet("only onlh olny onyl onlly sole");
/** What may end "the only one": the sentence, "we've got", "we have", "in IT". */
const ONLY_ONE_ENDS = wordSet(", . ! ? ; and but so - who we've we weve left here in");
const BY_VERBS = wordSet("handled managed run done covered looked sorted supported");
const PERSON = wordSet("person man woman guy bloke lady individual chap fella");
const SERVING = wordSet("for supporting covering serving");
/** How far back an IT person must be named for "she's the only one" to be about IT. */
const SUBJECT_REACH = 20;

/** Where "our IT manager", "my IT guy", "the IT person" is said before `at`, if near. */
function itPersonBefore(tokens: readonly Token[], it: readonly boolean[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - SUBJECT_REACH; k -= 1)
    if (it[k] && SINGULAR_IT_NOUNS.has(lowerAt(tokens, k + 1))) return true;
  return false;
}

/** "she's the only one", "he is the only one we've got", after an IT person is named. */
function theOnlyOne(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  let j: number;
  if (HE_SHE.has(lowerAt(tokens, i))) j = i + 1;
  else if (HE_SHE_BARE.has(lowerAt(tokens, i)) && lowerAt(tokens, i + 1) === "is") j = i + 2;
  else return 0;
  if (lowerAt(tokens, j) !== "the" || !ONLY.has(lowerAt(tokens, j + 1))) return 0;
  if (lowerAt(tokens, j + 2) !== "one") return 0;
  const next = tokens[j + 3];
  if (next && next.kind !== "sym" && !ONLY_ONE_ENDS.has(next.lower)) return 0;
  return itPersonBefore(tokens, it, i) ? j + 3 : 0;
}

/** "I'm a team of one", "an IT team of one". */
function teamOfOne(tokens: readonly Token[], i: number): number {
  if (lowerAt(tokens, i) !== "team" || lowerAt(tokens, i + 1) !== "of") return 0;
  return lowerAt(tokens, i + 2) === "one" ? i + 3 : 0;
}

/** "handled by one person", "looked after by one guy". */
function byOnePerson(tokens: readonly Token[], i: number): number {
  if (!BY_VERBS.has(lowerAt(tokens, i))) return 0;
  let j = i + 1;
  if (lowerAt(tokens, j) === "after") j += 1;
  if (lowerAt(tokens, j) !== "by") return 0;
  if (ONLY.has(lowerAt(tokens, j + 1)) || lowerAt(tokens, j + 1) === "just") j += 1;
  if (lowerAt(tokens, j + 1) !== "one" || !PERSON.has(lowerAt(tokens, j + 2))) return 0;
  return j + 3;
}

/** Finds the phrases in the header comment, left to right. */
export function findOnlyOnePhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const only = theOnlyOne(tokens, it, i);
    const team = only ? 0 : teamOfOne(tokens, i);
    const end = only || team || byOnePerson(tokens, i);
    if (end === 0) continue;
    // "a team of one for 300 people": one person serving the others is the IT team.
    const serving = team > 0 && SERVING.has(lowerAt(tokens, team));
    found.push({
      at: i,
      end,
      value: 1,
      source: "one",
      // A count said elsewhere wins: "3 in IT, she's the only one who knows the firewall".
      weak: true,
      needsItContext: only === 0 && !serving,
      namesIt: only > 0,
      itByDefault: false,
      singlePerson: true,
    });
    i = end - 1;
  }
  return found;
}
