/**
 * Counts that add up or stand for today: "25 in the studio and another 15 who work remotely"
 * (40), "60 at Coventry, 45 at Nuneaton and 15 in the sales office" (120), "2 FT and an
 * apprentice" (3), "120 now, probably 200 by next year" (120).
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

const PLACE_LINKS = wordSet("in at on");
const PLACE_FILLERS = wordSet("the our head main other each a");
const PLACES = wordSet(`
  office offices studio hq headquarters site warehouse factory shop floor branch depot yard lab
  workshop store plant clinic surgery road field centre center home
`);
const LIST_GAPS = wordSet(", and & plus + with");
const SUMMED = wordSet("employees generic skip bare");

/**
 * "60 at Coventry", "17 in the warehouse", "48 people at head office": where the place named
 * after the count ends, or -1.
 */
function placeEnd(tokens: readonly Token[], it: readonly boolean[], end: number): number {
  let j = end;
  if (lowerAt(tokens, j) === "of" && lowerAt(tokens, j + 1) === "us") j += 2;
  while (j < end + 3 && (PERSON_NOUNS.has(lowerAt(tokens, j)) || lowerAt(tokens, j) === "staff"))
    j += 1;
  if (!PLACE_LINKS.has(lowerAt(tokens, j))) return -1;
  j += 1;
  while (j < end + 7 && PLACE_FILLERS.has(lowerAt(tokens, j))) j += 1;
  const token = tokens[j];
  if (!token || token.kind !== "word" || it[j]) return -1;
  if (PLACES.has(token.lower)) return j + 1;
  if (PLACES.has(lowerAt(tokens, j + 1))) return j + 2;
  const capital = token.text[0] !== token.text[0]?.toLowerCase() && token.text !== "I";
  return capital && token.text !== token.text.toUpperCase() ? j + 1 : -1;
}

/**
 * "60 at Coventry, 45 at Nuneaton and about 15 in the sales office": people counted place by
 * place add up to the organisation (120), unless a total was said just before them ("31 staff,
 * roughly 20 at the main surgery and 11 at the branch").
 */
export function sumPlaces(
  tokens: readonly Token[],
  it: readonly boolean[],
  classified: Classified[],
): void {
  let run: Classified[] = [];
  let lastEnd = -1;
  const settle = (): void => {
    if (run.length >= 2) addUp(tokens, classified, run);
    run = [];
  };
  for (const c of classified) {
    const usable =
      SUMMED.has(c.cls) && c.mention.excluded === null && c.mention.whole && !c.mention.yearLike;
    const end = usable ? placeEnd(tokens, it, c.mention.end) : -1;
    if (end < 0) {
      settle();
      continue;
    }
    let joined = run.length > 0;
    for (let k = lastEnd; joined && k < c.mention.first; k += 1)
      if (!LIST_GAPS.has(lowerAt(tokens, k))) joined = false;
    if (!joined) settle();
    run.push(c);
    lastEnd = end;
  }
  settle();
}

function addUp(
  tokens: readonly Token[],
  classified: readonly Classified[],
  run: Classified[],
): void {
  const first = run[0] as Classified;
  const largest = Math.max(...run.map((c) => c.mention.value));
  const index = classified.indexOf(first);
  const total = classified
    .slice(0, index)
    .reverse()
    .find((c) => c.cls !== "skip");
  let sameSentence = total !== undefined;
  for (let k = total?.mention.end ?? 0; sameSentence && k < first.mention.first; k += 1)
    if (SENTENCE_END.has(lowerAt(tokens, k))) sameSentence = false;
  const said =
    total &&
    sameSentence &&
    ["employees", "generic"].includes(total.cls) &&
    total.mention.value > largest;
  if (said) {
    for (const c of run) c.cls = "skip";
    return;
  }
  const sum = run.reduce((acc, c) => acc + c.mention.value, 0);
  first.mention = { ...first.mention, value: sum, approximation: "approx" };
  first.cls = "employees";
  for (const c of run.slice(1)) c.cls = "skip";
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
