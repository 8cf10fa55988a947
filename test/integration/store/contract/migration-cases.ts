import { expect, it } from "vitest";
import {
  createPgClient,
  createStoreOn,
  MIGRATIONS,
  runMigrations,
} from "../../../../src/store/index.ts";
import { silentLogger } from "../../../support/silent-logger.ts";
import type { StoreBackend } from "../../../support/store-backends.ts";

/** Versioned migrations under an advisory lock. */
export function migrationCases(backend: StoreBackend): void {
  it("records every migration once and has nothing left to apply", async () => {
    const { rows } = await backend
      .client()
      .query("SELECT version, name FROM schema_migrations ORDER BY version");
    expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(await runMigrations(backend.client(), MIGRATIONS, silentLogger())).toEqual([]);
  });

  // Only a PostgreSQL server can be shared by two instances; PGlite serves one process.
  const freshDatabase = backend.freshDatabase;
  if (!freshDatabase) return;
  it("lets two instances migrate the same fresh database at once", async () => {
    const url = await freshDatabase();
    const clients = [createPgClient(url, silentLogger()), createPgClient(url, silentLogger())];
    try {
      const applied = await Promise.all(
        clients.map((client) => runMigrations(client, MIGRATIONS, silentLogger())),
      );
      expect(applied.map((versions) => versions.length).sort()).toEqual([0, MIGRATIONS.length]);
      const { rows } = await clients[0]!.query("SELECT count(*)::int AS n FROM schema_migrations");
      expect(rows[0]).toEqual({ n: MIGRATIONS.length });
      const stores = await Promise.all(
        clients.map((client) => createStoreOn(client, { logger: silentLogger() })),
      );
      await stores[0]!.storage.write({ k: { n: 1 } });
      expect(await stores[1]!.storage.read(["k"])).toMatchObject({ k: { n: 1 } });
    } finally {
      await Promise.all(clients.map((client) => client.close()));
    }
  });
}
