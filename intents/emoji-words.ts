/**
 * Emoji and emoticons that carry an answer in chat, rewritten to the words they stand for, so
 * "👍" confirms and "¯\_(ツ)_/¯" means "don't know".
 */
const MEANINGFUL: ReadonlyArray<readonly [RegExp, string]> = [
  [/¯\\?_\(ツ\)_\/¯|🤷[\u200d\u2640\u2642\ufe0f\u{1F3FB}-\u{1F3FF}]*/gu, " dunno "],
  [/👍[\u{1F3FB}-\u{1F3FF}]?|👌[\u{1F3FB}-\u{1F3FF}]?|✅|✔️?/gu, " yes "],
  [/👎[\u{1F3FB}-\u{1F3FF}]?|❌/gu, " no "],
];

export function emojiAsWords(text: string): string {
  let out = text;
  for (const [pattern, words] of MEANINGFUL) out = out.replace(pattern, words);
  return out === text ? text : out.replace(/\s+/g, " ").trim();
}
