import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LeadSchema } from "../../../src/core/leads/index.ts";
import { sayTo, startAdvisorProcess } from "../../support/advisor-process.ts";
import { startWebhookReceiver } from "../../support/webhook-receiver.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("a visitor asks for a call, on the running advisor with a CRM webhook", () => {
  it(
    "delivers one signed lead in the contract's shape, after a failed first attempt",
    { timeout: 120_000 },
    async () => {
      const secret = "test-webhook-secret";
      const receiver = await startWebhookReceiver({ secret, failFirst: 1 });
      const dataDir = mkdtempSync(join(tmpdir(), "advisor-lead-"));
      dirs.push(dataDir);
      const advisor = await startAdvisorProcess({
        DATA_DIR: dataDir,
        LEAD_WEBHOOK_URL: receiver.url,
        LEAD_WEBHOOK_SECRET: secret,
      });
      try {
        const conversation = "lead-1";
        for (const text of [
          "we're 70 people with one IT guy who is drowning",
          "I'd like to talk to someone",
          "Sam Taylor",
          "sam.taylor@example.co.uk",
          "Taylor & Co",
          "skip",
          "A video call",
          "yes",
          "no",
        ]) {
          await sayTo(advisor.url, conversation, text);
        }
        const deadline = Date.now() + 60_000;
        while (!receiver.received.some((r) => r.status === 200) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        const delivered = receiver.received.filter((r) => r.status === 200);
        expect(delivered).toHaveLength(1);
        expect(receiver.received[0]?.status).toBe(503);
        const lead = LeadSchema.parse(JSON.parse(delivered[0]?.body ?? "{}"));
        expect(lead.contact).toEqual({
          name: "Sam Taylor",
          email: "sam.taylor@example.co.uk",
          company: "Taylor & Co",
        });
        expect(lead.consent.marketingOptIn).toBe(false);
        expect(lead.profile).toMatchObject({ employees: 70, itStaff: 1 });
        expect(delivered[0]?.headers["idempotency-key"]).toBe(lead.leadId);
        expect(delivered[0]?.signatureValid).toBe(true);
      } finally {
        await advisor.stop();
        await receiver.close();
      }
    },
  );
});
