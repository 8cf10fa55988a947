import type { Profile } from "../src/core/profile/index.ts";
import type { Recommendation } from "../src/core/recommender/index.ts";
import { CONFIDENCE_BANDS } from "./cards/index.ts";
import type { AdvisorServices } from "./services.ts";
import { asksWhy } from "./why.ts";
import { alternativeAskedAbout, explainAlternative } from "./why-not.ts";

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };
const REASON_NUMBER = /\breason\s*(?:no\.?\s*|number\s*|#\s*)?(\d)\b/i;
const REASON_ORDINAL = /\b(first|second|third|fourth) reason\b/i;
const WHY_MODEL =
  /\bwhy\b.{0,30}\b(?:co-?managed|fully managed|managed|that|this|it)\b|^\W*why\W*$/i;

/** A reply to a question about the recommendation, with the buttons that fit it. */
export interface Explanation {
  lines: string[];
  actions: string[];
}

/** Which reason the visitor asks about ("explain reason 2", "the second reason"), 1-based. */
function reasonAskedAbout(text: string): number | null {
  const digit = REASON_NUMBER.exec(text)?.[1];
  if (digit) return Number(digit);
  const word = REASON_ORDINAL.exec(text)?.[1]?.toLowerCase();
  return word ? (ORDINALS[word] ?? null) : null;
}

/**
 * A question about the recommendation just given, answered from its own reasons: "why?", "explain
 * reason 2", or "why not fully managed?" as a contrast with the model not chosen. Null when the
 * text is not such a question.
 */
export function explainRecommendation(
  text: string,
  recommendation: Recommendation,
  profile: Profile,
  services: Pick<AdvisorServices, "copy" | "present">,
): Explanation | null {
  const { copy, present } = services;
  // "Answer one more question" is offered (and mentioned) only when there is one; three buttons
  // at most, as Teams shows no more.
  const actions = [
    ...(recommendation.missing.length > 0 ? [copy("action.more")] : []),
    copy("action.talk"),
    copy("action.ask"),
    ...(recommendation.missing.length > 0 ? [] : [copy("action.restart")]),
  ];
  const numbered = present.reasons(recommendation);
  const asked = reasonAskedAbout(text);
  if (asked !== null) {
    const reason = numbered[asked - 1];
    return {
      lines: [reason ?? copy("explain.noSuchReason", { count: numbered.length })],
      actions,
    };
  }
  const alternative = alternativeAskedAbout(text);
  const contrast =
    alternative && explainAlternative(alternative, recommendation, profile, services);
  if (contrast) return { lines: contrast, actions };
  if (!alternative && !asksWhy(text) && !WHY_MODEL.test(text)) return null;
  const lines = [copy("explain.intro"), ...numbered];
  const firstMissing = recommendation.missing[0];
  if (firstMissing) {
    const clear = recommendation.confidence >= CONFIDENCE_BANDS.clear;
    lines.push(
      copy(clear ? "explain.firmUp.clear" : "explain.firmUp", {
        topic: present.topic(firstMissing),
      }),
    );
  }
  return { lines, actions };
}
