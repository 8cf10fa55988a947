import { randomUUID } from "node:crypto";
import type { CommitHandoff, Presenter } from "../../dialogs/index.ts";
import { LeadSchema, type Lead } from "../core/leads/index.ts";
import type { Store } from "../store/index.ts";

export interface LeadSettings {
  privacyUrl: string;
  privacyNoticeVersion: string;
}

/**
 * The handoff interface over the store: the lead (contract shape) and the conversation state that
 * completes the handoff are written in one transaction, and queued for the webhook when one is set.
 */
export function createStoreHandoff(
  store: Pick<Store, "leads">,
  present: Presenter,
  settings: LeadSettings,
): CommitHandoff {
  return async (draft, data) => {
    const lead: Lead = LeadSchema.parse({
      leadId: randomUUID(),
      createdAt: new Date().toISOString(),
      channel: draft.channel,
      contact: draft.contact,
      profile: draft.profile,
      recommendation: draft.recommendation,
      consent: {
        noticeVersion: settings.privacyNoticeVersion,
        noticeUrl: settings.privacyUrl,
        contactConsentAt: draft.contactConsentAt,
        marketingOptIn: draft.marketingOptIn,
        ...(draft.marketingText ? { marketingText: draft.marketingText } : {}),
      },
      ...(draft.meetingPreference ? { meeting: { preference: draft.meetingPreference } } : {}),
      summary: `${present.recap(draft.profile)} Recommended: ${draft.recommendation.model} (confidence ${draft.recommendation.confidence.toFixed(2)}).`,
    });
    const stateKey = `${draft.channel}/conversations/${draft.conversationId}/`;
    await store.leads.commit(lead, {
      stateKey,
      state: { advisor: { ...data, leadId: lead.leadId, contact: draft.contact }, eTag: "*" },
      userId: draft.userId,
      conversationId: draft.conversationId,
    });
    return lead.leadId;
  };
}
