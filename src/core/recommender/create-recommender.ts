import type { Profile } from "../profile/index.ts";
import type { RecommenderConfig } from "./assess.ts";
import { RecommenderConfigError } from "./errors.ts";
import type { FactorRule } from "./factor-rule.ts";
import { DEFAULT_FACTORS } from "./factors.ts";
import { recommend } from "./recommend.ts";
import type { Recommendation } from "./schema.ts";
import { toThresholds, type ThresholdOverrides, type Thresholds } from "./thresholds.ts";

export interface RecommenderOptions {
  /** Numbers to change; anything left out keeps its default (`DEFAULT_THRESHOLDS`). */
  thresholds?: ThresholdOverrides;
  /** A replacement rule table; defaults to `DEFAULT_FACTORS`. */
  factors?: readonly FactorRule[];
}

export interface Recommender {
  /** Same profile in, same recommendation out; never sends anything anywhere. */
  recommend(profile: Profile): Recommendation;
}

/**
 * Builds a recommender from its thresholds and rule table.
 * @throws RecommenderConfigError when the numbers or rules are inconsistent.
 */
export function createRecommender(options: RecommenderOptions = {}): Recommender {
  const config: RecommenderConfig = {
    thresholds: toThresholds(options.thresholds),
    factors: options.factors ?? DEFAULT_FACTORS,
  };
  validate(config);
  return { recommend: (profile) => recommend(profile, config) };
}

function validate({ thresholds, factors }: RecommenderConfig): void {
  const problems = [...thresholdProblems(thresholds), ...factorProblems(factors)];
  if (problems.length > 0)
    throw new RecommenderConfigError(`Invalid recommender config: ${problems.join("; ")}`);
}

function thresholdProblems({ ratio, firmSize, confidence, missing }: Thresholds): string[] {
  const problems: string[] = [];
  if (!(
    0 < ratio.adequate &&
    ratio.adequate <= ratio.stretched &&
    ratio.stretched <= ratio.understaffed
  )) {
    problems.push("ratio bands must be positive and ascending");
  }
  if (!(0 < firmSize.verySmall && firmSize.verySmall <= firmSize.small)) {
    problems.push("firm sizes must be positive and ascending");
  }
  if (!(confidence.floor >= 0 && confidence.span > 0 && confidence.floor + confidence.span < 1)) {
    problems.push("confidence floor + span must stay below 1");
  }
  if (!(confidence.softening > 0)) problems.push("confidence softening must be positive");
  if (!(missing.minShift > 0)) problems.push("missing.minShift must be positive");
  return problems;
}

function factorProblems(factors: readonly FactorRule[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of factors) {
    if (seen.has(rule.id)) problems.push(`factor ${rule.id} appears twice`);
    seen.add(rule.id);
    if (!(Number.isFinite(rule.weight) && rule.weight >= 0))
      problems.push(`factor ${rule.id} needs a weight >= 0`);
  }
  return problems;
}
