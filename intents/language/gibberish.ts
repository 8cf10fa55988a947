import { ENGLISH_WORDS } from "./english-words.ts";
import { FOREIGN_WORDS } from "./foreign-words.ts";

/** Chat shorthand and noises that are words in a chat, though no dictionary lists them. */
const CHAT = new Set(
  `lol lmao rofl haha hehe hihi hmm hm mm erm umm uh ah oh ooh ahh idk tbh nvm brb ttyl gtg cya thx
  ty pls plz omg wtf ffs tbf imo imho fyi asap btw ha he hi ho lo la ja argh ugh meh phew oops yay woo
  wow grr`.split(/\s+/),
);

const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const ROW_OF = new Map<string, number>();
ROWS.forEach((row, r) => [...row].forEach((letter, i) => ROW_OF.set(letter, r * 100 + i)));

const isKnown = (word: string): boolean =>
  ENGLISH_WORDS.has(word) ||
  CHAT.has(word) ||
  [...FOREIGN_WORDS.values()].some((list) => list.has(word));

/** "nonono", "byebye", "hahaha", "noooo", "hmmmm": a known word repeated or drawn out. */
function isRepeatedWord(word: string): boolean {
  const unit = /^(.{2,4}?)\1+$/u.exec(word)?.[1];
  if (unit !== undefined && isKnown(unit)) return true;
  const squeezed = word.replace(/(.)\1{2,}/gu, "$1");
  return squeezed !== word && squeezed.length > 1 && isKnown(squeezed);
}

/** Share of neighbouring letters that sit side by side on one keyboard row (or repeat). */
function keyboardRunShare(word: string): number {
  let adjacent = 0;
  for (let i = 1; i < word.length; i += 1) {
    const a = ROW_OF.get(word[i - 1] ?? "");
    const b = ROW_OF.get(word[i] ?? "");
    if (a !== undefined && b !== undefined && Math.abs(a - b) <= 1) adjacent += 1;
  }
  return adjacent / Math.max(1, word.length - 1);
}

/** A word that looks mashed rather than typed: no vowels, a long consonant run, keyboard runs, or one or two letters repeated. */
function looksRandom(word: string): boolean {
  if (/(.)\1{3}/u.test(word)) return true;
  if (word.length === 4) return new Set(word).size === 4 && keyboardRunShare(word) === 1;
  if (word.length < 5) return false;
  if (!/[aeiouy]/.test(word)) return true;
  if (/[^aeiouy]{6,}/.test(word)) return true;
  if (keyboardRunShare(word) >= 0.8) return true;
  return new Set(word).size <= 2;
}

/**
 * True for keyboard mashing and letter noise ("asdfgh", "lkjlkj qwe", "zzzzzz"): some word
 * looks random and none is a word we know. Numbers, emoji, non-Latin scripts and short
 * shorthand ("nvm", "GDPR") are never gibberish.
 */
export function isGibberish(text: string): boolean {
  const words =
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.some((word) => /[^a-z]/.test(word))) return false;
  let random = 0;
  for (const word of words) {
    if (isKnown(word) || isRepeatedWord(word)) return false;
    if (looksRandom(word)) random += 1;
  }
  return random > 0;
}
