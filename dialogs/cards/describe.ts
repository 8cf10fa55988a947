import type { ProfilePath, SkillArea } from "../../src/core/profile/index.ts";
import { fill, type CardCopy } from "./copy.ts";
import type { Model } from "../../src/core/recommender/index.ts";

/** Lowest confidence for each wording; below `likely` the view is an early one. */
export const CONFIDENCE_BANDS = { clear: 0.75, likely: 0.55 } as const;

/** The model in plain words ("Co-managed IT"). */
export const describeModel = (model: Model, copy: CardCopy): string => copy[`model.${model}`];

/** How sure the recommendation is, in words ("a clear fit"). */
export function describeConfidence(confidence: number, copy: CardCopy): string {
  if (confidence >= CONFIDENCE_BANDS.clear) return copy["confidence.clear"];
  if (confidence >= CONFIDENCE_BANDS.likely) return copy["confidence.likely"];
  return copy["confidence.early"];
}

/** A skills area as a visitor would say it ("security", "the service desk"). */
export const describeSkillArea = (area: SkillArea, copy: CardCopy): string => copy[`skill.${area}`];

/** What a profile path is about, as a phrase that follows "about" or "to know". */
export const describeTopic = (path: ProfilePath, copy: CardCopy): string => copy[`topic.${path}`];

/** "a, b and c", with the copy's word for "and". */
export function listOf(items: readonly string[], copy: CardCopy): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${fill(copy, "list.and")} ${items[items.length - 1]}`;
}

/** A whole number with thousands separators ("1,200"), whatever the host's locale. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
