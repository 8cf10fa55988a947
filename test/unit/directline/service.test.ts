import { describe, expect, it } from "vitest";
import {
  createDirectLineService,
  createMemoryDirectLineStore,
  DirectLineError,
  type ActivityJson,
  type DeliverActivity,
  type DirectLineOptions,
} from "../../../src/directline/index.ts";

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);

/** A service over a memory store with a clock the test moves and a bot that records what it got. */
function setUp(overrides: Partial<DirectLineOptions> = {}) {
  const clock = { now: T0 };
  const received: ActivityJson[] = [];
  const deliver: DeliverActivity = async (activity) => {
    received.push(activity);
    if (activity.type === "conversationUpdate") return [{ type: "message", text: "Welcome" }];
    if (activity.type === "event") return [];
    return [
      { type: "typing" },
      {
        type: "message",
        text: `You said: ${String(activity.text)}`,
        serviceUrl: "x",
        deliveryMode: "expectReplies",
      },
      {
        type: "event",
        name: "advisor.recommendation",
        value: { profile: {}, recommendation: { model: "managed" } },
      },
    ];
  };
  const store = createMemoryDirectLineStore();
  const service = createDirectLineService({
    store,
    deliver,
    bot: { id: "advisor", name: "Northwind IT" },
    tokenSecret: "s3cret",
    pollHoldMs: 0,
    now: () => clock.now,
    ...overrides,
  });
  const begin = async () => {
    const ticket = await service.issueToken();
    const claims = await service.authorise(ticket.token);
    await service.start(claims);
    return { ticket, claims };
  };
  return { clock, received, service, store, begin };
}

const statusOf = async (work: Promise<unknown>): Promise<number> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof DirectLineError) return error.status;
    throw error;
  }
  return 200;
};

