/**
 * One named or described person who is the whole of IT: "the whole of IT is Dave", "IT is
 * basically just Sandra", "IT = me", "Dave is our IT", "he's our whole IT department", "she's one
 * person", "now it's just Priya covering everything", "I'm the sysadmin, only one", "there's only
 * ever one of them". Each is one IT person on whom IT rests (itStaff 1).
 */
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { skip } from "./it-staff-phrases.ts";
import { endsHere, isNameAt } from "./person-names.ts";
import { SINGULAR_IT_NOUNS } from "./count-lexicon.ts";
import { itRoleAt } from "./it-cues.ts";
import { sideRoleAfterMe } from "./it-me-aside.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const HE_SHE = wordSet("he's she's hes shes");
const HE_SHE_BARE = wordSet("he she");
const WHOLE_OF = wordSet("whole all entirety");
const IT_IS = wordSet(`
  is 's = basically just only really literally pretty much mostly essentially effectively
`);
const DETERMINERS = wordSet("our the my their your");
const ALL_OF = wordSet("whole entire only sole one-man one-woman");
const IT_WHOLE_HEADS = wordSet("department dept team function");
const ONE_WORDS = wordSet("just only literally");
const PERSON = wordSet("person man woman bloke guy lad chap lady individual fella lass dude");
const AFTER_NAME = wordSet(`
  now these days nowadays covering doing running handling looking managing holding keeping left
  on and who at since after because until till based
`);
const ME = wordSet("me myself");
const PLUS = wordSet("and plus + & with");
const NAME_IS = wordSet("is 's");
const ONLY_ONE = wordSet("only just");

/** Finds the phrases in the header comment, left to right. */
export function findOnePersonPhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const end =
      wholeOfItIsName(tokens, it, i) ||
      heIsTheItDepartment(tokens, it, i) ||
      heIsOnePerson(tokens, i) ||
      itsJustName(tokens, i) ||
      nameIsOurIt(tokens, it, i) ||
      onlyOneAfterTitle(tokens, it, i) ||
      onlyEverOne(tokens, i);
    if (end === 0) continue;
    const namesIt = tokens.slice(i, end).some((_, k) => it[i + k] === true);
    found.push({
      at: i,
      end,
      value: 1,
      source: "one",
      weak: false,
      needsItContext: !namesIt,
      namesIt,
      itByDefault: false,
      singlePerson: true,
    });
    i = end - 1;
  }
  return found;
}

/** "the whole of IT is Dave", "all of our IT is Sandra", "IT is basically just Dave". */
function wholeOfItIsName(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  let j = i;
  if (WHOLE_OF.has(lowerAt(tokens, j)) && lowerAt(tokens, j + 1) === "of") {
    j += 2;
    if (DETERMINERS.has(lowerAt(tokens, j))) j += 1;
  }
  if (!it[j]) return 0;
  const k = skip(tokens, j + 1, IT_IS, 4);
  if (k === j + 1 && lowerAt(tokens, j) !== "it's") return 0;
  // "IT = me", "IT is basically me": the speaker, unless others join ("IT is me and Priya").
  // "IT = me (the owner)" is IT on the side of another job, found in it-me-aside.ts.
  if (ME.has(lowerAt(tokens, k)))
    return PLUS.has(lowerAt(tokens, k + 1)) || sideRoleAfterMe(tokens, it, k) > 0 ? 0 : k + 1;
  if (!isNameAt(tokens, k)) return 0;
  return nameEnds(tokens, k + 1) ? k + 1 : 0;
}

/** "Dave is our IT", "Gary's our IT guy", "Sam is the IT department, just him". */
function nameIsOurIt(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  let j: number;
  if (isNameAt(tokens, i) && NAME_IS.has(lowerAt(tokens, i + 1))) j = i + 2;
  else if (nameWithIs(tokens[i])) j = i + 1;
  else return 0;
  if (!DETERMINERS.has(lowerAt(tokens, j))) return 0;
  let k = j + 1;
  if (ALL_OF.has(lowerAt(tokens, k))) k += 1;
  if (!it[k]) return 0;
  const head = lowerAt(tokens, k + 1);
  const named = IT_WHOLE_HEADS.has(head) || PERSON.has(head) || SINGULAR_IT_NOUNS.has(head);
  const end = named ? k + 2 : k + 1;
  return endsHere(tokens, end) ? end : 0;
}

/** "Sam's" as in "Sam's our IT guy": a first name with "is" run on. */
function nameWithIs(token: Token | undefined): boolean {
  if (!token || token.kind !== "word" || !token.lower.endsWith("'s")) return false;
  const name = token.text.slice(0, -2);
  return name.length >= 2 && isNameAt([{ ...token, text: name, lower: name.toLowerCase() }], 0);
}

