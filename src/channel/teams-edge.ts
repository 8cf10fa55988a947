import type { TurnContext } from "botbuilder";
import type { ChannelTurn, ConversationData, KnownContact } from "../../dialogs/index.ts";
import type { Profile } from "../core/profile/index.ts";
import type { Logger } from "../logging/index.ts";
import type { PersonProfiles } from "./person-profiles.ts";
import {
  isShared,
  isTeams,
  mentionsBot,
  personOf,
  stripBotMention,
  tenantOf,
} from "./teams-activity.ts";
import type { TeamsGateway } from "./teams-gateway.ts";

/** How long a turn waits for the Teams member record before it falls back to the sender's name. */
const MEMBER_LOOKUP_MS = 5_000;

export interface TeamsEdgeOptions {
  gateway: TeamsGateway;
  profiles: PersonProfiles;
  logger: Logger;
  /** Runs the handoff in a private chat the edge has opened: the bot loads that chat's state, starts, saves. */
  startPrivateHandoff(context: TurnContext, profile: Profile, channel: ChannelTurn): Promise<void>;
  memberLookupMs?: number;
}

/** One message turn as the edge prepared it; `end` runs after the dialogs, before state is saved. */
export interface EdgeTurn {
  channel: ChannelTurn | undefined;
  end(data: ConversationData): Promise<void>;
}

/**
 * What Teams changes at the channel edge: in channels and group chats only messages that @mention
 * the advisor (or submit one of its cards) are answered, with the mention taken out; the profile
 * follows the person from chat to chat; contact details are confirmed from the member record and
 * never asked where others can read them. Every other channel passes through untouched.
 */
export interface TeamsEdge {
  accepts(context: TurnContext): boolean;
  begin(context: TurnContext, data: ConversationData): Promise<EdgeTurn>;
  channelTurn(context: TurnContext): ChannelTurn | undefined;
}

export function createTeamsEdge(options: TeamsEdgeOptions): TeamsEdge {
  const { gateway, profiles, logger, startPrivateHandoff } = options;
  const lookupMs = options.memberLookupMs ?? MEMBER_LOOKUP_MS;

  const lookUp = async (context: TurnContext): Promise<KnownContact | null> => {
    const from = context.activity.from;
    if (!from?.id) return null;
    try {
      const member = await withTimeout(gateway.getMember(context, from.id), lookupMs);
      return { name: member.name || from.name || "", email: member.email };
    } catch (err) {
      logger.warn(
        { err, conversationId: context.activity.conversation?.id },
        "Teams member lookup failed; using the sender's display name",
      );
      return from.name ? { name: from.name, email: null } : null;
    }
  };

  const channelTurn = (context: TurnContext): ChannelTurn | undefined => {
    const activity = context.activity;
    if (!isTeams(activity)) return undefined;
    let known: Promise<KnownContact | null> | undefined;
    const knownContact = () => (known ??= lookUp(context));
    return {
      shared: isShared(activity),
      botName: activity.recipient?.name || "Advisor",
      knownContact,
      async continuePrivately(profile) {
        const userId = activity.from?.id;
        const tenantId = tenantOf(activity);
        if (!userId || !tenantId) return false;
        const contact = await knownContact();
        const privateTurn: ChannelTurn = {
          shared: false,
          botName: activity.recipient?.name || "Advisor",
          knownContact: async () => contact,
          continuePrivately: async () => false,
        };
        try {
          await gateway.openPersonalChat(context, { userId, tenantId }, (personal) =>
            startPrivateHandoff(personal, profile, privateTurn),
          );
          return true;
        } catch (err) {
          logger.warn(
            { err, conversationId: activity.conversation?.id },
            "could not open a personal chat for the handoff",
          );
          return false;
        }
      },
    };
  };

  return {
    accepts(context) {
      const activity = context.activity;
      if (!isTeams(activity) || !isShared(activity)) return true;
      const cardSubmit = activity.value !== undefined && activity.value !== null;
      return cardSubmit || mentionsBot(activity);
    },
    async begin(context, data) {
      const activity = context.activity;
      if (!isTeams(activity)) return { channel: undefined, end: async () => {} };
      stripBotMention(activity);
      const person = personOf(activity);
      if (person && data.stage === "new" && isEmpty(data.profile)) {
        data.profile = (await profiles.read(person)) ?? data.profile;
      }
      const before = JSON.stringify(data.profile);
      return {
        channel: channelTurn(context),
        async end(after) {
          if (person && JSON.stringify(after.profile) !== before)
            await profiles.write(person, after.profile);
        },
      };
    },
    channelTurn,
  };
}

const isEmpty = (profile: Profile) => Object.keys(profile).length === 0;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
