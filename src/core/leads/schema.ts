import { z } from "zod";
import { ProfileSchema } from "../profile/index.ts";
import { RecommendationSchema } from "../recommender/index.ts";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Who to contact: the details a visitor chose to give for a follow-up (contract: Lead.contact). */
export const ContactSchema = z
  .object({
    name: text(200),
    email: z.email().max(254),
    company: text(200),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{5,40}$/, "a phone number of digits, spaces and + ( ) . -")
      .optional(),
  })
  .strict();
export type Contact = z.infer<typeof ContactSchema>;

/**
 * What the visitor was told and agreed to when the details were collected. Marketing is a
 * separate opt-in; when given, the exact wording shown is kept with it.
 */
export const ConsentSchema = z
  .object({
    noticeVersion: text(64),
    noticeUrl: z.url(),
    contactConsentAt: z.iso.datetime({ offset: true }),
    marketingOptIn: z.boolean(),
    marketingText: text(1000).optional(),
  })
  .strict()
  .refine((consent) => !consent.marketingOptIn || consent.marketingText !== undefined, {
    message: "the wording of the marketing opt-in is required when the visitor opted in",
    path: ["marketingText"],
  });
export type Consent = z.infer<typeof ConsentSchema>;

/** When or how the visitor would like the call, in their words or a picked option. */
export const MeetingSchema = z.object({ preference: text(500) }).strict();
export type Meeting = z.infer<typeof MeetingSchema>;

/** A qualified enquiry handed to a consultant (contract: Lead webhook body). */
export const LeadSchema = z
  .object({
    leadId: z.uuid(),
    createdAt: z.iso.datetime({ offset: true }),
    channel: text(64),
    contact: ContactSchema,
    profile: ProfileSchema,
    recommendation: RecommendationSchema,
    consent: ConsentSchema,
    meeting: MeetingSchema.optional(),
    summary: text(4000),
  })
  .strict();
export type Lead = z.infer<typeof LeadSchema>;
