import { afterAll, beforeAll, describe } from "vitest";
import { createSqlDirectLineStore } from "../../../src/directline/index.ts";
import { pgliteBackend, postgresBackend, type StoreBackend } from "../../support/store-backends.ts";
import { directLineStoreContract } from "../../unit/directline/store-cases.ts";

for (const backend of [pgliteBackend(), postgresBackend()] as StoreBackend[]) {
  describe(backend.name, () => {
    beforeAll(() => backend.setup(), 120_000);
    afterAll(() => backend.teardown());
    directLineStoreContract(`SQL on ${backend.name}`, async () => {
      await backend.reset();
      return createSqlDirectLineStore(backend.client());
    });
  });
}
