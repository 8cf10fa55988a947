import { MemoryStorage, type Storage } from "botbuilder";
import type { Server } from "restify";
import { createAdapters, type Adapters } from "../channel/adapters.ts";
import { AdvisorBot } from "../channel/bot.ts";
import { createTeamsGateway, type TeamsGateway } from "../channel/teams-gateway.ts";
import type { Config } from "../config/index.ts";
import { createServer } from "../http/server.ts";
import { faqRoutes } from "../http/routes/faq.ts";
import { healthRoutes } from "../http/routes/health.ts";
import { messagesRoutes } from "../http/routes/messages.ts";
import { recommendRoutes } from "../http/routes/recommend.ts";
import { understandRoutes } from "../http/routes/understand.ts";
import { createWebChannel } from "../http/routes/web-channel.ts";
import {
  createMemoryDirectLineStore,
  createSqlDirectLineStore,
  type DirectLineStore,
} from "../directline/index.ts";
import type { Logger } from "../logging/index.ts";
import type { AdvisorServices } from "../../dialogs/index.ts";
import type { Store } from "../store/index.ts";
import { createStoreHandoff } from "./leads.ts";
import { createAdvisorServices, createCore, type Core } from "./services.ts";
import { storeHooks } from "./store-hooks.ts";

/** The running advisor: its HTTP server, both adapters and the bot. */
export interface App {
  server: Server;
  adapters: Adapters;
  bot: AdvisorBot;
  core: Core;
  services: AdvisorServices;
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  storage?: Storage;
  /** The durable store: conversation state, turn locks, leads and events. In memory when omitted. */
  store?: Store;
  /** Routes that only exist with some settings (e.g. the admin endpoint). */
  extraRoutes?: ReadonlyArray<(server: Server) => void>;
  /** The website channel's Direct Line store; in memory when omitted. */
  directLineStore?: DirectLineStore;
  /** Used for the Azure Direct Line token exchange; tests inject their own. */
  fetch?: typeof fetch;
  /** The Teams connector calls (member lookup, opening a personal chat); tests inject their own. */
  teams?: TeamsGateway;
}

/** Wires the core, the conversation and the HTTP edge together. */
export function createApp(options: AppOptions): App {
  const { config, logger, store, directLineStore, fetch, extraRoutes = [] } = options;
  const storage = options.storage ?? store?.storage ?? new MemoryStorage();
  const core = createCore(config);
  const services = createAdvisorServices(config, core, store ? storeHooks(store, logger) : {});
  if (store) {
    services.commitHandoff = createStoreHandoff(store, services.present, {
      privacyUrl: config.PRIVACY_URL,
      privacyNoticeVersion: services.settings.privacyNoticeVersion,
    });
  }
  const adapters = createAdapters({
    credentials: config,
    logger,
    errorText: services.copy("error.turn"),
  });
  const teams = options.teams ?? createTeamsGateway({ appId: config.MicrosoftAppId ?? "" });
  const bot = new AdvisorBot({
    storage,
    services,
    logger,
    teams,
    ...(store ? { withLock: store.withLock } : {}),
  });
  const limits = {
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    corsOrigins: config.CORS_ORIGINS,
  };
  const webStore =
    directLineStore ??
    (store ? createSqlDirectLineStore(store.sql) : createMemoryDirectLineStore());
  // "Delete my data" also erases what the web chat stored of the conversation.
  const eraseStored = services.eraseVisitor;
  services.eraseVisitor = async (keys) => {
    await eraseStored?.(keys);
    if (keys.conversationId) await webStore.eraseActivities(keys.conversationId);
  };
  const web = createWebChannel({
    config,
    logger,
    inProcess: adapters.inProcess,
    logic: (context) => bot.run(context),
    store: webStore,
    fetch,
  });
  const server = createServer({
    logger,
    limits,
    routes: [
      healthRoutes,
      recommendRoutes((profile) => core.recommender.recommend(profile)),
      faqRoutes((question) => core.askFaq(question), config.MAX_MESSAGE_CHARS),
      understandRoutes(core.understander, config.MAX_MESSAGE_CHARS),
      messagesRoutes(adapters.http, (context) => bot.run(context)),
      ...web.routes,
      ...extraRoutes,
    ],
  });
  return { server, adapters, bot, core, services };
}
