import { randomBytes } from "node:crypto";
import type { Logger } from "../logging/index.ts";
import {
  DELIVERED_TYPES,
  activityId,
  toBotActivity,
  toUserActivity,
  type Party,
  type PostedActivity,
} from "./activity.ts";
import { DirectLineError } from "./errors.ts";
import { createActivityNotifier } from "./notifier.ts";
import { createLocalLock, type WithLock } from "./serialise.ts";
import type { ActivityJson, ConversationRecord, DirectLineStore } from "./store.ts";
import { signToken, verifyToken, type TokenClaims } from "./token.ts";

/** Runs one bot turn for an inbound activity and returns the bot's replies (in-process, no HTTP auth). */
export type DeliverActivity = (
  activity: ActivityJson,
) => Promise<ReadonlyArray<Record<string, unknown>>>;

export interface DirectLineOptions {
  store: DirectLineStore;
  deliver: DeliverActivity;
  /** The bot as visitors see it in `from` of its activities. */
  bot: Party;
  /** DIRECT_LINE_TOKEN_SECRET; unset = a secret generated once and kept in the store. */
  tokenSecret?: string | undefined;
  tokenTtlSeconds?: number;
  /** A conversation with no post or refresh for this long is gone (404) and its activities deleted. */
  idleTtlSeconds?: number;
  /** The oldest activities beyond this many per conversation are dropped. */
  maxActivitiesPerConversation?: number;
  /** How long a poll with nothing new waits for this instance to store something before answering. */
  pollHoldMs?: number;
  /** Serialises turns per conversation; pass the store's cross-instance lock when there is one. */
  withLock?: WithLock;
  now?: () => number;
  logger?: Pick<Logger, "error" | "warn">;
}

