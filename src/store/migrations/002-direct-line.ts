import type { Migration } from "./migration.ts";

/**
 * The self-hosted Direct Line: conversations, their activities numbered per conversation (the
 * watermark), and the token-signing secret generated when DIRECT_LINE_TOKEN_SECRET is unset.
 */
export const directLine: Migration = {
  version: 2,
  name: "direct-line",
  statements: [
    `CREATE TABLE directline_conversations (
       conversation_id text PRIMARY KEY,
       user_id text NOT NULL,
       next_seq integer NOT NULL DEFAULT 1,
       created_at timestamptz NOT NULL,
       last_active_at timestamptz NOT NULL
     )`,
    `CREATE INDEX directline_conversations_idle_idx ON directline_conversations (last_active_at)`,
    `CREATE TABLE directline_activities (
       conversation_id text NOT NULL REFERENCES directline_conversations (conversation_id) ON DELETE CASCADE,
       seq integer NOT NULL,
       activity jsonb NOT NULL,
       PRIMARY KEY (conversation_id, seq)
     )`,
    `CREATE TABLE directline_settings (
       name text PRIMARY KEY,
       value text NOT NULL
     )`,
  ],
};
