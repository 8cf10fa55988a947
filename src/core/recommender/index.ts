/** @module recommender: co-managed, managed or the path between, from a profile, with reasons. */
export { createRecommender } from "./create-recommender.ts";
export type { Recommender, RecommenderOptions } from "./create-recommender.ts";
export {
  FACTOR_IDS,
  FactorIdSchema,
  MODELS,
  ModelSchema,
  ReasonSchema,
  RecommendationSchema,
  SIDES,
  SideSchema,
} from "./schema.ts";
export type { FactorId, Model, Reason, Recommendation, ScoredFactorId, Side } from "./schema.ts";
export { DEFAULT_FACTORS } from "./factors.ts";
export type { FactorRule } from "./factor-rule.ts";
export type { Facts, RatioBand } from "./facts.ts";
export { DEFAULT_THRESHOLDS } from "./thresholds.ts";
export type { ThresholdOverrides, Thresholds } from "./thresholds.ts";
export { RecommenderConfigError } from "./errors.ts";
