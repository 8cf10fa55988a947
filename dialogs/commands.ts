import type { Copy, CopyKey } from "./copy.ts";

/** What a button press or card action asks for, whatever the channel sent. */
export type Command =
  | "start"
  | "ask_question"
  | "handoff"
  | "restart"
  | "book_call"
  | "recommend"
  | "change"
  | "help"
  | "more_questions"
  | "carry_on";

const CARD_ACTIONS: Record<string, Command> = {
  start: "start",
  ask_question: "ask_question",
  handoff: "handoff",
  restart: "restart",
  book_call: "book_call",
  recommend: "recommend",
};

const BUTTONS: ReadonlyArray<readonly [CopyKey, Command]> = [
  ["action.start", "start"],
  ["action.ask", "ask_question"],
  ["action.talk", "handoff"],
  ["action.restart", "restart"],
  ["action.bookCall", "book_call"],
  ["action.recommend", "recommend"],
  ["action.change", "change"],
  ["action.more", "more_questions"],
  ["action.carryOn", "carry_on"],
  // The Teams app's command menu (appPackage/manifest.template.json), typed alone.
  ["command.assess", "start"],
  ["command.ask", "ask_question"],
  ["command.talk", "handoff"],
  ["command.help", "help"],
];

/**
 * A card submit (`value.action`; Teams' messageBack also sends the button label as text), the exact
 * title of one of our buttons, or a Teams menu command, else null.
 */
export function commandOf(text: string, value: unknown, copy: Copy): Command | null {
  if (value && typeof value === "object" && "action" in value) {
    const action = (value as { action: unknown }).action;
    if (typeof action === "string" && Object.hasOwn(CARD_ACTIONS, action))
      return CARD_ACTIONS[action] ?? null;
  }
  for (const [key, command] of BUTTONS) if (copy.has(text, key)) return command;
  return null;
}

/** Burnout choice buttons, rewritten to the words the extractor reads when that question is open. */
export function burnoutChoice(text: string, copy: Copy): "low" | "medium" | "high" | null {
  // Channels without buttons number the choices: "2" is the second one.
  const picked = /^\s*\[?([123])[\].)]?\s*$/.exec(text)?.[1];
  if (picked) return (["low", "medium", "high"] as const)[Number(picked) - 1] ?? null;
  if (copy.has(text, "ask.choice.low")) return "low";
  if (copy.has(text, "ask.choice.medium")) return "medium";
  if (copy.has(text, "ask.choice.high")) return "high";
  return null;
}

/** Faces that answer "how is IT coping?" on their own: 😫 overwhelmed, 😅 stretched, 😎 fine. */
const MOODS: ReadonlyArray<readonly [RegExp, "low" | "medium" | "high"]> = [
  [/^(?:[😫😩😰😱🥵🤯😵😭💀🔥😤😖😣🆘]\uFE0F?\s*)+$/u, "high"],
  [/^(?:[😅😬😓😕😐🫠😟]\uFE0F?\s*)+$/u, "medium"],
  [/^(?:[😀😃😄😊🙂😌😎👌💪]\uFE0F?\s*)+$/u, "low"],
];

/** A reply of mood emoji only, read as a workload level while that question is open. */
export function burnoutEmoji(text: string): "low" | "medium" | "high" | null {
  const trimmed = text.trim();
  for (const [pattern, level] of MOODS) if (pattern.test(trimmed)) return level;
  return null;
}
