import { CO_MANAGED_FACTORS } from "./co-managed-factors.ts";
import type { FactorRule } from "./factor-rule.ts";
import { MANAGED_FACTORS } from "./managed-factors.ts";

/**
 * The default rule table: one rule for every scored FactorId in the contract. Weights are our own
 * judgement of the article's emphasis; "no internal IT" outweighs every co-managed rule that can
 * still apply without an IT team, because co-managed cannot work without one.
 */
export const DEFAULT_FACTORS: readonly FactorRule[] = [...CO_MANAGED_FACTORS, ...MANAGED_FACTORS];
