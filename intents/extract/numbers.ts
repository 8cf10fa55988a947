/**
 * Numbers in free text: digits ("1,200"), words ("two hundred and fifty", "half a dozen", "a
 * few"), approximations ("about 50", "50-ish"), bounds ("just under 60", "100+") and ranges
 * ("50-80", "between 40 and 60"). Hand-written rather than a general recogniser: the recogniser
 * took ~0.1 ms a message but up to a second on long runs of digits, and a headcount needs only a
 * small grammar. Every scan here is linear in the number of tokens.
 */
import {
  CHANGE_VERBS,
  CORRECTION_MARKERS,
  isPersonOrRoleWord,
  ORGANISATION_NOUNS,
  VAGUE_AMOUNTS,
  ZERO_ANSWERS,
} from "./count-lexicon.ts";
import { justAbove, justBelow, matchPrefix, matchSuffix, skipOpener } from "./number-qualifiers.ts";
import { MAX_COUNT, matchRange, parseAtom } from "./number-atoms.ts";
import { contextExclusion, markAdjacent, nextContentWord } from "./number-neighbours.ts";
import { isTextSpeakDigit } from "./number-textspeak.ts";
import type { Atom } from "./number-words.ts";
import { lowerAt, longestPhraseAt, longestPhraseBefore, toTokens, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";
import { found, notFound } from "./types.ts";
import type { Extraction } from "./types.ts";

/** How the number was qualified. */
export type Approximation = "exact" | "approx" | "range" | "below" | "above" | "atLeast" | "atMost";

/** Why a number is not a count of anything, judged from its own form and neighbours. */
export type NumberExclusion =
  "money" | "percent" | "time" | "date" | "phone" | "ordinal" | "unit" | "code" | "too-large";

/** One number found in the text, with the token span it covers. */
export interface NumberMention {
  /** What the phrase stands for: a range's rounded midpoint, "just under 60" -> 58. */
  value: number;
  approximation: Approximation;
  /** False for decimals ("2.5 people" is not a headcount). */
  whole: boolean;
  /** Written in words ("twelve", "a dozen"). */
  spelled: boolean;
  /** "40k", "1.5m": money more often than people unless a person noun follows at once. */
  scaled: boolean;
  /** Four digits from 1900 to 2099: a year unless a person noun follows at once. */
  yearLike: boolean;
  /** A people noun glued to the digits ("3fte"). */
  gluedPeople: boolean;
  excluded: NumberExclusion | null;
  /** Token span [first, end) including qualifiers such as "about" and "or so". */
  first: number;
  end: number;
}

export { justAbove, justBelow } from "./number-qualifiers.ts";

export { MAX_COUNT } from "./number-atoms.ts";

/**
 * Numbers read per message. A reply with more is a data dump (a pasted spreadsheet, a phone list),
 * not an answer; stopping here keeps hostile input cheap.
 */
export const MAX_MENTIONS = 200;

/** Finds the numbers in the tokens (at most {@link MAX_MENTIONS}), left to right, never overlapping. */
export function findNumbers(tokens: readonly Token[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  let floor = 0;
  let i = 0;
  while (i < tokens.length && mentions.length < MAX_MENTIONS) {
    const atom = isTextSpeakDigit(tokens, i) ? null : parseAtom(tokens, i);
    if (!atom) {
      i += 1;
      continue;
    }
    const mention = buildMention(tokens, i, atom, floor);
    mentions.push(mention);
    floor = mention.end;
    i = mention.end;
  }
  markAdjacent(tokens, mentions);
  return mentions;
}

function buildMention(
  tokens: readonly Token[],
  start: number,
  atom: Atom,
  floor: number,
): NumberMention {
  let first = start;
  let kind: Exclude<Approximation, "range"> = atom.approx ? "approx" : "exact";
  let opener: "between" | "from" | null = null;
  for (let round = 0; round < 3; round += 1) {
    const match = matchPrefix(tokens, first, floor);
    if (!match) break;
    first -= match.length;
    if (match.kind === "between" || match.kind === "from") opener = match.kind;
    else if (kind === "exact" || kind === "approx") kind = match.kind;
  }

  let end = atom.end;
  let value = atom.value;
  let whole = !atom.decimal || Number.isInteger(atom.value);
  let excluded = atom.excluded;
  let approximation: Approximation = kind;

  const range = matchRange(tokens, atom, opener);
  if (range && opener === "from" && CHANGE_VERBS.has(lowerAt(tokens, first - 1))) {
    // "grown from 60 to 110": the count is the one it changed to.
    end = range.end;
    value = range.second.value;
    whole = !range.second.decimal || Number.isInteger(range.second.value);
    approximation = range.second.approx ? "approx" : "exact";
    excluded = excluded ?? range.second.excluded;
  } else if (range) {
    end = range.end;
    if (range.kind === "range") {
      value = Math.round((atom.value + range.second.value) / 2);
      whole = whole && (!range.second.decimal || Number.isInteger(range.second.value));
      approximation = "range";
      excluded = excluded ?? range.second.excluded;
    } else {
      excluded = excluded ?? range.kind;
    }
  } else if (opener) {
    // "between" without "and N", "from" without "to N": not part of this number.
    first = skipOpener(tokens, first, start, floor);
  }

  for (let round = 0; round < 2; round += 1) {
    const suffix = matchSuffix(tokens, end);
    if (!suffix) break;
    end += suffix.length;
    if (approximation === "exact" || approximation === "approx") approximation = suffix.kind;
  }

  if (approximation === "below") value = justBelow(value);
  else if (approximation === "above") value = justAbove(value);

  const yearLike =
    !atom.spelled && !atom.scaled && /^(?:19|20)\d\d$/.test(tokens[start]?.digits ?? "");
  return {
    value,
    approximation,
    whole,
    spelled: atom.spelled,
    scaled: atom.scaled,
    yearLike,
    gluedPeople: atom.gluedPeople,
    excluded: excluded ?? contextExclusion(tokens, start, end),
    first,
    end,
  };
}

/** Vague amounts ("loads", "a lot", "hundreds") anywhere in the tokens. */
export function hasVagueAmount(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    if (longestPhraseAt(tokens, i, VAGUE_AMOUNTS) > 0) return true;
  }
  return false;
}

/** True when the whole reply is a zero word ("none", "nobody", "no one", "0"). */
export function isZeroAnswer(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== "sym" || token.text === "-");
  const trimmed = words.filter((token) => !ZERO_FILLERS.has(token.lower));
  if (trimmed.length === 0) return false;
  const length = longestPhraseAt(trimmed, 0, ZERO_ANSWERS);
  return length > 0 && length === trimmed.length;
}

