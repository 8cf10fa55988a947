/** A figure the issue sets a bar for: at least (`>=`) or at most (`<=`) `value`. */
export interface Target {
  op: ">=" | "<=";
  value: number;
}

/** The bars from the issue, as shares (0.9 = 90%). */
export const TARGETS = {
  faqTop1: { op: ">=", value: 0.9 },
  faqRejection: { op: ">=", value: 0.9 },
  intentMacroF1: { op: ">=", value: 0.92 },
  fieldPrecision: { op: ">=", value: 0.95 },
  fieldRecall: { op: ">=", value: 0.95 },
  falseExtractions: { op: "<=", value: 0.02 },
  outOfScopeRecall: { op: ">=", value: 0.85 },
  falseRejections: { op: "<=", value: 0.05 },
  calibrationError: { op: "<=", value: 0.1 },
} as const satisfies Record<string, Target>;

export type TargetName = keyof typeof TARGETS;

/** PASS or MISS against a target; `n/a` when the figure could not be measured. */
export type Verdict = "PASS" | "MISS" | "n/a";

/** Judges a figure against its target. */
export function verdict(value: number | null, target: Target): Verdict {
  if (value === null) return "n/a";
  return (target.op === ">=" ? value >= target.value : value <= target.value) ? "PASS" : "MISS";
}

/** A figure with its target and verdict, as carried in the JSON report. */
export interface Judged {
  value: number | null;
  target: Target;
  verdict: Verdict;
}

/** Bundles a figure with a named target. */
export const judge = (value: number | null, name: TargetName): Judged => ({
  value,
  target: TARGETS[name],
  verdict: verdict(value, TARGETS[name]),
});
