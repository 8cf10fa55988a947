/**
 * One named or described person who is the whole of IT: "the whole of IT is Dave", "IT is
 * basically just Sandra", "he's our whole IT department", "she's one person", "now it's just
 * Priya covering everything". Each is one IT person on whom IT rests (itStaff 1).
 */
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { skip } from "./it-staff-phrases.ts";
import { endsHere, isNameAt } from "./person-names.ts";
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
const PERSON = wordSet("person man woman bloke guy lad chap lady individual");
const AFTER_NAME = wordSet(`
  now these days nowadays covering doing running handling looking managing holding keeping left
  on and who
`);

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
      itsJustName(tokens, i);
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
  if (!isNameAt(tokens, k)) return 0;
  return nameEnds(tokens, k + 1) ? k + 1 : 0;
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

/** "now it's just Priya covering everything", "it's only Sam these days". */
function itsJustName(tokens: readonly Token[], i: number): number {
  let j = i;
  const word = lowerAt(tokens, j);
  if (word === "it's" || word === "its") j += 1;
  else if (word === "it" && lowerAt(tokens, j + 1) === "is") j += 2;
  else return 0;
  if (!ONE_WORDS.has(lowerAt(tokens, j))) return 0;
  if (!isNameAt(tokens, j + 1)) return 0;
  return nameEnds(tokens, j + 2) ? j + 2 : 0;
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
