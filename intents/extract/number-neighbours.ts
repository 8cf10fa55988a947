/**
 * What the neighbours of a number say about it: "£40" is money, "50%" a percentage, "24/7" and
 * "9:30" times, "+44 20 7946 0958" a phone number, "30 laptops" a count of things.
 */
import { CODE_WORDS, isPersonOrRoleWord, NOUN_FILLERS, UNIT_NOUNS } from "./count-lexicon.ts";
import type { NumberExclusion, NumberMention } from "./numbers.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const CURRENCY = wordSet("£ $ € ¥ ₹");

/** Exclusions read from the neighbours of a number: "£40", "50%", "24/7", "9:30", "+44". */
export function contextExclusion(
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
export function nextContentWord(
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
export function markAdjacent(tokens: readonly Token[], mentions: NumberMention[]): void {
  for (let k = 1; k < mentions.length; k += 1) {
    const previous = mentions[k - 1];
    const current = mentions[k];
    if (!previous || !current || previous.end !== current.first) continue;
    if (tokens[previous.end - 1]?.kind !== "num" && tokens[current.first]?.kind !== "num") continue;
    if (!previous.excluded) previous.excluded = "phone";
    if (!current.excluded) current.excluded = "phone";
  }
}
