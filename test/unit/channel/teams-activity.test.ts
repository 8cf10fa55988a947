import type { Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import {
  botWasAdded,
  conversationKind,
  mentionsBot,
  personOf,
  stripBotMention,
} from "../../../src/channel/teams-activity.ts";
import {
  TEAMS,
  aTeamsUser,
  channelThread,
  groupChat,
  personalChat,
  teamsMembersAdded,
  teamsMessage,
} from "../../support/teams-activity.ts";

const sam = aTeamsUser();

describe("conversationKind", () => {
  it.each([
    [personalChat(sam), "personal"],
    [groupChat(), "groupChat"],
    [channelThread(), "channel"],
  ] as const)("reads %o as %s", (conversation, kind) => {
    expect(conversationKind(teamsMessage(conversation, sam, "hi"))).toBe(kind);
  });

  it("falls back to isGroup when conversationType is missing", () => {
    expect(
      conversationKind({ conversation: { id: "x", isGroup: true } as Activity["conversation"] }),
    ).toBe("groupChat");
    expect(conversationKind({})).toBe("personal");
  });
});

describe("stripBotMention", () => {
  it("takes out every mention of the bot and keeps other people's names as words", () => {
    const activity = teamsMessage(
      channelThread(),
      sam,
      "ask <at>Advisor</at> whether <at>Alex Morgan</at> should call",
      { mention: true },
    );
    expect(mentionsBot(activity)).toBe(true);
    stripBotMention(activity);
    expect(activity.text).toBe("ask whether Alex Morgan should call");
  });

  it.each<[string, Partial<Activity>, boolean]>([
    [
      "no recipient",
      { ...teamsMessage(channelThread(), sam, "hello", { mention: true }), recipient: undefined },
      false,
    ],
    [
      "a mention entity without mentioned",
      {
        text: "<at>Advisor</at> hi",
        recipient: TEAMS.bot as Activity["recipient"],
        entities: [{ type: "mention" }],
      },
      false,
    ],
    [
      "an entity without a type",
      {
        text: "<at>Advisor</at> hi",
        recipient: TEAMS.bot as Activity["recipient"],
        entities: [{} as { type: string }],
      },
      false,
    ],
    [
      "no text",
      {
        recipient: TEAMS.bot as Activity["recipient"],
        entities: [{ type: "mention", text: "<at>Advisor</at>", mentioned: TEAMS.bot }],
      },
      true,
    ],
  ])("does not throw with %s", (_case, activity, mentioned) => {
    expect(() => stripBotMention(activity)).not.toThrow();
    expect(mentionsBot(activity)).toBe(mentioned);
  });

  it("ignores a mention of someone else", () => {
    const activity = teamsMessage(channelThread(), sam, "hello");
    activity.text = "<at>Alex</at> hello";
    activity.entities = [
      { type: "mention", text: "<at>Alex</at>", mentioned: { id: "29:alex", name: "Alex" } },
    ];
    expect(mentionsBot(activity)).toBe(false);
  });
});

describe("personOf", () => {
  it("keys the person by tenant and Entra object id", () => {
    expect(personOf(teamsMessage(personalChat(sam), sam, "hi"))).toEqual({
      tenantId: TEAMS.tenantId,
      aadObjectId: sam.aadObjectId,
    });
  });

  it("uses conversation.tenantId when channelData has no tenant, and gives up without an object id", () => {
    const activity = teamsMessage(personalChat(sam), sam, "hi");
    delete activity.channelData;
    expect(personOf(activity)?.tenantId).toBe(TEAMS.tenantId);
    activity.from = { id: sam.id, name: sam.name };
    expect(personOf(activity)).toBeNull();
  });
});

describe("botWasAdded", () => {
  it("is true only when the bot itself is among the added members", () => {
    expect(botWasAdded(teamsMembersAdded(channelThread(), sam, [TEAMS.bot]))).toBe(true);
    expect(botWasAdded(teamsMembersAdded(channelThread(), sam, [aTeamsUser()]))).toBe(false);
  });
});
