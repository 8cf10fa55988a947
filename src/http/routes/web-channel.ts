import type { Activity } from "botbuilder";
import type { Server } from "restify";
import type { InProcessAdapter, TurnLogic } from "../../channel/adapters.ts";
import type { Config } from "../../config/index.ts";
import {
  AZURE_DIRECT_LINE_DOMAIN,
  createAzureTokenSource,
  createDirectLineService,
  createMemoryDirectLineStore,
  type ActivityJson,
  type DirectLineService,
  type DirectLineStore,
  type WithLock,
} from "../../directline/index.ts";
import type { Logger } from "../../logging/index.ts";
import { createWebAssets } from "../../web/index.ts";
import { directLineRoutes } from "./directline.ts";
import { webRoutes } from "./web.ts";

export interface WebChannelOptions {
  config: Pick<
    Config,
    | "COMPANY_NAME"
    | "PRIVACY_URL"
    | "DIRECT_LINE_SECRET"
    | "DIRECT_LINE_TOKEN_SECRET"
    | "RATE_LIMIT_PER_MINUTE"
  >;
  logger: Logger;
  /** Runs the bot's turns in-process, so the widget needs no Bot Framework auth (MicrosoftAppId or not). */
  inProcess: InProcessAdapter;
  logic: TurnLogic;
  /** Where conversations live; in memory when omitted (one instance only). */
  store?: DirectLineStore | undefined;
  /**
   * Orders a conversation's posts (echo, then replies); in-process when omitted. The bot already
   * serialises turns across instances with the store's lock: do not pass that same lock here, as
   * holding it around a turn that takes it again could exhaust its connection pool.
   */
  withLock?: WithLock | undefined;
  /** For the Azure token exchange; tests pass their own. */
  fetch?: typeof fetch | undefined;
}

/** The website channel: its Direct Line service plus the routes for the widget and the demo page. */
export function createWebChannel(options: WebChannelOptions): {
  directLine: DirectLineService;
  routes: Array<(server: Server) => void>;
} {
  const { config, logger, inProcess, logic } = options;
  const directLine = createDirectLineService({
    store: options.store ?? createMemoryDirectLineStore(),
    deliver: async (activity: ActivityJson) =>
      (await inProcess.deliver(activity as Partial<Activity>, logic)) as unknown as Record<
        string,
        unknown
      >[],
    bot: { id: "advisor", name: config.COMPANY_NAME },
    tokenSecret: config.DIRECT_LINE_TOKEN_SECRET,
    withLock: options.withLock,
    logger,
  });
  const azureToken = config.DIRECT_LINE_SECRET
    ? createAzureTokenSource({ secret: config.DIRECT_LINE_SECRET, fetch: options.fetch ?? fetch })
    : undefined;
  return {
    directLine,
    routes: [
      directLineRoutes({
        service: directLine,
        azureToken,
        newConversationsPerMinute: config.RATE_LIMIT_PER_MINUTE,
        postsPerMinute: config.RATE_LIMIT_PER_MINUTE,
      }),
      webRoutes(
        createWebAssets({
          companyName: config.COMPANY_NAME,
          privacyUrl: config.PRIVACY_URL,
          connectSources: azureToken ? azureOrigins() : [],
        }),
      ),
    ],
  };
}

/** Azure's Direct Line over HTTPS and WebSockets, for the demo page's connect-src. */
function azureOrigins(): string[] {
  const { host } = new URL(AZURE_DIRECT_LINE_DOMAIN);
  return [`https://${host}`, `wss://${host}`];
}
