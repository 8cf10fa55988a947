/**
 * IT done by people who are not IT staff of the organisation: relatives, friends and outsiders
 * paid by the job. "my grandson comes in on Saturdays to fix the computers", "a freelancer sorts
 * the IT when it breaks", "the IT's done by the owner's young lad", "none, my brother in law pops
 * in when the printer plays up". Each gives no IT staff (0) unless a count elsewhere says more;
 * "me plus a contractor" gives the speaker alone (1).
 */
import { noItStaff, type ItStaffPhrase } from "./it-staff-phrases.ts";
import { isNameAt } from "./person-names.ts";
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** People who help with IT without being IT staff. */
const OUTSIDERS = phraseList(`
  grandson, granddaughter, nephew, niece, son, daughter, brother in law, brother - in - law,
  sister in law, son in law, father in law, cousin, mate, friend, neighbour, neighbor,
  freelancer, freelance, contractor, local bloke, local guy, local lad, local chap, local fella,
  local company, local firm, young lad, a bloke, a guy, a chap, a fella, family friend,
  retired bloke, one man band, outside company, outside firm, break - fix guy, break fix guy,
  break - fix company, break fix company, break - fix firm, break - fix bloke, break fix bloke
`);
/** "IT is a break-fix guy", "our IT = a freelancer": the outsider is the whole of IT. */
const IT_IS = wordSet("is 's = basically just");
const IT_IS_ARTICLES = wordSet("a an some our one");
/** How outsiders help: "comes in", "pops in", "sorts", "when things break". */
const HELP_VERBS = wordSet(`
  comes come pops pop sorts sort does do fixes fix handles handle looks look helps help turns
  shows drops calls rings
`);
/** What outsiders help with. */
const IT_THINGS = wordSet(`
  it computers computer pcs laptops laptop printer printers tech wifi server network email
  systems
`);
/** "the IT's done by", "IT is handled by": the helper comes after. */
const DONE_BY = wordSet("done handled sorted covered");
const WINDOW = 10;
/** Outsiders a speaker names beside themselves: "me plus a contractor" is one member of staff. */
const HIRED_HELP = wordSet("contractor freelancer consultant msp");
const WITH_ME = wordSet("and plus + & with");
const HELP_ARTICLES = wordSet("a an our the one");

/** "me plus a contractor", "just me and a freelancer": the end of the phrase at "me", or 0. */
function meAndHiredHelp(tokens: readonly Token[], i: number): number {
  if (lowerAt(tokens, i) !== "me" || !WITH_ME.has(lowerAt(tokens, i + 1))) return 0;
  let j = i + 2;
  if (HELP_ARTICLES.has(lowerAt(tokens, j))) j += 1;
  if (["part", "part-time"].includes(lowerAt(tokens, j)))
    j = lowerAt(tokens, j) === "part" ? j + 3 : j + 1;
  return HIRED_HELP.has(lowerAt(tokens, j)) ? j + 1 : 0;
}

/** True when an IT thing is said within `WINDOW` tokens after `from`. */
function itThingNear(tokens: readonly Token[], it: readonly boolean[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + WINDOW; k += 1) {
    if (it[k] || IT_THINGS.has(lowerAt(tokens, k)) || lowerAt(tokens, k) === "it's") return true;
  }
  return false;
}

/** "done by" just before `i`, with IT before that: "the IT's done by". */
function doneByBefore(tokens: readonly Token[], it: readonly boolean[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) {
    if (lowerAt(tokens, k) !== "by" || !DONE_BY.has(lowerAt(tokens, k - 1))) continue;
    for (let j = k - 2; j >= 0 && j >= k - 5; j -= 1)
      if (it[j] || tokens[j]?.lower.startsWith("it'")) return true;
  }
  return false;
}

/** "IT is a" just before `i`: "IT is a break-fix guy we call". */
function itIsBefore(tokens: readonly Token[], it: readonly boolean[], i: number): boolean {
  if (!IT_IS_ARTICLES.has(lowerAt(tokens, i - 1))) return false;
  let k = i - 2;
  if (!IT_IS.has(lowerAt(tokens, k))) return false;
  while (k > 0 && IT_IS.has(lowerAt(tokens, k - 1))) k -= 1;
  return it[k - 1] === true;
}

/** Finds the phrases in the header comment, left to right. */
export function findOutsiderPhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const withMe = meAndHiredHelp(tokens, i);
    if (withMe > 0) {
      found.push({
        at: i,
        end: withMe,
        value: 1,
        source: "one",
        weak: false,
        needsItContext: true,
        namesIt: false,
        itByDefault: false,
        singlePerson: true,
      });
      i = withMe - 1;
      continue;
    }
    const length = longestPhraseAt(tokens, i, OUTSIDERS);
    if (length === 0) continue;
    const end = i + length;
    // "our contractor Jim does the IT": a name may come between.
    const verb = isNameAt(tokens, end) ? end + 1 : end;
    const helps = HELP_VERBS.has(lowerAt(tokens, verb)) && itThingNear(tokens, it, verb + 1);
    if (!helps && !doneByBefore(tokens, it, i) && !itIsBefore(tokens, it, i)) continue;
    found.push(noItStaff(i, end, { namesIt: false }));
    i = end - 1;
  }
  return found;
}
