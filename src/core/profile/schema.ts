import { z } from "zod";

/** Areas where an internal IT team can lack expertise (contract: SkillArea). */
export const SKILL_AREAS = [
  "cybersecurity",
  "cloud",
  "microsoft365",
  "networking",
  "infrastructure",
  "backup",
  "compliance",
  "servicedesk",
  "strategy",
] as const;
export const SkillAreaSchema = z.enum(SKILL_AREAS);
export type SkillArea = z.infer<typeof SkillAreaSchema>;

export const BURNOUT_LEVELS = ["low", "medium", "high"] as const;
export const BurnoutRiskSchema = z.enum(BURNOUT_LEVELS);
export type BurnoutRisk = z.infer<typeof BurnoutRiskSchema>;

/** Every signal the contract knows; each is present only when the visitor said so. */
export const SIGNAL_NAMES = [
  "teamCapable",
  "singlePersonDependency",
  "recruitmentDifficulty",
  "specialistNeedPartTime",
  "knowledgeRetentionCritical",
  "wantsControl",
  "itIsStrategic",
  "itNotDeliveringValue",
  "resourcesConstrained",
  "supportInconsistent",
  "securityComplianceRisk",
  "unpredictableCosts",
  "extraCapacityNeeded",
  "itStaffLeaving",
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export const SignalsSchema = z
  .object(
    Object.fromEntries(SIGNAL_NAMES.map((name) => [name, z.boolean().nullable().optional()])) as {
      [K in SignalName]: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    },
  )
  .strict();
export type Signals = z.infer<typeof SignalsSchema>;

/**
 * What the advisor knows about the visitor's organisation (contract: Profile).
 * Absent = unknown (may be asked); `null` = the visitor said they don't know or skipped it.
 */
export const ProfileSchema = z
  .object({
    employees: z.number().int().min(1).nullable().optional(),
    itStaff: z.number().int().min(0).nullable().optional(),
    skillsGaps: z.array(SkillAreaSchema).nullable().optional(),
    burnoutRisk: BurnoutRiskSchema.nullable().optional(),
    signals: SignalsSchema.optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;

/** Dotted profile paths that can be asked about or reported as missing. */
export const PROFILE_PATHS = [
  "employees",
  "itStaff",
  "skillsGaps",
  "burnoutRisk",
  ...SIGNAL_NAMES.map((name) => `signals.${name}` as const),
] as const;
export type ProfilePath = (typeof PROFILE_PATHS)[number];
export const ProfilePathSchema = z.enum(PROFILE_PATHS);
