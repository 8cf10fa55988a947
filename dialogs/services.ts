import type { Faq, FaqId } from "../src/core/faq/index.ts";
import type { Profile, ProfileIssue, ProfilePath } from "../src/core/profile/index.ts";
import type { Recommendation } from "../src/core/recommender/index.ts";
import type { Copy } from "./copy.ts";
import type { ConversationData } from "./state.ts";

/** The contract's intents, as the dialogs route them. */
export type Intent =
  | "greet"
  | "help"
  | "restart"
  | "cancel"
  | "goodbye"
  | "inform"
  | "dont_know"
  | "ask_faq"
  | "ask_recommendation"
  | "handoff"
  | "affirm"
  | "deny"
  | "out_of_scope";

/** What understanding one message gave (the contract's understand reply plus two hints). */
export interface Understanding {
  intent: Intent;
  confidence: number;
  profile: Profile;
  faq: { id: FaqId; confidence: number } | null;
  issues: ProfileIssue[];
  /** "other" when the text is in a language the advisor does not speak. */
  language: "en" | "other" | "unknown";
  /** Paths whose value this message changed. */
  changed: ProfilePath[];
  /** Why the expected answer could not be read, when it could not. */
  failed: boolean;
}

export interface UnderstandInput {
  text: string;
  profile: Profile;
  expecting?: ProfilePath | undefined;
}

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
  understand(input: UnderstandInput): Understanding;
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
