/** @module language: English or not, keyboard mashing and emoji-only messages, without a language model. */
export { detectLanguage, type LanguageGuess } from "./detect-language.ts";
export { isGibberish } from "./gibberish.ts";
export { isEmojiOnly } from "./emoji.ts";
