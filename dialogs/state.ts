import { z } from "zod";
import { FaqIdSchema } from "../src/core/faq/index.ts";
import { ProfilePathSchema, ProfileSchema } from "../src/core/profile/index.ts";

/** Where the conversation is; decides how a free answer is read. */
export const STAGES = ["new", "interview", "recap", "recommended", "closed"] as const;

export const ContactSchema = z
  .object({
    name: z.string(),
    email: z.string(),
    company: z.string(),
    phone: z.string().optional(),
  })
  .strict();
export type Contact = z.infer<typeof ContactSchema>;

/** Everything the advisor keeps about one conversation. Read back through this schema every turn. */
export const ConversationDataSchema = z
  .object({
    version: z.literal(1),
    welcomed: z.boolean(),
    stage: z.enum(STAGES),
    profile: ProfileSchema,
    expecting: ProfilePathSchema.nullable(),
    attempts: z.number().int().min(0),
    skipped: z.array(ProfilePathSchema),
    signalQuestionsAsked: z.number().int().min(0),
    questionsAsked: z.number().int().min(0).default(0),
    confusedTurns: z.number().int().min(0),
    faqChoices: z.array(FaqIdSchema),
    contact: ContactSchema.nullable(),
    leadId: z.string().nullable(),
    /** The FAQ entry answered last, so the same answer is not given twice in a row. */
    lastFaq: FaqIdSchema.nullable().default(null),
    /** The visitor has just said no to keeping their details: a "yes" next takes the form again. */
    handoffDeclined: z.boolean().default(false),
  })
  .strict();
export type ConversationData = z.infer<typeof ConversationDataSchema>;

export const newConversationData = (): ConversationData => ({
  version: 1,
  welcomed: false,
  stage: "new",
  profile: {},
  expecting: null,
  attempts: 0,
  skipped: [],
  signalQuestionsAsked: 0,
  questionsAsked: 0,
  confusedTurns: 0,
  faqChoices: [],
  contact: null,
  leadId: null,
  handoffDeclined: false,
  lastFaq: null,
});

/** Keeps the welcome flag and starts the interview afresh. */
export const restartedConversationData = (previous: ConversationData): ConversationData => ({
  ...newConversationData(),
  welcomed: previous.welcomed,
  contact: previous.contact,
  leadId: previous.leadId,
});

/**
 * Parses stored state; a blob from an older version or a corrupt one is replaced by a fresh
 * conversation, and the caller logs it.
 */
export function readConversationData(raw: unknown): { data: ConversationData; reset: boolean } {
  if (raw === undefined || raw === null) return { data: newConversationData(), reset: false };
  const parsed = ConversationDataSchema.safeParse(raw);
  return parsed.success
    ? { data: parsed.data, reset: false }
    : { data: newConversationData(), reset: true };
}
