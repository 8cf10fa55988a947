/**
 * Emoji and emoticons that carry an answer in chat, rewritten to the words they stand for, so
 * "👍" confirms and "¯\_(ツ)_/¯" means "don't know". Skin tones and gender signs are ignored.
 */
const MODIFIER =
  "(?:\\u{1F3FB}|\\u{1F3FC}|\\u{1F3FD}|\\u{1F3FE}|\\u{1F3FF}|\\u200d|\\ufe0f|\\u2640|\\u2642)*";

const MEANINGFUL: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`¯\\\\?_\\(ツ\\)_\\/¯|🤷${MODIFIER}`, "gu"), " dunno "],
  [new RegExp(`(?:👍|👌|✅|✔)${MODIFIER}`, "gu"), " yes "],
  [new RegExp(`(?:👎|❌)${MODIFIER}`, "gu"), " no "],
  [new RegExp(`👋${MODIFIER}`, "gu"), " hi "],
];

/** Any other emoji: mood or decoration beside the words ("high 😩"), dropped when words remain. */
const OTHER_EMOJI = new RegExp(`\\p{Extended_Pictographic}${MODIFIER}`, "gu");

export function emojiAsWords(text: string): string {
  let out = text;
  for (const [pattern, words] of MEANINGFUL) out = out.replace(pattern, words);
  const words = out.replace(OTHER_EMOJI, " ");
  if (/[\p{L}\p{N}]/u.test(words)) out = words;
  return out === text ? text : out.replace(/\s+/g, " ").trim();
}
