/**
 * Counts that add up or stand for today: "25 in the studio and another 15 who work remotely"
 * (40), "60 at Coventry, 45 at Nuneaton and 15 in the sales office" (120), "120 now, probably
 * 200 by next year" (120). Juniors joined to an IT count are in count-juniors.ts.
 */
import type { Classified } from "./count-classify.ts";
import { PERSON_NOUNS } from "./count-lexicon.ts";
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
/** Words after "here in" that are not towns. */
const NOT_TOWNS = wordSet("total all it summer winter general person house charge fact");
const LIST_GAPS = wordSet(", and & plus + with");
const SUMMED = wordSet("employees generic skip bare");
/** All-capital place names: "7 in the UK and 2 in Poland". */
const PLACE_CODES = wordSet("uk us usa eu uae roi ni");

/**
 * "60 at Coventry", "17 in the warehouse", "48 people at head office", "11 here in manchester":
 * where the place named after the count ends, or -1. `inRun`: a place was just counted, so a
 * lower-case town ("and 4 in dublin") is a place too.
 */
function placeEnd(
  tokens: readonly Token[],
  it: readonly boolean[],
  end: number,
  inRun = false,
): number {
  let j = end;
  if (lowerAt(tokens, j) === "of" && lowerAt(tokens, j + 1) === "us") j += 2;
  while (
    j < end + 3 &&
    (PERSON_NOUNS.has(lowerAt(tokens, j)) || lowerAt(tokens, j) === "staff" || it[j] === true)
  )
    j += 1;
  const here = lowerAt(tokens, j) === "here" || lowerAt(tokens, j) === "there";
  if (here) j += 1;
  if (!PLACE_LINKS.has(lowerAt(tokens, j))) return -1;
  j += 1;
  while (j < end + 7 && PLACE_FILLERS.has(lowerAt(tokens, j))) j += 1;
  const token = tokens[j];
  if (!token || token.kind !== "word" || it[j]) return -1;
  const placeAt = (k: number): number => {
    let e = k;
    while (e < k + 3 && PLACES.has(lowerAt(tokens, e))) e += 1;
    return e;
  };
  if (PLACES.has(token.lower) || PLACE_CODES.has(token.lower)) return placeAt(j + 1);
  if (PLACES.has(lowerAt(tokens, j + 1))) return placeAt(j + 2);
  const capital = token.text[0] !== token.text[0]?.toLowerCase() && token.text !== "I";
  if (capital && token.text !== token.text.toUpperCase()) return placeAt(j + 1);
  // "11 here in manchester": a lower-case town after "here in".
  return (here || inRun) && !NOT_TOWNS.has(token.lower) ? j + 1 : -1;
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
    // "IT is 7 people in the UK and 2 in Poland": an IT count can open a run of places.
    const opensIt = c.cls === "it" && run.length === 0;
    const usable =
      (SUMMED.has(c.cls) || opensIt) &&
      c.mention.excluded === null &&
      c.mention.whole &&
      !c.mention.yearLike;
    const end = usable ? placeEnd(tokens, it, c.mention.end, run.length > 0) : -1;
    if (end < 0) {
      settle();
      continue;
    }
    // After an IT count only nounless parts join it ("and 2 in Poland", not "200 staff in Leeds").
    const opener = run[0];
    let joined = opener !== undefined && (opener.cls !== "it" || itPart(c, opener.mention.value));
    for (let k = lastEnd; joined && k < c.mention.first; k += 1)
      if (!LIST_GAPS.has(lowerAt(tokens, k))) joined = false;
    if (!joined) settle();
    run.push(c);
    lastEnd = end;
  }
  settle();
}

/** A nounless count that can be more of an IT team of `opened`: not "and 200 in Leeds". */
function itPart(c: Classified, opened: number): boolean {
  return (c.cls === "skip" || c.cls === "bare") && c.mention.value <= Math.max(opened * 3, 10);
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
  const itRun = first.cls === "it";
  const said =
    total &&
    sameSentence &&
    (itRun ? total.cls === "it" : ["employees", "generic"].includes(total.cls)) &&
    total.mention.value > largest;
  const sum = run.reduce((acc, c) => acc + c.mention.value, 0);
  // "IT team of 9: 7 in the UK and 2 in Poland": the places break down the IT count.
  const itBreakdown = !itRun && total?.cls === "it" && sameSentence && total.mention.value >= sum;
  if (said || itBreakdown) {
    for (const c of run) c.cls = "skip";
    return;
  }
  first.mention = { ...first.mention, value: sum, approximation: "approx" };
  if (!itRun) first.cls = "employees";
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
