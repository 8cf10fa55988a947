import { z } from "zod";
import { ProfilePathSchema } from "../profile/index.ts";

/** The two delivery models a reason can point towards (contract: `favours`). */
export const SIDES = ["co-managed", "managed"] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

/** What the advisor can recommend, including the path from one model to the other. */
export const MODELS = ["co-managed", "managed", "co-managed-then-managed"] as const;
export const ModelSchema = z.enum(MODELS);
export type Model = z.infer<typeof ModelSchema>;

/** Every criterion a reason can cite (contract: FactorId), each tied to the source article. */
export const FACTOR_IDS = [
  "capable-team-under-pressure",
  "recruitment-difficulty",
  "part-time-specialist-need",
  "knowledge-retention",
  "burnout-or-single-person",
  "wants-control",
  "extra-capacity",
  "it-is-strategic",
  "skills-gaps-with-team",
  "no-internal-it",
  "it-not-delivering-value",
  "resources-constrained",
  "support-inconsistent",
  "security-compliance-risk",
  "unpredictable-costs",
  "prefers-handover",
  "it-not-strategic",
  "stepping-stone",
] as const;
export const FactorIdSchema = z.enum(FACTOR_IDS);
export type FactorId = z.infer<typeof FactorIdSchema>;

/** The factors that are scored; `stepping-stone` is decided from the balance of the others. */
export type ScoredFactorId = Exclude<FactorId, "stepping-stone">;

/** One fact about the organisation and the way it points, explained in plain words. */
export const ReasonSchema = z
  .object({
    factor: FactorIdSchema,
    favours: SideSchema,
    text: z.string().min(1),
  })
  .strict();
export type Reason = z.infer<typeof ReasonSchema>;

/** The recommender's answer for one profile (contract: Recommendation). */
export const RecommendationSchema = z
  .object({
    model: ModelSchema,
    confidence: z.number().min(0).max(1),
    reasons: z.array(ReasonSchema).min(1),
    responsibilities: z.array(z.string().min(1)),
    missing: z.array(ProfilePathSchema),
  })
  .strict();
export type Recommendation = z.infer<typeof RecommendationSchema>;
