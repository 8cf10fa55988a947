import { randomUUID } from "node:crypto";
import { z } from "zod";
import { StoreConflictError, StoreError } from "./errors.ts";
import type { SqlClient, SqlQueryable } from "./sql-client.ts";

/**
 * The shape of botbuilder's `Storage` (it is structural, so the store need not import
 * botbuilder): items are JSON objects, each read back with the `eTag` of its last write.
 */
export interface KeyValueStorage {
  read(keys: string[]): Promise<Record<string, Record<string, unknown>>>;
  /** Writes every change or none; see {@link writeStateItem} for what each item's eTag means. */
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** Write whatever is stored (botbuilder's contract; also what an absent eTag means). */
export const ANY_ETAG = "*";
/** Write only if nothing is stored under the key yet: for state first created by this writer. */
export const ABSENT_ETAG = "absent";

const ItemSchema = z.looseObject({ eTag: z.string().nullish() });
const StateRow = z.object({
  key: z.string(),
  document: z.record(z.string(), z.unknown()),
  etag: z.string(),
});

/**
 * Writes one item under optimistic concurrency and returns its new eTag:
 * - no eTag (absent, null, empty) or `"*"`: unconditional upsert, as botbuilder's MemoryStorage;
 * - {@link ABSENT_ETAG}: insert only, a row created meanwhile is a conflict;
 * - any other eTag: update only if the stored eTag still equals it.
 * A lost condition throws StoreConflictError. The eTag itself is kept in its own column.
 */
export async function writeStateItem(
  db: SqlQueryable,
  key: string,
  item: unknown,
): Promise<string> {
  const parsed = ItemSchema.safeParse(item);
  if (!parsed.success)
    throw new StoreError(`Storage item "${key}" is not a JSON object.`, { cause: parsed.error });
  const { eTag, ...document } = parsed.data;
  const next = randomUUID();
  const json = JSON.stringify(document);
  if (!eTag || eTag === ANY_ETAG) {
    await db.query(
      `INSERT INTO state (key, document, etag, updated_at) VALUES ($1, $2::jsonb, $3, now())
       ON CONFLICT (key) DO UPDATE SET document = EXCLUDED.document, etag = EXCLUDED.etag, updated_at = now()`,
      [key, json, next],
    );
    return next;
  }
  const result =
    eTag === ABSENT_ETAG
      ? await db.query(
          `INSERT INTO state (key, document, etag, updated_at) VALUES ($1, $2::jsonb, $3, now())
           ON CONFLICT (key) DO NOTHING`,
          [key, json, next],
        )
      : await db.query(
          `UPDATE state SET document = $2::jsonb, etag = $3, updated_at = now() WHERE key = $1 AND etag = $4`,
          [key, json, next, eTag],
        );
  if (result.rowCount !== 1) throw new StoreConflictError(key);
  return next;
}

/** botbuilder-compatible key-value storage over the `state` table. */
export function createKeyValueStorage(client: SqlClient): KeyValueStorage {
  return {
    async read(keys) {
      if (keys.length === 0) return {};
      const { rows } = await client.query(
        "SELECT key, document, etag FROM state WHERE key = ANY($1::text[])",
        [keys],
      );
      const items: Record<string, Record<string, unknown>> = {};
      for (const row of rows) {
        const { key, document, etag } = StateRow.parse(row);
        items[key] = { ...document, eTag: etag };
      }
      return items;
    },
    async write(changes) {
      const entries = Object.entries(changes);
      if (entries.length === 0) return;
      await client.transaction(async (tx) => {
        for (const [key, item] of entries) await writeStateItem(tx, key, item);
      });
    },
    async delete(keys) {
      if (keys.length === 0) return;
      await client.query("DELETE FROM state WHERE key = ANY($1::text[])", [keys]);
    },
  };
}
