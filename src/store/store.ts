import type { EventReport } from "./event-report.ts";
import type { SqlClient } from "./sql-client.ts";
import type { EventInput } from "./events.ts";
import type { KeyValueStorage } from "./key-value-storage.ts";
import type { LeadRepository } from "./leads.ts";
import type { Outbox } from "./outbox.ts";
import type { PurgeResult } from "./retention.ts";
import type { Transcripts } from "./transcripts.ts";
import type { WithLock } from "./with-lock.ts";

/** Everything the advisor keeps, on PGlite in DATA_DIR or on PostgreSQL at DATABASE_URL. */
export interface Store {
  readonly backend: "pglite" | "postgres";
  /** The SQL connection, for modules that keep tables of their own (the web channel). */
  readonly sql: SqlClient;
  /** botbuilder-compatible state storage with real eTag checks. */
  readonly storage: KeyValueStorage;
  /** Serialises work per key across every instance sharing the database. */
  readonly withLock: WithLock;
  readonly leads: LeadRepository;
  readonly outbox: Outbox;
  readonly transcripts: Transcripts;
  /** Counts an event for `npm run report`. */
  recordEvent(event: EventInput): Promise<void>;
  /** Aggregate figures over a day range (`YYYY-MM-DD`, inclusive; all days when omitted). */
  report(range?: { from?: string; to?: string }): Promise<EventReport>;
  /** Applies the retention period (RETENTION_DAYS); leads are kept until erased. */
  purgeExpired(options: { olderThanDays: number }): Promise<PurgeResult>;
  /** Closes connections and, for PGlite, frees the data directory. */
  close(): Promise<void>;
}
