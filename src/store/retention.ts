import { z } from "zod";
import type { SqlClient } from "./sql-client.ts";

/** Rows removed by one purge. */
export interface PurgeResult {
  stateRows: number;
  transcriptConversations: number;
}

const ConversationRow = z.object({ conversation_id: z.string() });

/**
 * Deletes state rows not written for `olderThanDays` (RETENTION_DAYS) and whole transcripts whose
 * last line is that old, unless the conversation produced a lead. Leads stay until erased.
 * Every key of `storage` is conversation data to this purge: keep nothing there that must outlive it.
 */
export async function purgeExpired(
  client: SqlClient,
  { olderThanDays }: { olderThanDays: number },
): Promise<PurgeResult> {
  const days = z.number().int().positive().parse(olderThanDays);
  return client.transaction(async (tx) => {
    const state = await tx.query(
      "DELETE FROM state WHERE updated_at < now() - make_interval(days => $1::integer)",
      [days],
    );
    const transcripts = await tx.query(
      `DELETE FROM transcripts t
       WHERE t.conversation_id IN (
               SELECT conversation_id FROM transcripts GROUP BY conversation_id
               HAVING max(created_at) < now() - make_interval(days => $1::integer))
         AND NOT EXISTS (
               SELECT 1 FROM lead_erasure_keys k WHERE k.kind = 'conversation' AND k.value = t.conversation_id)
       RETURNING t.conversation_id`,
      [days],
    );
    return {
      stateRows: state.rowCount,
      transcriptConversations: new Set(
        transcripts.rows.map((row) => ConversationRow.parse(row).conversation_id),
      ).size,
    };
  });
}