/** What starting, reconnecting to or refreshing a conversation returns (Direct Line's Conversation). */
export interface ConversationTicket {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface ActivitySet {
  activities: ActivityJson[];
  watermark: string;
}

/** The self-hosted Direct Line 3.0 subset Web Chat needs in polling mode. */
export interface DirectLineService {
  /** A token for a new conversation (nothing is stored until the client starts it). */
  issueToken(): Promise<ConversationTicket>;
  /** Verifies a bearer token (401 missing, 403 invalid or expired, 403 for another conversation's path). */
  authorise(bearer: string | undefined, conversationId?: string): Promise<TokenClaims>;
  /** Starts the token's conversation (the bot welcomes the visitor) or reconnects to it; idempotent. */
  start(claims: TokenClaims): Promise<ConversationTicket>;
  /** A fresh token for the same conversation and user. */
  refresh(claims: TokenClaims): Promise<ConversationTicket>;
  /** Stores the visitor's activity, runs the bot's turn, stores its replies; returns the activity id. */
  post(claims: TokenClaims, activity: PostedActivity): Promise<{ id: string }>;
  /** Activities after the watermark, holding briefly when there are none yet. */
  activities(
    claims: TokenClaims,
    watermark: string | undefined,
    signal?: AbortSignal,
  ): Promise<ActivitySet>;
  /** Deletes idle conversations; returns how many. */
  sweep(): Promise<number>;
}

const BATCH = 100;
const SWEEP_EVERY_MS = 60_000;
const randomId = (bytes: number) => randomBytes(bytes).toString("base64url");
const parseWatermark = (watermark: string | undefined): number => {
  const value = Number.parseInt(watermark ?? "", 10);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
};

/**
 * The service over a store and a bot: tokens are checked here, turns of one conversation run one
 * at a time, and every activity a client sees has an id, a timestamp and a sender.
 */
export function createDirectLineService(options: DirectLineOptions): DirectLineService {
  const { store, deliver, bot, logger } = options;
  const ttl = options.tokenTtlSeconds ?? 1800;
  const idleMs = (options.idleTtlSeconds ?? 7200) * 1000;
  const keep = options.maxActivitiesPerConversation ?? 500;
  const holdMs = options.pollHoldMs ?? 1000;
  const now = options.now ?? Date.now;
  const withLock = options.withLock ?? createLocalLock();
  const notifier = createActivityNotifier();
  let secret: Promise<string> | undefined;
  let lastSweep = now();

  const tokenSecret = (): Promise<string> => {
    if (!secret) {
      secret = options.tokenSecret
        ? Promise.resolve(options.tokenSecret)
        : store.tokenSecret(randomId(32));
      // A store that failed once is asked again next time rather than failing every token.
      secret.catch(() => (secret = undefined));
    }
    return secret;
  };

  const ticket = async (
    claims: Pick<TokenClaims, "conv" | "user">,
  ): Promise<ConversationTicket> => {
    const iat = Math.floor(now() / 1000);
    const token = signToken(
      { conv: claims.conv, user: claims.user, iat, exp: iat + ttl },
      await tokenSecret(),
    );
    return { conversationId: claims.conv, token, expires_in: ttl };
  };

  const isIdle = (record: ConversationRecord) => record.lastActiveAt < now() - idleMs;

  const live = async (conversationId: string): Promise<ConversationRecord> => {
    const record = await store.getConversation(conversationId);
    if (record && !isIdle(record)) return record;
    if (record) await store.deleteIdle(now() - idleMs);
    throw new DirectLineError(404, "This conversation has ended or does not exist.");
  };

  const storeReplies = async (
    conversationId: string,
    user: Party,
    replies: ReadonlyArray<Record<string, unknown>>,
    replyToId?: string,
  ): Promise<void> => {
    const at = now();
    const activities = replies
      .map((reply, index) =>
        toBotActivity(reply, {
          conversationId,
          user,
          bot,
          replyToId,
          timestamp: new Date(at + 1 + index).toISOString(),
        }),
      )
      .filter((activity): activity is ActivityJson => activity !== null);
    if (activities.length > 0) await store.append(conversationId, activities, { now: at, keep });
  };

  const runTurn = async (
    activity: ActivityJson,
  ): Promise<ReadonlyArray<Record<string, unknown>>> => {
    try {
      return await deliver(activity);
    } catch (error) {
      logger?.error(
        { err: error, conversationId: (activity.conversation as { id?: string }).id },
        "direct line turn failed",
      );
      return [];
    }
  };

  const sweep = async (): Promise<number> => {
    lastSweep = now();
    return store.deleteIdle(now() - idleMs);
  };

  return {
    async issueToken() {
      if (now() - lastSweep > SWEEP_EVERY_MS) {
        sweep().catch((error: unknown) => logger?.warn({ err: error }, "direct line sweep failed"));
      }
      return ticket({ conv: randomId(18), user: `dl_${randomId(12)}` });
    },

    async authorise(bearer, conversationId) {
      if (!bearer)
        throw new DirectLineError(
          401,
          "Send the Direct Line token as an Authorization: Bearer header.",
        );
      const check = verifyToken(bearer, await tokenSecret(), Math.floor(now() / 1000));
      if (!check.ok) {
        throw new DirectLineError(
          403,
          check.reason === "expired" ? "This token has expired." : "This token is not valid.",
        );
      }
      if (conversationId !== undefined && conversationId !== check.claims.conv) {
        throw new DirectLineError(403, "This token is for another conversation.");
      }
      return check.claims;
    },

    start(claims) {
      return withLock(`directline:${claims.conv}`, async () => {
        const existing = await store.getConversation(claims.conv);
        if (existing && !isIdle(existing)) {
          await store.touch(claims.conv, now());
          return ticket(claims);
        }
        if (existing) await store.deleteIdle(now() - idleMs);
        const user: Party = { id: claims.user };
        if (await store.createConversation({ id: claims.conv, userId: claims.user, now: now() })) {
          const replies = await runTurn({
            type: "conversationUpdate",
            channelId: "webchat",
            conversation: { id: claims.conv },
            from: { id: claims.user, role: "user" },
            recipient: { id: bot.id, name: bot.name, role: "bot" },
            membersAdded: [{ id: claims.user }],
            timestamp: new Date(now()).toISOString(),
          });
          await storeReplies(claims.conv, user, replies);
          notifier.notify(claims.conv);
        }
        return ticket(claims);
      });
    },

    async refresh(claims) {
      await live(claims.conv);
      await store.touch(claims.conv, now());
      return ticket(claims);
    },

    post(claims, posted) {
      const conversationId = claims.conv;
      return withLock(`directline:${conversationId}`, async () => {
        await live(conversationId);
        if (!DELIVERED_TYPES.has(posted.type)) {
          await store.touch(conversationId, now());
          return { id: `${conversationId}|${posted.type}` };
        }
        const user: Party = { id: claims.user };
        const activity = toUserActivity(posted, {
          conversationId,
          user,
          bot,
          timestamp: new Date(now()).toISOString(),
        });
        const [seq] = (await store.append(conversationId, [activity], { now: now(), keep })) ?? [];
        if (seq === undefined)
          throw new DirectLineError(404, "This conversation has ended or does not exist.");
        const id = activityId(conversationId, seq);
        try {
          const replies = await runTurn({ ...activity, id });
          await storeReplies(conversationId, user, replies, id);
        } finally {
          notifier.notify(conversationId);
        }
        return { id };
      });
    },

    async activities(claims, watermark, signal) {
      const conversationId = claims.conv;
      await live(conversationId);
      const after = parseWatermark(watermark);
      let rows = await store.list(conversationId, after, BATCH);
      if (rows.length === 0 && holdMs > 0 && !signal?.aborted) {
        await notifier.wait(conversationId, holdMs, signal);
        rows = await store.list(conversationId, after, BATCH);
      }
      return {
        activities: rows.map(({ seq, activity }) => ({
          ...activity,
          id: activityId(conversationId, seq),
        })),
        watermark: String(rows.at(-1)?.seq ?? after),
      };
    },

    sweep,
  };
}
