import type { Activity } from "botbuilder";

/**
 * Teams-shaped activities, as the Teams client sends them (ids shortened): the tenant twice
 * (`channelData.tenant.id` and `conversation.tenantId`), `29:` user ids with an Entra object id,
 * the bot as `28:<app id>`, `<at>Name</at>` mentions with their entity, and the `text/html` copy
 * of the text that rides along with every message.
 */
export const TEAMS = {
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  tenantId: "5f1d6c2e-8a4b-4c1e-9d7f-2a3b4c5d6e7f",
  bot: { id: "28:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Advisor" },
  team: { id: "19:Q1x2y3z4General@thread.tacv2", name: "IT Leadership" },
} as const;

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface TeamsConversation {
  kind: "personal" | "groupChat" | "channel";
  id: string;
}

let counter = 0;
const next = () => ++counter;

export const aTeamsUser = (name = "Sam Taylor"): TeamsUser => {
  const n = next();
  return {
    id: `29:1user${n}-AbCdEf`,
    name,
    aadObjectId: `6a7b8c9d-0000-4000-8000-${String(n).padStart(12, "0")}`,
  };
};

export const personalChat = (user: TeamsUser): TeamsConversation => ({
  kind: "personal",
  id: `a:1personal-${user.id.slice(3)}`,
});
export const groupChat = (): TeamsConversation => ({
  kind: "groupChat",
  id: `19:group${next()}@thread.v2`,
});
/** A channel thread: the channel's id with the root post's id, as Teams sends it for every reply in it. */
export const channelThread = (rootId = `17327${next()}0000`): TeamsConversation => ({
  kind: "channel",
  id: `${TEAMS.team.id};messageid=${rootId}`,
});
/** The channel itself (no thread), where install events and the welcome go. */
export const generalChannel = (): TeamsConversation => ({ kind: "channel", id: TEAMS.team.id });

function base(
  conversation: TeamsConversation,
  from: TeamsUser | undefined,
  type: string,
): Partial<Activity> {
  const channelData =
    conversation.kind === "channel"
      ? {
          teamsChannelId: TEAMS.team.id,
          teamsTeamId: TEAMS.team.id,
          channel: { id: TEAMS.team.id, name: "General" },
          team: { id: TEAMS.team.id, name: TEAMS.team.name },
          tenant: { id: TEAMS.tenantId },
        }
      : { tenant: { id: TEAMS.tenantId } };
  return {
    type,
    id: `1732${next()}000`,
    timestamp: new Date(),
    channelId: "msteams",
    serviceUrl: TEAMS.serviceUrl,
    ...(from ? { from: { ...from } } : {}),
    recipient: { ...TEAMS.bot },
    conversation: {
      id: conversation.id,
      conversationType: conversation.kind,
      tenantId: TEAMS.tenantId,
      isGroup: conversation.kind !== "personal",
      name: "",
    },
    channelData,
    locale: "en-GB",
  };
}

/** A typed message; `mention` puts `<at>Advisor</at>` in front, as picking the bot in the compose box does. */
export function teamsMessage(
  conversation: TeamsConversation,
  from: TeamsUser,
  text: string,
  options: { mention?: boolean } = {},
): Partial<Activity> {
  const mention = `<at>${TEAMS.bot.name}</at>`;
  const full = options.mention ? `${mention} ${text}`.trimEnd() : text;
  return {
    ...base(conversation, from, "message"),
    text: full,
    textFormat: "plain",
    attachments: [
      {
        contentType: "text/html",
        content: `<p>${full.replace(/<at>(.*?)<\/at>/g, '<span itemtype="http://schema.skype.com/Mention" itemid="0">$1</span>')}</p>`,
      },
    ],
    entities: [
      ...(options.mention ? [{ type: "mention", text: mention, mentioned: { ...TEAMS.bot } }] : []),
      {
        type: "clientInfo",
        locale: "en-GB",
        country: "GB",
        platform: "Web",
        timezone: "Europe/London",
      },
    ],
  };
}

/** A card button press: messageBack carries the label as text and the card data as `value`. */
export function teamsCardSubmit(
  conversation: TeamsConversation,
  from: TeamsUser,
  label: string,
  value: Record<string, unknown>,
): Partial<Activity> {
  return { ...base(conversation, from, "message"), text: label, textFormat: "plain", value };
}

/** A file or image with no words, as Teams sends it (the file card plus an empty text/html part). */
export function teamsFileOnly(conversation: TeamsConversation, from: TeamsUser): Partial<Activity> {
  return {
    ...base(conversation, from, "message"),
    text: "",
    attachments: [
      {
        contentType: "application/vnd.microsoft.teams.file.download.info",
        name: "network-diagram.pdf",
        content: {
          downloadUrl: "https://contoso.sharepoint.com/x",
          uniqueId: "1",
          fileType: "pdf",
        },
      },
      { contentType: "text/html", content: "<div></div>" },
    ],
  };
}

export function teamsInstall(
  conversation: TeamsConversation,
  from: TeamsUser,
  action: "add" | "remove" = "add",
): Partial<Activity> {
  return { ...base(conversation, from, "installationUpdate"), action };
}

export function teamsMembersAdded(
  conversation: TeamsConversation,
  from: TeamsUser,
  members: Array<{ id: string }>,
): Partial<Activity> {
  const activity = base(conversation, from, "conversationUpdate");
  return {
    ...activity,
    membersAdded: members.map((m) => ({ id: m.id, name: "" })),
    channelData: { ...(activity.channelData as object), eventType: "teamMemberAdded" },
  };
}

export function teamsInvoke(
  conversation: TeamsConversation,
  from: TeamsUser,
  name: string | undefined,
  value: unknown,
): Partial<Activity> {
  return { ...base(conversation, from, "invoke"), ...(name ? { name } : {}), value };
}

export function teamsMessageUpdate(
  conversation: TeamsConversation,
  from: TeamsUser,
  text: string,
  withChannelData = true,
): Partial<Activity> {
  const activity: Partial<Activity> = { ...base(conversation, from, "messageUpdate"), text };
  if (withChannelData)
    activity.channelData = { ...(activity.channelData as object), eventType: "editMessage" };
  else delete activity.channelData;
  return activity;
}

export function teamsMessageDelete(
  conversation: TeamsConversation,
  from: TeamsUser,
): Partial<Activity> {
  const activity = base(conversation, from, "messageDelete");
  return {
    ...activity,
    channelData: { ...(activity.channelData as object), eventType: "softDeleteMessage" },
  };
}

/** The event a new one-to-one chat opens with (what `createConversationAsync` hands its callback). */
export function teamsCreatedPersonalChat(conversation: TeamsConversation): Partial<Activity> {
  return {
    type: "event",
    name: "CreateConversation",
    id: conversation.id,
    channelId: "msteams",
    serviceUrl: TEAMS.serviceUrl,
    recipient: { ...TEAMS.bot },
    conversation: {
      id: conversation.id,
      conversationType: "personal",
      tenantId: TEAMS.tenantId,
      isGroup: false,
      name: "",
    },
    channelData: { tenant: { id: TEAMS.tenantId } },
  };
}
