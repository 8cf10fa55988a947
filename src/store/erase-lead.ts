import { z } from "zod";
import { StoreError } from "./errors.ts";
import type { SqlQueryable } from "./sql-client.ts";

/** What an erasure removed, for the operator's record. */
export const ErasureResultSchema = z.object({
  leadIds: z.array(z.string()),
  outboxRows: z.number().int().nonnegative(),
  stateKeys: z.array(z.string()),
  transcriptConversations: z.number().int().nonnegative(),
  /** Rows of other tables (e.g. added by later features) that mentioned the email, per table. */
  otherRows: z.record(z.string(), z.number().int().positive()),
});
export type ErasureResult = z.infer<typeof ErasureResultSchema>;

const LeadIdRow = z.object({ lead_id: z.string() });
const ErasureKeyRow = z.object({
  kind: z.enum(["email", "user", "conversation", "state"]),
  value: z.string(),
});
const KeyRow = z.object({ key: z.string() });
const ConversationRow = z.object({ conversation_id: z.string() });
const TableRow = z.object({ name: z.string() });

/** Tables with their own erasure rules in eraseByEmail; every other table is swept for the email. */
const OWN_TABLES = [
  "leads",
  "lead_erasure_keys",
  "lead_outbox",
  "state",
  "transcripts",
  "events",
  "schema_migrations",
];

/** Deletes rows of every other table whose text mentions the email, so new tables are never missed. */
async function sweepOtherTables(tx: SqlQueryable, needle: string): Promise<Record<string, number>> {
  const { rows } = await tx.query(
    `SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> ALL($1::text[])
     ORDER BY table_name`,
    [OWN_TABLES],
  );
  const removed: Record<string, number> = {};
  for (const { name } of rows.map((row) => TableRow.parse(row))) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const deleted = await tx.query(`DELETE FROM ${quoted} t WHERE strpos(lower(t::text), $1) > 0`, [
      needle,
    ]);
    if (deleted.rowCount > 0) removed[name] = deleted.rowCount;
  }
  return removed;
}

/**
 * Deletes, in the caller's transaction, every lead whose email is `email` or whose record
 * mentions it; their outbox rows; every state row under a key they recorded (the exact state key,
 * botbuilder's `/users/<id>/` and `/conversations/<id>/` segments) or whose document mentions the
 * email; every transcript of those conversations or mentioning the email; and any row of any
 * other table that mentions the email.
 */
export async function eraseByEmail(tx: SqlQueryable, email: string): Promise<ErasureResult> {
  const parsed = z.email().safeParse(email.trim());
  if (!parsed.success) throw new StoreError("Erasure needs a valid email address.");
  const needle = parsed.data.toLowerCase();

  const leadRows = await tx.query(
    `SELECT lead_id::text AS lead_id FROM leads
     WHERE lead_id IN (SELECT lead_id FROM lead_erasure_keys WHERE kind = 'email' AND value = $1)
        OR strpos(lower(lead::text), $1) > 0`,
    [needle],
  );
  const leadIds = leadRows.rows.map((row) => LeadIdRow.parse(row).lead_id);

  const keyRows = await tx.query(
    "SELECT kind, value FROM lead_erasure_keys WHERE lead_id = ANY($1::uuid[])",
    [leadIds],
  );
  const keys = keyRows.rows.map((row) => ErasureKeyRow.parse(row));
  const valuesOf = (kind: string) =>
    keys.filter((key) => key.kind === kind).map((key) => key.value);
  const conversations = valuesOf("conversation");
  const segments = [
    ...valuesOf("user").map((id) => `/users/${id}/`),
    ...conversations.map((id) => `/conversations/${id}/`),
  ];

  const stateRows = await tx.query(
    `DELETE FROM state
     WHERE key = ANY($1::text[])
        OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS segment WHERE strpos(key, segment) > 0)
        OR strpos(lower(document::text), $3) > 0
     RETURNING key`,
    [valuesOf("state"), segments, needle],
  );
  const transcriptRows = await tx.query(
    `DELETE FROM transcripts
     WHERE conversation_id = ANY($1::text[])
        OR conversation_id IN (SELECT conversation_id FROM transcripts WHERE strpos(lower(text), $2) > 0)
     RETURNING conversation_id`,
    [conversations, needle],
  );
  const otherRows = await sweepOtherTables(tx, needle);
  const outbox = await tx.query("DELETE FROM lead_outbox WHERE lead_id = ANY($1::uuid[])", [
    leadIds,
  ]);
  await tx.query("DELETE FROM leads WHERE lead_id = ANY($1::uuid[])", [leadIds]);

  return {
    leadIds,
    outboxRows: outbox.rowCount,
    stateKeys: stateRows.rows.map((row) => KeyRow.parse(row).key).sort(),
    transcriptConversations: new Set(
      transcriptRows.rows.map((row) => ConversationRow.parse(row).conversation_id),
    ).size,
    otherRows,
  };
}
