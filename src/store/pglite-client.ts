import { PGlite, type Results } from "@electric-sql/pglite";
import type { SqlClient, SqlResult } from "./sql-client.ts";

const toResult = (result: Results): SqlResult => ({
  rows: result.rows,
  rowCount: result.affectedRows ?? result.rows.length,
});

/**
 * PGlite (PostgreSQL compiled to WASM) on a folder: one connection in this process. Queries wait
 * while a transaction runs, so code inside `transaction` must use only its `tx`.
 */
export async function createPgliteClient(directory: string): Promise<SqlClient> {
  const db = await PGlite.create(directory);
  return {
    backend: "pglite",
    query: async (sql, params) => toResult(await db.query(sql, params ? [...params] : undefined)),
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async (sql, params) =>
            toResult(await tx.query(sql, params ? [...params] : undefined)),
        }),
      ),
    close: () => db.close(),
  };
}
