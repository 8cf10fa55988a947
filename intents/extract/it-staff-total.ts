/**
 * The IT headcount when a message gives several: the last statement wins ("no IT staff... no wait,
 * we have an IT person"), a list adds up ("1 sysadmin, 1 helpdesk tech"), and a total followed by
 * its breakdown counts once ("3 IT staff: a manager and 2 engineers").
 */
import type { Classified } from "./count-classify.ts";
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { correctionBefore } from "./numbers.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const BREAKDOWN = phraseList(`
  :, (, -, including, incl, incl ., of which, of whom, namely, made up of, consisting of,
  comprising, i . e, ie, which is, who are, split, split into, split between, being
`);

const ADDITIVE = wordSet("also plus another additionally too well");

const SENTENCE_END = wordSet(". ! ? ;");

export interface ItResult {
  value: number;
  mention?: NumberMention;
  singlePerson: boolean;
}

interface ItItem {
  at: number;
  end: number;
  value: number;
  count: boolean;
  weak: boolean;
  singlePerson: boolean;
  mention?: NumberMention;
  ofThoseCounted?: boolean;
}

/** The IT headcount from counts and phrases: the last statement wins, lists add up. */
export function resolveItStaff(
  tokens: readonly Token[],
  classified: readonly Classified[],
  itPhrases: readonly ItStaffPhrase[],
): ItResult | null {
  const items: ItItem[] = [
    ...classified
      .filter((c) => c.cls === "it")
      .map((c) => ({
        at: c.mention.first,
        end: c.mention.end,
        value: c.mention.value,
        count: true,
        weak: false,
        singlePerson: c.singlePerson,
        mention: c.mention,
      })),
    ...itPhrases.map((phrase) => ({
      at: phrase.at,
      end: phrase.end,
      value: phrase.value,
      count: phrase.additive === true,
      weak: phrase.weak,
      singlePerson: phrase.singlePerson,
      ofThoseCounted: phrase.ofThoseCounted === true,
    })),
  ].sort((a, b) => a.at - b.at);
  const anyCount = items.some((item) => item.count);
  const usable = items.filter((item) => !item.weak || !anyCount);
  if (usable.length === 0) return null;
  const endsBefore = sentenceEndsBefore(tokens);
  const hasSentenceEnd = (from: number, to: number): boolean =>
    (endsBefore[to] ?? 0) - (endsBefore[from] ?? 0) > 0;

  let group: { items: ItItem[]; breakdown: boolean } | null = null;
  for (const item of usable) {
    if (group) {
      const previous = group.items[group.items.length - 1] as ItItem;
      const sentenceBreak = hasSentenceEnd(previous.end, item.at);
      if (group.breakdown && !sentenceBreak) continue;
      const correction = correctionBefore(tokens, item.at, Math.max(0, item.at - previous.end));
      // "our 3 techs can't fit the move in on top of the day job": the count stands.
      if (
        previous.count &&
        !item.count &&
        !sentenceBreak &&
        !item.ofThoseCounted &&
        !correctionBefore(tokens, item.at, 2)
      )
        continue;
      const additive =
        item.count &&
        previous.count &&
        !correction &&
        (!sentenceBreak || additiveNear(tokens, item));
      if (additive) group.items.push(item);
      else group = { items: [item], breakdown: false };
    } else group = { items: [item], breakdown: false };
    if (item.count && longestPhraseAt(tokens, skipNoun(tokens, item.end), BREAKDOWN) > 0)
      group.breakdown = true;
  }
  if (!group) return null;
  if (group.items.length === 1) {
    const only = group.items[0] as ItItem;
    return only.mention
      ? { value: only.value, mention: only.mention, singlePerson: only.singlePerson }
      : { value: only.value, singlePerson: only.singlePerson };
  }
  const decimal = group.items.find((item) => item.mention && !item.mention.whole);
  if (decimal?.mention)
    return { value: decimal.value, mention: decimal.mention, singlePerson: false };
  return { value: group.items.reduce((sum, item) => sum + item.value, 0), singlePerson: false };
}

/** Skips the noun phrase after a count ("IT staff") to find what follows it. */
function skipNoun(tokens: readonly Token[], from: number): number {
  let j = from;
  while (
    j < from + 4 &&
    j < tokens.length &&
    (tokens[j]?.kind === "word" || hyphenInWord(tokens, j)) &&
    ![
      "including",
      "incl",
      "of",
      "namely",
      "made",
      "consisting",
      "comprising",
      "which",
      "who",
      "ie",
      "being",
      "split",
    ].includes(lowerAt(tokens, j))
  )
    j += 1;
  return j;
}

/** "full-timers": a hyphen with no space either side joins one word, it opens no breakdown. */
function hyphenInWord(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  return token?.text === "-" && !token.spaced && tokens[j + 1]?.spaced === false;
}

/** `result[i]` = how many sentence ends come before token i: O(1) "is there a full stop between". */
function sentenceEndsBefore(tokens: readonly Token[]): number[] {
  const result = [0];
  for (let j = 0; j < tokens.length; j += 1) {
    result.push((result[j] ?? 0) + (SENTENCE_END.has(tokens[j]?.text ?? "") ? 1 : 0));
  }
  return result;
}

function additiveNear(tokens: readonly Token[], item: ItItem): boolean {
  for (let j = Math.max(0, item.at - 4); j < item.end + 3 && j < tokens.length; j += 1) {
    if (
      ADDITIVE.has(lowerAt(tokens, j)) &&
      !(lowerAt(tokens, j) === "well" && lowerAt(tokens, j - 1) !== "as")
    )
      return true;
  }
  return false;
}
