import type { UnderstandInput, UnderstandResult } from "../intents/understand.ts";
import type { Faq } from "../src/core/faq/index.ts";
import type { Profile, ProfilePath } from "../src/core/profile/index.ts";
import type { Recommendation } from "../src/core/recommender/index.ts";
import type { Copy } from "./copy.ts";
import type { ConversationData } from "./state.ts";

/** The intents the dialogs route, and what understanding one message gives them. */
export type { Intent } from "../intents/intent-names.ts";
export type { UnderstandInput, UnderstandResult as Understanding } from "../intents/understand.ts";

/** A lead handed on with consent (contract: Lead), as the dialogs assemble it. */
export interface LeadDraft {
  channel: string;
  userId: string;
  conversationId: string;
  contact: { name: string; email: string; company: string; phone?: string };
  profile: Profile;
  recommendation: Recommendation;
  marketingOptIn: boolean;
  /** The exact opt-in wording shown, when the visitor opted in. */
  marketingText?: string;
  meetingPreference: string;
  /** When the visitor agreed to be contacted (ISO 8601). */
  contactConsentAt: string;
}

/** Saves a lead together with the state that completes the handoff; returns the lead id. */
export type CommitHandoff = (lead: LeadDraft, data: ConversationData) => Promise<string>;

/** Presents recommendations and recaps (cards on channels that show them, text elsewhere). */
export interface Presenter {
  card(recommendation: Recommendation, profile: Profile): Record<string, unknown>;
  text(recommendation: Recommendation, profile: Profile): string;
  recap(profile: Profile): string;
  /** The recap without its question, for showing the data held. */
  summary(profile: Profile): string;
  /** What an answer added, in the recap's words; empty when there is nothing to name. */
  noted(profile: Profile, changed: readonly ProfilePath[]): string;
  /** The reasons as the card numbers them ("1. ..."), so "reason 2" means the card's second. */
  reasons(recommendation: Recommendation): string[];
  /** What a profile path is about, as the card words it after "to know". */
  topic(path: ProfilePath): string;
}

/** Business values the conversation mentions. */
export interface AdvisorSettings {
  companyName: string;
  privacyUrl: string;
  bookingUrl: string;
  retentionDays: number;
  maxMessageChars: number;
  privacyNoticeVersion: string;
}

/** Everything the dialogs need, passed in explicitly. */
export interface AdvisorServices {
  understand(input: UnderstandInput): UnderstandResult;
  recommend(profile: Profile): Recommendation;
  faq: Faq;
  copy: Copy;
  present: Presenter;
  commitHandoff: CommitHandoff;
  settings: AdvisorSettings;
  /** Erases what is stored about a visitor beyond this conversation's state (leads, outbox). */
  eraseVisitor?(keys: {
    userId: string;
    conversationId: string;
    email?: string | undefined;
    leadId?: string | undefined;
  }): Promise<void>;
  /** Counts what happens, without personal data (for `npm run report`). */
  recordEvent?(event: { kind: string; faqId?: string; model?: string }): void;
}
