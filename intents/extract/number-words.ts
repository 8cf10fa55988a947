/**
 * Numbers written in words: "twelve", "two hundred and fifty", "twenty-five", "twelve hundred",
 * "a dozen", "half a dozen", "a couple (of hundred)", "a few" (three). A small grammar that stops
 * at the first word that breaks it, so "one two" is two numbers, not three.
 */
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";
import type { NumberExclusion } from "./numbers.ts";

export interface Atom {
  value: number;
  end: number;
  spelled: boolean;
  scaled: boolean;
  approx: boolean;
  gluedPeople: boolean;
  excluded: NumberExclusion | null;
  decimal: boolean;
}

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  twa: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Readonly<Record<string, number>> = { thousand: 1_000, million: 1_000_000 };

/** "no one", "any one", "the other one": "one" as a pronoun, not a count. */
const PRONOUN_ONE_BEFORE = wordSet(`
  no any some every each other this that which another someone anyone little big last next first
  right wrong
`);

export function parseWords(tokens: readonly Token[], index: number): Atom | null {
  const word = lowerAt(tokens, index);
  const spelled = (value: number, end: number, approx = false): Atom => ({
    value,
    end,
    spelled: true,
    scaled: false,
    approx,
    gluedPeople: false,
    excluded: null,
    decimal: false,
  });

  // "IT staff x3", "staff x2": a count written as a multiplier after its noun.
  const times = /^x(\d{1,3})$/.exec(word);
  if (times) return { ...spelled(Number(times[1]), index + 1), spelled: false };
  // "half a dozen"
  if (
    word === "half" &&
    lowerAt(tokens, index + 1) === "a" &&
    lowerAt(tokens, index + 2) === "dozen"
  )
    return spelled(6, index + 3);
  if (word === "a" || word === "an") {
    const next = lowerAt(tokens, index + 1);
    if (next === "dozen") return spelled(12, index + 2);
    if (next === "hundred" || next === "thousand" || next === "million") {
      return parseWordNumber(tokens, index + 1, 1) ?? null;
    }
    if (next === "couple") return quantityWord(tokens, index + 2, 2, spelled);
    // "quite a few" is vague; "a few" is three.
    if (next === "few" && lowerAt(tokens, index - 1) !== "quite")
      return quantityWord(tokens, index + 2, 3, spelled);
    return null;
  }
  if (word === "couple" && lowerAt(tokens, index + 1) === "of")
    return quantityWord(tokens, index + 1, 2, spelled);
  if (word === "one") {
    const prev = lowerAt(tokens, index - 1);
    if (PRONOUN_ONE_BEFORE.has(prev)) return null;
    if (
      lowerAt(tokens, index + 1) === "-" &&
      ["man", "woman", "person", "stop", "off", "way", "size"].includes(lowerAt(tokens, index + 2))
    )
      return null;
  }
  if (!(word in UNITS) && !(word in TENS)) return null;
  return parseWordNumber(tokens, index, 0);
}

/** "a couple of hundred", "a few thousand", "a couple", "a few". */
function quantityWord(
  tokens: readonly Token[],
  index: number,
  base: number,
  spelled: (value: number, end: number, approx?: boolean) => Atom,
): Atom {
  let at = index;
  if (lowerAt(tokens, at) === "of" && isScaleWord(lowerAt(tokens, at + 1))) at += 1;
  const scale = lowerAt(tokens, at);
  if (scale === "hundred") return spelled(base * 100, at + 1, true);
  if (scale === "thousand" || scale === "million")
    return spelled(base * (SCALES[scale] ?? 1), at + 1, true);
  if (scale === "dozen") return spelled(base * 12, at + 1, true);
  return spelled(base, index, base === 3);
}

const isScaleWord = (word: string): boolean =>
  word === "hundred" || word === "thousand" || word === "million" || word === "dozen";

type Last = "none" | "unit" | "teen" | "tens" | "hundred" | "scale" | "and";

/**
 * Word numbers up to the millions: "two hundred and fifty", "twenty-five", "twelve hundred",
 * "three thousand five hundred", "two dozen". Stops at the first word that breaks the grammar.
 */
function parseWordNumber(tokens: readonly Token[], index: number, start: number): Atom | null {
  let total = 0;
  let group = start;
  let last: Last = start > 0 ? "unit" : "none";
  let lastScale = Infinity;
  let j = index;
  let end = index;
  for (; j < tokens.length; j += 1) {
    const word = lowerAt(tokens, j);
    const unit = UNITS[word];
    const tens = TENS[word];
    if (unit !== undefined) {
      const afterTens = last === "tens" && unit > 0 && unit < 10;
      if (!(
        last === "none" ||
        last === "hundred" ||
        last === "scale" ||
        last === "and" ||
        afterTens
      ))
        break;
      group += unit;
      last = unit < 10 ? "unit" : "teen";
    } else if (tens !== undefined) {
      if (!(last === "none" || last === "hundred" || last === "scale" || last === "and")) break;
      group += tens;
      last = "tens";
    } else if (word === "hundred") {
      if (!(last === "unit" || last === "teen" || last === "tens") || group >= 100 || group === 0)
        break;
      group *= 100;
      last = "hundred";
    } else if (word === "thousand" || word === "million") {
      const scale = SCALES[word] ?? 1;
      if (
        last === "none" ||
        last === "and" ||
        last === "scale" ||
        scale >= lastScale ||
        group === 0
      )
        break;
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = "scale";
    } else if (word === "dozen") {
      if (!(last === "unit" || last === "teen" || last === "tens") || total > 0) break;
      group *= 12;
      last = "scale";
      lastScale = 12;
    } else if (word === "and") {
      if (!(last === "hundred" || last === "scale")) break;
      const next = lowerAt(tokens, j + 1);
      if (!(next in UNITS) && !(next in TENS)) break;
      last = "and";
    } else if (word === "-") {
      const next = lowerAt(tokens, j + 1);
      if (last !== "tens" || !(next in UNITS) || tokens[j]?.spaced || tokens[j + 1]?.spaced) break;
      continue;
    } else break;
    end = j + 1;
  }
  if (end === index) return null;
  return {
    value: total + group,
    end,
    spelled: true,
    scaled: false,
    approx: false,
    gluedPeople: false,
    excluded: null,
    decimal: false,
  };
}
