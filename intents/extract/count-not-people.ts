/**
 * Counts of people that size nothing: a shortfall ("we're 2 people down", "three staff short"),
 * a workload ("doing the work of two people", "the job of 3"), a plan said with "to be" ("aiming
 * to be 200 staff by 2026") and the few who hold some knowledge ("two people understand it").
 */
import { EMPLOYEE_NOUNS, PERSON_NOUNS } from "./count-lexicon.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const SHORTFALL = wordSet("down short");
/** "2 people down the road", "3 staff short of a full team" still say a shortfall; not these. */
const PLACE_AFTER = wordSet("the in at south north stairs there");
const WORKLOAD = wordSet("work workload job jobs role roles hours output");
const KNOWING = wordSet(`
  know knows knew understand understands understood get gets remember remembers touch touches
`);
/** "two people know it": only a handful can be the few who hold some knowledge. */
const LARGEST_FEW = 5;
const PLANS = wordSet(`
  aim aiming aims aimed plan planning plans hope hoping hopes expect expecting expects target
  targeting want wants wanting intend intending intends looking trying
`);
const BECOME = wordSet("be become reach hit grow get");

/** True when the count at `mention` is no headcount of the organisation or its IT team. */
export function notAHeadcount(tokens: readonly Token[], mention: NumberMention): boolean {
  const noun = lowerAt(tokens, mention.end);
  const person = PERSON_NOUNS.has(noun) || EMPLOYEE_NOUNS.has(noun);
  const after = person ? mention.end + 1 : mention.end;
  // "we're 2 people down", "three staff short"
  if (SHORTFALL.has(lowerAt(tokens, after)) && !PLACE_AFTER.has(lowerAt(tokens, after + 1)))
    return person || lowerAt(tokens, mention.first - 1) === "we're";
  // "doing the work of two people", "the job of 3"
  if (
    lowerAt(tokens, mention.first - 1) === "of" &&
    WORKLOAD.has(lowerAt(tokens, mention.first - 2))
  )
    return true;
  // "two people understand it", "only 2 people know the passwords"
  if (person && mention.value <= LARGEST_FEW && KNOWING.has(lowerAt(tokens, after)))
    return clauseOpens(tokens, mention.first - 1);
  return plannedSize(tokens, mention.first);
}

const OPENERS = wordSet("only just literally honestly tbh");
const CONJUNCTIONS = wordSet("and but so because cos");

/** Nothing but a clause opener before `j`: "two people know it", "and only 2 people know". */
function clauseOpens(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k >= 0 && k > j - 2 && OPENERS.has(lowerAt(tokens, k))) k -= 1;
  return k < 0 || tokens[k]?.kind === "sym" || CONJUNCTIONS.has(lowerAt(tokens, k));
}

/** "aiming to be 200 staff", "hoping to reach 150 by next year": a size planned, not today's. */
function plannedSize(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  if (["about", "around", "roughly", "over"].includes(lowerAt(tokens, j))) j -= 1;
  if (!BECOME.has(lowerAt(tokens, j)) || lowerAt(tokens, j - 1) !== "to") return false;
  return PLANS.has(lowerAt(tokens, j - 2));
}
