/**
 * Numbers in free text: digits ("1,200"), words ("two hundred and fifty", "half a dozen", "a
 * few"), approximations ("about 50", "50-ish"), bounds ("just under 60", "100+") and ranges
 * ("50-80", "between 40 and 60"). Hand-written rather than a general recogniser: the recogniser
 * took ~0.1 ms a message but up to a second on long runs of digits, and a headcount needs only a
 * small grammar. Every scan here is linear in the number of tokens.
 */
import {
  CODE_WORDS,
  CORRECTION_MARKERS,
  isPersonOrRoleWord,
  NOUN_FILLERS,
  ORGANISATION_NOUNS,
  UNIT_NOUNS,
  VAGUE_AMOUNTS,
  ZERO_ANSWERS,
} from "./count-lexicon.ts";
import {
  justAbove,
  justBelow,
  matchPrefix,
  matchSuffix,
  RANGE_HEDGES,
  skipOpener,
} from "./number-qualifiers.ts";
import { parseWords, SCALES } from "./number-words.ts";
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

/** Upper bound for any headcount; bigger numbers are "out-of-range". */
export const MAX_COUNT = 10_000_000;

const CURRENCY = wordSet("£ $ € ¥ ₹");

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
    const atom = parseAtom(tokens, i);
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
  if (range) {
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

interface RangeMatch {
  end: number;
  kind: "range" | "time";
  second: Atom;
}

function matchRange(
  tokens: readonly Token[],
  atom: Atom,
  opener: "between" | "from" | null,
): RangeMatch | null {
  const connector = lowerAt(tokens, atom.end);
  const allowed =
    connector === "-" ||
    connector === "to" ||
    connector === "or" ||
    (connector === "and" && opener === "between");
  if (!allowed) return null;
  let next = atom.end + 1;
  // "50 to about 80", "two or maybe three"
  if (RANGE_HEDGES.has(lowerAt(tokens, next))) next += 1;
  const second = parseAtom(tokens, next);
  if (!second) return null;
  if (connector === "-" && tokens[atom.end + 1]?.kind === "num") {
    // "0117-496-0000", "2024-01-05": more than two numbers joined by hyphens.
    if (lowerAt(tokens, second.end) === "-" && tokens[second.end + 1]?.kind === "num") {
      return { end: second.end, kind: "time", second };
    }
  }
  const lo = atom.value;
  const hi = second.value;
  if (connector === "or") {
    const [min, max] = lo <= hi ? [lo, hi] : [hi, lo];
    return plausibleRange(min, max) ? { end: second.end, kind: "range", second } : null;
  }
  if (lo < hi && plausibleRange(lo, hi)) return { end: second.end, kind: "range", second };
  // "9-5", "9 to 5", "24-7": hours, not a span of people.
  return { end: second.end, kind: "time", second };
}

const plausibleRange = (lo: number, hi: number): boolean => lo >= 0 && hi <= lo * 20 + 20;

/** Parses one bare number at `index` (digits or words), without qualifiers. */
function parseAtom(tokens: readonly Token[], index: number): Atom | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === "num") return parseDigits(tokens, index, token);
  if (token.kind === "word") return parseWords(tokens, index);
  return null;
}

const GLUED_PEOPLE = wordSet("fte ftes ppl people staff users employees peeps");

const ORDINAL = wordSet("st nd rd th");

const TIME_SUFFIX = wordSet("am pm h hr hrs hour hours min mins sec secs");

