import { z } from "zod";

/** Every intent the advisor understands (contract: HTTP API, `POST /api/v1/understand`). */
export const INTENTS = [
  "greet",
  "help",
  "restart",
  "cancel",
  "goodbye",
  "inform",
  "dont_know",
  "ask_faq",
  "ask_recommendation",
  "handoff",
  "affirm",
  "deny",
  "out_of_scope",
] as const;

export const IntentSchema = z.enum(INTENTS);

/** One of {@link INTENTS}; a handler map keyed by it must handle every intent. */
export type Intent = z.infer<typeof IntentSchema>;
