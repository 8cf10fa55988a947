import type { AddressInfo } from "node:net";
import type { Activity } from "botbuilder";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app/app.ts";
import type {
  PersonalChatTarget,
  TeamsGateway,
  TeamsMember,
} from "../../../src/channel/teams-gateway.ts";
import { loadConfig } from "../../../src/config/index.ts";
import { createLogger } from "../../../src/logging/index.ts";
import type { CopyKey, LeadDraft } from "../../../dialogs/index.ts";
import { postJson } from "../../support/app.ts";
import {
  TEAMS,
  aTeamsUser,
  channelThread,
  generalChannel,
  groupChat,
  personalChat,
  teamsCardSubmit,
  teamsCreatedPersonalChat,
  teamsFileOnly,
  teamsInstall,
  teamsInvoke,
  teamsMembersAdded,
  teamsMessage,
  teamsMessageDelete,
  teamsMessageUpdate,
  type TeamsUser,
} from "../../support/teams-activity.ts";

const FOUR_FACTS = "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security";

/** Stands in for the connector: a directory of members, and personal chats run in-process. */
const directory = new Map<string, TeamsMember>();
const opened: PersonalChatTarget[] = [];
let personalReplies: Partial<Activity>[] = [];
let gatewayDown = false;

let app: App;
let baseUrl = "";
const leads: LeadDraft[] = [];

const gateway: TeamsGateway = {
  async getMember(_context, userId) {
    if (gatewayDown) throw new Error("connector unreachable");
    const member = directory.get(userId);
    if (!member) throw new Error("MemberNotFoundInConversation");
    return member;
  },
  async openPersonalChat(_context, target, logic) {
    if (gatewayDown) throw new Error("connector unreachable");
    opened.push(target);
    const chat = { kind: "personal" as const, id: `a:1personal-${target.userId.slice(3)}` };
    personalReplies = await app.adapters.inProcess.deliver(teamsCreatedPersonalChat(chat), logic);
  },
};

beforeAll(async () => {
  app = createApp({
    config: loadConfig({ LOG_LEVEL: "silent" }),
    logger: createLogger({ level: "silent" }),
    teams: gateway,
  });
  app.services.commitHandoff = async (lead) => {
    leads.push(lead);
    return `lead-${leads.length}`;
  };
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => app.server.close(() => resolve())));
beforeEach(() => {
  opened.length = 0;
  personalReplies = [];
  gatewayDown = false;
});

/** POSTs a Teams activity with expectReplies and returns the status and the bot's replies. */
async function post(activity: Partial<Activity>, expectReplies = true) {
  const { status, body } = await postJson(`${baseUrl}/api/messages`, {
    ...activity,
    ...(expectReplies ? { deliveryMode: "expectReplies" } : {}),
  });
  return {
    status,
    body,
    replies: ((body as { activities?: Partial<Activity>[] })?.activities ??
      []) as Partial<Activity>[],
  };
}

const send = async (activity: Partial<Activity>) => {
  const { status, replies } = await post(activity);
  expect(status).toBe(200);
  expectTeamsSafe(replies);
  return replies;
};

const copy = (key: CopyKey, params?: Record<string, string>) => app.services.copy(key, params);
const texts = (replies: Partial<Activity>[]) =>
  replies.filter((a) => a.type === "message" && a.text).map((a) => String(a.text));

/** Teams gets plain text and Adaptive Cards only: no markdown or HTML rendering, no widget event. */
function expectTeamsSafe(replies: Partial<Activity>[]) {
  for (const reply of replies) {
    expect(
      reply.type === "event" && reply.name === "advisor.recommendation",
      "no widget event on Teams",
    ).toBe(false);
    if (reply.type !== "message") continue;
    expect(reply.textFormat).toBe("plain");
    expect(String(reply.text ?? "")).not.toMatch(/<\/?[a-z][^>]*>/i);
    for (const attachment of reply.attachments ?? []) {
      expect(attachment.contentType).toBe("application/vnd.microsoft.card.adaptive");
    }
  }
}

