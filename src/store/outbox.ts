import { z } from "zod";
import { LeadSchema, type Lead } from "../core/leads/index.ts";
import type { SqlClient } from "./sql-client.ts";

/** pending: waiting for (another) attempt; delivered: a 2xx came back; dead: gave up after maxAttempts. */
export const OUTBOX_STATUSES = ["pending", "delivered", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

const OutboxRow = z.object({
  lead_id: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  next_attempt_at: z.coerce.date(),
  last_error: z.string().nullable(),
  delivered_at: z.coerce.date().nullable(),
});
/** A lead's delivery record (no personal data: the payload stays in `leads`). */
export type OutboxEntry = {
  leadId: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  deliveredAt: Date | null;
};

const ClaimRow = z.object({ lead_id: z.string(), attempts: z.number().int(), lead: z.unknown() });
/** A lead taken for one delivery attempt; `attempt` counts from 1. */
export interface ClaimedLead {
  leadId: string;
  attempt: number;
  lead: Lead;
}

/** The webhook queue, kept in the database so retries survive restarts and span instances. */
export interface Outbox {
  /**
   * Takes up to `limit` due leads and pushes their next attempt `leaseMs` ahead, so no other
   * instance sends them meanwhile; a sender that dies mid-attempt leaves them due again later.
   */
  claimDue(options: { limit: number; leaseMs: number }): Promise<ClaimedLead[]>;
  markDelivered(leadId: string): Promise<void>;
  /** Records a failed attempt: retried after `retryInMs`, or dead-lettered when that is null. */
  markFailed(leadId: string, failure: { error: string; retryInMs: number | null }): Promise<void>;
  list(): Promise<OutboxEntry[]>;
}

/** The outbox over the `lead_outbox` table, joined to `leads` for the payload. */
export function createOutbox(client: SqlClient): Outbox {
  return {
    async claimDue({ limit, leaseMs }) {
      const { rows } = await client.query(
        `UPDATE lead_outbox o
         SET attempts = o.attempts + 1,
             next_attempt_at = now() + $2::integer * interval '1 millisecond',
             updated_at = now()
         FROM leads l
         WHERE l.lead_id = o.lead_id
           AND o.lead_id IN (
             SELECT lead_id FROM lead_outbox
             WHERE status = 'pending' AND next_attempt_at <= now()
             ORDER BY next_attempt_at
             LIMIT $1
             FOR UPDATE SKIP LOCKED)
         RETURNING o.lead_id::text AS lead_id, o.attempts, l.lead`,
        [limit, Math.round(leaseMs)],
      );
      return rows.map((row) => {
        const claim = ClaimRow.parse(row);
        return {
          leadId: claim.lead_id,
          attempt: claim.attempts,
          lead: LeadSchema.parse(claim.lead),
        };
      });
    },

    async markDelivered(leadId) {
      await client.query(
        `UPDATE lead_outbox SET status = 'delivered', delivered_at = now(), last_error = NULL, updated_at = now()
         WHERE lead_id = $1`,
        [leadId],
      );
    },

    async markFailed(leadId, { error, retryInMs }) {
      await client.query(
        `UPDATE lead_outbox
         SET status = CASE WHEN $3::integer IS NULL THEN 'dead' ELSE 'pending' END,
             next_attempt_at = CASE WHEN $3::integer IS NULL THEN next_attempt_at
                                    ELSE now() + $3::integer * interval '1 millisecond' END,
             last_error = $2,
             updated_at = now()
         WHERE lead_id = $1`,
        [leadId, error.slice(0, 500), retryInMs === null ? null : Math.round(retryInMs)],
      );
    },

    async list() {
      const { rows } = await client.query(
        `SELECT lead_id::text AS lead_id, status, attempts, next_attempt_at, last_error, delivered_at
         FROM lead_outbox ORDER BY next_attempt_at, lead_id`,
      );
      return rows.map((row) => {
        const entry = OutboxRow.parse(row);
        return {
          leadId: entry.lead_id,
          status: entry.status,
          attempts: entry.attempts,
          nextAttemptAt: entry.next_attempt_at,
          lastError: entry.last_error,
          deliveredAt: entry.delivered_at,
        };
      });
    },
  };
}
