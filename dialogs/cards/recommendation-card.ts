import { actionLabel, openUrlAction, submitAction } from "./actions.ts";
import {
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type TextBlock,
} from "./adaptive-card.ts";
import { fill } from "./copy.ts";
import { describeConfidence, describeModel, describeTopic } from "./describe.ts";
import {
  reasonLines,
  topReasons,
  usableBookingUrl,
  type PresentOptions,
} from "./present-options.ts";
import { toRecapParts } from "./recap.ts";
import { renderRecommendationText } from "./recommendation-text.ts";

const text = (value: string, extra: Omit<TextBlock, "type" | "text" | "wrap"> = {}): TextBlock => ({
  type: "TextBlock",
  text: value,
  wrap: true,
  ...extra,
});

/**
 * The recommendation as an Adaptive Card 1.5: model, how sure, top reasons, what the provider
 * would take on, a hint when answers are missing, and four buttons. Every string comes from the
 * copy, the recommender or the profile's numbers and enum values; never from visitor free text.
 */
export function buildRecommendationCard(options: PresentOptions): AdaptiveCard {
  const { recommendation, profile, copy } = options;
  const model = describeModel(recommendation.model, copy);
  const confidence = describeConfidence(recommendation.confidence, copy);
  const reasons = topReasons(recommendation);

  const body: CardElement[] = [
    text(fill(copy, "card.title"), { style: "heading", weight: "Bolder", size: "Medium" }),
    text(model, { size: "Large", weight: "Bolder", color: "Accent", spacing: "Small" }),
    text(fill(copy, "card.fit", { confidence }), { spacing: "Small" }),
  ];
  const { facts } = toRecapParts(profile, copy);
  if (facts.length > 0)
    body.push(
      text(fill(copy, "card.basedOn", { facts: facts.join(", ") }), {
        isSubtle: true,
        size: "Small",
      }),
    );
  body.push(text(fill(copy, "card.reasons"), { weight: "Bolder", spacing: "Medium" }));
  body.push(list(reasonLines(recommendation, copy)));
  if (recommendation.responsibilities.length > 0) {
    body.push(
      text(fill(copy, `card.responsibilities.${recommendation.model}`), {
        weight: "Bolder",
        spacing: "Medium",
      }),
    );
    body.push(list(recommendation.responsibilities.map((item) => `- ${item}`)));
  }
  const firstMissing = recommendation.missing[0];
  if (firstMissing) {
    body.push(
      text(fill(copy, "card.missing", { topic: describeTopic(firstMissing, copy) }), {
        isSubtle: true,
        spacing: "Medium",
      }),
    );
  }

  const bookingUrl = usableBookingUrl(options.bookingUrl);
  const actions: CardAction[] = [
    bookingUrl
      ? openUrlAction(actionLabel("book_call", copy), bookingUrl)
      : submitAction("book_call", copy),
    submitAction("handoff", copy),
    submitAction("ask_question", copy),
    submitAction("restart", copy),
  ];

  return {
    type: "AdaptiveCard",
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    speak: fill(copy, "card.speak", { model, confidence, reason: reasons[0]?.text ?? "" }).trim(),
    fallbackText: renderRecommendationText(options),
    body,
    actions,
  };
}

/** One TextBlock per line, so each list item wraps on its own and Markdown sees one item each. */
const list = (lines: readonly string[]): CardElement => ({
  type: "Container",
  spacing: "Small",
  items: lines.map((line) => text(line, { spacing: "None" })),
});