/** "I'm the sysadmin, only one", "our IT guy - just the one": a title, then "only one". */
function onlyOneAfterTitle(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  const comma = lowerAt(tokens, i);
  if (comma !== "," && comma !== "-") return 0;
  if (!ONLY_ONE.has(lowerAt(tokens, i + 1))) return 0;
  let j = i + 2;
  if (lowerAt(tokens, j) === "the") j += 1;
  const after = lowerAt(tokens, j + 1);
  if (lowerAt(tokens, j) !== "one" || !(endsHere(tokens, j + 1) || after === "-")) return 0;
  for (let k = i - 1; k >= 0 && k >= i - 3; k -= 1) {
    if (tokens[k]?.kind === "sym") return 0;
    if (itRoleAt(tokens, it, k) > 0) return j + 1;
  }
  return 0;
}

/** "there's only ever one of them", "there's only the one": one person in the IT post. */
function onlyEverOne(tokens: readonly Token[], i: number): number {
  const word = lowerAt(tokens, i);
  let j = i + 1;
  if (word === "there" && lowerAt(tokens, j) === "is") j += 1;
  else if (word !== "there's" && word !== "theres") return 0;
  if (!ONLY_ONE.has(lowerAt(tokens, j))) return 0;
  j += 1;
  if (lowerAt(tokens, j) === "ever") j += 1;
  if (lowerAt(tokens, j) === "the") j += 1;
  if (lowerAt(tokens, j) !== "one") return 0;
  j += 1;
  if (lowerAt(tokens, j) === "of" && ["them", "us"].includes(lowerAt(tokens, j + 1))) j += 2;
  return endsHere(tokens, j) ? j : 0;
}

/** "he's our whole IT department", "she is the IT department", "he's the only IT person". */
function heIsTheItDepartment(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  const j = subjectEnd(tokens, i);
  if (j === 0 || !DETERMINERS.has(lowerAt(tokens, j))) return 0;
  let k = j + 1;
  const whole = ALL_OF.has(lowerAt(tokens, k));
  if (whole) k += 1;
  if (!it[k]) return 0;
  const head = lowerAt(tokens, k + 1);
  if (IT_WHOLE_HEADS.has(head)) return k + 2;
  if (whole && (PERSON.has(head) || head === "guy")) return k + 2;
  return whole && endsHere(tokens, k + 1) ? k + 1 : 0;
}

/** "she's one person", "he's just one man": needs IT talk elsewhere in the message. */
function heIsOnePerson(tokens: readonly Token[], i: number): number {
  let j = subjectEnd(tokens, i);
  if (j === 0) return 0;
  if (ONE_WORDS.has(lowerAt(tokens, j))) j += 1;
  if (lowerAt(tokens, j) !== "one" || !PERSON.has(lowerAt(tokens, j + 1))) return 0;
  return endsHere(tokens, j + 2) && lowerAt(tokens, j + 2) !== "in" ? j + 2 : 0;
}

/**
 * "now it's just Priya covering everything", "it's only Sam these days", and a reply opening on
 * or after a comma: "just Fiona", "wee team, only Fiona", "there's just Tom".
 */
function itsJustName(tokens: readonly Token[], i: number): number {
  let j = i;
  const word = lowerAt(tokens, j);
  if (word === "it's" || word === "its" || word === "there's" || word === "theres") j += 1;
  else if ((word === "it" || word === "there") && lowerAt(tokens, j + 1) === "is") j += 2;
  else if (!(ONE_WORDS.has(word) && clauseStart(tokens, i))) return 0;
  if (!ONE_WORDS.has(lowerAt(tokens, j))) return 0;
  if (!isNameAt(tokens, j + 1)) return 0;
  return nameEnds(tokens, j + 2) ? j + 2 : 0;
}

/** The start of the text, or just after a comma or dash. */
function clauseStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || (before.kind === "sym" && [",", "-", ":", ";"].includes(before.text));
}

/** "he's", "she is": the index after the subject and its verb, or 0. */
function subjectEnd(tokens: readonly Token[], i: number): number {
  const word = lowerAt(tokens, i);
  if (HE_SHE.has(word)) return i + 1;
  if (HE_SHE_BARE.has(word) && lowerAt(tokens, i + 1) === "is") return i + 2;
  return 0;
}

function nameEnds(tokens: readonly Token[], j: number): boolean {
  return endsHere(tokens, j) || AFTER_NAME.has(lowerAt(tokens, j));
}
