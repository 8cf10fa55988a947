/**
 * @module cards: a recommendation and the recap as plain Adaptive Card JSON and plain text, with
 * all words from content/cards.en.json. Pure: no botbuilder, so any channel layer can send them.
 */
export { buildRecommendationCard } from "./recommendation-card.ts";
export { renderRecommendationText } from "./recommendation-text.ts";
export { renderNoted, renderRecap, toRecapParts, RECAP_LIMITS } from "./recap.ts";
export type { RecapParts } from "./recap.ts";
export {
  CONFIDENCE_BANDS,
  describeConfidence,
  describeModel,
  describeSkillArea,
  describeTopic,
} from "./describe.ts";
export { CardCopyError, fill, loadCardCopy } from "./copy.ts";
export type { CardCopy } from "./copy.ts";
export { CARD_COPY_KEYS, CARD_COPY_PLACEHOLDERS } from "./copy-keys.ts";
export type { CardCopyKey } from "./copy-keys.ts";
export { CARD_ACTIONS, CardActionIdSchema, actionLabel, toCardAction } from "./actions.ts";
export type { CardActionId } from "./actions.ts";
export { SHOWN_REASONS, reasonLines, topReasons } from "./present-options.ts";
export type { PresentOptions } from "./present-options.ts";
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  toCardAttachment,
} from "./adaptive-card.ts";
export type { AdaptiveCard, CardAction, CardAttachment, CardElement } from "./adaptive-card.ts";
