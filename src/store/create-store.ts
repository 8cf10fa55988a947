import { join, resolve } from "node:path";
import type { Logger } from "../logging/index.ts";
import { acquireDataDirLock } from "./data-dir-lock.ts";
import { summariseEvents } from "./event-report.ts";
import { readEventCounts, recordEvent } from "./events.ts";
import { createKeyValueStorage } from "./key-value-storage.ts";
import { createLeadRepository } from "./leads.ts";
import { MIGRATIONS } from "./migrations/index.ts";
import { runMigrations } from "./migrations/run-migrations.ts";
import { createOutbox } from "./outbox.ts";
import { createPgClient } from "./pg-client.ts";
import { createPgliteClient } from "./pglite-client.ts";
import { purgeExpired } from "./retention.ts";
import type { SqlClient } from "./sql-client.ts";
import type { Store } from "./store.ts";
import { createTranscripts } from "./transcripts.ts";
import { createWithLock } from "./with-lock.ts";

export interface StoreOptions {
  /** DATABASE_URL: PostgreSQL shared by every instance. Unset = PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** DATA_DIR: the embedded database lives in `<dataDir>/db`, its lock in `<dataDir>/.lock`. */
  dataDir: string;
  logger: Logger;
  /** True when LEAD_WEBHOOK_URL is set: new leads are queued for delivery. */
  queueLeadWebhook?: boolean;
}

/**
 * Opens the configured database, migrates it and returns the store. For PGlite the data
 * directory is locked to this process first (DataDirBusyError when another live process has it).
 */
export async function createStore({
  databaseUrl,
  dataDir,
  logger,
  queueLeadWebhook = false,
}: StoreOptions): Promise<Store> {
  if (databaseUrl)
    return createStoreOn(createPgClient(databaseUrl, logger), { logger, queueLeadWebhook });
  const lock = await acquireDataDirLock(resolve(dataDir));
  try {
    const client = await createPgliteClient(join(resolve(dataDir), "db"));
    const store = await createStoreOn(client, { logger, queueLeadWebhook });
    return {
      ...store,
      async close() {
        await store.close();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** The store over an open SQL client, migrated first; `close()` (or a failed migration) closes the client. */
export async function createStoreOn(
  client: SqlClient,
  { logger, queueLeadWebhook = false }: { logger: Logger; queueLeadWebhook?: boolean },
): Promise<Store> {
  try {
    await runMigrations(client, MIGRATIONS, logger);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return {
    backend: client.backend,
    sql: client,
    storage: createKeyValueStorage(client),
    withLock: createWithLock(client),
    leads: createLeadRepository(client, { queueWebhook: queueLeadWebhook }),
    outbox: createOutbox(client),
    transcripts: createTranscripts(client),
    recordEvent: (event) => recordEvent(client, event),
    report: async (range) => summariseEvents(await readEventCounts(client, range)),
    async purgeExpired(options) {
      const result = await purgeExpired(client, options);
      logger.info(result, "expired conversation data purged");
      return result;
    },
    close: () => client.close(),
  };
}
