/**
 * Counts that add up or stand for today: "25 in the studio and another 15 who work remotely"
 * (40), "2 FT and an apprentice" (3), "120 now, probably 200 by next year" (120).
 */
import { impliedCount } from "./count-classify.ts";
import type { Classified } from "./count-classify.ts";
import { IT_COMPOUNDS, NOUN_FILLERS, PERSON_NOUNS } from "./count-lexicon.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const ANOTHER = wordSet("another further additional");
const SENTENCE_END = wordSet(". ! ? ;");

/** "25 in the studio and another 15 who work remotely": the second adds to the first. */
export function sumAnother(tokens: readonly Token[], classified: Classified[]): void {
  for (let index = 0; index + 1 < classified.length; index += 1) {
    const c = classified[index] as Classified;
    const next = classified[index + 1] as Classified;
    if (!["employees", "generic"].includes(c.cls) || c.firstPerson) continue;
    if (!["bare", "generic"].includes(next.cls) || next.firstPerson) continue;
    const before = next.mention.first - 1;
    const marked =
      ANOTHER.has(lowerAt(tokens, before)) ||
      (lowerAt(tokens, before) === "more" && lowerAt(tokens, before - 1) === "a");
    if (!marked || next.mention.first - c.mention.end > 8) continue;
    let sentenceBreak = false;
    for (let k = c.mention.end; k < next.mention.first; k += 1)
      if (SENTENCE_END.has(lowerAt(tokens, k))) sentenceBreak = true;
    if (sentenceBreak) continue;
    c.mention = { ...c.mention, value: c.mention.value + next.mention.value };
    next.cls = "skip";
  }
}

const NOW = wordSet("now today currently atm");
const GROWTH = wordSet("growing grown grow grew expanding expand doubling scaling");

/** "we're growing, 120 now, probably 200 by next year": the bare "120 now" is today's size. */
export function countNow(tokens: readonly Token[], classified: Classified[]): void {
  if (!growthTalk(tokens)) return;
  for (const c of classified) {
    if (c.cls === "bare" && NOW.has(lowerAt(tokens, c.mention.end))) c.cls = "generic";
  }
}

const FUTURE = wordSet("year month summer spring autumn winter quarter");

function growthTalk(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if (GROWTH.has(word)) return true;
    if (word === "next" && FUTURE.has(lowerAt(tokens, i + 1))) return true;
    if (word === "by" && ["next", "the", "end"].includes(lowerAt(tokens, i + 1))) return true;
  }
  return false;
}

const JOINERS = wordSet("and plus + &");
const ONE = wordSet("a an one");
const JUNIORS = wordSet(`
  apprentice junior trainee graduate grad intern timer part-timer placement student
`);
const AFTER_COUNT = wordSet("of us in it the team - full part time ft pt fte");

/**
 * "2 FT and an apprentice", "3 of us plus a junior": one more IT person joined to an IT count.
 * `covered` tells which tokens a phrase ("me and an apprentice") already counted.
 */
export function juniorsAdded(
  tokens: readonly Token[],
  classified: readonly Classified[],
  covered: (first: number, end: number) => boolean,
): Classified[] {
  const added: Classified[] = [];
  for (const c of classified) {
    if (c.cls !== "it") continue;
    let j = c.mention.end;
    while (j < c.mention.end + 5 && nounAfterCount(tokens, j)) j += 1;
    if (!JOINERS.has(lowerAt(tokens, j)) || !ONE.has(lowerAt(tokens, j + 1))) continue;
    let k = j + 2;
    while (k < j + 5 && NOUN_FILLERS.has(lowerAt(tokens, k)) && !JUNIORS.has(lowerAt(tokens, k)))
      k += 1;
    if (!JUNIORS.has(lowerAt(tokens, k)) || covered(j + 1, k + 1)) continue;
    // "an IT manager and a junior engineer": the article count has it already.
    if (classified.some((other) => other.mention.first <= k && other.mention.end > j)) continue;
    added.push(impliedCount(1, j + 1, k + 1, "it"));
  }
  return added;
}

function nounAfterCount(tokens: readonly Token[], j: number): boolean {
  const word = lowerAt(tokens, j);
  return AFTER_COUNT.has(word) || PERSON_NOUNS.has(word) || IT_COMPOUNDS.has(word);
}
