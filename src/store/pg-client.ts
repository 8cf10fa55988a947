import pg from "pg";
import type { Logger } from "../logging/index.ts";
import type { SqlClient, SqlQueryable, SqlResult } from "./sql-client.ts";

/** Connections per instance; `withLock` keeps half of them free for the work it serialises. */
export const POOL_SIZE = 10;

const toResult = (result: pg.QueryResult): SqlResult => ({
  rows: result.rows,
  rowCount: result.rowCount ?? result.rows.length,
});

const queryOn = (target: pg.Pool | pg.PoolClient): SqlQueryable["query"] => {
  return async (sql, params) => toResult(await target.query(sql, params ? [...params] : undefined));
};

/** A pg connection pool for a PostgreSQL server shared by several instances. */
export function createPgClient(connectionString: string, logger: Logger): SqlClient {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    idleTimeoutMillis: 30_000,
    application_name: "advisor",
  });
  pool.on("error", (err) => logger.warn({ err }, "idle database connection failed"));

  return {
    backend: "postgres",
    query: queryOn(pool),
    async transaction(work) {
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query("BEGIN");
        const result = await work({ query: queryOn(connection) });
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK").catch((rollbackError: unknown) => {
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
