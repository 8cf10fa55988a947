/** Markup tags as pasted from a web page or an email ("<ul><li>security</li></ul>", "<b>60</b>"). */
const TAG = /<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,200})?\/?>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/**
 * The words of a message without pasted markup: tags become spaces (a list item is a word apart
 * from the next) and the common entities their characters. Text without tags is only trimmed.
 */
export function plainText(text: string): string {
  if (!text.includes("<") && !text.includes("&")) return text.trim();
  return text
    .replace(TAG, " ")
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
