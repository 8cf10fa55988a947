import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../../support/app.ts";
import { directLineClient } from "../../support/directline-server.ts";

let running: RunningApp;
beforeAll(async () => {
  running = await startApp();
});
afterAll(() => running.close());

describe("'delete my data' in the website chat", () => {
  it("erases what the chat stored of the conversation and keeps the chat working", async () => {
    const dl = directLineClient(running.baseUrl);
    const { body: ticket } = await dl.token();
    const { body: started } = await dl.start(ticket.token);
    const id = started.conversationId as string;
    const say = (text: string) =>
      dl.post(ticket.token, id, { type: "message", from: { id: "visitor" }, text });
    await say("we're 50 staff and our office manager does the IT");
    const before = await dl.poll(ticket.token, id);
    expect(JSON.stringify(before.body.activities)).toContain("office manager");

    await say("delete my data");
    await say("yes");
    const after = await dl.poll(ticket.token, id);
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.body.activities)).not.toContain("office manager");
    expect(
      after.body.activities.some(
        (a: { text?: string }) => a.text === running.app.services.copy("privacy.delete.done"),
      ),
    ).toBe(true);
  });
});
