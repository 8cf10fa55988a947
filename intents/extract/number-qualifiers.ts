/**
 * Words that qualify a number: "about 50", "just under 60", "100+", "50 or so", "up to 25", and
 * the openers of a range ("between 40 and 60", "from 10 to 15").
 */
import { lowerAt, longestPhraseAt, longestPhraseBefore, phraseList, wordSet } from "./tokens.ts";
import type { PhraseSet, Token } from "./tokens.ts";
import type { Approximation } from "./numbers.ts";

export type Kind = Exclude<Approximation, "range"> | "between" | "from";

const PREFIXES: readonly (readonly [PhraseSet, Kind])[] = [
  [
    phraseList(`
      just under, just below, slightly under, slightly below, a little under, a bit under,
      a little below, a bit below, a little less than, a bit less than, slightly less than,
      just less than, just short of, just shy of, shy of, not quite, not even, nearly, almost,
      under, below, less than, fewer than, the best part of, getting on for, pushing
    `),
    "below",
  ],
  [
    phraseList(`
      just over, just above, slightly over, slightly above, slightly more than, a little over,
      a bit over, a little more than, a bit more than, just more than, over, above, more than,
      upwards of, north of, in excess of
    `),
    "above",
  ],
  [
    phraseList(`
      at least, a minimum of, minimum of, minimum, min, no fewer than, no less than,
      not less than
    `),
    "atLeast",
  ],
  [
    phraseList(`
      up to, at most, no more than, not more than, a maximum of, maximum of, maximum, max
    `),
    "atMost",
  ],
  [
    phraseList(`
      about, around, round about, roughly, approximately, approx, approx ., circa, ca ., c ., ~,
      something like, somewhere around, somewhere about, in the region of,
      somewhere in the region of, in the order of, on the order of, of the order of, close to,
      give or take, some, maybe, perhaps, probably, possibly, more or less, estimated,
      an estimated, ish, like
    `),
    "approx",
  ],
  [
    phraseList(`
    between, somewhere between, anywhere between, anything between
  `),
    "between",
  ],
  [phraseList("from, anywhere from, anything from"), "from"],
];

const SUFFIXES: readonly (readonly [PhraseSet, Approximation])[] = [
  [
    phraseList(`
      ish, - ish, odd, - odd, or so, or thereabouts, give or take, roughly, approx,
      approximately, more or less
    `),
    "approx",
  ],
  [
    phraseList(`
      +, plus, or more, and counting, and growing, at least, minimum
    `),
    "atLeast",
  ],
  [
    phraseList(`
    max, tops, at most, at the most, or less, or fewer, maximum
  `),
    "atMost",
  ],
];

export function matchPrefix(
  tokens: readonly Token[],
  end: number,
  floor: number,
): { length: number; kind: Kind } | null {
  let best: { length: number; kind: Kind } | null = null;
  for (const [list, kind] of PREFIXES) {
    const length = longestPhraseBefore(tokens, end, list, floor);
    if (length > 0 && (!best || length > best.length)) best = { length, kind };
  }
  return best;
}

export function skipOpener(
  tokens: readonly Token[],
  first: number,
  start: number,
  floor: number,
): number {
  // Re-run the prefixes without the range opener so "about" in "between about 40" stays.
  let cursor = start;
  for (let round = 0; round < 3 && cursor > first; round += 1) {
    const match = matchPrefix(tokens, cursor, Math.max(floor, first));
    if (!match || match.kind === "between" || match.kind === "from") break;
    cursor -= match.length;
  }
  return cursor;
}

export function matchSuffix(
  tokens: readonly Token[],
  index: number,
): { length: number; kind: Approximation } | null {
  let best: { length: number; kind: Approximation } | null = null;
  for (const [list, kind] of SUFFIXES) {
    const length = longestPhraseAt(tokens, index, list);
    if (length > 0 && (!best || length > best.length)) best = { length, kind };
  }
  if (!best) return null;
  const word = lowerAt(tokens, index);
  // "100 plus staff" is a bound; "2 plus 3 contractors" or "80 plus me" is a sum.
  if (word === "plus") {
    const next = tokens[index + 1];
    if (
      next &&
      (next.kind === "num" || ["a", "an", "me", "myself", "one", "two"].includes(next.lower))
    )
      return null;
  }
  // "100 +" only glued or at the end of a clause; "+44" belongs to the next number.
  if (word === "+") {
    const next = tokens[index + 1];
    if (next?.kind === "num" && !next.spaced) return null;
  }
  return best;
}

export const RANGE_HEDGES = wordSet("about maybe perhaps around roughly possibly probably");

/** "just under 60" -> a value within 5% below (58); never the number itself. */
export function justBelow(n: number): number {
  if (n < 1) return n;
  const v = Math.round(n * 0.97);
  return Math.max(0, v >= n ? n - 1 : v);
}

/** "just over 100" -> a value within 5% above (103); never the number itself. */
export function justAbove(n: number): number {
  const v = Math.round(n * 1.03);
  return v <= n ? n + 1 : v;
}
