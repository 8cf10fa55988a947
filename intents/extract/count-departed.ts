/**
 * IT people who left, taken off the IT count said before them: "IT team was 6 but 2 left" is 4,
 * "IT was 5 people at new year, 2 have gone since" is 3, "we had 3 in IT but one quit" is 2.
 * Not when they were replaced ("2 left but we've replaced them") or are only leaving.
 */
import type { Classified } from "./count-classify.ts";
import { negatedBefore } from "./it-not-replaced.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const GONE = wordSet("left quit resigned retired gone went walked");
/** Words between the count and the verb: "2 have since left", "one of them quit". */
const GAP = wordSet("have has had since just already recently then of them also both");
const REDUNDANT = wordSet("redundant");
const SENTENCE_END = wordSet(". ! ? ;");
/** How far back the IT count may be, in words. */
const LOOK_BACK_TOKENS = 16;
/** How far after the verb to look for "replaced". */
const REPLACED_REACH = 8;
/** How near a past count an IT word must be to say what it counted. */
const NEAR = 3;
/** "the IT team used to be 4": the IT word may stand further before. */
const NEAR_BEFORE = 5;
/** After "left": a place or a time of day, so they went home, not left the job. */
const NOT_THE_JOB = wordSet("early work home it them us me building office room site");

/** Length of "left", "have gone", "were made redundant" at or after `end`, or 0. */
function goneAt(tokens: readonly Token[], end: number): number {
  let j = end;
  while (j < end + 3 && GAP.has(lowerAt(tokens, j))) j += 1;
  const word = lowerAt(tokens, j);
  if (GONE.has(word)) {
    const next = lowerAt(tokens, j + 1) === "the" ? lowerAt(tokens, j + 2) : lowerAt(tokens, j + 1);
    return NOT_THE_JOB.has(next) ? 0 : j + 1 - end;
  }
  if (
    (word === "were" || word === "got") &&
    lowerAt(tokens, j + 1) === "made" &&
    REDUNDANT.has(lowerAt(tokens, j + 2))
  )
    return j + 3 - end;
  return 0;
}

/** "2 left but we've replaced them": a "replaced" with no negation before it. */
function replacedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + REPLACED_REACH; k += 1) {
    if (SENTENCE_END.has(lowerAt(tokens, k))) return false;
    if (lowerAt(tokens, k).startsWith("replac")) return !negatedBefore(tokens, k);
  }
  return false;
}

/** The IT count in the same sentence before `index`, or undefined. */
function itCountBefore(
  tokens: readonly Token[],
  it: readonly boolean[],
  classified: readonly Classified[],
  index: number,
): Classified | undefined {
  const later = (classified[index] as Classified).mention;
  for (let k = index - 1; k >= 0; k -= 1) {
    const c = classified[k] as Classified;
    if (later.first - c.mention.end > LOOK_BACK_TOKENS) return undefined;
    for (let j = c.mention.end; j < later.first; j += 1)
      if (SENTENCE_END.has(lowerAt(tokens, j))) return undefined;
    if (c.cls === "it") return c;
    const plain = c.mention.whole && !c.mention.scaled && !c.mention.yearLike;
    const aside = c.cls === "skip" || c.cls === "bare";
    if (!aside || !plain || c.mention.excluded !== null) return undefined;
    // "we had 3 in IT", "the IT team used to be 4": put aside as the past, but an IT word
    // just after or before it says what it counted.
    return itNear(tokens, it, c.mention.first, c.mention.end) ? c : undefined;
  }
  return undefined;
}

/** An IT word within a few words either side of [first, end), in the same sentence. */
function itNear(
  tokens: readonly Token[],
  it: readonly boolean[],
  first: number,
  end: number,
): boolean {
  for (let j = end; j < end + NEAR; j += 1) {
    if (SENTENCE_END.has(lowerAt(tokens, j))) break;
    if (it[j]) return true;
  }
  for (let j = first - 1; j >= 0 && j >= first - NEAR_BEFORE; j -= 1) {
    if (SENTENCE_END.has(lowerAt(tokens, j))) break;
    if (it[j]) return true;
  }
  return false;
}

/** Takes people who left off the IT count said just before them. */
export function takeLeaversOff(
  tokens: readonly Token[],
  it: readonly boolean[],
  classified: readonly Classified[],
): void {
  let lastIt = -1;
  classified.forEach((c, index) => {
    if (c.cls === "it") lastIt = index;
  });
  for (let index = 1; index < classified.length; index += 1) {
    const later = classified[index] as Classified;
    if (!["skip", "unknown", "bare", "generic"].includes(later.cls)) continue;
    if (!later.mention.whole || later.mention.approximation !== "exact") continue;
    const gone = goneAt(tokens, later.mention.end);
    if (gone === 0 || replacedAfter(tokens, later.mention.end + gone)) continue;
    // "one left, so it's 2 now": the count said after already gives the team today.
    if (lastIt > index) continue;
    const earlier = itCountBefore(tokens, it, classified, index);
    if (!earlier || !earlier.mention.whole || earlier.mention.value <= later.mention.value)
      continue;
    // "2 in the IT team now, used to be 3 but one left": today's count is already said.
    if (earlier.cls !== "it" && lastIt >= 0) continue;
    earlier.mention = {
      ...earlier.mention,
      value: earlier.mention.value - later.mention.value,
    };
    earlier.cls = "it";
    earlier.singlePerson = false;
    later.cls = "skip";
    lastIt = Math.max(lastIt, 0);
  }
}