function parseDigits(tokens: readonly Token[], index: number, token: Token): Atom {
  const raw = token.digits;
  const plain = raw.replace(/,/g, "");
  const decimal = plain.includes(".");
  const intDigits = plain.split(".")[0] ?? "";
  let value = Number(plain);
  let scaled = false;
  let approx = false;
  let gluedPeople = false;
  let excluded: NumberExclusion | null = null;
  let end = index + 1;

  const suffix = token.suffix;
  if (suffix === "k") {
    value *= 1_000;
    scaled = true;
  } else if (suffix === "m" || suffix === "mn" || suffix === "mil") {
    value *= 1_000_000;
    scaled = true;
  } else if (suffix === "ish" || suffix === "odd") approx = true;
  else if (GLUED_PEOPLE.has(suffix)) gluedPeople = true;
  else if (ORDINAL.has(suffix)) excluded = "ordinal";
  else if (TIME_SUFFIX.has(suffix)) excluded = "time";
  else if (suffix === "bn" || suffix === "b") excluded = "money";
  else if (suffix !== "") excluded = "unit";

  if (suffix === "") {
    const scale = lowerAt(tokens, end);
    if (scale === "hundred") {
      value *= 100;
      end += 1;
    } else if (scale === "thousand" || scale === "million") {
      value *= SCALES[scale] ?? 1;
      end += 1;
    } else if (scale === "dozen") {
      value *= 12;
      end += 1;
    } else if (scale === "k" || scale === "grand" || scale === "bn" || scale === "billion") {
      excluded = "money";
      end += 1;
    }
  }

  if (excluded === null) {
    if (intDigits.length > 1 && intDigits.startsWith("0")) excluded = "phone";
    else if (intDigits.length > 9) excluded = "too-large";
    else if (!raw.includes(",") && intDigits.length >= 7) excluded = "phone";
    else if (!Number.isFinite(value) || value > MAX_COUNT) excluded = "too-large";
  }
  return { value, end, spelled: false, scaled, approx, gluedPeople, excluded, decimal };
}

/** Exclusions read from the neighbours of a number: "£40", "50%", "24/7", "9:30", "+44". */
function contextExclusion(
  tokens: readonly Token[],
  first: number,
  end: number,
): NumberExclusion | null {
  const before = tokens[first - 1];
  const after = tokens[end];
  const glued = tokens[first]?.spaced === false;
  if (before && CURRENCY.has(before.text)) return "money";
  if (after && (after.text === "%" || after.lower === "percent" || after.lower === "pc"))
    return "percent";
  if (after?.lower === "per" && lowerAt(tokens, end + 1) === "cent") return "percent";
  if (before && glued && (before.text === "#" || before.text === "@")) return "code";
  if (before?.text === "+" && glued && (before.spaced || first === 1)) return "phone";
  const joined =
    joinedTo(tokens, first - 1, first - 2, true) ?? joinedTo(tokens, end, end + 1, false);
  if (joined) return joined;
  if (before?.text === "-" && glued && !before.spaced) {
    const kind = tokens[first - 2]?.kind;
    if (kind === "word") return "code";
    if (kind === "num") return "phone";
  }
  if (before?.kind === "word" && CODE_WORDS.has(before.lower)) return "code";
  const head = nextContentWord(tokens, end);
  if (head && UNIT_NOUNS.has(head.word) && !isPersonOrRoleWord(lowerAt(tokens, head.index + 1)))
    return "unit";
  return null;
}

/** "24/7", "9:30", "192.168.1.1": a number joined by "/", ":" or "." to another number. */
function joinedTo(
  tokens: readonly Token[],
  symbolAt: number,
  otherAt: number,
  symbolBefore: boolean,
): NumberExclusion | null {
  const symbol = tokens[symbolAt];
  const other = tokens[otherAt];
  if (!symbol || symbol.kind !== "sym" || other?.kind !== "num") return null;
  if (symbol.text === "/" || symbol.text === "\\") return "date";
  const glued = symbolBefore
    ? !symbol.spaced && tokens[symbolAt + 1]?.spaced === false
    : !symbol.spaced && !other.spaced;
  if (!glued) return null;
  if (symbol.text === ":") return "time";
  if (symbol.text === ".") return "code";
  return null;
}

/** The first word after `index` that is not a filler, within three tokens. */
function nextContentWord(
  tokens: readonly Token[],
  index: number,
): { word: string; index: number } | null {
  for (let j = index; j < index + 4 && j < tokens.length; j += 1) {
    const token = tokens[j];
    if (!token || token.kind === "num") return null;
    if (token.kind === "sym" && token.text !== "-") return null;
    if (NOUN_FILLERS.has(token.lower) || token.lower === "-") continue;
    return { word: token.lower, index: j };
  }
  return null;
}

/** Two numbers side by side with nothing joining them ("020 7946 0958"): a phone number or code. */
function markAdjacent(tokens: readonly Token[], mentions: NumberMention[]): void {
  for (let k = 1; k < mentions.length; k += 1) {
    const previous = mentions[k - 1];
    const current = mentions[k];
    if (!previous || !current || previous.end !== current.first) continue;
    if (tokens[previous.end - 1]?.kind !== "num" && tokens[current.first]?.kind !== "num") continue;
    if (!previous.excluded) previous.excluded = "phone";
    if (!current.excluded) current.excluded = "phone";
  }
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
