import { MemoryStorage, TestAdapter, type Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { createAdvisorServices } from "../../../src/app/services.ts";
import { AdvisorBot } from "../../../src/channel/bot.ts";
import { loadConfig } from "../../../src/config/index.ts";
import { createLogger } from "../../../src/logging/index.ts";
import { createHarness, testCore, texts } from "../../support/conversation.ts";
import { TEAMS, aTeamsUser, channelThread, teamsMessage } from "../../support/teams-activity.ts";

/**
 * The real Teams gateway, run where the connector cannot be reached (botbuilder's TestAdapter has
 * no connector client and no proactive messaging): every Teams call must fail politely.
 */
describe("the real Teams gateway without a connector", () => {
  it("falls back to the sender's display name when the member lookup fails", async () => {
    const chat = createHarness({ channelId: "msteams" });
    const { copy } = chat.services;
    await chat.send("hi");
    const talk = await chat.send("talk");
    expect(texts(talk).at(-1)).toBe(copy("handoff.useKnownName", { name: "Visitor" }));
  });

  it("says so in a channel when it cannot open a personal chat, and asks nothing personal there", async () => {
    const services = createAdvisorServices(loadConfig({}), testCore());
    const { copy } = services;
    const bot = new AdvisorBot({
      storage: new MemoryStorage(),
      services,
      logger: createLogger({ level: "silent" }),
    });
    // Only the channel id is fixed, so each activity keeps its Teams conversation and recipient.
    const adapter = new TestAdapter(async (context) => bot.run(context), { channelId: "msteams" });
    const send = async (activity: Partial<Activity>) => {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(activity);
      return adapter.activeQueue.splice(0);
    };
    const sam = aTeamsUser();
    const thread = channelThread();
    const replies = await send(teamsMessage(thread, sam, "talk", { mention: true }));
    expect(texts(replies)).toEqual([
      copy("welcome.intro"),
      copy("welcome.privacy"),
      copy("welcome.mention", { name: TEAMS.bot.name }),
      copy("handoff.private.failed"),
    ]);
    expect(replies.every((a) => a.conversation?.id === thread.id)).toBe(true);
    expect(await send(teamsMessage(thread, sam, "talk"))).toEqual([]);
  });
});
