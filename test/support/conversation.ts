import { MemoryStorage, TestAdapter, type Activity } from "botbuilder";
import { createAdvisorServices, createCore, type Core } from "../../src/app/services.ts";
import { AdvisorBot } from "../../src/channel/bot.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logging/index.ts";
import type { AdvisorServices, ConversationData, LeadDraft } from "../../dialogs/index.ts";

let sharedCore: Core | undefined;
/** The core is pure and read-only, so tests share one (training the classifier once). */
export function testCore(): Core {
  sharedCore ??= createCore(loadConfig({}));
  return sharedCore;
}

export interface Harness {
  /** Sends a message (or any activity) and returns every activity the bot sent back. */
  send(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** The conversation's stored state, as the bot saved it. */
  state(): Promise<ConversationData | undefined>;
  services: AdvisorServices;
  leads: LeadDraft[];
}

/** A conversation with the real bot through botbuilder's TestAdapter, on a chosen channel. */
export function createHarness(
  options: { channelId?: string; tweak?: (services: AdvisorServices) => void } = {},
): Harness {
  const channelId = options.channelId ?? "test";
  const config = loadConfig({});
  const leads: LeadDraft[] = [];
  const services = createAdvisorServices(config, testCore(), {
    commitHandoff: async (lead) => {
      leads.push(lead);
      return `lead-${leads.length}`;
    },
  });
  options.tweak?.(services);
  const storage = new MemoryStorage();
  const logger = createLogger({ level: "silent" });
  const bot = new AdvisorBot({ storage, services, logger });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId,
    conversation: { id: "conv-1", isGroup: false, conversationType: "personal", name: "" },
    from: { id: "visitor-1", name: "Visitor" },
    recipient: { id: "advisor", name: "Advisor" },
  });
  adapter.onTurnError = async (context) => {
    await context.sendActivity(services.copy("error.turn"));
  };

  return {
    services,
    leads,
    async send(input) {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(
        typeof input === "string" ? { type: "message", text: input } : input,
      );
      return adapter.activeQueue.splice(0);
    },
    async state() {
      const key = `${channelId}/conversations/conv-1/`;
      const stored = (await storage.read([key]))[key] as { advisor?: ConversationData } | undefined;
      return stored?.advisor;
    },
  };
}

/** The texts of the message activities in a reply. */
export const texts = (replies: Partial<Activity>[]): string[] =>
  replies.filter((a) => a.type === "message" && a.text).map((a) => a.text as string);

/** The titles of the suggested actions on the last message that has any. */
export const suggestions = (replies: Partial<Activity>[]): string[] =>
  [...replies]
    .reverse()
    .find((a) => a.suggestedActions)
    ?.suggestedActions?.actions.map((a) => String(a.title)) ?? [];

export const cardOf = (replies: Partial<Activity>[]) =>
  replies
    .flatMap((a) => a.attachments ?? [])
    .find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content as
    Record<string, unknown> | undefined;
