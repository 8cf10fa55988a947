import { fill } from "./copy.ts";
import { describeConfidence, describeModel, describeTopic } from "./describe.ts";
import { reasonLines, usableBookingUrl, type PresentOptions } from "./present-options.ts";
import { toRecapParts } from "./recap.ts";

/**
 * The recommendation as plain text, for channels without cards and the terminal chat: model,
 * how sure, numbered reasons, "- " responsibilities, a hint when answers are missing, next steps.
 */
export function renderRecommendationText(options: PresentOptions): string {
  const { recommendation, profile, copy } = options;
  const sections: string[] = [];

  const head = [
    fill(copy, "text.headline", { model: describeModel(recommendation.model, copy) }),
    fill(copy, "card.fit", { confidence: describeConfidence(recommendation.confidence, copy) }),
  ];
  const { facts } = toRecapParts(profile, copy);
  if (facts.length > 0) head.push(fill(copy, "card.basedOn", { facts: facts.join(", ") }));
  sections.push(head.join("\n"));

  const reasons = reasonLines(recommendation, copy);
  sections.push([`${fill(copy, "card.reasons")}:`, ...reasons].join("\n"));

  if (recommendation.responsibilities.length > 0) {
    const heading = fill(copy, `card.responsibilities.${recommendation.model}`);
    sections.push(
      [`${heading}:`, ...recommendation.responsibilities.map((item) => `- ${item}`)].join("\n"),
    );
  }
  const firstMissing = recommendation.missing[0];
  if (firstMissing)
    sections.push(fill(copy, "card.missing", { topic: describeTopic(firstMissing, copy) }));

  const bookingUrl = usableBookingUrl(options.bookingUrl);
  sections.push(
    bookingUrl
      ? fill(copy, "text.nextSteps", { bookingUrl })
      : fill(copy, "text.nextSteps.noBooking"),
  );
  return sections.join("\n\n");
}
