import { z } from "zod";

/** FAQ topic ids from the contract; every one has an entry. */
export const FAQ_IDS = [
  "difference",
  "cost",
  "switching",
  "co-managed-scope",
  "managed-scope",
  "internal-it-required",
  "control",
  "replace-team",
  "flexibility",
  "risk",
  "when-co-managed",
  "when-managed",
  "assessment",
  "sla",
  "escalation",
  "after-hours",
  "onboarding",
  "contract",
  "security-access",
  "compliance",
  "tools",
  "projects",
  "skills-shortage",
  "burnout",
  "contact",
] as const;
export const FaqIdSchema = z.enum(FAQ_IDS);
export type FaqId = z.infer<typeof FaqIdSchema>;

export const FaqEntrySchema = z
  .object({
    id: FaqIdSchema,
    question: z.string().min(5),
    phrasings: z.array(z.string().min(2)).min(8),
    answer: z.string().min(20),
    related: z.array(FaqIdSchema).max(5),
  })
  .strict();
export type FaqEntry = z.infer<typeof FaqEntrySchema>;

/**
 * The FAQ content file (content/faq.en.json). `notAnswered` lists questions close to the topics
 * that no entry answers (a support request, a job enquiry), so retrieval can decline them.
 */
export const FaqContentSchema = z
  .object({
    locale: z.string(),
    entries: z.array(FaqEntrySchema),
    notAnswered: z.array(z.string().min(2)).default([]),
  })
  .strict();
export type FaqContent = z.infer<typeof FaqContentSchema>;

/** Service terms an MSP sets for itself (content/service-terms.json), used in answers. */
export const ServiceTermsSchema = z
  .object({ terms: z.record(z.string().regex(/^[a-zA-Z]\w*$/), z.string().min(1)) })
  .strict();
export type ServiceTerms = z.infer<typeof ServiceTermsSchema>;

/** What `/api/v1/faq` returns (contract). */
export interface FaqAnswer {
  id: FaqId | null;
  confidence: number;
  answer: string | null;
  suggestions: Array<{ id: FaqId; question: string }>;
}
