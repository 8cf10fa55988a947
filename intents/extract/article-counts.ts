/** One IT person said with an article instead of a digit: "an IT guy", "our sole sysadmin". */
import { impliedCount } from "./count-classify.ts";
import type { Classified } from "./count-classify.ts";
import { SINGULAR_IT_NOUNS } from "./count-lexicon.ts";
import { negatedBefore, notCurrentBefore } from "./count-current.ts";
import { HEAD_OF, itRoleAt } from "./it-cues.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const VACANCY_WORDS = wordSet("role roles position post vacancy vacancies job opening slot");

const ARTICLE_WORDS = wordSet("a an single sole lone solitary only");

const ONE_PERSON_WORDS = wordSet("single sole lone solitary only");

const ARTICLE_FILLERS = wordSet(`
  dedicated part - time full in house internal in-house inhouse single sole lone junior senior
  permanent proper resident onsite on site overworked brilliant good great capable
`);

/** "an IT guy", "a sysadmin", "our sole IT person": one IT person without a digit. */
export function articleCounts(
  tokens: readonly Token[],
  it: readonly boolean[],
  mentions: readonly NumberMention[],
  covered: (first: number, end: number) => boolean,
): Classified[] {
  const found: Classified[] = [];
  const inside = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) for (let k = m.first; k < m.end; k += 1) inside[k] = true;
  const inMention = (index: number): boolean => inside[index] === true;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if (!ARTICLE_WORDS.has(word) || inMention(i)) continue;
    let j = i + 1;
    while (
      j < i + 5 &&
      (ARTICLE_FILLERS.has(lowerAt(tokens, j)) ||
        (ONE_PERSON_WORDS.has(lowerAt(tokens, j)) && word !== "only"))
    )
      j += 1;
    const length = itRoleAt(tokens, it, j);
    if (length === 0) continue;
    const last = lowerAt(tokens, j + length - 1);
    if (!SINGULAR_IT_NOUNS.has(last) && !(length === 3 && HEAD_OF.has(lowerAt(tokens, j))))
      continue;
    const end = j + length;
    if (covered(i, end) || negatedBefore(tokens, i) || notCurrentBefore(tokens, i)) continue;
    const onePerson =
      ONE_PERSON_WORDS.has(word) ||
      tokens.slice(i + 1, j).some((t) => ONE_PERSON_WORDS.has(t.lower));
    // "a sysadmin role", "an IT manager post": a job, filled or not, is not a person.
    if (VACANCY_WORDS.has(lowerAt(tokens, end))) continue;
    found.push({ ...impliedCount(1, i, end, "it"), singlePerson: onePerson });
    i = end - 1;
  }
  return found;
}
