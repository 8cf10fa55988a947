import type { Activity } from "botbuilder";
import { emojiAsWords } from "../intents/emoji-words.ts";
import { isEmojiOnly } from "../intents/language/index.ts";
import type { CopyKey } from "./copy.ts";

/**
 * Messages the advisor cannot use get a polite reply and change nothing: too long, attachments
 * only, emoji only, or empty. Returns the reply's copy key, or null when the message is usable.
 * Teams sends every message with a `text/html` copy of its text as an attachment: that one is
 * not a file the visitor sent.
 */
export function guardInput(activity: Partial<Activity>, maxChars: number): CopyKey | null {
  const text = typeof activity.text === "string" ? activity.text : "";
  const hasValue = activity.value !== undefined && activity.value !== null;
  if ([...text].length > maxChars) return "input.tooLong";
  if (text.trim() === "") {
    if (hasValue) return null;
    const files = (activity.attachments ?? []).filter((a) => a?.contentType !== "text/html");
    return files.length > 0 ? "input.attachment" : "input.empty";
  }
  if (isEmojiOnly(text) && !isMeaningfulEmoji(text)) return "input.emojiOnly";
  return null;
}

/** Only emoji that carry an answer (👍, 👎, 🤷) or a hello (👋): those go on to be understood. */
function isMeaningfulEmoji(text: string): boolean {
  const words = emojiAsWords(text);
  return words !== text && words.replace(/\b(dunno|yes|no|hi)\b/g, "").trim() === "";
}
