import type { Intent } from "../intent-names.ts";

/** One intent's probability in a classification's ranking. */
export interface RankedIntent {
  intent: Intent;
  score: number;
}

/** What {@link decide} needs to refuse a guess. */
export interface DecisionRule {
  /** Below this top probability the text is out of scope. */
  threshold: number;
  /** Below this gap between the top two probabilities the text is out of scope. */
  margin: number;
}

/** The classifier's verdict; `confidence` estimates the chance `intent` is right. */
export interface IntentClassification {
  intent: Intent;
  confidence: number;
  /** Every intent by descending probability (the model's view, before any refusal). */
  ranking: RankedIntent[];
}

/**
 * Picks the intent from a probability ranking. A weak or contested winner becomes
 * `out_of_scope`: the model was trained on what the advisor handles, so an unsure guess is
 * often text it was never meant to handle. A refusal's confidence is the trained
 * `out_of_scope` probability plus half the mass neither it nor the top guess claims; in
 * cross-validation refusals were right less often than `1 - top` would claim, while fresh
 * off-topic text is refused more often than the training corpus shows.
 */
export function decide(ranking: RankedIntent[], rule: DecisionRule): IntentClassification {
  const top = ranking[0] ?? { intent: "out_of_scope", score: 1 };
  const second = ranking[1]?.score ?? 0;
  if (top.intent === "out_of_scope") return { intent: top.intent, confidence: top.score, ranking };
  if (top.score >= rule.threshold && top.score - second >= rule.margin) {
    return { intent: top.intent, confidence: top.score, ranking };
  }
  const trained = ranking.find((entry) => entry.intent === "out_of_scope")?.score ?? 0;
  const unclaimed = Math.max(0, 1 - top.score - trained);
  return { intent: "out_of_scope", confidence: trained + unclaimed / 2, ranking };
}
