import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson, startApp, type RunningApp } from "../../support/app.ts";
import { expectRepliesMessage } from "../../support/message-activity.ts";

let running: RunningApp;
beforeAll(async () => {
  running = await startApp();
});
afterAll(() => running.close());

let counter = 0;
/** One visitor on one channel, talking over real HTTP with deliveryMode expectReplies. */
function visitor(channelId = "webchat") {
  const conversationId = `http-conv-${++counter}`;
  return async (text: string) => {
    const { status, body } = await postJson(
      `${running.baseUrl}/api/messages`,
      expectRepliesMessage({ conversationId, text, channelId }),
    );
    expect(status).toBe(200);
    return body.activities as Array<{
      type: string;
      name?: string;
      text?: string;
      value?: any;
      attachments?: any[];
    }>;
  };
}

describe("POST /api/messages with expectReplies", () => {
  it("runs a whole assessment: facts, recap, recommendation card and event", async () => {
    const say = visitor();
    const recap = await say(
      "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security",
    );
    expect(recap.some((a) => a.text?.includes("right"))).toBe(true);
    const result = await say("yes");
    expect(
      result.some(
        (a) => a.attachments?.[0]?.contentType === "application/vnd.microsoft.card.adaptive",
      ),
    ).toBe(true);
    const event = result.find((a) => a.type === "event" && a.name === "advisor.recommendation");
    expect(event?.value.recommendation.model).toBe("co-managed");
    expect(event?.value.profile).toMatchObject({ employees: 80, itStaff: 1 });
  });

  it("keeps the event off msteams", async () => {
    const say = visitor("msteams");
    await say("we're 80 people, one IT guy, he's drowning and nobody knows Azure or security");
    const result = await say("yes");
    expect(result.some((a) => a.type === "event")).toBe(false);
  });

  it("answers an FAQ over HTTP", async () => {
    const say = visitor();
    const replies = await say("what happens at weekends if something breaks?");
    expect(replies.map((a) => a.text).join(" ")).toMatch(/\w/);
  });
});

describe("malformed activities", () => {
  it("are a 400, never a 500", async () => {
    const url = `${running.baseUrl}/api/messages`;
    for (const body of [
      "[]",
      "{not json",
      '{"text":"no type"}',
      '"a string"',
      '{"type":""}',
      '{"type":"message"}',
    ]) {
      const { status, body: reply } = await postJson(url, body);
      expect(status, body).toBe(400);
      expect(reply.error.code).toBe("bad_request");
    }
  });
});

describe("with MicrosoftAppId set", () => {
  it("refuses requests with no Authorization header or a malformed token (401)", async () => {
    const secured = await startApp({
      MicrosoftAppId: "00000000-1111-2222-3333-444444444444",
      MicrosoftAppPassword: "secret",
    });
    try {
      const activity = {
        type: "message",
        channelId: "webchat",
        serviceUrl: "http://127.0.0.1:1/unused",
        conversation: { id: "secured-1" },
        from: { id: "u" },
        recipient: { id: "advisor" },
        text: "hello",
      };
      const none = await postJson(`${secured.baseUrl}/api/messages`, activity);
      expect(none.status).toBe(401);
      expect(none.body.error.code).toBe("unauthorized");
      const malformed = await postJson(`${secured.baseUrl}/api/messages`, activity, {
        authorization: "Bearer not.a.jwt",
      });
      expect(malformed.status).toBe(401);
    } finally {
      await secured.close();
    }
  });
});
