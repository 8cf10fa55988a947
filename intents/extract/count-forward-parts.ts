/**
 * Pieces of {@link scanForward} in count-forward.ts: where a clause ends, places people work
 * ("25 in the studio"), whole groups ("there's two of them") and seats that are people.
 */
import { ORGANISATION_NOUNS } from "./count-lexicon.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Words that end the phrase a number belongs to. */
export const CLAUSE_WORDS = wordSet(`
  and but plus while whereas with so because although though then also including whilst if when
  where & except apart besides across covering over between vs versus not rather instead incl
  inc after since following once due thanks depending depends dependin varies varying
`);

const LOCATIONS = wordSet(`
  office offices studio hq headquarters site field road warehouse warehouses factory shop floor
  branch branches depot depots yard lab workshop store stores plant clinic surgery
`);
const LOCATION_FILLERS = wordSet("the our head main other each");
/** "25 in the studio", "50 at head office": words that lead to a place. */
export const LOCATION_LINKS = wordSet("in at on based");
const GROUP_BEFORE = wordSet("( , there's theres there're - :");

const CLAUSE_OPENERS = wordSet("and but so because");

/** Nothing, a comma or a joining word at `k`: what follows opens a clause. */
const clauseOpens = (tokens: readonly Token[], k: number): boolean =>
  k < 0 || tokens[k]?.kind === "sym" || CLAUSE_OPENERS.has(lowerAt(tokens, k));

/** "the studio", "head office", "the field" at `j`: the length of a place people work, or 0. */
export function locationAt(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < j + 2 && LOCATION_FILLERS.has(lowerAt(tokens, k))) k += 1;
  return LOCATIONS.has(lowerAt(tokens, k)) ? k - j + 1 : 0;
}

/** "there's two of them", "IT team (5 of them)": the group itself, not "2 of them are leaving". */
export function wholeGroup(
  tokens: readonly Token[],
  mention: NumberMention,
  them: number,
): boolean {
  // "..., the two of them spend all day on resets": the pair opening a clause.
  if (lowerAt(tokens, mention.first - 1) === "the" && clauseOpens(tokens, mention.first - 2))
    return true;
  const after = tokens[them + 1];
  const ends = !after || after.kind === "sym" || CLAUSE_WORDS.has(after.lower);
  if (!ends) return false;
  let k = mention.first - 1;
  if (["only", "just"].includes(lowerAt(tokens, k))) k -= 1;
  const before = lowerAt(tokens, k);
  if (GROUP_BEFORE.has(before)) return true;
  return ["is", "are"].includes(before) && lowerAt(tokens, k - 1) === "there";
}

/** "seats" counts people in "a 2,500-seat org" or "we're 150 seats", not in "40 seats of Adobe". */
export function seatsArePeople(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  if (lowerAt(tokens, k) === "-") k += 1;
  const after = tokens[k];
  return (
    !after ||
    (after.kind === "sym" && after.text !== "-") ||
    CLAUSE_WORDS.has(after.lower) ||
    ORGANISATION_NOUNS.has(after.lower)
  );
}
