import { ENGLISH_WORDS } from "./english-words.ts";
import { FOREIGN_GREETINGS, FOREIGN_LETTERS, FOREIGN_WORDS } from "./foreign-words.ts";

/** What {@link detectLanguage} decided, and how sure it is (0..1). */
export interface LanguageGuess {
  /** `unknown`: too short, numbers or names only, or no evidence either way. */
  language: "en" | "other" | "unknown";
  confidence: number;
}

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/u;
const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
const NOISE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+/giu;

const unknown = (confidence = 0.5): LanguageGuess => ({ language: "unknown", confidence });
const clamp = (value: number): number => Math.min(0.99, Math.max(0, value));

/** Non-Latin letters (Han, Arabic, Cyrillic, ...) against all letters; one such script decides. */
function nonLatinShare(letters: readonly string[]): number {
  const nonLatin = letters.filter((letter) => !LATIN.test(letter)).length;
  return letters.length === 0 ? 0 : nonLatin / letters.length;
}

/**
 * The best-scoring other language: a point per word on its list, half a point per other word
 * spelt with one of its distinctive letters ("São" alone is a name, not Portuguese), and a
 * point for Spanish opening marks.
 */
function foreignEvidence(words: readonly string[], text: string): number {
  let best = 0;
  for (const [code, list] of FOREIGN_WORDS) {
    let hits = code === "es" && /[¿¡]/u.test(text) ? 1 : 0;
    for (const word of words) {
      if (list.has(word)) hits += 1;
      else if ([...word].some((letter) => FOREIGN_LETTERS.get(letter)?.includes(code))) hits += 0.5;
    }
    best = Math.max(best, hits);
  }
  return best;
}

/**
 * Tells English from other languages without a model: a non-Latin script means another
 * language; for Latin text, English stop words and everyday words are weighed against the
 * stop words and distinctive letters of eleven European languages. Very short, numeric,
 * emoji-only or name-only text ("80", "ok", "Azure") is `unknown`, never `other`.
 */
export function detectLanguage(text: string): LanguageGuess {
  const cleaned = text.normalize("NFC").toLowerCase().replace(NOISE, " ");
  const letters = cleaned.match(LETTER) ?? [];
  if (letters.length === 0) return unknown(0.9);

  const share = nonLatinShare(letters);
  if (share >= 0.5) {
    return {
      language: "other",
      confidence: clamp(share * Math.min(1, 0.6 + 0.1 * letters.length)),
    };
  }

  const words = (cleaned.match(WORD) ?? []).map((word) => word.replace(/\u2019/g, "'"));
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  const foreign = foreignEvidence(words, cleaned);
  if (english === 0 && foreign === 0) return unknown();

  const support = Math.min(1, 0.55 + 0.15 * Math.max(english, foreign));
  const lone = words.length === 1 && FOREIGN_GREETINGS.has(words[0] ?? "");
  if (foreign > english && (foreign >= 2 || lone)) {
    return { language: "other", confidence: clamp((foreign / (foreign + english)) * support) };
  }
  if (english >= foreign && english > 0) {
    return { language: "en", confidence: clamp((english / (english + foreign)) * support) };
  }
  return unknown();
}
