/**
 * IT teams given as names or roles rather than a number: "Priya and Tom look after IT", "Ollie,
 * Fran and Marek make up the IT team", "IT is Helen and Rob", "Sam does all our IT on his own",
 * "a network guy and a helpdesk girl". The count is the number of people listed.
 */
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { itRoleAt } from "./it-cues.ts";
import { endsHere, isNameAt } from "./person-names.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Verbs that make the people listed before them the IT team: "run IT", "look after IT". */
const RUN_VERBS = wordSet(`
  run runs look looks handle handles manage manages cover covers do does make makes share shares
  sort sorts support supports
`);
/** Words allowed between the verb and IT: "look after all our IT", "make up the IT team". */
const VERB_GAP = wordSet("after up all of our the your between them both out");
/** Links from IT to the people: "IT is Helen and Rob", "IT-wise it's Ahmed and Lucy". */
const IT_IS = wordSet("is = : - 's wise it it's its basically just mainly");
/** Words that open an item of a role list: "a network guy", "one junior". */
const ARTICLES = wordSet("a an one");
/** People who are IT staff in a role list although the word is not an IT role on its own. */
const JUNIOR_ROLES = wordSet("junior apprentice trainee intern graduate");
const ORDINALS = wordSet("st nd rd th");
const ALONE = wordSet("own");
/** Longest list of names or roles read. */
const MAX_ITEMS = 8;

interface List {
  count: number;
  end: number;
}

/** Names joined by commas and "and": "Ollie, Fran and Marek". Needs at least two. */
function namesAt(tokens: readonly Token[], i: number): List | null {
  if (!isNameAt(tokens, i)) return null;
  // "IT is Dave, and Dave is running on fumes": a name said twice is one person.
  const names = new Set([lowerAt(tokens, i)]);
  let items = 1;
  let j = i + 1;
  while (items < MAX_ITEMS) {
    const link = lowerAt(tokens, j);
    if (link !== "," && link !== "and" && link !== "&") break;
    const next = link === "," && lowerAt(tokens, j + 1) === "and" ? j + 2 : j + 1;
    if (!isNameAt(tokens, next)) break;
    items += 1;
    names.add(lowerAt(tokens, next));
    j = next + 1;
    if (link === "and" || link === "&") break;
  }
  return items >= 2 ? { count: names.size, end: j } : null;
}

/** One item of a role list: "a network guy", "a junior on the desk", "an apprentice". */
function roleItemAt(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  if (!ARTICLES.has(lowerAt(tokens, i))) return 0;
  for (let k = i + 1; k <= i + 3; k += 1) {
    const length = itRoleAt(tokens, it, k);
    if (length > 0) return k + length;
    if (JUNIOR_ROLES.has(lowerAt(tokens, k))) return k + 1;
    const token = tokens[k];
    const ordinal = token?.kind === "num" && ORDINALS.has(token.suffix);
    if ((token?.kind !== "word" && !ordinal) || lowerAt(tokens, k) === "and") return 0;
  }
  return 0;
}

/** "a network guy and a helpdesk girl": two or more IT roles joined by "and". */
function rolesAt(tokens: readonly Token[], it: readonly boolean[], i: number): List | null {
  let end = roleItemAt(tokens, it, i);
  if (end === 0) return null;
  let count = 1;
  while (count < MAX_ITEMS) {
    const link = lowerAt(tokens, end);
    if (link !== "and" && link !== ",") break;
    const next = roleItemAt(tokens, it, end + 1);
    if (next === 0) break;
    count += 1;
    end = next;
  }
  return count >= 2 ? { count, end } : null;
}

/** After a list: "look after IT", "make up the IT team", "run IT for our three homes". */
function runsItAt(tokens: readonly Token[], it: readonly boolean[], j: number): number {
  if (!RUN_VERBS.has(lowerAt(tokens, j))) return 0;
  for (let k = j + 1; k <= j + 5; k += 1) {
    if (it[k]) return k + 1;
    if (!VERB_GAP.has(lowerAt(tokens, k))) return 0;
  }
  return 0;
}

/** Before a list: "IT is", "IT-wise it's", "our IT team is". */
function itIsBefore(tokens: readonly Token[], it: readonly boolean[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k -= 1) {
    if (it[k]) return true;
    const word = lowerAt(tokens, k);
    if (!IT_IS.has(word) && word !== "team" && word !== "department" && word !== "dept")
      return false;
  }
  return false;
}

/** "Sam does all our IT on his own": one named person who is all of IT. */
function oneNameRunsIt(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  if (!isNameAt(tokens, i) || (i > 0 && isNameAt(tokens, i - 1))) return 0;
  if (["and", "&", ","].includes(lowerAt(tokens, i - 1))) return 0;
  const end = runsItAt(tokens, it, i + 1);
  if (end === 0 || !tokens.slice(i + 1, end).some((t) => t.lower === "all")) {
    const alone =
      end > 0 &&
      lowerAt(tokens, end) === "on" &&
      ["his", "her", "their"].includes(lowerAt(tokens, end + 1)) &&
      ALONE.has(lowerAt(tokens, end + 2));
    return alone ? end + 3 : 0;
  }
  return end;
}

/** "IT is Dave.", "our IT is basically Shauna, and ...": one name and nothing more said. */
function itIsOneName(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  // "IT Glue", "IT Dave": a product or a nickname, not "IT is Dave".
  if (it[i - 1] || lowerAt(tokens, i - 1) === "it") return 0;
  if (!isNameAt(tokens, i) || !itIsBefore(tokens, it, i)) return 0;
  return endsHere(tokens, i + 1) ? i + 1 : 0;
}

/** Finds the phrases in the header comment, left to right. */
export function findNameLists(tokens: readonly Token[], it: readonly boolean[]): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const list = namesAt(tokens, i) ?? rolesAt(tokens, it, i);
    let end = 0;
    let value = 0;
    if (list) {
      const runs = runsItAt(tokens, it, list.end);
      if (runs > 0 || itIsBefore(tokens, it, i)) {
        end = Math.max(runs, list.end);
        value = list.count;
      }
    } else {
      end = oneNameRunsIt(tokens, it, i) || itIsOneName(tokens, it, i);
      value = 1;
    }
    if (end === 0) {
      i += 1;
      continue;
    }
    found.push({
      at: i,
      end,
      value,
      source: "one",
      weak: false,
      needsItContext: false,
      namesIt: true,
      itByDefault: false,
      singlePerson: value === 1,
    });
    i = end;
  }
  return found;
}
