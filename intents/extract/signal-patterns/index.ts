/** @module signal-patterns: how visitors say each contract signal, one file per signal. */
import type { SignalName } from "../../../src/core/profile/index.ts";
import { EXTRA_CAPACITY_NEEDED } from "./extra-capacity-needed.ts";
import { IT_IS_STRATEGIC } from "./it-is-strategic.ts";
import { IT_NOT_DELIVERING_VALUE } from "./it-not-delivering-value.ts";
import { IT_STAFF_LEAVING } from "./it-staff-leaving.ts";
import { KNOWLEDGE_RETENTION_CRITICAL } from "./knowledge-retention-critical.ts";
import { RECRUITMENT_DIFFICULTY } from "./recruitment-difficulty.ts";
import { RESOURCES_CONSTRAINED } from "./resources-constrained.ts";
import type { SignalPatterns } from "./rule.ts";
import { SECURITY_COMPLIANCE_RISK } from "./security-compliance-risk.ts";
import { SINGLE_PERSON_DEPENDENCY } from "./single-person-dependency.ts";
import { SPECIALIST_NEED_PART_TIME } from "./specialist-need-part-time.ts";
import { SUPPORT_INCONSISTENT } from "./support-inconsistent.ts";
import { TEAM_CAPABLE } from "./team-capable.ts";
import { UNPREDICTABLE_COSTS } from "./unpredictable-costs.ts";
import { WANTS_CONTROL } from "./wants-control.ts";

export type { SignalPatterns, SignalRule } from "./rule.ts";

/** Every contract signal's patterns; a new signal does not compile until it has an entry. */
export const SIGNAL_PATTERNS: { readonly [K in SignalName]: SignalPatterns } = {
  teamCapable: TEAM_CAPABLE,
  singlePersonDependency: SINGLE_PERSON_DEPENDENCY,
  recruitmentDifficulty: RECRUITMENT_DIFFICULTY,
  specialistNeedPartTime: SPECIALIST_NEED_PART_TIME,
  knowledgeRetentionCritical: KNOWLEDGE_RETENTION_CRITICAL,
  wantsControl: WANTS_CONTROL,
  itIsStrategic: IT_IS_STRATEGIC,
  itNotDeliveringValue: IT_NOT_DELIVERING_VALUE,
  resourcesConstrained: RESOURCES_CONSTRAINED,
  supportInconsistent: SUPPORT_INCONSISTENT,
  securityComplianceRisk: SECURITY_COMPLIANCE_RISK,
  unpredictableCosts: UNPREDICTABLE_COSTS,
  extraCapacityNeeded: EXTRA_CAPACITY_NEEDED,
  itStaffLeaving: IT_STAFF_LEAVING,
};