const ZERO_FILLERS = wordSet(`
  um er erm well honestly actually currently right now sadly unfortunately really literally i'm
  afraid sorry at all whatsoever in-house internally there are is we have it's just
`);

const NEGATED = wordSet("not never");

/** Whether a correction marker ("actually", "sorry", "make that") sits shortly before `index`. */
export function correctionBefore(tokens: readonly Token[], index: number, reach = 5): boolean {
  for (let end = index; end > 0 && end >= index - reach; end -= 1) {
    if (longestPhraseBefore(tokens, end, CORRECTION_MARKERS, Math.max(0, index - reach - 3)) > 0)
      return true;
  }
  return false;
}

/**
 * One count from a short reply ("80", "about a dozen", "50-80", "none"). Several different
 * numbers are "ambiguous" unless a correction picks the last ("80, sorry 90"); decimals and
 * numbers that are money, years or codes are "unparseable"; huge numbers are "out-of-range".
 */
export function parseCount(text: string): Extraction<number> {
  const tokens = toTokens(text);
  const mentions = findNumbers(tokens);
  const usable = mentions.filter(
    (mention) =>
      mention.excluded === null &&
      !((mention.yearLike || mention.scaled) && !hasPeopleAfter(tokens, mention)) &&
      !NEGATED.has(lowerAt(tokens, mention.first - 1)),
  );
  if (usable.length === 0) {
    if (isZeroAnswer(tokens)) return found(0);
    if (mentions.some((mention) => mention.excluded === "too-large"))
      return notFound("out-of-range");
    if (mentions.length > 0 || hasVagueAmount(tokens)) return notFound("unparseable");
    return notFound("not-mentioned");
  }
  const last = usable[usable.length - 1] as NumberMention;
  const distinct = new Set(usable.map((mention) => mention.value));
  if (distinct.size > 1 && !correctionBefore(tokens, last.first)) return notFound("ambiguous");
  return checkCount(last);
}

/** A whole number from 0 to {@link MAX_COUNT}, else the reason it is not a count. */
export function checkCount(mention: NumberMention, min = 0): Extraction<number> {
  if (!mention.whole) return notFound("unparseable");
  if (mention.value < min || mention.value > MAX_COUNT) return notFound("out-of-range");
  return found(mention.value);
}

function hasPeopleAfter(tokens: readonly Token[], mention: NumberMention): boolean {
  const next = nextContentWord(tokens, mention.end);
  return next !== null && (isPersonOrRoleWord(next.word) || ORGANISATION_NOUNS.has(next.word));
}
