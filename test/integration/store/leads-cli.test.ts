import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeadSchema } from "../../../src/core/leads/index.ts";
import { createStore } from "../../../src/store/index.ts";
import { freePort } from "../../support/free-port.ts";
import { aLead } from "../../support/lead-builder.ts";
import { freshDataDir } from "../../support/pglite-data-dir.ts";
import { startPostgres, type PostgresServer } from "../../support/postgres-server.ts";
import { runScript, startScript } from "../../support/run-script.ts";
import { silentLogger } from "../../support/silent-logger.ts";

const tricky = aLead({
  createdAt: "2026-03-01T09:00:00.000Z",
  contact: {
    name: "@Robin Tricky",
    email: "robin@tricky.example",
    company: '=HYPERLINK("http://x.example","go")',
    phone: "+44 20 7946 0000",
  },
  summary: '-2+3, says "hello"\nsecond line',
});
const viaServer = aLead({
  createdAt: "2026-03-02T09:00:00.000Z",
  contact: { email: "server.erase@example.org" },
});
const direct = aLead({
  createdAt: "2026-03-03T09:00:00.000Z",
  contact: { email: "direct.erase@example.org" },
});

// Each test starts one to five processes (~1 s each when idle): allow for a busy machine.
describe("npm run leads and npm run report on the embedded store", { timeout: 120_000 }, () => {
  let data: Awaited<ReturnType<typeof freshDataDir>>;
  let env: Record<string, string>;
  const leads = (...args: string[]) => runScript("scripts/leads.ts", args, env);

  beforeAll(async () => {
    data = await freshDataDir();
    env = {
      DATA_DIR: data.dir,
      PORT: String(await freePort()),
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
    };
    const store = await createStore({ dataDir: data.dir, logger: silentLogger() });
    for (const lead of [tricky, viaServer, direct])
      await store.leads.commit(lead, { conversationId: lead.leadId });
    await store.recordEvent({ kind: "recommendation", model: "co-managed", day: "2026-03-01" });
    await store.recordEvent({ kind: "faq_answered", faqId: "cost", day: "2026-03-01" });
    await store.close();
  });
  afterAll(() => data.remove());

  it("opens the data directory itself when no server holds it, and frees it again", async () => {
    const result = await leads("list");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("robin@tricky.example");
    expect(result.stdout.trim().split("\n")).toHaveLength(3);
    expect(result.stderr).toContain("3 lead(s), read from the database.");
    expect(existsSync(join(data.dir, ".lock"))).toBe(false);
  });

  it("exports CSV with formula-like cells neutralised", async () => {
    const { code, stdout } = await leads("export", "--format", "csv");
    expect(code).toBe(0);
    const [header, first] = stdout.split("\r\n");
    expect(header).toBe(
      "leadId,createdAt,channel,name,email,company,phone,model,confidence,meetingPreference,noticeVersion,contactConsentAt,marketingOptIn,summary",
    );
    expect(first).toContain(
      `,'@Robin Tricky,robin@tricky.example,"'=HYPERLINK(""http://x.example"",""go"")",'+44 20 7946 0000,`,
    );
    expect(first).toContain(`"'-2+3, says ""hello""\nsecond line"`);
  });

  it("exports JSON that parses back to the contract's leads", async () => {
    const { code, stdout } = await leads("export", "--format", "json");
    expect(code).toBe(0);
    expect(LeadSchema.array().parse(JSON.parse(stdout))).toEqual([tricky, viaServer, direct]);
  });

  it("prints usage for a bad command", async () => {
    for (const args of [
      ["erase", "--email", "not-an-email"],
      ["export", "--format", "xml"],
    ]) {
      const result = await leads(...args);
      expect(result.code).toBe(64);
      expect(result.stderr).toContain("Usage: npm run leads");
    }
  });

  it("goes through the admin endpoint while the server holds the data directory", async () => {
    const server = await startScript("test/support/admin-server.ts", env);
    try {
      expect(existsSync(join(data.dir, ".lock"))).toBe(true);
      const listed = await leads("list");
      expect(listed.code).toBe(0);
      expect(listed.stderr).toContain("3 lead(s), read through the running server.");

      const erased = await leads("erase", "--email", "SERVER.erase@example.org");
      expect(erased.stdout).toContain("Erased for SERVER.erase@example.org: 1 lead(s)");

      const report = await runScript("scripts/report.ts", ["--json"], env);
      expect(report.code).toBe(0);
      expect(JSON.parse(report.stdout)).toMatchObject({
        totals: { recommendation: 1 },
        faqById: { cost: 1 },
      });
    } finally {
      await server.stop();
    }
    const after = await leads("export", "--format", "json");
    expect(
      (JSON.parse(after.stdout) as Array<{ leadId: string }>).map((lead) => lead.leadId),
    ).toEqual([tricky.leadId, direct.leadId]);
  });

  it("erases directly when no server runs, and prints the report without personal data", async () => {
    const erased = await leads("erase", "--email", "direct.erase@example.org");
    expect(erased.code).toBe(0);
    expect(erased.stdout).toContain("1 lead(s), 0 outbox row(s)");
    expect((await leads("erase", "--email", "direct.erase@example.org")).stdout).toContain(
      "Nothing stored mentions",
    );

    const report = await runScript("scripts/report.ts", [], env);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/recommendation\s+1/);
    expect(report.stdout).toMatch(/2026-03-01\s+1 \/ 0: cost 1/);
    expect(report.stdout).not.toMatch(/@|Robin|tricky/i);
  });

  it("says clearly that the data directory is in use when the server cannot be reached", async () => {
    const server = await startScript("test/support/admin-server.ts", env);
    try {
      const result = await runScript("scripts/leads.ts", ["list"], {
        ...env,
        PORT: String(await freePort()),
      });
      expect(result.code).toBe(75);
      expect(result.stderr).toMatch(
        new RegExp(
          `The data directory .* is in use by process ${server.child.pid}; its admin endpoint failed`,
        ),
      );
      expect(result.stdout).toBe("");
    } finally {
      await server.stop();
    }
  });
});

describe("npm run leads with DATABASE_URL", { timeout: 120_000 }, () => {
  let postgres: PostgresServer;
  beforeAll(async () => {
    postgres = await startPostgres();
  });
  afterAll(() => postgres.stop());

  it("talks to PostgreSQL directly", async () => {
    const url = await postgres.createDatabase();
    const store = await createStore({
      databaseUrl: url,
      dataDir: "/nonexistent",
      logger: silentLogger(),
    });
    await store.leads.commit(tricky);
    await store.close();
    const env = { DATABASE_URL: url, DATA_DIR: "/nonexistent", LOG_LEVEL: "warn" };
    const listed = await runScript("scripts/leads.ts", ["list"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("robin@tricky.example");
    expect(listed.stderr).toContain("1 lead(s), read from the database.");
    const erased = await runScript(
      "scripts/leads.ts",
      ["erase", "--email", "robin@tricky.example"],
      env,
    );
    expect(erased.stdout).toContain("1 lead(s)");
  });
});
