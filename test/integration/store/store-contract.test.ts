import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { pgliteBackend, postgresBackend } from "../../support/store-backends.ts";
import { concurrencyCases } from "./contract/concurrency-cases.ts";
import { erasureCases } from "./contract/erasure-cases.ts";
import { eventCases } from "./contract/event-cases.ts";
import { leadCases } from "./contract/lead-cases.ts";
import { migrationCases } from "./contract/migration-cases.ts";
import { outboxCases } from "./contract/outbox-cases.ts";
import { retentionCases } from "./contract/retention-cases.ts";
import { storageCases } from "./contract/storage-cases.ts";

// Every behaviour runs on both backends in every run: the embedded store and a real PostgreSQL.
describe.each([pgliteBackend(), postgresBackend()])("store contract on $name", (backend) => {
  beforeAll(() => backend.setup());
  afterAll(() => backend.teardown());
  beforeEach(() => backend.reset());

  describe("migrations", () => migrationCases(backend));
  describe("key-value storage", () => storageCases(backend));
  describe("concurrency", () => concurrencyCases(backend));
  describe("leads", () => leadCases(backend));
  describe("erasure", () => erasureCases(backend));
  describe("webhook outbox", () => outboxCases(backend));
  describe("retention and transcripts", () => retentionCases(backend));
  describe("events", () => eventCases(backend));
});
