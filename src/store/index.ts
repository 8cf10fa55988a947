/**
 * @module store: durable state, leads, webhook outbox, transcripts and event counts, on PGlite in
 * DATA_DIR or on PostgreSQL at DATABASE_URL through the same SQL.
 */
export { createStore, createStoreOn } from "./create-store.ts";
export type { StoreOptions } from "./create-store.ts";
export type { Store } from "./store.ts";
export type { SqlClient, SqlQueryable, SqlResult } from "./sql-client.ts";
export { createPgClient } from "./pg-client.ts";
export { createPgliteClient } from "./pglite-client.ts";
export { ABSENT_ETAG, ANY_ETAG, writeStateItem } from "./key-value-storage.ts";
export type { KeyValueStorage } from "./key-value-storage.ts";
export type { WithLock } from "./with-lock.ts";
export { DataDirBusyError, StoreConflictError, StoreError } from "./errors.ts";
export { acquireDataDirLock, inspectDataDirLock } from "./data-dir-lock.ts";
export type { DataDirLock, DataDirLockState } from "./data-dir-lock.ts";
export { MIGRATIONS } from "./migrations/index.ts";
export type { Migration } from "./migrations/index.ts";
export { runMigrations } from "./migrations/run-migrations.ts";
export type { CommitLeadOptions, LeadRepository } from "./leads.ts";
export { ErasureResultSchema } from "./erase-lead.ts";
export type { ErasureResult } from "./erase-lead.ts";
export { OUTBOX_STATUSES } from "./outbox.ts";
export type { ClaimedLead, Outbox, OutboxEntry, OutboxStatus } from "./outbox.ts";
export { createLeadDelivery } from "./lead-delivery.ts";
export type { DeliveryRound, LeadDelivery, LeadDeliveryOptions } from "./lead-delivery.ts";
export { signLeadBody, verifyLeadSignature } from "./lead-signature.ts";
export { exponentialBackoff } from "./backoff.ts";
export type { Backoff } from "./backoff.ts";
export type { Transcripts, TranscriptLine } from "./transcripts.ts";
export type { PurgeResult } from "./retention.ts";
export { EVENT_KINDS, EventSchema } from "./events.ts";
export type { EventInput, EventKind } from "./events.ts";
export { EventReportSchema, summariseEvents } from "./event-report.ts";
export type { EventReport } from "./event-report.ts";
export { readAdminToken, removeAdminToken, writeAdminToken } from "./admin-token.ts";
export { ADMIN_PATHS, AdminEndpointError, createAdminClient } from "./admin-client.ts";
export { openLeadAdmin } from "./lead-admin.ts";
export type { LeadAdmin, LeadAdminOptions } from "./lead-admin.ts";
