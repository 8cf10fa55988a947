import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type TurnContext,
} from "botbuilder";
import type { Logger } from "../logging/index.ts";

/** Bot Framework credentials, by the contract's env names. */
export interface BotCredentials {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppType: string;
  MicrosoftAppTenantId?: string | undefined;
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * Runs a turn inside this process and returns the bot's replies (expectReplies), with no HTTP
 * auth path: for channels the server hosts itself (web chat, terminal chat).
 */
export class InProcessAdapter extends CloudAdapter {
  constructor() {
    super(new ConfigurationBotFrameworkAuthentication({}));
  }

  async deliver(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const inbound = {
      serviceUrl: "http://127.0.0.1/in-process",
      timestamp: new Date().toISOString(),
      ...activity,
      deliveryMode: "expectReplies",
    } as Activity;
    const response = await this.processActivity("", inbound, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  }
}

export interface Adapters {
  /** Serves POST /api/messages; checks tokens when MicrosoftAppId is set. */
  http: CloudAdapter;
  inProcess: InProcessAdapter;
}

/**
 * Both adapters share one turn-error boundary: it logs with the conversation id, tells the
 * visitor politely what they can do, and lets the conversation carry on. State is not saved for a
 * failed turn, so nothing the visitor said earlier is lost.
 */
export function createAdapters(options: {
  credentials: BotCredentials;
  logger: Logger;
  errorText: string;
}): Adapters {
  const { credentials, logger, errorText } = options;
  const http = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: credentials.MicrosoftAppId ?? "",
      MicrosoftAppPassword: credentials.MicrosoftAppPassword ?? "",
      MicrosoftAppType: credentials.MicrosoftAppType,
      MicrosoftAppTenantId: credentials.MicrosoftAppTenantId ?? "",
    }),
  );
  const inProcess = new InProcessAdapter();
  for (const adapter of [http, inProcess]) {
    adapter.onTurnError = async (context, error) => {
      logger.error(
        {
          err: error,
          conversationId: context.activity.conversation?.id,
          channel: context.activity.channelId,
        },
        "turn failed",
      );
      try {
        await context.sendActivity({ type: "message", text: errorText, textFormat: "plain" });
      } catch (sendError) {
        logger.warn(
          { err: sendError, conversationId: context.activity.conversation?.id },
          "could not send the error reply",
        );
      }
    };
  }
  return { http, inProcess };
}
