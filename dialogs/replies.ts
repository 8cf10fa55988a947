import { ActivityTypes, CardFactory } from "botbuilder";
import type { Activity, TurnContext } from "botbuilder";

/**
 * Every bot message goes out as plain text: visitor words echoed back (a name, a company) are
 * never read as markdown or HTML by Web Chat or Teams.
 */
export function message(text: string, actions: readonly string[] = []): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text, textFormat: "plain" };
  if (actions.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: actions.map((title) => ({ type: "imBack", title, value: title })),
    };
  }
  return activity;
}

export function cardMessage(
  card: Record<string, unknown>,
  fallbackText: string,
): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text: "",
    textFormat: "plain",
    attachments: [CardFactory.adaptiveCard(card)],
    summary: fallbackText,
  };
}

/** Sends the lines in order; only the last one carries the suggested actions. */
export async function say(
  context: TurnContext,
  lines: ReadonlyArray<string>,
  actions: readonly string[] = [],
): Promise<void> {
  const texts = lines.filter((line) => line.trim() !== "");
  const buttons = supportsSuggestedActions(context) ? actions : [];
  await context.sendActivities(
    texts.map((text, i) => message(text, i === texts.length - 1 ? buttons : [])),
  );
}

/** Shows the typing indicator before work the visitor may notice. */
export async function typing(context: TurnContext): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.Typing });
}

/** Channels that cannot show Adaptive Cards get the text rendering instead. */
export function supportsCards(channelId: string | undefined): boolean {
  return channelId !== "sms" && channelId !== "email" && channelId !== "console";
}

/** Teams shows suggested actions only in personal chats; in channels and group chats a message
 * carrying them is not shown at all, so the buttons are left off there. */
export function supportsSuggestedActions(context: TurnContext): boolean {
  const { channelId, conversation } = context.activity;
  return channelId !== "msteams" || (conversation?.conversationType ?? "personal") === "personal";
}