describe("the self-hosted Direct Line service", () => {
  it("issues a token for a new conversation with a dl_ user id and the expiry", async () => {
    const { service } = setUp();
    const ticket = await service.issueToken();
    expect(ticket.expires_in).toBe(1800);
    const claims = await service.authorise(ticket.token);
    expect(claims.conv).toBe(ticket.conversationId);
    expect(claims.user).toMatch(/^dl_/);
  });

  it("welcomes the visitor once when the conversation starts, however often it is started", async () => {
    const { service, received, begin } = setUp();
    const { claims, ticket } = await begin();
    await service.start(claims);
    const updates = received.filter((activity) => activity.type === "conversationUpdate");
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      channelId: "webchat",
      conversation: { id: ticket.conversationId },
      membersAdded: [{ id: claims.user }],
      recipient: { id: "advisor" },
    });
    const { activities, watermark } = await service.activities(claims, undefined);
    expect(activities.map((activity) => activity.text)).toEqual(["Welcome"]);
    expect(watermark).toBe("1");
  });

  it("echoes the visitor's message with an id, a timestamp and its clientActivityID, then the bot's replies", async () => {
    const { service, clock, received, begin } = setUp();
    const { claims, ticket } = await begin();
    clock.now += 1000;
    const { id } = await service.post(claims, {
      type: "message",
      text: "we're 80 people",
      channelData: { clientActivityID: "client-1" },
      from: { name: "Visitor" },
    });
    expect(id).toBe(`${ticket.conversationId}|0000002`);
    expect(received.at(-1)).toMatchObject({
      id,
      text: "we're 80 people",
      from: { id: claims.user, role: "user" },
    });

    const { activities, watermark } = await service.activities(claims, "1");
    expect(watermark).toBe("4");
    const [echo, reply, event] = activities;
    expect(echo).toMatchObject({
      id,
      type: "message",
      text: "we're 80 people",
      timestamp: new Date(clock.now).toISOString(),
      channelData: { clientActivityID: "client-1" },
      from: { id: claims.user, name: "Visitor", role: "user" },
      conversation: { id: ticket.conversationId },
      channelId: "webchat",
    });
    expect(reply).toMatchObject({
      id: `${ticket.conversationId}|0000003`,
      text: "You said: we're 80 people",
      from: { id: "advisor", name: "Northwind IT", role: "bot" },
      replyToId: id,
      timestamp: expect.any(String),
    });
    expect(reply).not.toHaveProperty("serviceUrl");
    expect(reply).not.toHaveProperty("deliveryMode");
    expect(Date.parse(String(reply?.timestamp))).toBeGreaterThan(
      Date.parse(String(echo?.timestamp)),
    );
    expect(event).toMatchObject({
      type: "event",
      name: "advisor.recommendation",
      value: { recommendation: { model: "managed" } },
    });
    expect(activities.some((activity) => activity.type === "typing")).toBe(false);
  });

  it("ignores a client's own id, sender id and timestamp", async () => {
    const { service, begin } = setUp();
    const { claims } = await begin();
    await service.post(claims, {
      type: "message",
      text: "hi",
      ...({ id: "mine", timestamp: "1999" } as object),
    });
    const [echo] = (await service.activities(claims, "1")).activities;
    expect(echo?.id).not.toBe("mine");
    expect(echo?.timestamp).not.toBe("1999");
    expect(echo?.from).toEqual({ id: claims.user, role: "user" });
  });

  it("gives typing activities an id without storing them or waking the bot", async () => {
    const { service, received, begin } = setUp();
    const { claims } = await begin();
    const before = received.length;
    const { id } = await service.post(claims, { type: "typing" });
    expect(id).toContain("|");
    expect(received).toHaveLength(before);
    expect((await service.activities(claims, "1")).activities).toEqual([]);
  });

  it("keeps the stream going when the bot's turn throws", async () => {
    const { service, begin } = setUp({
      deliver: async (activity) => {
        if (activity.type === "message") throw new Error("boom");
        return [];
      },
    });
    const { claims } = await begin();
    const { id } = await service.post(claims, { type: "message", text: "hi" });
    expect(
      (await service.activities(claims, "0")).activities.map((activity) => activity.id),
    ).toEqual([id]);
  });

  it("answers a poll with nothing new with the same watermark", async () => {
    const { service, begin } = setUp();
    const { claims } = await begin();
    expect(await service.activities(claims, "1")).toEqual({ activities: [], watermark: "1" });
    expect((await service.activities(claims, "not-a-number")).watermark).toBe("1");
  });

  it("wakes a held poll as soon as the turn's activities are stored", async () => {
    const { service, begin } = setUp({ pollHoldMs: 5000, now: Date.now });
    const { claims } = await begin();
    const started = performance.now();
    const poll = service.activities(claims, "1");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await service.post(claims, { type: "message", text: "hello" });
    const { activities } = await poll;
    expect(activities.map((activity) => activity.text)).toEqual([
      "hello",
      "You said: hello",
      undefined,
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("releases a held poll when its request goes away", async () => {
    const { service, begin } = setUp({ pollHoldMs: 10_000, now: Date.now });
    const { claims } = await begin();
    const gone = new AbortController();
    const poll = service.activities(claims, "1", gone.signal);
    gone.abort();
    await expect(poll).resolves.toEqual({ activities: [], watermark: "1" });
  });

  it("keeps only the newest activities per conversation", async () => {
    const { service, begin } = setUp({ maxActivitiesPerConversation: 4 });
    const { claims } = await begin();
    await service.post(claims, { type: "message", text: "one" });
    await service.post(claims, { type: "message", text: "two" });
    const { activities } = await service.activities(claims, "0");
    // welcome 1; "one" 2, reply 3, event 4; "two" 5, reply 6, event 7: the newest four remain.
    expect(activities.map((activity) => String(activity.id).split("|")[1])).toEqual([
      "0000004",
      "0000005",
      "0000006",
      "0000007",
    ]);
    expect(activities[1]?.text).toBe("two");
  });

  describe("refusals", () => {
    it("401 without a token, 403 for a bad or expired one", async () => {
      const { service, clock } = setUp();
      expect(await statusOf(service.authorise(undefined))).toBe(401);
      expect(await statusOf(service.authorise("not.a.token"))).toBe(403);
      const { token } = await service.issueToken();
      clock.now += 1801 * 1000;
      expect(await statusOf(service.authorise(token))).toBe(403);
    });

    it("403 when a token is used for another conversation's path", async () => {
      const { service, begin } = setUp();
      const first = await begin();
      const second = await begin();
      expect(
        await statusOf(service.authorise(first.ticket.token, second.ticket.conversationId)),
      ).toBe(403);
      expect(
        await statusOf(service.authorise(first.ticket.token, first.ticket.conversationId)),
      ).toBe(200);
    });

    it("404 for a conversation that was never started", async () => {
      const { service } = setUp();
      const claims = await service.authorise((await service.issueToken()).token);
      expect(await statusOf(service.activities(claims, undefined))).toBe(404);
      expect(await statusOf(service.post(claims, { type: "message", text: "hi" }))).toBe(404);
      expect(await statusOf(service.refresh(claims))).toBe(404);
    });

    it("404 once a conversation has been idle too long, and its activities are deleted", async () => {
      const { service, store, clock, begin } = setUp({
        idleTtlSeconds: 600,
        tokenTtlSeconds: 3600,
      });
      const { claims } = await begin();
      clock.now += 601 * 1000;
      expect(await statusOf(service.activities(claims, undefined))).toBe(404);
      expect(await store.getConversation(claims.conv)).toBeNull();
    });

    it("a refresh keeps a quiet conversation alive and gives a later expiry", async () => {
      const { service, clock, begin } = setUp({ idleTtlSeconds: 600, tokenTtlSeconds: 3600 });
      const { claims } = await begin();
      clock.now += 500 * 1000;
      const refreshed = await service.refresh(claims);
      clock.now += 500 * 1000;
      const again = await service.authorise(refreshed.token, claims.conv);
      expect(again.exp).toBeGreaterThan(claims.exp);
      expect(await statusOf(service.activities(again, undefined))).toBe(200);
    });
  });

  it("generates the token secret once and keeps it in the store when none is configured", async () => {
    const store = createMemoryDirectLineStore();
    const options = { store, deliver: async () => [], bot: { id: "advisor" } };
    const first = createDirectLineService(options);
    const { token } = await first.issueToken();
    const second = createDirectLineService(options);
    await expect(second.authorise(token)).resolves.toMatchObject({
      user: expect.stringMatching(/^dl_/),
    });
    expect((await store.tokenSecret("ignored")).length).toBeGreaterThanOrEqual(32);
  });
});