function member(
  user: TeamsUser,
  email: string | null = `${user.name.split(" ")[0]?.toLowerCase()}@contoso.com`,
): TeamsUser {
  directory.set(user.id, { id: user.id, name: user.name, email });
  return user;
}

describe("personal chat", () => {
  it("answers without a mention, welcomes once and replies to the message", async () => {
    const sam = aTeamsUser();
    const chat = personalChat(sam);
    const inbound = teamsMessage(chat, sam, "hello");
    const first = await send(inbound);
    expect(texts(first)).toEqual([copy("welcome.intro"), copy("welcome.privacy")]);
    expect(first.every((a) => a.conversation?.id === chat.id && a.replyToId === inbound.id)).toBe(
      true,
    );
    const second = await send(teamsMessage(chat, sam, "hi again"));
    expect(texts(second)).not.toContain(copy("welcome.intro"));
  });

  it("treats the text/html part Teams adds to every message as no attachment, and a file alone as one", async () => {
    const sam = aTeamsUser();
    const chat = personalChat(sam);
    await send(teamsMessage(chat, sam, "hello"));
    expect(texts(await send(teamsMessage(chat, sam, "assess")))).toContain(copy("ask.employees"));
    expect(texts(await send(teamsMessage(chat, sam, "about 40")))).not.toContain(
      copy("input.attachment"),
    );
    expect(texts(await send(teamsFileOnly(chat, sam)))).toEqual([copy("input.attachment")]);
  });

  it("runs the manifest's commands assess, ask, talk and help", async () => {
    const sam = member(aTeamsUser());
    const chat = personalChat(sam);
    await send(teamsMessage(chat, sam, "hi"));
    expect(texts(await send(teamsMessage(chat, sam, "help")))[0]).toBe(copy("help.text"));
    expect(texts(await send(teamsMessage(chat, sam, "ask")))).toEqual([copy("faq.prompt")]);
    expect(texts(await send(teamsMessage(chat, sam, "assess"))).at(-1)).toBe(copy("ask.employees"));
    const talk = texts(await send(teamsMessage(chat, sam, "talk")));
    expect(talk).toContain(copy("handoff.notice"));
    expect(talk.at(-1)).toBe(
      copy("handoff.useKnown", { name: "Sam Taylor", email: "sam@contoso.com" }),
    );
  });

  it("confirms name and email from the member record instead of asking for them", async () => {
    const sam = member(aTeamsUser());
    const chat = personalChat(sam);
    await send(teamsMessage(chat, sam, FOUR_FACTS));
    await send(teamsMessage(chat, sam, "yes"));
    await send(teamsMessage(chat, sam, "talk to someone"));
    expect(texts(await send(teamsMessage(chat, sam, "yes")))).toEqual([copy("handoff.askCompany")]);
    await send(teamsMessage(chat, sam, "Contoso Ltd"));
    await send(teamsMessage(chat, sam, "skip"));
    await send(teamsMessage(chat, sam, copy("handoff.meeting.video")));
    await send(teamsMessage(chat, sam, "yes"));
    const done = await send(teamsMessage(chat, sam, "no"));
    expect(texts(done)[0]).toMatch(/^Thank you/);
    expect(leads.at(-1)).toMatchObject({
      channel: "msteams",
      userId: sam.id,
      conversationId: chat.id,
      contact: { name: "Sam Taylor", email: "sam@contoso.com", company: "Contoso Ltd" },
      profile: { employees: 80, itStaff: 1 },
    });
  });

  it("asks for the name when the person says no, and falls back to the display name when the lookup fails", async () => {
    const sam = member(aTeamsUser());
    const chat = personalChat(sam);
    await send(teamsMessage(chat, sam, "hi"));
    await send(teamsMessage(chat, sam, "talk"));
    expect(texts(await send(teamsMessage(chat, sam, "no")))).toEqual([copy("handoff.askName")]);

    const alex = aTeamsUser("Alex Morgan");
    const other = personalChat(alex);
    gatewayDown = true;
    await send(teamsMessage(other, alex, "hi"));
    const talk = texts(await send(teamsMessage(other, alex, "talk")));
    expect(talk.at(-1)).toBe(copy("handoff.useKnownName", { name: "Alex Morgan" }));
    expect(texts(await send(teamsMessage(other, alex, "yes")))).toEqual([copy("handoff.askEmail")]);
  });
});

