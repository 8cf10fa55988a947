import type { AddressInfo } from "node:net";
import type { Server } from "restify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminRoutes } from "../../../src/http/routes/admin.ts";
import { createServer } from "../../../src/http/server.ts";
import {
  createStore,
  readAdminToken,
  writeAdminToken,
  type Store,
} from "../../../src/store/index.ts";
import { aLead } from "../../support/lead-builder.ts";
import { freshDataDir } from "../../support/pglite-data-dir.ts";
import { silentLogger } from "../../support/silent-logger.ts";
import { stat } from "node:fs/promises";
import { join } from "node:path";

describe("admin endpoint", () => {
  let data: Awaited<ReturnType<typeof freshDataDir>>;
  let store: Store;
  let server: Server;
  let token: string;
  let base: string;
  const call = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);
  const bearer = (value: string) => ({ Authorization: `Bearer ${value}` });

  beforeAll(async () => {
    data = await freshDataDir();
    store = await createStore({ dataDir: data.dir, logger: silentLogger() });
    token = await writeAdminToken(data.dir);
    server = createServer({
      logger: silentLogger(),
      limits: {
        maxBodyBytes: 65536,
        maxMessageChars: 2000,
        rateLimitPerMinute: 60,
        corsOrigins: [],
      },
      routes: [adminRoutes({ store, token })],
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await store.leads.commit(aLead({ contact: { email: "kim@example.org" } }));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
    await data.remove();
  });

  it("writes a fresh token readable by its owner only", async () => {
    expect(await readAdminToken(data.dir)).toBe(token);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect((await stat(join(data.dir, "admin.token"))).mode & 0o777).toBe(0o600);
  });

  it("answers 401 without a bearer token and 403 with a wrong one", async () => {
    const missing = await call("/api/admin/leads");
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      error: { code: "unauthorized", message: expect.any(String) },
    });
    const wrong = await call("/api/admin/leads", { headers: bearer("not-the-token") });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: { code: "forbidden" } });
    const erase = await call("/api/admin/leads/erase", {
      method: "POST",
      headers: { ...bearer("nope"), "Content-Type": "application/json" },
      body: JSON.stringify({ email: "kim@example.org" }),
    });
    expect(erase.status).toBe(403);
    expect(await store.leads.list()).toHaveLength(1);
  });

  it("lists leads and the report, never cached", async () => {
    const leads = await call("/api/admin/leads", { headers: bearer(token) });
    expect(leads.status).toBe(200);
    expect(leads.headers.get("cache-control")).toBe("no-store");
    expect(((await leads.json()) as { leads: unknown[] }).leads).toHaveLength(1);
    const report = await call("/api/admin/report", { headers: bearer(token) });
    expect(await report.json()).toMatchObject({ report: { firstDay: null } });
  });

  it("checks the erase body and erases by email", async () => {
    const post = (body: unknown) =>
      call("/api/admin/leads/erase", {
        method: "POST",
        headers: { ...bearer(token), "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const bad = await post({ email: "" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: "bad_request", message: expect.stringContaining("email") },
    });
    const ok = await post({ email: "kim@example.org" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      erased: { leadIds: [expect.any(String)], outboxRows: 0 },
    });
    expect(await store.leads.list()).toEqual([]);
  });
});
