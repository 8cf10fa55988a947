import type { Profile } from "../profile/index.ts";
import { assess, type RecommenderConfig } from "./assess.ts";
import { findMissing } from "./missing.ts";
import { toResponsibilities } from "./responsibilities.ts";
import type { Recommendation } from "./schema.ts";

/** The whole recommendation for one profile: pure and deterministic. */
export function recommend(profile: Profile, config: RecommenderConfig): Recommendation {
  const assessment = assess(profile, config);
  return {
    model: assessment.model,
    confidence: assessment.confidence,
    reasons: assessment.reasons,
    responsibilities: toResponsibilities(assessment.model, assessment.facts),
    missing: findMissing(profile, assessment, config),
  };
}
