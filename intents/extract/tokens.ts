/**
 * Case-keeping tokens for the fact extractors. Case matters here ("IT" the department versus
 * "it" the pronoun) and so does spacing ("100+" versus "+44", "50-80" versus "covid-19"), which
 * the shared `tokenize` in src/core/text throws away.
 */

export type TokenKind = "num" | "word" | "sym";

export interface Token {
  /** As written, after NFKC and quote/dash straightening. */
  text: string;
  lower: string;
  kind: TokenKind;
  /** For "num": the digits as written ("1,200", "2.5"); letters glued on go to `suffix`. */
  digits: string;
  /** For "num": lower-case letters glued after the digits ("k" in "40k", "ish" in "50ish"). */
  suffix: string;
  /** Whitespace (or the start of the text) comes right before this token. */
  spaced: boolean;
}

// Each alternative consumes at least one character and its quantifiers never overlap, so the scan
// is linear in the length of the text (no backtracking blow-up on "1,1,1,..." or 10k digits).
const TOKEN = /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)(\p{L}*)|(\p{L}[\p{L}\p{N}]*(?:'\p{L}+)*)|(\S)/gu;

/** Splits text into number, word and symbol tokens. Never throws; linear time. */
export function toTokens(text: string): Token[] {
  const prepared = text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
  const tokens: Token[] = [];
  let lastEnd = 0;
  for (const match of prepared.matchAll(TOKEN)) {
    const start = match.index;
    const spaced = start === 0 || start > lastEnd;
    lastEnd = start + match[0].length;
    const [whole, digits, suffix, word] = match;
    if (digits !== undefined) {
      tokens.push({
        text: whole,
        lower: whole.toLowerCase(),
        kind: "num",
        digits,
        suffix: (suffix ?? "").toLowerCase(),
        spaced,
      });
    } else {
      tokens.push({
        text: whole,
        lower: whole.toLowerCase(),
        kind: word !== undefined ? "word" : "sym",
        digits: "",
        suffix: "",
        spaced,
      });
    }
  }
  return tokens;
}

/** Lower-case text of the token at `index`, or "" past either end. */
export const lowerAt = (tokens: readonly Token[], index: number): string =>
  tokens[index]?.lower ?? "";

/** True when the tokens from `index` spell `phrase` (lower case, one word per entry). */
export function phraseAt(
  tokens: readonly Token[],
  index: number,
  phrase: readonly string[],
): boolean {
  for (let k = 0; k < phrase.length; k += 1) {
    if (lowerAt(tokens, index + k) !== phrase[k]) return false;
  }
  return phrase.length > 0;
}

/** A list of phrases indexed by first and last word, so matching costs O(phrases sharing a word). */
export interface PhraseSet {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly byLast: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** Builds a {@link PhraseSet} from space-separated phrases ("just under", "- ish"). */
export function phrases(...list: string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  const byLast = new Map<string, string[][]>();
  for (const phrase of list) {
    const words = phrase
      .trim()
      .split(/\s+/)
      .filter((word) => word !== "");
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), words]);
    byLast.set(last, [...(byLast.get(last) ?? []), words]);
  }
  return { byFirst, byLast };
}

/** A set of single words from a whitespace-separated list: wordSet("no zero nil"). */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** {@link phrases} from a comma-separated list: "just under, just below, nearly". */
export const phraseList = (list: string): PhraseSet => phrases(...list.split(","));

/** Length of the longest phrase in `set` that starts at `index`, or 0. */
export function longestPhraseAt(tokens: readonly Token[], index: number, set: PhraseSet): number {
  let best = 0;
  for (const phrase of set.byFirst.get(lowerAt(tokens, index)) ?? []) {
    if (phrase.length > best && phraseAt(tokens, index, phrase)) best = phrase.length;
  }
  return best;
}

/** Length of the longest phrase in `set` that ends just before `end` and starts at or after `floor`. */
export function longestPhraseBefore(
  tokens: readonly Token[],
  end: number,
  set: PhraseSet,
  floor = 0,
): number {
  let best = 0;
  for (const phrase of set.byLast.get(lowerAt(tokens, end - 1)) ?? []) {
    const start = end - phrase.length;
    if (start >= floor && phrase.length > best && phraseAt(tokens, start, phrase))
      best = phrase.length;
  }
  return best;
}
