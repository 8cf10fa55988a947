import { TeamsInfo, TurnContext, type ConversationParameters } from "botbuilder";

/** A Teams user's member record, as far as the advisor uses it. */
export interface TeamsMember {
  id: string;
  name: string;
  /** Null when the directory has none (guests often have none). */
  email: string | null;
}

/** Who to open a one-to-one chat with: the user's Teams id (`29:...`) and tenant. */
export interface PersonalChatTarget {
  userId: string;
  tenantId: string;
}

/**
 * The Teams calls that go out to the Bot Framework connector, behind one small interface: tests,
 * which cannot reach the connector, pass their own.
 */
export interface TeamsGateway {
  /** The member record of a user of the turn's chat or team (`TeamsInfo.getMember`). */
  getMember(context: TurnContext, userId: string): Promise<TeamsMember>;
  /** Opens the one-to-one chat with a user (or finds the existing one) and runs `logic` in it. */
  openPersonalChat(
    context: TurnContext,
    target: PersonalChatTarget,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/**
 * The real gateway. `appId` is the bot's Microsoft App ID (empty without credentials, as in the
 * Agents Playground); proactive calls are signed with it.
 */
export function createTeamsGateway(options: { appId: string }): TeamsGateway {
  const { appId } = options;
  return {
    async getMember(context, userId) {
      const member = await TeamsInfo.getMember(context, userId);
      return { id: member.id, name: member.name ?? "", email: member.email ?? null };
    },
    async openPersonalChat(context, target, logic) {
      const { channelId, serviceUrl, recipient } = context.activity;
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: recipient,
        members: [{ id: target.userId, name: "" }],
        tenantId: target.tenantId,
        channelData: { tenant: { id: target.tenantId } },
      };
      // No audience: the connector falls back to the Bot Framework's default for this cloud.
      const audience = undefined as unknown as string;
      await context.adapter.createConversationAsync(
        appId,
        channelId,
        serviceUrl,
        audience,
        parameters,
        async (created) => {
          const reference = TurnContext.getConversationReference(created.activity);
          await created.adapter.continueConversationAsync(appId, reference, logic);
        },
      );
    },
  };
}
