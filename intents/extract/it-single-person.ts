/**
 * One IT person spoken of without a digit: "wan IT guy, Fraser" (Scots), "just the one Dave",
 * "there's just the one of him", "now only the one, and he's coping". Each is one IT person
 * (itStaff 1). "Our IT guy" alone is not a count: it says nothing about anyone else.
 */
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { isNameAt } from "./person-names.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** "wan IT guy" (Scots "one"); "our IT guy" alone is no count. */
const ONE_WORDS = wordSet("wan ane");
/** One person: the noun after "our IT". */
const PERSON_NOUNS = wordSet(`
  guy fella fellow lady bloke chap person man woman lad lass gal dude girl bod
`);
/** "our IT guy left", "our IT chap walked out": said of someone gone, read elsewhere. */
const GONE = wordSet("left quit retired resigned leaving walked died went moved");
const JUST = wordSet("just only");
const HIM_HER = wordSet("him her");

/** "wan IT guy": one IT person, unless said to have gone. */
function wanItPerson(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  if (!ONE_WORDS.has(lowerAt(tokens, i)) || !it[i + 1]) return 0;
  if (!PERSON_NOUNS.has(lowerAt(tokens, i + 2))) return 0;
  const after = isNameAt(tokens, i + 3) ? i + 4 : i + 3;
  for (let k = after; k < after + 3; k += 1) if (GONE.has(lowerAt(tokens, k))) return 0;
  return i + 3;
}

/** "just the one Dave", "only the one of him", "just the one lad". */
function justTheOne(tokens: readonly Token[], i: number): number {
  if (!JUST.has(lowerAt(tokens, i))) return 0;
  if (lowerAt(tokens, i + 1) !== "the" || lowerAt(tokens, i + 2) !== "one") return 0;
  const next = i + 3;
  if (isNameAt(tokens, next) || PERSON_NOUNS.has(lowerAt(tokens, next))) return next + 1;
  if (lowerAt(tokens, next) === "of" && HIM_HER.has(lowerAt(tokens, next + 1))) return next + 2;
  const token = tokens[next];
  const clauseEnds =
    !token || (token.kind === "sym" && token.text !== "-") || token.lower === "and";
  return clauseEnds ? next : 0;
}

/** Finds the phrases in the header comment, left to right. */
export function findSinglePersonPhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const owned = wanItPerson(tokens, it, i);
    const end = owned || justTheOne(tokens, i);
    if (end === 0) continue;
    found.push({
      at: i,
      end,
      value: 1,
      source: "one",
      weak: false,
      needsItContext: owned === 0,
      namesIt: owned > 0,
      itByDefault: false,
      // A bare "just the one" answers how many; it says nothing of how much rests on them.
      singlePerson: owned > 0 || end > i + 3,
    });
    i = end - 1;
  }
  return found;
}