describe("the name Teams knows", () => {
  it("takes a different name typed instead of yes or no, and does not ask again", async () => {
    const alex = aTeamsUser("Alex Morgan");
    const chat = personalChat(alex);
    gatewayDown = true;
    await send(teamsMessage(chat, alex, "hi"));
    const talk = texts(await send(teamsMessage(chat, alex, "talk")));
    expect(talk.at(-1)).toBe(copy("handoff.useKnownName", { name: "Alex Morgan" }));
    const next = texts(await send(teamsMessage(chat, alex, "Dan O'Connor")));
    expect(next).toEqual([copy("handoff.askEmail")]);
  });
});

describe("channels and group chats", () => {
  it("answers only when @mentioned, with the mention taken out, in the same thread", async () => {
    const sam = aTeamsUser();
    const thread = channelThread();
    expect(await send(teamsMessage(thread, sam, "assess"))).toEqual([]);

    const inbound = teamsMessage(thread, sam, "assess", { mention: true });
    const replies = await send(inbound);
    expect(texts(replies).at(-1)).toBe(copy("ask.employees"));
    expect(texts(replies)).toContain(copy("welcome.mention", { name: TEAMS.bot.name }));
    for (const reply of replies) {
      expect(reply.conversation?.id).toBe(thread.id);
      expect(reply.conversation?.id).toContain(";messageid=");
      expect(reply.replyToId).toBe(inbound.id);
    }
    await send(teamsMessage(thread, sam, "about 120", { mention: true }));
    expect(
      texts(
        await send(teamsMessage(thread, sam, "what do you know about me", { mention: true })),
      ).join(" "),
    ).toMatch(/120/);
  });

  it("answers a bare @mention in a new thread with the welcome", async () => {
    const sam = aTeamsUser();
    const replies = await send(teamsMessage(channelThread(), sam, "", { mention: true }));
    expect(texts(replies)).toContain(copy("welcome.intro"));
    expect(texts(replies)).not.toContain(copy("input.empty"));
    // Teams does not show a message with suggested actions outside a personal chat.
    expect(replies.some((reply: { suggestedActions?: unknown }) => reply.suggestedActions)).toBe(
      false,
    );
  });

  it("works the same in a group chat", async () => {
    const sam = aTeamsUser();
    const chat = groupChat();
    expect(await send(teamsMessage(chat, sam, "help"))).toEqual([]);
    expect(texts(await send(teamsMessage(chat, sam, "help", { mention: true })))).toContain(
      copy("help.text"),
    );
  });

  it("handles a card submit (messageBack: label as text, value.action) without a mention", async () => {
    const sam = aTeamsUser();
    const thread = channelThread();
    await send(teamsMessage(thread, sam, "hello", { mention: true }));
    const replies = await send(
      teamsCardSubmit(thread, sam, "Ask a question", {
        action: "ask_question",
        msteams: { type: "messageBack", text: "Ask a question", displayText: "Ask a question" },
      }),
    );
    expect(texts(replies)).toEqual([copy("faq.prompt")]);
  });

  it("moves the handoff to a personal chat and posts nothing personal in the channel", async () => {
    const sam = member(aTeamsUser());
    const thread = channelThread();
    await send(teamsMessage(thread, sam, FOUR_FACTS, { mention: true }));
    const channelReplies = await send(teamsMessage(thread, sam, "talk", { mention: true }));

    expect(opened).toEqual([{ userId: sam.id, tenantId: TEAMS.tenantId }]);
    expect(texts(channelReplies)).toEqual([copy("handoff.private.moved")]);
    const posted = JSON.stringify(
      channelReplies.map((a) => [a.text, a.attachments, a.suggestedActions, a.value]),
    );
    for (const personal of [
      sam.name,
      "sam@contoso.com",
      copy("handoff.notice"),
      copy("handoff.askName"),
    ]) {
      expect(posted).not.toContain(personal);
    }

    const personal = personalChat(sam);
    expect(personalReplies.every((a) => a.conversation?.id === personal.id)).toBe(true);
    expect(texts(personalReplies)).toEqual([
      copy("handoff.private.intro"),
      copy("handoff.notice"),
      copy("handoff.useKnown", { name: "Sam Taylor", email: "sam@contoso.com" }),
    ]);

    // The person answers in the personal chat; the lead carries the thread's profile.
    await send(teamsMessage(personal, sam, "yes"));
    await send(teamsMessage(personal, sam, "Contoso Ltd"));
    await send(teamsMessage(personal, sam, "skip"));
    await send(teamsMessage(personal, sam, copy("handoff.meeting.phone")));
    await send(teamsMessage(personal, sam, "yes"));
    await send(teamsMessage(personal, sam, "no"));
    expect(leads.at(-1)).toMatchObject({
      conversationId: personal.id,
      contact: { name: "Sam Taylor", email: "sam@contoso.com", company: "Contoso Ltd" },
      profile: { employees: 80, itStaff: 1, burnoutRisk: "high" },
    });
  });

  it("says so in the channel when the personal chat cannot be opened", async () => {
    const sam = member(aTeamsUser());
    const thread = channelThread();
    await send(teamsMessage(thread, sam, "hello", { mention: true }));
    gatewayDown = true;
    const replies = await send(
      teamsMessage(thread, sam, "I'd like to talk to someone", { mention: true }),
    );
    expect(texts(replies)).toEqual([copy("handoff.private.failed")]);
  });
});

