import { z } from "zod";
import { LeadSchema, type Lead } from "../core/leads/index.ts";
import { eraseByEmail, type ErasureResult } from "./erase-lead.ts";
import { StoreError } from "./errors.ts";
import { writeStateItem } from "./key-value-storage.ts";
import type { SqlClient } from "./sql-client.ts";

/** What else belongs to the lead: the state that completes the handoff, and who it came from. */
export interface CommitLeadOptions {
  /** Storage key written in the same transaction (e.g. the conversation's state). */
  stateKey?: string;
  /** The item for `stateKey`, with botbuilder eTag semantics (see `writeStateItem`). */
  state?: Record<string, unknown>;
  /** Channel user id: its state rows are erased with the lead. */
  userId?: string;
  /** Conversation id: its state rows and transcript are erased with the lead. */
  conversationId?: string;
}

/** Leads kept until erased; committing one also queues it for the webhook when one is set. */
export interface LeadRepository {
  /**
   * Saves the lead, its outbox row and the handoff state in one transaction. Committing the same
   * `leadId` again changes nothing and returns `created: false`.
   */
  commit(lead: Lead, options?: CommitLeadOptions): Promise<{ created: boolean }>;
  /** Every lead, oldest first. */
  list(): Promise<Lead[]>;
  /** Removes every lead with this email and everything recorded with them (right to erasure). */
  erase(query: { email: string }): Promise<ErasureResult>;
}

export interface LeadRepositoryOptions {
  /** True when a webhook is configured: each new lead gets an outbox row. */
  queueWebhook: boolean;
}

const LeadRow = z.object({ lead: z.unknown() });

/** Lower-cased and trimmed: the form emails are matched in for erasure. */
export const toEmailKey = (email: string): string => email.trim().toLowerCase();

/** Leads over the `leads`, `lead_erasure_keys` and `lead_outbox` tables. */
export function createLeadRepository(
  client: SqlClient,
  { queueWebhook }: LeadRepositoryOptions,
): LeadRepository {
  return {
    async commit(input, options = {}) {
      const lead = LeadSchema.parse(input);
      const { stateKey, state, userId, conversationId } = options;
      if ((stateKey === undefined) !== (state === undefined)) {
        throw new StoreError("A lead's handoff state needs both stateKey and state.");
      }
      return client.transaction(async (tx) => {
        const inserted = await tx.query(
          `INSERT INTO leads (lead_id, lead, created_at) VALUES ($1, $2::jsonb, $3::timestamptz)
           ON CONFLICT (lead_id) DO NOTHING`,
          [lead.leadId, JSON.stringify(lead), lead.createdAt],
        );
        if (inserted.rowCount === 0) return { created: false };
        const keys: Array<[string, string | undefined]> = [
          ["email", toEmailKey(lead.contact.email)],
          ["user", userId],
          ["conversation", conversationId],
          ["state", stateKey],
        ];
        for (const [kind, value] of keys) {
          if (value === undefined || value === "") continue;
          await tx.query(
            "INSERT INTO lead_erasure_keys (lead_id, kind, value) VALUES ($1, $2, $3)",
            [lead.leadId, kind, value],
          );
        }
        if (queueWebhook) {
          await tx.query("INSERT INTO lead_outbox (lead_id, status) VALUES ($1, 'pending')", [
            lead.leadId,
          ]);
        }
        if (stateKey !== undefined && state !== undefined)
          await writeStateItem(tx, stateKey, state);
        return { created: true };
      });
    },

    async list() {
      const { rows } = await client.query("SELECT lead FROM leads ORDER BY created_at, lead_id");
      return rows.map((row) => LeadSchema.parse(LeadRow.parse(row).lead));
    },

    erase: ({ email }) => client.transaction((tx) => eraseByEmail(tx, email)),
  };
}
