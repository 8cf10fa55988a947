/**
 * One bare number and the span it makes with a second: digits with what is glued to them ("40k",
 * "50ish", "3fte", "1st"), numbers in words, and "50-80", "50 to 80", "two or three".
 */
import { parseWords, SCALES } from "./number-words.ts";
import type { Atom } from "./number-words.ts";
import type { NumberExclusion } from "./numbers.ts";
import { RANGE_HEDGES } from "./number-qualifiers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Upper bound for any headcount; bigger numbers are "out-of-range". */
export const MAX_COUNT = 10_000_000;

/** The second number of a range ("80" in "50-80"), or a time or code made with it. */
export interface RangeMatch {
  end: number;
  kind: "range" | "time";
  second: Atom;
}

/** "50-80", "50 to 80", "two or three": the range after `atom`, if the words make one. */
export function matchRange(
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
export function parseAtom(tokens: readonly Token[], index: number): Atom | null {
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
  // "1x IT guy", "2x sysadmins": a count written as a multiplier keeps its value.
  else if (suffix !== "" && suffix !== "x") excluded = "unit";

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
