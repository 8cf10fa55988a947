import type { SignalRule } from "./rule.ts";

/** In-house IT or its cost named somewhere in the sentence. */
const IT_SPEND =
  /\b(?:it|in house|internal|team|department|staff|salar(?:y|ies)|spend|costs?|costing|pay|paying|£\d+k?|\d+k)\b/;
/** Someone else's service, not the in-house team. */
const OUTSIDE = /\b(?:provider|msp|supplier|contractor|outsourced|licen[cs]es?|subscription)\b/;

/**
 * In-house IT told as money in and nothing to show: "couldn't tell you what we get back",
 * "can't point to a single thing they've improved", "two salaries and still nothing gets done",
 * and the opposite said plainly ("worth every penny", "more than pays for itself").
 */
export const IT_NOT_DELIVERING_VALUE_RETURN: readonly SignalRule[] = [
  {
    // "I couldn't tell the board what we actually get for it", "can't see what's actually improved".
    value: true,
    fixed: true,
    pattern:
      /\b(?:could not|cannot|can not|could never|struggle to) (?:honestly |really |even )?(?:tell (?:you|the board|anyone|them)|see|point to|name|show) (?:what (?:we|it|they|he|she) (?:actually |really )?(?:get(?: back| for it)|have (?:improved|delivered|achieved))|what is (?:actually |really )?(?:improved|better)|(?:a single|one) thing (?:they|it|he|she) (?:have|has) (?:improved|delivered|achieved|fixed))\b/,
    with: [IT_SPEND],
    unless: /\b(?:provider|msp|supplier|outsourced)\b/,
  },
  {
    // "the in-house model stopped making sense", "the numbers just don't add up any more".
    value: true,
    fixed: true,
    pattern:
      /\b(?:in house|model|set ?up|it) (?:just |simply |really )?stopped (?:making (?:financial )?sense|adding up|paying off)\b|\bthe (?:numbers|sums|maths) (?:just |simply )?(?:do not|no longer) (?:add up|stack up|work)\b/,
    allowIf: true,
    near: { pattern: /\b(?:it|in house|internal|hire|salar(?:y|ies)|team|staff)\b/, words: 14 },
    unless: OUTSIDE,
  },
  {
    // "two salaries and still nothing gets done".
    value: true,
    fixed: true,
    pattern:
      /\bsalar(?:y|ies)(?: [a-z]+){0,4}? and still (?:nothing|not much|very little) (?:gets|getting) (?:done|fixed|improved)\b/,
  },
  {
    // "the internal team is great value", "our in-house IT more than pays for itself".
    value: false,
    fixed: true,
    pattern:
      /\b(?:is|are|has been|have been) (?:honestly |really |definitely |absolutely |totally |well )?(?:worth every penny|worth it for us|great value|good value|excellent value)\b|\bmore than pays? for (?:itself|themselves|himself|herself)\b/,
    with: [/\b(?:it|in house|internal|team|department|staff|them|him|her|they)\b/],
    notAfter: /\b(?:do not|does not|not sure|doubt|no longer|used to|if|whether)\b/,
    unless: OUTSIDE,
  },
];
