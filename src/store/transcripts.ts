import { z } from "zod";
import type { SqlClient } from "./sql-client.ts";

export const TranscriptLineSchema = z.object({
  conversationId: z.string().min(1).max(512),
  role: z.enum(["user", "bot"]),
  text: z.string().max(20_000),
});
/** One message of a conversation. Purged after the retention period unless it led to a lead. */
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;

const TranscriptRow = z.object({
  role: z.enum(["user", "bot"]),
  text: z.string(),
  created_at: z.coerce.date(),
});

/** Conversation transcripts, for later use (e.g. a summary for the consultant). */
export interface Transcripts {
  append(line: TranscriptLine): Promise<void>;
  read(conversationId: string): Promise<Array<{ role: "user" | "bot"; text: string; at: Date }>>;
}

/** Transcripts over the `transcripts` table. */
export function createTranscripts(client: SqlClient): Transcripts {
  return {
    async append(input) {
      const line = TranscriptLineSchema.parse(input);
      await client.query(
        "INSERT INTO transcripts (conversation_id, role, text) VALUES ($1, $2, $3)",
        [line.conversationId, line.role, line.text],
      );
    },
    async read(conversationId) {
      const { rows } = await client.query(
        "SELECT role, text, created_at FROM transcripts WHERE conversation_id = $1 ORDER BY id",
        [conversationId],
      );
      return rows.map((row) => {
        const { role, text, created_at } = TranscriptRow.parse(row);
        return { role, text, at: created_at };
      });
    },
  };
}
