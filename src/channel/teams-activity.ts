import type { Activity } from "botbuilder";

// Reading Teams activities: where they happen, whether they address the advisor, who sent them.

export const TEAMS_CHANNEL_ID = "msteams";

export type TeamsConversationKind = "personal" | "groupChat" | "channel";

/** A Teams user across chats, teams and reinstalls: their tenant and Entra object id. */
export interface TeamsPerson {
  tenantId: string;
  aadObjectId: string;
}

export const isTeams = (activity: Partial<Activity>): boolean =>
  activity.channelId === TEAMS_CHANNEL_ID;

export function conversationKind(activity: Partial<Activity>): TeamsConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === "personal" || type === "groupChat" || type === "channel") return type;
  return activity.conversation?.isGroup ? "groupChat" : "personal";
}

/** Channels and group chats: others read along, and the advisor speaks only when @mentioned. */
export const isShared = (activity: Partial<Activity>): boolean =>
  conversationKind(activity) !== "personal";

export const mentionsBot = (activity: Partial<Activity>): boolean =>
  botMentionTexts(activity).length > 0;

/**
 * Takes the advisor's @mention out of the text before it is understood, and reduces anyone else's
 * `<at>Name</at>` to the name. Does the work of `TurnContext.removeRecipientMention` without its
 * failure modes: that throws when `recipient` or an entity's `mentioned` is missing, and removes
 * only the first mention.
 */
export function stripBotMention(activity: Partial<Activity>): void {
  if (typeof activity.text !== "string") return;
  let text = activity.text;
  for (const mention of botMentionTexts(activity)) text = text.split(mention).join(" ");
  activity.text = text
    .replace(/<at>([^<]*)<\/at>/gi, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/** The tenant, from `channelData.tenant.id` or else `conversation.tenantId`. */
export function tenantOf(activity: Partial<Activity>): string | null {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenant = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof tenant === "string" && tenant !== "" ? tenant : null;
}

/** The sender as a person; null without a tenant or an Entra object id (a guest, the emulator). */
export function personOf(activity: Partial<Activity>): TeamsPerson | null {
  const tenantId = tenantOf(activity);
  const aadObjectId = activity.from?.aadObjectId;
  return tenantId && typeof aadObjectId === "string" && aadObjectId !== ""
    ? { tenantId, aadObjectId }
    : null;
}

/** A conversationUpdate that adds the advisor itself (an install), not a person joining a team. */
export function botWasAdded(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return botId !== undefined && (activity.membersAdded ?? []).some((member) => member.id === botId);
}

function botMentionTexts(activity: Partial<Activity>): string[] {
  const botId = activity.recipient?.id;
  if (!botId) return [];
  return (activity.entities ?? []).flatMap((entity) => {
    const { type, mentioned, text } = entity as {
      type?: unknown;
      mentioned?: { id?: unknown };
      text?: unknown;
    };
    const isMention = typeof type === "string" && type.toLowerCase() === "mention";
    return isMention && mentioned?.id === botId && typeof text === "string" && text !== ""
      ? [text]
      : [];
  });
}
