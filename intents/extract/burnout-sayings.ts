import type { BurnoutCue } from "./burnout-vocabulary.ts";

/** Money and market words: "costs are killing us" is not about the IT staff's load. */
const MONEY =
  /\b(?:costs?|prices?|pricing|fees?|bills?|budgets?|licen[cs]es?|licen[cs]ing|competitors?|competition|inflation|rates|interest|rent|energy|margins?|tax|vat)\b/;

/**
 * More ways of saying the load is too much or too little, beside the main table: "the on-call
 * rota is killing us", "helpdesk is eating them alive", "working all the hours god sends",
 * "she can't be on call every night forever"; and on the calm side "not enough for her to do".
 */
export const BURNOUT_SAYINGS: readonly BurnoutCue[] = [
  {
    level: "high",
    pattern:
      /\b(?:is|are|has been|have been) (?:slowly |literally |absolutely |just |really )?killing (?:us|me|him|her|them)\b|\beat(?:ing|s)? (?:us|me|him|her|them) alive\b/,
    unless: MONEY,
  },
  {
    level: "high",
    pattern:
      /\b(?:all|aw|every) (?:the )?hours (?:that )?god sends\b|\bover ?burdened\b|\btoo much work (?:always|all the time|constantly|every (?:day|week))\b|\b(?:always|constantly) too much work\b/,
  },
  {
    level: "medium",
    pattern: /\btoo much work\b/,
  },
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:cannot|could not|will not be able to) (?:keep (?:on )?|go on |carry on )?(?:be|being|do|doing|work|working|cover|covering|run|running|carry|carrying)\b[^.;!?]{0,50}?\b(?:forever|for ever|indefinitely|much longer)\b/,
  },
  {
    level: "low",
    fixed: true,
    pattern:
      /\bnot enough (?:work )?for (?:him|her|them)(?: to do)?\b|\bnot enough (?:work )?to keep (?:him|her|them) busy\b|\btwiddling (?:his|her|their|our|my) thumbs\b/,
  },
  {
    level: "low",
    needsTopic: true,
    pattern: /\b(?:bored|under ?employed|under ?used|under ?utili[sz]ed)\b/,
  },
];
