import {
  buildRecommendationCard,
  describeTopic,
  reasonLines,
  renderNoted,
  renderRecap,
  renderRecommendationText,
  type CardCopy,
} from "./cards/index.ts";
import type { Presenter } from "./services.ts";

/** Recommendations as cards or text, and the recap, all worded from the card copy. */
export function createPresenter(copy: CardCopy, bookingUrl: string): Presenter {
  return {
    card: (recommendation, profile) =>
      buildRecommendationCard({ recommendation, profile, copy, bookingUrl }) as unknown as Record<
        string,
        unknown
      >,
    text: (recommendation, profile) =>
      renderRecommendationText({ recommendation, profile, copy, bookingUrl }),
    recap: (profile) => renderRecap(profile, copy),
    summary: (profile) => renderRecap(profile, copy, false),
    noted: (profile, changed) => renderNoted(profile, changed, copy),
    reasons: (recommendation) => reasonLines(recommendation, copy),
    topic: (path) => describeTopic(path, copy),
  };
}
