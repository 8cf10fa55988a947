import { z } from "zod";
import type { CardCopyKey } from "./copy-keys.ts";
import type { CardCopy } from "./copy.ts";
import type { OpenUrlAction, SubmitAction } from "./adaptive-card.ts";

/** The `action` a card button submits; dialogs route on these. */
export const CARD_ACTIONS = ["book_call", "handoff", "ask_question", "restart"] as const;
export const CardActionIdSchema = z.enum(CARD_ACTIONS);
export type CardActionId = z.infer<typeof CardActionIdSchema>;

const LABELS: { [K in CardActionId]: CardCopyKey } = {
  book_call: "action.bookCall",
  handoff: "action.handoff",
  ask_question: "action.askQuestion",
  restart: "action.restart",
};

/** The button label for an action, from the copy. */
export const actionLabel = (id: CardActionId, copy: CardCopy): string => copy[LABELS[id]];

/** A Submit button whose click arrives as a message with `value: { action: id, ... }`. */
export function submitAction(id: CardActionId, copy: CardCopy): SubmitAction {
  const title = actionLabel(id, copy);
  return {
    type: "Action.Submit",
    title,
    data: { action: id, msteams: { type: "messageBack", text: title, displayText: title } },
  };
}

/** A link button; used for booking when a booking page is configured. */
export const openUrlAction = (title: string, url: string): OpenUrlAction => ({
  type: "Action.OpenUrl",
  title,
  url,
});

const SubmitValueSchema = z.looseObject({ action: CardActionIdSchema });

/**
 * The card action in an incoming activity's `value`, or undefined when the value is not one of
 * ours (Teams adds its own fields beside `action`, which are ignored).
 */
export function toCardAction(value: unknown): CardActionId | undefined {
  const parsed = SubmitValueSchema.safeParse(value);
  return parsed.success ? parsed.data.action : undefined;
}
