/** Rows come back untyped on purpose: every caller parses them with a zod schema. */
export interface SqlResult {
  rows: unknown[];
  /** Rows inserted, updated or deleted (or returned, for a SELECT). */
  rowCount: number;
}

/** Runs one parameterised statement ($1, $2, ...). */
export interface SqlQueryable {
  query(sql: string, params?: readonly unknown[]): Promise<SqlResult>;
}

/**
 * The one seam between the store's SQL and a database: PGlite in a local folder, or a pg pool.
 * Both speak the same PostgreSQL dialect, so every repository runs unchanged on either.
 */
export interface SqlClient extends SqlQueryable {
  readonly backend: "pglite" | "postgres";
  /** Runs `work` in BEGIN/COMMIT on one connection; a throw rolls back and is rethrown. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
