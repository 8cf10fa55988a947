import { z } from "zod";
import type { Logger } from "../../logging/index.ts";
import { StoreError } from "../errors.ts";
import type { SqlClient } from "../sql-client.ts";
import type { Migration } from "./migration.ts";

const AppliedRow = z.object({ version: z.number().int() });

/**
 * Applies the migrations the database has not seen, all in one transaction under a
 * PostgreSQL advisory lock: instances starting together queue here, and each version is
 * applied exactly once.
 */
export async function runMigrations(
  client: SqlClient,
  migrations: readonly Migration[],
  logger: Logger,
): Promise<number[]> {
  const versions = migrations.map((migration) => migration.version);
  if (versions.some((version, index) => index > 0 && version <= (versions[index - 1] ?? 0))) {
    throw new StoreError(`Migrations must be in increasing version order: ${versions.join(", ")}`);
  }
  const applied = await client.transaction(async (tx) => {
    await tx.query(
      "SELECT pg_advisory_xact_lock(hashtextextended('advisor:schema_migrations', 0))",
    );
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((row) => AppliedRow.parse(row).version));
    const newest = Math.max(0, ...done);
    if (newest > Math.max(0, ...versions)) {
      logger.warn({ databaseVersion: newest }, "database schema is newer than this build");
    }
    const now: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      now.push(migration.version);
    }
    return now;
  });
  if (applied.length > 0) logger.info({ versions: applied }, "database schema migrated");
  return applied;
}
