import type { Activity } from "botbuilder";
import { isEmojiOnly } from "../intents/language/index.ts";
import type { CopyKey } from "./copy.ts";

/**
 * Messages the advisor cannot use get a polite reply and change nothing: too long, attachments
 * only, emoji only, or empty. Returns the reply's copy key, or null when the message is usable.
 */
export function guardInput(activity: Partial<Activity>, maxChars: number): CopyKey | null {
  const text = typeof activity.text === "string" ? activity.text : "";
  const hasValue = activity.value !== undefined && activity.value !== null;
  if ([...text].length > maxChars) return "input.tooLong";
  if (text.trim() === "") {
    if (hasValue) return null;
    return (activity.attachments?.length ?? 0) > 0 ? "input.attachment" : "input.empty";
  }
  if (isEmojiOnly(text)) return "input.emojiOnly";
  return null;
}
