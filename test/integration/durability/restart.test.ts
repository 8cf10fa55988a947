import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { profileOf, sayTo, startAdvisorProcess } from "../../support/advisor-process.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.each(["SIGTERM", "SIGKILL"] as const)(
  "the embedded store across a restart (%s)",
  (signal) => {
    it("continues the same conversation where it was", { timeout: 120_000 }, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "advisor-restart-"));
      dirs.push(dataDir);
      const conversation = `restart-${signal}`;
      const first = await startAdvisorProcess({ DATA_DIR: dataDir });
      await sayTo(first.url, conversation, "we're a company of 90 people");
      await sayTo(first.url, conversation, "2 in IT");
      await first.stop(signal);

      const second = await startAdvisorProcess({ DATA_DIR: dataDir });
      try {
        const replies = await sayTo(
          second.url,
          conversation,
          "security and backups are our weak spots",
        );
        expect(replies.some((a) => a.type === "message")).toBe(true);
        expect(await profileOf(second.url, conversation)).toMatchObject({
          employees: 90,
          itStaff: 2,
          skillsGaps: expect.arrayContaining(["cybersecurity", "backup"]),
        });
      } finally {
        await second.stop();
      }
    });
  },
);
