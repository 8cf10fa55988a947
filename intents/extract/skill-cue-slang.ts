import type { SkillCue } from "./skill-cues.ts";

/**
 * Plainer ways of owning up to a gap, beside {@link SKILL_CUES}: "neither has touched VMware",
 * "anything networky and we're lost", "we need phishing training", "need a pen test done",
 * "helpdesk is killing us", "wouldn't have a notion".
 */
export const SLANG_CUES: readonly SkillCue[] = [
  // "neither of them has touched VMware in anger".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\bneither(?: of (?:us|them|the (?:two|pair) of (?:us|them)))? (?:has|have|had) (?:ever |really |properly |actually )?(?:touched|used|worked (?:with|on)|done|looked at|dealt with|set up|configured|managed)\b/,
  },
  // "...and we're lost", "then he's stumped" at the end of a clause.
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:and|then) (?:we are|i am|they are|he is|she is|we get|i get|we would be|they would be) (?:completely |totally |utterly |a bit |just |well |pretty much )?(?:lost|stuck|stumped|clueless|sunk|scuppered|out of (?:our|my|his|her|their) depth)(?= *(?:$|[,.;!?]))/,
  },
  // "we need phishing training", "need some security awareness training".
  {
    kind: "gap",
    pattern:
      /\bneed(?:s|ed)? (?:a |an |some |more |proper |regular )?(?:[a-z0-9]+ ){1,2}?training\b/,
  },
  // "we need a security bod now and then"; "we'd only need one occasionally" is a what-if.
  {
    kind: "gap",
    pattern:
      /(?<!\bwould (?:only |just |probably |maybe )?)\b(?:need|needs|needed|want|looking for|could use|require) (?:a |an |some )?(?:[a-z0-9/]+ ){0,2}?(?:bods?|techies?|gurus?|whizz(?:es)?)\b/,
  },
  // "helpdesk is killing us", "they spend all day on password resets".
  {
    kind: "gap",
    pattern:
      /(?<!\b(?:costs?|prices?|bills?|fees?|rates|rent|budgets?|inflation|competition) )\b(?:is|are) (?:slowly |literally |absolutely |just |really )?killing (?:us|me|him|her|them)\b|\bspend(?:s|ing)? (?:all day|all week|half (?:the|their|his|her|our|my) (?:day|week|time)|(?:all|most) of (?:the|their|his|her|our|my) (?:day|days|time|week)) on\b/,
  },
  // "I wouldn't have a notion what to do about security", "dem no sabi am" (Pidgin).
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:would not|do not|does not|did not) have (?:a |the (?:first |slightest |faintest |foggiest )?)?(?:notion|clue)\b|\bnot a notion\b|\bno sabi\b|\bna wahala\b/,
  },
  // "need a pen test done", "need our DR plan written".
  {
    kind: "gap",
    pattern:
      /\bneed(?:s|ed)? (?:a |an |some |our |the |regular |an annual |a proper )?(?:[a-z0-9]+ ){1,3}?(?:done|carried out|written|put together|drawn up)\b/,
  },
];
