import type { Facts } from "./facts.ts";
import type { ScoredFactorId, Side } from "./schema.ts";

/**
 * One row of the rule table: a criterion from the source article, the model it favours, how
 * much it counts, and how strongly the profile shows it.
 */
export interface FactorRule {
  readonly id: ScoredFactorId;
  readonly favours: Side;
  /** How much the criterion counts when fully present, relative to the others. */
  readonly weight: number;
  /** 0 when the profile does not show the criterion, up to 1 when it shows it fully. */
  strength(facts: Facts): number;
  /**
   * Why this fact points that way, in plain British English. Only numbers and enum values from
   * the profile may appear; visitors' own words never do.
   */
  text(facts: Facts): string;
}

/** Combines independent partial signals (each 0..1) into one strength in 0..1. */
export function noisyOr(...parts: readonly number[]): number {
  return 1 - parts.reduce((rest, part) => rest * (1 - Math.min(1, Math.max(0, part))), 1);
}
