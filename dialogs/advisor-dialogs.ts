import type { StatePropertyAccessor, TurnContext } from "botbuilder";
import { DialogSet, type DialogState } from "botbuilder-dialogs";
import type { ChannelTurn } from "./channel-turn.ts";
import { DeleteDataDialog } from "./delete-data-dialog.ts";
import { HandoffDialog } from "./handoff-dialog.ts";
import { DIALOG_IDS } from "./ids.ts";
import { routeMessage } from "./router.ts";
import type { AdvisorServices } from "./services.ts";
import type { ConversationData } from "./state.ts";
import { attachScope } from "./turn.ts";
import { welcomeActions, welcomeLines } from "./welcome.ts";
import { say } from "./replies.ts";

/** The conversation as the channel layer sees it: a message turn, a welcome, a handoff it opens. */
export interface AdvisorConversation {
  onMessage(context: TurnContext, data: ConversationData, channel?: ChannelTurn): Promise<void>;
  onVisitorJoined(
    context: TurnContext,
    data: ConversationData,
    channel?: ChannelTurn,
  ): Promise<void>;
  /**
   * Starts the handoff in a conversation the advisor opened itself (Teams: the private chat that
   * takes over from a channel thread), with no message from the visitor to answer.
   */
  startHandoff(context: TurnContext, data: ConversationData, channel?: ChannelTurn): Promise<void>;
}

export function createAdvisorConversation(options: {
  services: AdvisorServices;
  dialogState: StatePropertyAccessor<DialogState>;
}): AdvisorConversation {
  const { services, dialogState } = options;
  const dialogs = new DialogSet(dialogState)
    .add(new HandoffDialog(services.copy))
    .add(new DeleteDataDialog(services.copy));

  return {
    async onMessage(context, data, channel) {
      const scope = { context, data, services, channel };
      attachScope(scope);
      const dc = await dialogs.createContext(context);
      await routeMessage(scope, dc);
    },
    async onVisitorJoined(context, data, channel) {
      if (data.welcomed) return;
      data.welcomed = true;
      services.recordEvent?.({ kind: "conversation_started" });
      const mention = channel?.shared ? channel.botName : undefined;
      await say(context, welcomeLines(services.copy, mention), welcomeActions(services.copy));
    },
    async startHandoff(context, data, channel) {
      attachScope({ context, data, services, channel });
      data.welcomed = true;
      const dc = await dialogs.createContext(context);
      await dc.cancelAllDialogs();
      await say(context, [services.copy("handoff.private.intro")]);
      await dc.beginDialog(DIALOG_IDS.handoff);
    },
  };
}
