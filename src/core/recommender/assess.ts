import type { Profile } from "../profile/index.ts";
import type { FactorRule } from "./factor-rule.ts";
import { toFacts, type Facts } from "./facts.ts";
import { isSteppingStone, steppingStoneText, toPathPulls } from "./path.ts";
import { FACTOR_IDS, type Model, type Reason } from "./schema.ts";
import type { Thresholds } from "./thresholds.ts";

/** What the recommender works from: the numbers and the rule table. */
export interface RecommenderConfig {
  thresholds: Thresholds;
  factors: readonly FactorRule[];
}

/** The model, confidence and reasons for one profile, before responsibilities and `missing`. */
export interface Assessment {
  model: Model;
  confidence: number;
  reasons: Reason[];
  facts: Facts;
}

interface Contribution {
  rule: FactorRule;
  score: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

const byStrength = (a: Contribution, b: Contribution): number =>
  b.score - a.score || FACTOR_IDS.indexOf(a.rule.id) - FACTOR_IDS.indexOf(b.rule.id);

/**
 * Scores every rule, then picks the side with the larger total, or the stepping-stone path when
 * both pulls are substantial. Confidence grows with the margin between the sides and with the
 * amount of evidence, and stays below 1 (see `Thresholds.confidence`).
 */
export function assess(profile: Profile, { thresholds, factors }: RecommenderConfig): Assessment {
  const facts = toFacts(profile, thresholds);
  const contributions = factors
    .map((rule) => ({ rule, score: rule.weight * Math.min(1, Math.max(0, rule.strength(facts))) }))
    .filter((c) => c.score > 0)
    .sort(byStrength);

  const total = (side: FactorRule["favours"]): number =>
    contributions.filter((c) => c.rule.favours === side).reduce((sum, c) => sum + c.score, 0);
  const coManaged = total("co-managed");
  const managed = total("managed");
  const evidence = coManaged + managed + thresholds.confidence.softening;
  const margin = Math.round((coManaged - managed) * 1e9) / 1e9;
  const { floor, span } = thresholds.confidence;

  const reasons: Reason[] = contributions.map(({ rule }) => ({
    factor: rule.id,
    favours: rule.favours,
    text: rule.text(facts),
  }));

  if (isSteppingStone(facts, { coManaged, managed })) {
    // Sure of the path as far as both sides weigh in, or as far as its two pulls are both strong.
    const { keep, away } = toPathPulls(facts);
    const balance = Math.max(
      (2 * Math.min(coManaged, managed)) / evidence,
      0.8 * Math.min(keep, away),
    );
    reasons.unshift({
      factor: "stepping-stone",
      favours: "co-managed",
      text: steppingStoneText(facts),
    });
    return {
      model: "co-managed-then-managed",
      confidence: round2(floor + span * balance),
      reasons,
      facts,
    };
  }
  return {
    model: margin > 0 ? "co-managed" : "managed",
    confidence: round2(floor + (span * Math.abs(margin)) / evidence),
    reasons: reasons.length > 0 ? reasons : [{ ...FALLBACK_REASON }],
    facts,
  };
}

/**
 * Every profile gets at least one reason. The default table always has one (an unknown IT head
 * count is itself a reason), but a custom table might not, so fall back to the neutral prior.
 */
const FALLBACK_REASON: Reason = {
  factor: "no-internal-it",
  favours: "managed",
  text:
    "Nothing so far points clearly either way. Fully managed works with or without IT staff of " +
    "your own, so it is the safer starting assumption.",
};
