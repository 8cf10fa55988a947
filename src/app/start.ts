import { createApp, type App } from "./app.ts";
import type { Config } from "../config/index.ts";
import { adminRoutes } from "../http/routes/admin.ts";
import type { Logger } from "../logging/index.ts";
import {
  createLeadDelivery,
  removeAdminToken,
  writeAdminToken,
  type LeadDelivery,
  type Store,
} from "../store/index.ts";

/** How often stale conversation data is purged (RETENTION_DAYS). */
const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

export interface RunningAdvisor {
  app: App;
  store: Store;
  /** Stops taking requests, finishes lead delivery and closes the store. */
  stop(): Promise<void>;
}

/**
 * Builds the app on an open store, starts lead delivery when a webhook is configured and the
 * retention purge, and listens.
 */
export async function startAdvisor(
  config: Config,
  logger: Logger,
  store: Store,
): Promise<RunningAdvisor> {
  const webhook =
    config.LEAD_WEBHOOK_URL && config.LEAD_WEBHOOK_SECRET
      ? { url: config.LEAD_WEBHOOK_URL, secret: config.LEAD_WEBHOOK_SECRET }
      : undefined;
  if (config.LEAD_WEBHOOK_URL && !webhook) {
    logger.warn(
      "LEAD_WEBHOOK_URL is set without LEAD_WEBHOOK_SECRET: leads are kept in the store only",
    );
  }
  const adminToken = config.DATABASE_URL ? undefined : await writeAdminToken(config.DATA_DIR);
  const app = createApp({
    config,
    logger,
    store,
    extraRoutes: adminToken ? [adminRoutes({ store, token: adminToken })] : [],
  });

  let delivery: LeadDelivery | undefined;
  if (webhook) {
    delivery = createLeadDelivery({ store, ...webhook, logger });
    delivery.start();
  }
  const purge = () =>
    store.purgeExpired({ olderThanDays: config.RETENTION_DAYS }).catch((error: unknown) => {
      logger.warn({ err: error }, "retention purge failed");
    });
  void purge();
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  purgeTimer.unref();

  await new Promise<void>((resolve) => app.server.listen(config.PORT, resolve));
  logger.info({ port: config.PORT, store: store.backend }, "advisor listening");

  return {
    app,
    store,
    async stop() {
      clearInterval(purgeTimer);
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await delivery?.stop();
      if (adminToken) await removeAdminToken(config.DATA_DIR, adminToken);
      await store.close();
    },
  };
}
