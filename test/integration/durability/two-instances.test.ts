import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  profileOf,
  sayTo,
  startAdvisorProcess,
  type AdvisorProcess,
} from "../../support/advisor-process.ts";
import { directLineClient } from "../../support/directline-server.ts";
import { startPostgres, type PostgresServer } from "../../support/postgres-server.ts";

let postgres: PostgresServer;
let a: AdvisorProcess;
let b: AdvisorProcess;

beforeAll(async () => {
  postgres = await startPostgres();
  const env = { DATABASE_URL: await postgres.createDatabase() };
  [a, b] = await Promise.all([startAdvisorProcess(env), startAdvisorProcess(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await postgres?.stop();
});

describe("two advisor instances on one PostgreSQL", () => {
  it(
    "completes one conversation whose turns alternate between them",
    { timeout: 60_000 },
    async () => {
      const conversation = "alternating-1";
      const turns = [
        "hi",
        "we have 140 employees",
        "four people in IT",
        "cloud and compliance are the gaps",
        "they're stretched most weeks",
      ];
      for (const [i, text] of turns.entries())
        await sayTo((i % 2 === 0 ? a : b).url, conversation, text);
      expect(await profileOf(a.url, conversation)).toMatchObject({
        employees: 140,
        itStaff: 4,
        burnoutRisk: "medium",
        skillsGaps: expect.arrayContaining(["cloud", "compliance"]),
      });
    },
  );

  it(
    "loses no update when two turns of one conversation race on the two instances",
    { timeout: 60_000 },
    async () => {
      const conversation = "racing-1";
      await sayTo(a.url, conversation, "hello");
      await Promise.all([
        sayTo(a.url, conversation, "we have 75 staff"),
        sayTo(b.url, conversation, "our IT person is completely burnt out"),
      ]);
      expect(await profileOf(b.url, conversation)).toMatchObject({
        employees: 75,
        burnoutRisk: "high",
      });
    },
  );

  it(
    "serves the website chat from either instance: post to one, poll the other",
    { timeout: 60_000 },
    async () => {
      const onA = directLineClient(a.url);
      const onB = directLineClient(b.url);
      const { body: ticket } = await onA.token();
      const started = await onA.start(ticket.token);
      expect(started.status).toBeLessThan(300);
      const conversationId = started.body.conversationId as string;
      const posted = await onA.post(ticket.token, conversationId, {
        type: "message",
        from: { id: "visitor" },
        text: "we have 60 staff and 2 in IT",
        channelData: { clientActivityID: "client-1" },
      });
      expect(posted.status).toBe(200);
      const polled = await onB.poll(ticket.token, conversationId);
      expect(polled.status).toBe(200);
      const activities = polled.body.activities as Array<{
        from: { id: string };
        text?: string;
        channelData?: any;
      }>;
      expect(activities.some((x) => x.channelData?.clientActivityID === "client-1")).toBe(true);
      expect(activities.some((x) => x.from.id !== "visitor" && x.text)).toBe(true);
    },
  );
});
