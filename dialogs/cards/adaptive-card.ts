/** The Adaptive Card schema URL and the version every card here declares. */
export const ADAPTIVE_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
export const ADAPTIVE_CARD_VERSION = "1.5";
/** Bot Framework attachment content type for an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** The TextBlock properties these cards use. */
export interface TextBlock {
  type: "TextBlock";
  text: string;
  wrap: true;
  size?: "Small" | "Default" | "Medium" | "Large";
  weight?: "Default" | "Bolder";
  color?: "Default" | "Accent" | "Good";
  isSubtle?: boolean;
  spacing?: "None" | "Small" | "Medium";
  style?: "heading";
}

export interface Container {
  type: "Container";
  items: TextBlock[];
  spacing?: "None" | "Small" | "Medium";
}

export type CardElement = TextBlock | Container;

/**
 * Submit carries `msteams.messageBack` so a click shows as a message in Teams; Web Chat ignores
 * it and posts `data` as the activity's `value`.
 */
export interface SubmitAction {
  type: "Action.Submit";
  title: string;
  data: { action: string; msteams: { type: "messageBack"; text: string; displayText: string } };
}

export interface OpenUrlAction {
  type: "Action.OpenUrl";
  title: string;
  url: string;
}

/** Only these two: Web Chat 4.18 ignores Action.Execute. */
export type CardAction = SubmitAction | OpenUrlAction;

/** A plain Adaptive Card object, ready to hand to any channel. */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: typeof ADAPTIVE_CARD_VERSION;
  speak: string;
  fallbackText: string;
  body: CardElement[];
  actions: CardAction[];
}

/** A Bot Framework attachment as a plain object, so this module needs no botbuilder import. */
export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

/** Wraps a card as an activity attachment. */
export const toCardAttachment = (card: AdaptiveCard): CardAttachment => ({
  contentType: ADAPTIVE_CARD_CONTENT_TYPE,
  content: card,
});
