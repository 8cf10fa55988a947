import type { Profile } from "../../src/core/profile/index.ts";
import type { Reason, Recommendation } from "../../src/core/recommender/index.ts";
import { fill, type CardCopy } from "./copy.ts";

/** What presenting a recommendation needs, for the card and the plain-text version alike. */
export interface PresentOptions {
  recommendation: Recommendation;
  profile: Profile;
  copy: CardCopy;
  /** The booking page (BOOKING_URL); without a usable http(s) URL, "Book a call" is a Submit. */
  bookingUrl?: string | undefined;
}

/** How many reasons are shown. */
export const SHOWN_REASONS = 3;

/**
 * The reasons to show, those that support the recommended model first (keeping the
 * recommender's order within each group); every reason supports the path.
 */
export function topReasons(recommendation: Recommendation, count = SHOWN_REASONS): Reason[] {
  const { model, reasons } = recommendation;
  const supports = (reason: Reason): boolean =>
    model === "co-managed-then-managed" || reason.favours === model;
  return [...reasons.filter(supports), ...reasons.filter((reason) => !supports(reason))].slice(
    0,
    count,
  );
}

/**
 * The shown reasons as numbered lines; one that favours the other model is marked as such, so
 * the card never seems to argue against itself.
 */
export function reasonLines(recommendation: Recommendation, copy: CardCopy): string[] {
  const { model } = recommendation;
  return topReasons(recommendation).map((reason, i) => {
    const against = model !== "co-managed-then-managed" && reason.favours !== model;
    // "Weighing the other way: your team..." runs on from the colon; "IT is..." keeps its capitals.
    const runOn = reason.text.replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
    const line = against ? fill(copy, "card.reasonAgainst", { reason: runOn }) : reason.text;
    return `${i + 1}. ${line}`;
  });
}

/** The booking URL when it is an absolute http(s) address a button can open. */
export function usableBookingUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:" ? url : undefined;
  } catch {
    return undefined;
  }
}
