import { z } from "zod";
import type { SqlClient } from "../store/index.ts";
import type { ActivityJson, DirectLineStore } from "./store.ts";

const SecretRow = z.object({ value: z.string().min(1) });
const ConversationRow = z.object({
  conversation_id: z.string(),
  user_id: z.string(),
  created_at: z.coerce.date(),
  last_active_at: z.coerce.date(),
});
const NextSeqRow = z.object({ next_seq: z.coerce.number().int() });
const ActivityRow = z.object({
  seq: z.coerce.number().int(),
  activity: z.union([
    z.record(z.string(), z.unknown()),
    z.string().transform((text) => JSON.parse(text) as ActivityJson),
  ]),
});

const TOKEN_SECRET = "token_secret";

/**
 * A DirectLineStore over the project's SQL store (PGlite or PostgreSQL; tables from the
 * `direct-line` migration), so every instance answers every poll of every conversation.
 */
export function createSqlDirectLineStore(
  client: Pick<SqlClient, "query" | "transaction">,
): DirectLineStore {
  return {
    async tokenSecret(candidate) {
      await client.query(
        "INSERT INTO directline_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        [TOKEN_SECRET, candidate],
      );
      const { rows } = await client.query("SELECT value FROM directline_settings WHERE name = $1", [
        TOKEN_SECRET,
      ]);
      return SecretRow.parse(rows[0]).value;
    },
    async createConversation({ id, userId, now }) {
      const { rowCount } = await client.query(
        `INSERT INTO directline_conversations (conversation_id, user_id, created_at, last_active_at)
         VALUES ($1, $2, $3, $3) ON CONFLICT (conversation_id) DO NOTHING`,
        [id, userId, new Date(now)],
      );
      return rowCount === 1;
    },
    async getConversation(id) {
      const { rows } = await client.query(
        "SELECT conversation_id, user_id, created_at, last_active_at FROM directline_conversations WHERE conversation_id = $1",
        [id],
      );
      if (rows.length === 0) return null;
      const row = ConversationRow.parse(rows[0]);
      return {
        id: row.conversation_id,
        userId: row.user_id,
        createdAt: row.created_at.getTime(),
        lastActiveAt: row.last_active_at.getTime(),
      };
    },
    async touch(id, now) {
      await client.query(
        "UPDATE directline_conversations SET last_active_at = $2 WHERE conversation_id = $1",
        [id, new Date(now)],
      );
    },
    append(conversationId, activities, { now, keep }) {
      return client.transaction(async (tx) => {
        // The row lock taken here orders concurrent appends to one conversation.
        const { rows } = await tx.query(
          `UPDATE directline_conversations SET next_seq = next_seq + $2, last_active_at = $3
           WHERE conversation_id = $1 RETURNING next_seq`,
          [conversationId, activities.length, new Date(now)],
        );
        if (rows.length === 0) return null;
        const end = NextSeqRow.parse(rows[0]).next_seq;
        const seqs = activities.map((_, index) => end - activities.length + index);
        for (const [index, activity] of activities.entries()) {
          await tx.query(
            "INSERT INTO directline_activities (conversation_id, seq, activity) VALUES ($1, $2, $3::jsonb)",
            [conversationId, seqs[index], JSON.stringify(activity)],
          );
        }
        await tx.query(
          "DELETE FROM directline_activities WHERE conversation_id = $1 AND seq < $2",
          [conversationId, end - keep],
        );
        return seqs;
      });
    },
    async list(conversationId, afterSeq, limit) {
      const { rows } = await client.query(
        `SELECT seq, activity FROM directline_activities
         WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [conversationId, afterSeq, limit],
      );
      return rows.map((row) => ActivityRow.parse(row));
    },
    async eraseActivities(conversationId) {
      await client.query("DELETE FROM directline_activities WHERE conversation_id = $1", [
        conversationId,
      ]);
    },
    async deleteIdle(before) {
      const { rowCount } = await client.query(
        "DELETE FROM directline_conversations WHERE last_active_at < $1",
        [new Date(before)],
      );
      return rowCount;
    },
  };
}
