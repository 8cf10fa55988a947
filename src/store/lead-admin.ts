import { resolve } from "node:path";
import type { Lead } from "../core/leads/index.ts";
import type { Logger } from "../logging/index.ts";
import { AdminEndpointError, createAdminClient } from "./admin-client.ts";
import { readAdminToken } from "./admin-token.ts";
import { createStore } from "./create-store.ts";
import { inspectDataDirLock } from "./data-dir-lock.ts";
import type { ErasureResult } from "./erase-lead.ts";
import { DataDirBusyError } from "./errors.ts";
import type { EventReport } from "./event-report.ts";

/** What the operator tools need (`npm run leads`, `npm run report`), wherever the data is. */
export interface LeadAdmin {
  /** `database`: opened here; `server`: through the running server's admin endpoint. */
  readonly via: "database" | "server";
  list(): Promise<Lead[]>;
  erase(email: string): Promise<ErasureResult>;
  report(): Promise<EventReport>;
  close(): Promise<void>;
}

export interface LeadAdminOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Where the server on this machine listens, e.g. `http://127.0.0.1:3978`. */
  adminUrl: string;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
}

/**
 * PostgreSQL is opened directly. The embedded store is opened directly when no live process
 * holds it; otherwise the running server is asked through its admin endpoint. When neither works
 * the error is a DataDirBusyError that says why.
 */
export async function openLeadAdmin({
  databaseUrl,
  dataDir,
  adminUrl,
  logger,
  fetch,
}: LeadAdminOptions): Promise<LeadAdmin> {
  const directory = resolve(dataDir);
  const holder = databaseUrl ? { state: "free" as const } : await inspectDataDirLock(directory);
  if (holder.state !== "held") {
    const store = await createStore({ databaseUrl, dataDir: directory, logger });
    return {
      via: "database",
      list: () => store.leads.list(),
      erase: (email) => store.leads.erase({ email }),
      report: () => store.report(),
      close: () => store.close(),
    };
  }
  const token = await readAdminToken(directory);
  if (!token)
    throw new DataDirBusyError(directory, holder.pid, `no admin token was found in ${directory}.`);
  const client = createAdminClient({ baseUrl: adminUrl, token, fetch });
  const explain =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        if (!(error instanceof AdminEndpointError)) throw error;
        throw new DataDirBusyError(
          directory,
          holder.pid,
          `its admin endpoint failed: ${error.message}`,
          { cause: error },
        );
      }
    };
  return {
    via: "server",
    list: explain(client.list),
    erase: explain(client.erase),
    report: explain(client.report),
    close: client.close,
  };
}
