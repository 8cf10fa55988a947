import { z } from "zod";
import type { ActivityJson } from "./store.ts";

/** The channel id the self-hosted Direct Line gives every activity (the contract's `webchat`). */
export const CHANNEL_ID = "webchat";

const JsonObject = z.record(z.string(), z.unknown());

/**
 * What a client may post. Unknown fields are dropped, and the server sets the id, timestamp,
 * sender, recipient and conversation itself; text length is the bot's to judge (it answers an
 * over-long message politely), the body size the server's.
 */
export const PostedActivitySchema = z.object({
  type: z.string().min(1).max(64),
  text: z.string().optional(),
  textFormat: z.enum(["plain", "markdown", "xml"]).optional(),
  locale: z.string().max(32).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  name: z.string().max(128).optional(),
  value: z.unknown().optional(),
  attachments: z.array(JsonObject).max(10).optional(),
  entities: z.array(JsonObject).max(20).optional(),
  channelData: JsonObject.optional(),
  from: z.object({ name: z.string().max(100).optional() }).optional(),
  replyToId: z.string().max(256).optional(),
});
/** A client's activity after validation, before the server stamps it. */
export type PostedActivity = z.infer<typeof PostedActivitySchema>;

/** Activity types handed to the bot and echoed back to the client; others only get an id. */
export const DELIVERED_TYPES: ReadonlySet<string> = new Set(["message", "event"]);
/** Bot activities that stay on the server: they mean nothing to a Direct Line client. */
const INTERNAL_REPLY_TYPES: ReadonlySet<string> = new Set([
  "trace",
  "delay",
  "typing",
  "invokeResponse",
]);

/** A participant as Direct Line names it: the visitor (`dl_...`) or the bot. */
export interface Party {
  id: string;
  name?: string;
}

/** Direct Line activity ids: `<conversationId>|<seven-digit sequence number>`. */
export const activityId = (conversationId: string, seq: number): string =>
  `${conversationId}|${String(seq).padStart(7, "0")}`;

/** The visitor's activity as it is stored, echoed and handed to the bot. */
export function toUserActivity(
  posted: PostedActivity,
  at: { conversationId: string; user: Party; bot: Party; timestamp: string },
): ActivityJson {
  const { from, ...rest } = posted;
  return {
    ...rest,
    channelId: CHANNEL_ID,
    conversation: { id: at.conversationId },
    from: { id: at.user.id, ...(from?.name ? { name: from.name } : {}), role: "user" },
    recipient: { id: at.bot.id, name: at.bot.name, role: "bot" },
    timestamp: at.timestamp,
  };
}

/** A bot reply as Direct Line clients expect it, or null for activities clients never see. */
export function toBotActivity(
  reply: Record<string, unknown>,
  at: {
    conversationId: string;
    user: Party;
    bot: Party;
    timestamp: string;
    replyToId?: string | undefined;
  },
): ActivityJson | null {
  const type = typeof reply.type === "string" ? reply.type : "message";
  if (INTERNAL_REPLY_TYPES.has(type)) return null;
  const { id: _id, serviceUrl: _serviceUrl, deliveryMode: _deliveryMode, ...rest } = reply;
  return JSON.parse(
    JSON.stringify({
      ...rest,
      type,
      channelId: CHANNEL_ID,
      conversation: { id: at.conversationId },
      from: { id: at.bot.id, name: at.bot.name, role: "bot" },
      recipient: { id: at.user.id, role: "user" },
      timestamp: at.timestamp,
      ...(at.replyToId ? { replyToId: at.replyToId } : {}),
    }),
  ) as ActivityJson;
}