describe("who the profile belongs to", () => {
  it("follows the person into a new thread and their personal chat, not their colleagues", async () => {
    const sam = aTeamsUser();
    await send(
      teamsMessage(channelThread(), sam, "we're about 80 people with one IT guy", {
        mention: true,
      }),
    );

    const next = await send(teamsMessage(channelThread(), sam, "assess", { mention: true }));
    expect(texts(next)).not.toContain(copy("ask.employees"));
    expect(texts(next)).not.toContain(copy("ask.itStaff"));

    const personal = personalChat(sam);
    await send(teamsMessage(personal, sam, "hello"));
    const shown = texts(await send(teamsMessage(personal, sam, "what do you know about me"))).join(
      " ",
    );
    expect(shown).toMatch(/80/);

    const alex = aTeamsUser("Alex Morgan");
    const theirs = await send(teamsMessage(channelThread(), alex, "assess", { mention: true }));
    expect(texts(theirs).at(-1)).toBe(copy("ask.employees"));
  });

  it("keeps each channel thread's interview to itself", async () => {
    const sam = aTeamsUser();
    const alex = aTeamsUser("Alex Morgan");
    const first = channelThread();
    const second = channelThread();
    await send(teamsMessage(first, alex, "assess", { mention: true }));
    await send(teamsMessage(second, alex, "assess", { mention: true }));
    await send(teamsMessage(first, sam, "about 300", { mention: true }));
    const inSecond = texts(
      await send(teamsMessage(second, alex, "what do you know about me", { mention: true })),
    ).join(" ");
    expect(inSecond).not.toMatch(/300/);
  });

  it("forgets the person's profile when they delete their data", async () => {
    const sam = aTeamsUser();
    const chat = personalChat(sam);
    await send(teamsMessage(chat, sam, "we're about 80 people"));
    await send(teamsMessage(chat, sam, "delete my data"));
    await send(teamsMessage(chat, sam, "yes"));
    const fresh = await send(teamsMessage(channelThread(), sam, "assess", { mention: true }));
    expect(texts(fresh).at(-1)).toBe(copy("ask.employees"));
  });
});

