import type { Config } from "../config/index.ts";
import type { Logger } from "../logging/index.ts";
import { createStore, type Store } from "../store/index.ts";

/** Opens the configured store: embedded in DATA_DIR, or PostgreSQL at DATABASE_URL. */
export function openStore(config: Config, logger: Logger): Promise<Store> {
  return createStore({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    logger,
    queueLeadWebhook: Boolean(config.LEAD_WEBHOOK_URL && config.LEAD_WEBHOOK_SECRET),
  });
}
