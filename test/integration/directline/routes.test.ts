import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signToken } from "../../../src/directline/index.ts";
import {
  directLineClient,
  startDirectLineServer,
  type DirectLineServer,
} from "../../support/directline-server.ts";

const SECRET = "integration-token-secret";
let server: DirectLineServer;
let dl: ReturnType<typeof directLineClient>;

beforeAll(async () => {
  server = await startDirectLineServer({
    env: {
      DIRECT_LINE_TOKEN_SECRET: SECRET,
      MAX_BODY_BYTES: "4096",
      MAX_MESSAGE_CHARS: "300",
      RATE_LIMIT_PER_MINUTE: "1000",
      CORS_ORIGINS: "https://www.example.com",
    },
  });
  dl = directLineClient(server.baseUrl);
});
afterAll(() => server.close());

const expectContractError = (body: unknown, code: string) => {
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
};

/** A started conversation: its token, id and the welcome's watermark. */
async function started() {
  const issued = await dl.token();
  expect(issued.status).toBe(200);
  const { token, conversationId } = issued.body as { token: string; conversationId: string };
  const start = await dl.start(token);
  expect(start.status).toBe(200);
  return { token: start.body.token as string, conversationId };
}

describe("POST /api/directline/token (self-hosted)", () => {
  it("issues a signed token with a conversation id and an expiry, never cached", async () => {
    const { status, body, headers } = await dl.token();
    expect(status).toBe(200);
    expect(body).toEqual({
      conversationId: expect.any(String),
      token: expect.any(String),
      expires_in: 1800,
    });
    expect(body).not.toHaveProperty("domain");
    expect(headers.get("cache-control")).toBe("no-store");
  });
});

describe("a Direct Line conversation over HTTP", () => {
  it("starts with the bot's welcome, then echoes a message with the bot's reply after the watermark", async () => {
    const { token, conversationId } = await started();
    const first = await dl.poll(token, conversationId);
    expect(first.status).toBe(200);
    expect(first.body.watermark).toBe("1");
    expect(first.body.activities).toEqual([
      expect.objectContaining({
        type: "message",
        text: "Welcome",
        id: `${conversationId}|0000001`,
        timestamp: expect.any(String),
        from: expect.objectContaining({ id: "advisor", role: "bot" }),
        channelId: "webchat",
      }),
    ]);

    const posted = await dl.post(token, conversationId, {
      type: "message",
      text: "we're 80 people with 2 IT staff",
      from: { id: "r_random", name: "" },
      channelData: { clientActivityID: "client-123", clientTimestamp: new Date().toISOString() },
      locale: "en-GB",
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ id: `${conversationId}|0000002` });

    const next = await dl.poll(token, conversationId, first.body.watermark);
    expect(next.body.watermark).toBe("3");
    const [echo, reply] = next.body.activities;
    expect(echo).toMatchObject({
      id: posted.body.id,
      type: "message",
      text: "we're 80 people with 2 IT staff",
      channelData: { clientActivityID: "client-123" },
      from: { role: "user" },
      timestamp: expect.any(String),
    });
    expect(echo.from.id).toMatch(/^dl_/);
    expect(reply).toMatchObject({
      text: "You said: we're 80 people with 2 IT staff",
      replyToId: posted.body.id,
      from: { id: "advisor" },
    });

    expect((await dl.poll(token, conversationId, "3")).body).toEqual({
      activities: [],
      watermark: "3",
    });
  });

  it("reconnects to a conversation (GET) without a second welcome, and replays its history from the start", async () => {
    const { token, conversationId } = await started();
    await dl.post(token, conversationId, { type: "message", text: "hello" });
    const again = await dl.reconnect(token, conversationId);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      conversationId,
      token: expect.any(String),
      expires_in: 1800,
    });
    const history = await dl.poll(again.body.token, conversationId);
    expect(history.body.activities.map((activity: { text: string }) => activity.text)).toEqual([
      "Welcome",
      "hello",
      "You said: hello",
    ]);
  });

  it("passes an Adaptive Card submit (a message with a value and no text) to the bot", async () => {
    const { token, conversationId } = await started();
    await dl.post(token, conversationId, { type: "message", value: { action: "start" } });
    const { body } = await dl.poll(token, conversationId, "1");
    expect(body.activities.at(-1).text).toBe('You said: {"action":"start"}');
  });

  it("hands an over-long message to the bot (whose guard answers it) rather than refusing it", async () => {
    const { token, conversationId } = await started();
    const posted = await dl.post(token, conversationId, {
      type: "message",
      text: "x".repeat(1000),
    });
    expect(posted.status).toBe(200);
  });

  it("refreshes a token with the empty, type-less POST Direct Line clients send", async () => {
    const { token } = await started();
    const refreshed = await dl.refresh(token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ token: expect.any(String), expires_in: 1800 });
  });
});

