/**
 * One more IT person joined to an IT count: "2 FT and an apprentice" (3), "3 full time in IT and
 * 1 apprentice" (4), "3 full timers plus a 2nd year apprentice" (4), "two, plus a part-timer"
 * (3), "there's 3 of us plus me" (4), "2 first line plus me" (3).
 */
import { impliedCount } from "./count-classify.ts";
import type { Classified } from "./count-classify.ts";
import { IT_COMPOUNDS, NOUN_FILLERS, PERSON_NOUNS } from "./count-lexicon.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const JOINERS = wordSet("and plus + &");
const ONE = wordSet("a an one");
const JUNIORS = wordSet(`
  apprentice apprentices junior juniors trainee trainees graduate grad intern interns timer
  timers part-timer placement student
`);
const AFTER_COUNT = wordSet(`
  of us in it the team - full part time ft pt fte first second line 1st 2nd 3rd
`);
/** Words between the article and the junior: "a 2nd year apprentice", "a part-timer". */
const JUNIOR_FILLERS = wordSet("year part - first second third final young new");
const ME = wordSet("me myself");

/**
 * Adds the joined junior (or the speaker) to the IT count before it. `covered` tells which tokens
 * a phrase ("me and an apprentice") already counted. With `bareIsIt` (the IT question was just
 * asked) a bare "3 full time and an apprentice" becomes 4.
 */
export function juniorsAdded(
  tokens: readonly Token[],
  classified: readonly Classified[],
  covered: (first: number, end: number) => boolean,
  bareIsIt = false,
): Classified[] {
  const added: Classified[] = [];
  for (const c of classified) {
    const bare = bareIsIt && c.cls === "bare" && c.mention.whole;
    if (c.cls !== "it" && !bare) continue;
    let j = c.mention.end;
    while (j < c.mention.end + 5 && nounAfterCount(tokens, j)) j += 1;
    if (bare && lowerAt(tokens, j) === ",") j += 1;
    if (!JOINERS.has(lowerAt(tokens, j))) continue;
    const joined = joinedCount(tokens, classified, j + 1);
    if (!joined || covered(j + 1, joined.end)) continue;
    if (joined.mention) joined.mention.cls = "skip";
    if (bare || joined.mention || joined.value > 1)
      c.mention = { ...c.mention, value: c.mention.value + joined.value };
    else added.push(impliedCount(1, j + 1, joined.end, "it"));
  }
  return added;
}

/** What is joined at `at`: "a junior", "1 apprentice", "a 2nd year apprentice", "me". */
function joinedCount(
  tokens: readonly Token[],
  classified: readonly Classified[],
  at: number,
): { value: number; end: number; mention?: Classified } | null {
  if (ME.has(lowerAt(tokens, at))) {
    const after = tokens[at + 1];
    const ends = !after || after.kind === "sym" || ["as", "too", "included"].includes(after.lower);
    return ends ? { value: 1, end: at + 1 } : null;
  }
  const numbered = classified.find((other) => other.mention.first === at);
  const counted = numbered !== undefined && numbered.cls !== "it" && numbered.mention.whole;
  if (!counted && !ONE.has(lowerAt(tokens, at))) return null;
  let k = counted ? numbered.mention.end : at + 1;
  const limit = k + 4;
  while (k < limit && !JUNIORS.has(lowerAt(tokens, k)) && fillerAt(tokens, k)) k += 1;
  if (!JUNIORS.has(lowerAt(tokens, k))) return null;
  // "an IT manager and a junior engineer": the article count has it already.
  const overlaps = (other: Classified): boolean =>
    other.cls === "it" && other.mention.first <= k && other.mention.end > at;
  if (!counted && classified.some(overlaps)) return null;
  return counted
    ? { value: numbered.mention.value, end: k + 1, mention: numbered }
    : { value: 1, end: k + 1 };
}

function fillerAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token?.kind === "num") return ["st", "nd", "rd", "th"].includes(token.suffix);
  const word = lowerAt(tokens, k);
  return NOUN_FILLERS.has(word) || JUNIOR_FILLERS.has(word);
}

function nounAfterCount(tokens: readonly Token[], j: number): boolean {
  const word = lowerAt(tokens, j);
  return AFTER_COUNT.has(word) || PERSON_NOUNS.has(word) || IT_COMPOUNDS.has(word);
}
