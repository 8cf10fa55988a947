/**
 * First names and the ends of counted phrases: "me and Tom", "the whole of IT is Dave", "it's
 * just Priya now". A name is a capitalised word that is not a day, a month or a product.
 */
import { wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Capitalised words that are not first names. */
const NOT_NAMES = wordSet(`
  i it i'm monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december christmas easter microsoft google
  apple azure aws office teams windows dell hp the a an my our we you he she they it's crucial
  critical important vital key essential great good fine ok okay bad terrible rubbish outsourced
  everything nothing strategic core central huge big small limited basic minimal external
  internal shared managed
`);

/** A first name at `j`: capitalised, lower case after the first letter, not a common word. */
export function isNameAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (!token || token.kind !== "word" || token.text.length < 2) return false;
  const first = token.text[0] ?? "";
  const rest = token.text.slice(1);
  return (
    first !== first.toLowerCase() &&
    rest === rest.toLowerCase() &&
    !NOT_NAMES.has(token.lower) &&
    !token.lower.includes("'")
  );
}

/** The end of the text, a symbol or a clause word: nothing more is said about the count. */
export function endsHere(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (!token) return true;
  if (token.kind === "sym") return token.text !== "-" && token.text !== "'";
  return ["and", "but", "so", "in", "looking", "covering", "for", "incl", "including"].includes(
    token.lower,
  );
}
