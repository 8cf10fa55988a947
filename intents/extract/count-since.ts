/**
 * An IT count that changed within the message: "we had 3 in IT but one left, so it's 2 now", "IT
 * team of four, now there's two after redundancies", "used to be 3 of us in IT, now 2", "their two
 * IT people plus our own Mike, so three now". The later, nounless count is today's IT team.
 * And a count given with and without outsiders: "6 if you count the two contractors, 4 if you
 * don't" is 4.
 */
import type { Classified } from "./count-classify.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const NOW = wordSet("now nowadays currently today atm");
/** Words that may stand between "now" and the count: "now there's two", "so it's 2 now". */
const NOW_GAP = wordSet(
  "there's theres there is are it's its we're were we it down to just only so",
);
/** Said before the new count: the old one is the past, or the new one is a sum of it. */
const CHANGED = wordSet(`
  had used was were left lost losing redundancies redundancy redundant cut cuts retired quit
  resigned gone merged merger inherited joined plus since
`);
const SENTENCE_END = wordSet(". ! ?");
/** How far back the earlier count may be: a few counts, a sentence's worth of words. */
const LOOK_BACK_COUNTS = 4;
const LOOK_BACK_TOKENS = 30;
/** How far after the new count a word of change may stand. */
const CHANGE_AFTER = 6;

/** Re-reads a nounless count said "now" after an earlier IT count as the IT team today. */
export function itCountNow(
  tokens: readonly Token[],
  it: readonly boolean[],
  classified: readonly Classified[],
): void {
  for (let index = classified.length - 1; index > 0; index -= 1) {
    const later = classified[index] as Classified;
    if (!nounlessNow(tokens, later)) continue;
    const earlier = earlierItCount(tokens, it, classified, index);
    if (!earlier || earlier.mention.value === later.mention.value) continue;
    if (!changedBetween(tokens, later.mention.first, later.mention.end)) continue;
    later.cls = "it";
    later.singlePerson = false;
    if (earlier.cls === "it") earlier.cls = "skip";
    return;
  }
}

/** "now 2", "2 now", "now there's two", "so it's 2 now": a bare count marked as today's. */
function nounlessNow(tokens: readonly Token[], c: Classified): boolean {
  if (!(c.cls === "bare" || (c.cls === "generic" && c.nounless))) return false;
  if (!c.mention.whole || c.mention.excluded !== null) return false;
  if (NOW.has(lowerAt(tokens, c.mention.end))) return true;
  for (let j = c.mention.first - 1; j >= 0 && j >= c.mention.first - 4; j -= 1) {
    const word = lowerAt(tokens, j);
    if (NOW.has(word)) return true;
    if (!NOW_GAP.has(word) && word !== ",") return false;
  }
  return false;
}

/** The IT count before `index` in the same sentence: "3 in IT", "IT team of four", "two IT people". */
function earlierItCount(
  tokens: readonly Token[],
  it: readonly boolean[],
  classified: readonly Classified[],
  index: number,
): Classified | undefined {
  const later = classified[index] as Classified;
  for (let k = index - 1; k >= 0 && k >= index - LOOK_BACK_COUNTS; k -= 1) {
    const c = classified[k] as Classified;
    if (later.mention.first - c.mention.end > LOOK_BACK_TOKENS) return undefined;
    for (let j = c.mention.end; j < later.mention.first; j += 1)
      if (SENTENCE_END.has(lowerAt(tokens, j))) return undefined;
    if (c.cls === "it") return c;
    // "3 in IT, we were 80 staff, now 120": the nearer count is what changed.
    if (c.cls === "employees" || c.cls === "generic" || c.cls === "team") return undefined;
    if (c.cls !== "skip" || !c.mention.whole) continue;
    // "we had 3 in IT": the past put it aside, the IT word after it says what it counted.
    const end = Math.min(c.mention.end + 3, later.mention.first);
    for (let j = c.mention.end; j < end; j += 1) if (it[j]) return c;
  }
  return undefined;
}

/**
 * A word of change ("had", "left", "merged") in the few words before the count at [first, end),
 * or just after it: "well one now since Mark went".
 */
function changedBetween(tokens: readonly Token[], first: number, end: number): boolean {
  for (let j = Math.max(0, first - LOOK_BACK_TOKENS); j < first; j += 1)
    if (CHANGED.has(lowerAt(tokens, j))) return true;
  for (let j = end; j < end + CHANGE_AFTER && j < tokens.length; j += 1)
    if (CHANGED.has(lowerAt(tokens, j)) || lowerAt(tokens, j) === "went") return true;
  return false;
}

const WITH = wordSet("count counting including incl with plus inc");
const OUTSIDERS = wordSet(`
  contractor contractors freelancer freelancers temp temps agency consultant consultants msp
  outsourced external externals contract
`);
const WITHOUT = wordSet("without excluding exc excl minus");
const NOT_COUNTING = wordSet("don't dont not do");

/** "6 if you count the two contractors, 4 if you don't": the count without outsiders stands. */
export function withoutOutsiders(
  tokens: readonly Token[],
  classified: readonly Classified[],
): void {
  const counted = classified.filter((c) => c.cls !== "skip" && c.mention.whole);
  const withThem = counted.find((c) => outsidersAfter(tokens, c.mention.end));
  const without = classified.find(
    (c) =>
      c !== withThem &&
      c.mention.whole &&
      c.mention.excluded === null &&
      withoutAfter(tokens, c.mention.end),
  );
  if (!withThem || !without) return;
  if (["bare", "unknown", "skip"].includes(without.cls)) without.cls = withThem.cls;
  without.singlePerson = false;
  withThem.cls = "skip";
}

/** "if you count the two contractors", "including the freelancer", "with contractors". */
function outsidersAfter(tokens: readonly Token[], end: number): boolean {
  let j = end;
  while (j < end + 4 && !WITH.has(lowerAt(tokens, j))) j += 1;
  if (!WITH.has(lowerAt(tokens, j))) return false;
  for (let k = j + 1; k < j + 5; k += 1) if (OUTSIDERS.has(lowerAt(tokens, k))) return true;
  return false;
}

/** "4 if you don't", "4 without them", "4 excluding contractors", "4 if not". */
function withoutAfter(tokens: readonly Token[], end: number): boolean {
  for (let j = end; j < end + 4; j += 1) {
    if (tokens[j]?.kind === "num" || (tokens[j]?.kind === "sym" && j > end)) return false;
    const word = lowerAt(tokens, j);
    if (WITHOUT.has(word)) return true;
    if (word === "not" && lowerAt(tokens, j + 1) === "counting") return true;
    if (word === "if" && NOT_COUNTING.has(lowerAt(tokens, j + 2))) return true;
    if (word === "if" && lowerAt(tokens, j + 1) === "not") return true;
  }
  return false;
}
