import type { Migration } from "./migration.ts";

/** Conversation state, leads with their erasure keys and webhook outbox, transcripts, event counts. */
export const initial: Migration = {
  version: 1,
  name: "initial",
  statements: [
    `CREATE TABLE state (
       key text PRIMARY KEY,
       document jsonb NOT NULL,
       etag text NOT NULL,
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX state_updated_at_idx ON state (updated_at)`,

    `CREATE TABLE leads (
       lead_id uuid PRIMARY KEY,
       lead jsonb NOT NULL,
       created_at timestamptz NOT NULL
     )`,
    // What to erase with a lead: its email (lower case), user id, conversation id and state keys.
    `CREATE TABLE lead_erasure_keys (
       lead_id uuid NOT NULL REFERENCES leads (lead_id) ON DELETE CASCADE,
       kind text NOT NULL CHECK (kind IN ('email', 'user', 'conversation', 'state')),
       value text NOT NULL,
       PRIMARY KEY (lead_id, kind, value)
     )`,
    `CREATE INDEX lead_erasure_keys_lookup_idx ON lead_erasure_keys (kind, value)`,

    // The payload is read from leads at send time: personal data is kept in one place only.
    `CREATE TABLE lead_outbox (
       lead_id uuid PRIMARY KEY REFERENCES leads (lead_id) ON DELETE CASCADE,
       status text NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
       attempts integer NOT NULL DEFAULT 0,
       next_attempt_at timestamptz NOT NULL DEFAULT now(),
       last_error text,
       delivered_at timestamptz,
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX lead_outbox_due_idx ON lead_outbox (status, next_attempt_at)`,

    `CREATE TABLE transcripts (
       id bigserial PRIMARY KEY,
       conversation_id text NOT NULL,
       role text NOT NULL CHECK (role IN ('user', 'bot')),
       text text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX transcripts_conversation_idx ON transcripts (conversation_id, id)`,

    // Counters only: a kind and a catalogue id (model or FAQ id) per day, never free text.
    `CREATE TABLE events (
       day date NOT NULL,
       kind text NOT NULL,
       detail text NOT NULL DEFAULT '',
       count integer NOT NULL,
       PRIMARY KEY (day, kind, detail)
     )`,
  ],
};
