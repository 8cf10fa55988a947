import type { Recommendation } from "../src/core/recommender/index.ts";
import type { Copy } from "./copy.ts";
import { asksWhy } from "./why.ts";

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };
const REASON_NUMBER = /\breason\s*(?:no\.?\s*|number\s*|#\s*)?(\d)\b/i;
const REASON_ORDINAL = /\b(first|second|third|fourth) reason\b/i;
const WHY_MODEL =
  /\bwhy\b.{0,30}\b(?:co-?managed|fully managed|managed|that|this|it)\b|^\W*why\W*$/i;

/** Which reason the visitor asks about ("explain reason 2", "the second reason"), 1-based. */
function reasonAskedAbout(text: string): number | null {
  const digit = REASON_NUMBER.exec(text)?.[1];
  if (digit) return Number(digit);
  const word = REASON_ORDINAL.exec(text)?.[1]?.toLowerCase();
  return word ? (ORDINALS[word] ?? null) : null;
}

/**
 * A question about the recommendation just given, answered from its own reasons: "why?", "why
 * not fully managed?", "explain reason 2". Null when the text is not such a question.
 */
export function explainRecommendation(
  text: string,
  recommendation: Recommendation,
  copy: Copy,
): string[] | null {
  const numbered = recommendation.reasons.map((reason, i) => `${i + 1}. ${reason.text}`);
  const asked = reasonAskedAbout(text);
  if (asked !== null) {
    const reason = numbered[asked - 1];
    return reason ? [reason] : [copy("explain.noSuchReason", { count: numbered.length })];
  }
  if (!asksWhy(text) && !WHY_MODEL.test(text)) return null;
  const lines = [copy("explain.intro"), ...numbered.slice(0, 3)];
  if (recommendation.missing.length > 0) lines.push(copy("explain.firmUp"));
  return lines;
}