describe("installation and membership", () => {
  it("welcomes once on install, though Teams announces it twice, and not when people join", async () => {
    const sam = aTeamsUser();
    const chat = personalChat(sam);
    const installed = await send(teamsInstall(chat, sam));
    expect(texts(installed)).toEqual([copy("welcome.intro"), copy("welcome.privacy")]);
    expect(await send(teamsMembersAdded(chat, sam, [TEAMS.bot]))).toEqual([]);
    expect(texts(await send(teamsMessage(chat, sam, "hello")))).not.toContain(
      copy("welcome.intro"),
    );
  });

  it("welcomes a team once, with how to mention it, and ignores new members and removal", async () => {
    const owner = aTeamsUser();
    const general = generalChannel();
    const added = await send(teamsMembersAdded(general, owner, [TEAMS.bot]));
    expect(texts(added)).toEqual([
      copy("welcome.intro"),
      copy("welcome.privacy"),
      copy("welcome.mention", { name: TEAMS.bot.name }),
    ]);
    expect(await send(teamsInstall(general, owner))).toEqual([]);
    expect(await send(teamsMembersAdded(general, owner, [aTeamsUser("New Starter")]))).toEqual([]);
    expect(await send(teamsInstall(general, owner, "remove"))).toEqual([]);
  });
});

describe("activities the advisor does not handle", () => {
  it("answers an unsupported invoke with 501, never a 500", async () => {
    const sam = aTeamsUser();
    const chat = personalChat(sam);
    for (const [name, value] of [
      ["composeExtension/query", { commandId: "search", parameters: [] }],
      ["task/fetch", { data: {} }],
      ["adaptiveCard/action", { action: { type: "Action.Execute", verb: "x", data: {} } }],
      [undefined, { action: "start" }],
    ] as const) {
      const direct = await post(teamsInvoke(chat, sam, name, value), false);
      expect(direct.status, String(name)).toBe(501);
      expect(direct.body.error.code).toBe("not_implemented");
      const buffered = await post(teamsInvoke(chat, sam, name, value));
      expect(buffered.status).toBe(200);
      expect(buffered.replies).toEqual([
        expect.objectContaining({ type: "invokeResponse", value: { status: 501 } }),
      ]);
    }
  });

  it("ignores edits and deletions, with or without channelData", async () => {
    const sam = aTeamsUser();
    const chat = personalChat(sam);
    await send(teamsMessage(chat, sam, "hello"));
    for (const activity of [
      teamsMessageUpdate(chat, sam, "we're 500 people"),
      teamsMessageUpdate(chat, sam, "we're 500 people", false),
      teamsMessageDelete(chat, sam),
    ]) {
      const { status, replies } = await post(activity);
      expect(status).toBe(200);
      expect(replies).toEqual([]);
    }
    const shown = texts(await send(teamsMessage(chat, sam, "what do you know about me"))).join(" ");
    expect(shown).not.toMatch(/500/);
  });

  it("sends the recommendation as a card with no widget event", async () => {
    const sam = aTeamsUser();
    const chat = personalChat(sam);
    await send(teamsMessage(chat, sam, FOUR_FACTS));
    const result = await send(teamsMessage(chat, sam, "yes"));
    expect(
      result.some(
        (a) => a.attachments?.[0]?.contentType === "application/vnd.microsoft.card.adaptive",
      ),
    ).toBe(true);
    expect(result.some((a) => a.type === "event")).toBe(false);
  });
});
