/** One IT person said with an article instead of a digit: "an IT guy", "our sole sysadmin". */
import { impliedCount } from "./count-classify.ts";
import type { Classified } from "./count-classify.ts";
import { SINGULAR_IT_NOUNS } from "./count-lexicon.ts";
import { goneSince, negatedBefore, notCurrentBefore, soleOneGone } from "./count-current.ts";
import { HEAD_OF, itRoleAt } from "./it-cues.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const VACANCY_WORDS = wordSet("role roles position post vacancy vacancies job opening slot");

const ARTICLE_WORDS = wordSet("a an single sole lone solitary only");

/** "our IT manager plus 2 techs": a named IT person counts only when joined to a count. */
const DETERMINERS = wordSet("our the my");
const JOINERS = wordSet("plus and + & with");
const JOINED_OWNERS = wordSet("his her their our the");
const JOINED_ROLES = wordSet("tech techie apprentice apprentices junior juniors trainee trainees");

const ONE_PERSON_WORDS = wordSet("single sole lone solitary only");

const ARTICLE_FILLERS = wordSet(`
  dedicated part - time full in house internal in-house inhouse single sole lone junior senior
  permanent proper resident onsite on site overworked brilliant good great capable
`);

const OTHERS = wordSet("their his friend's mate's sister's brother's cousin's client's");

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
    const determiner = DETERMINERS.has(word);
    if (!(ARTICLE_WORDS.has(word) || determiner) || inMention(i)) continue;
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
    if (determiner && !joinedToCount(tokens, it, end, inMention)) continue;
    if (covered(i, end) || negatedBefore(tokens, i) || notCurrentBefore(tokens, i)) continue;
    // "their only techie quit", "a friend's sole IT guy": another organisation's IT person.
    if (OTHERS.has(lowerAt(tokens, i - 1))) continue;
    const onePerson =
      ONE_PERSON_WORDS.has(word) ||
      tokens.slice(i + 1, j).some((t) => ONE_PERSON_WORDS.has(t.lower));
    // "a sysadmin role", "an IT manager post": a job, filled or not, is not a person.
    if (VACANCY_WORDS.has(lowerAt(tokens, end))) continue;
    if (goneSince(tokens, j)) {
      // "our only IT guy quit": nobody is left; "an IT guy left" says nothing of those who stay.
      if (onePerson && soleOneGone(tokens, j)) found.push(impliedCount(0, i, end, "it"));
      i = end - 1;
      continue;
    }
    found.push({ ...impliedCount(1, i, end, "it"), singlePerson: onePerson });
    i = end - 1;
  }
  return found;
}

/** "plus 2 support staff", "and his 2 techs", "and an apprentice" right after `end`. */
function joinedToCount(
  tokens: readonly Token[],
  it: readonly boolean[],
  end: number,
  inMention: (index: number) => boolean,
): boolean {
  if (!JOINERS.has(lowerAt(tokens, end))) return false;
  let k = end + 1;
  if (JOINED_OWNERS.has(lowerAt(tokens, k))) k += 1;
  if (!inMention(k) && lowerAt(tokens, k) !== "a" && lowerAt(tokens, k) !== "an") return false;
  for (let r = k + 1; r <= k + 3 && r < tokens.length; r += 1) {
    if (itRoleAt(tokens, it, r) > 0 || JOINED_ROLES.has(lowerAt(tokens, r))) return true;
  }
  return false;
}
