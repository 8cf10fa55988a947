import type { StatePropertyAccessor, TurnContext } from "botbuilder";
import { DialogSet, type DialogState } from "botbuilder-dialogs";
import { DeleteDataDialog } from "./delete-data-dialog.ts";
import { HandoffDialog } from "./handoff-dialog.ts";
import { routeMessage } from "./router.ts";
import type { AdvisorServices } from "./services.ts";
import type { ConversationData } from "./state.ts";
import { attachScope } from "./turn.ts";
import { welcomeActions, welcomeLines } from "./welcome.ts";
import { say } from "./replies.ts";

/** The conversation as the channel layer sees it: a message turn and a welcome. */
export interface AdvisorConversation {
  onMessage(context: TurnContext, data: ConversationData): Promise<void>;
  onVisitorJoined(context: TurnContext, data: ConversationData): Promise<void>;
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
    async onMessage(context, data) {
      const scope = { context, data, services };
      attachScope(scope);
      const dc = await dialogs.createContext(context);
      await routeMessage(scope, dc);
    },
    async onVisitorJoined(context, data) {
      if (data.welcomed) return;
      data.welcomed = true;
      services.recordEvent?.({ kind: "conversation_started" });
      await say(context, welcomeLines(services.copy), welcomeActions(services.copy));
    },
  };
}