describe("refusals, all in the contract's error shape", () => {
  it("401 without a token", async () => {
    const { conversationId } = await started();
    const { status, body } = await dl.poll("", conversationId);
    expect(status).toBe(401);
    expectContractError(body, "unauthorized");
  });

  it("403 when one visitor's token reads or posts to another conversation", async () => {
    const mine = await started();
    const theirs = await started();
    const read = await dl.poll(mine.token, theirs.conversationId);
    expect(read.status).toBe(403);
    expectContractError(read.body, "forbidden");
    const write = await dl.post(mine.token, theirs.conversationId, { type: "message", text: "hi" });
    expect(write.status).toBe(403);
    expect((await dl.reconnect(mine.token, theirs.conversationId)).status).toBe(403);
    expect((await dl.poll(theirs.token, theirs.conversationId)).body.activities).toHaveLength(1);
  });

  it("403 for an expired token and for a forged one", async () => {
    const { conversationId, token } = await started();
    const user = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString())
      .user as string;
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = signToken({ conv: conversationId, user, iat: past - 1800, exp: past }, SECRET);
    const stale = await dl.poll(expired, conversationId);
    expect(stale.status).toBe(403);
    expect(stale.body.error.message).toMatch(/expired/);
    const forged = signToken(
      { conv: conversationId, user, iat: past, exp: past + 99_999 },
      "not-the-secret",
    );
    expect((await dl.poll(forged, conversationId)).status).toBe(403);
  });

  it("404 for a conversation that was never started, and for an unknown route", async () => {
    const { body } = await dl.token();
    const unknown = await dl.poll(body.token, body.conversationId);
    expect(unknown.status).toBe(404);
    expectContractError(unknown.body, "not_found");
    const upload = await dl.call(
      "POST",
      `/v3/directline/conversations/${body.conversationId}/upload`,
      { token: body.token, body: {} },
    );
    expect(upload.status).toBe(404);
  });

  it("400 naming the field for an activity with no type, and for a body that is not an object", async () => {
    const { token, conversationId } = await started();
    const typeless = await dl.post(token, conversationId, { text: "hi" });
    expect(typeless.status).toBe(400);
    expect(typeless.body.error.message).toContain('"type"');
    expect((await dl.post(token, conversationId, "[1,2]")).status).toBe(400);
  });

  it("413 for a body over MAX_BODY_BYTES", async () => {
    const { token, conversationId } = await started();
    const { status, body } = await dl.post(token, conversationId, {
      type: "message",
      text: "y".repeat(5000),
    });
    expect(status).toBe(413);
    expectContractError(body, "payload_too_large");
  });
});

describe("CORS for a widget on another site", () => {
  it("lets an allowed origin send the Authorization and x-ms-bot-agent headers", async () => {
    const response = await fetch(`${server.baseUrl}/v3/directline/conversations`, {
      method: "OPTIONS",
      headers: {
        origin: "https://www.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type,x-ms-bot-agent",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://www.example.com");
    const allowed = (response.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const header of ["authorization", "content-type", "x-ms-bot-agent"])
      expect(allowed).toContain(header);
  });

  it("gives other origins no CORS headers", async () => {
    const response = await fetch(`${server.baseUrl}/api/directline/token`, {
      method: "POST",
      headers: { origin: "https://evil.example.net", "content-type": "application/json" },
      body: "{}",
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("limits on new conversations", () => {
  it("429 with Retry-After once an address has started too many in a minute", async () => {
    const limited = await startDirectLineServer({ env: { RATE_LIMIT_PER_MINUTE: "3" } });
    try {
      const client = directLineClient(limited.baseUrl);
      for (let i = 0; i < 3; i += 1) expect((await client.token()).status).toBe(200);
      const refused = await client.token();
      expect(refused.status).toBe(429);
      expectContractError(refused.body, "rate_limited");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
