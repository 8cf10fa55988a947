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
  // "both saying they'll walk if it doesn't change", "thinking if quitting", "burnt our" (typos).
  {
    level: "high",
    pattern:
      /\b(?:saying|says|said|say|threatening|threatened|warning|warned|told (?:me|us|the boss|management))(?: that)? (?:they|he|she|we|i) (?:will|would|are going to|is going to|am going to|might|may) (?:walk|quit|resign|jack it in|pack it in|hand in (?:his|her|their|my|our) notice|leave if)\b|\bthinking (?:if|off|bout|abt|o) quit(?:ting)?\b|\b(?:is|are|am|feels?|totally|completely|properly) (?:burnt|burned) our\b(?! [a-z]+ (?:budget|money|fingers|bridges)\b)(?! (?:budget|money|fingers|bridges)\b)/,
  },
  // "the 24/7 on call is grinding them into the ground", "off long-term sick with stress".
  {
    level: "high",
    pattern:
      /\b(?:grind(?:s|ing)?|ground) (?:them|him|her|us|me|everyone|the team|the lads|the guys)(?: (?:into the ground|down|to dust))\b|\boff (?:long term |long )?sick (?:with|for|due to|because of) (?:stress|burnout|exhaustion|anxiety)\b|\b24\/7 on call\b|\bon call (?:most|nearly every|almost every|every other|alternate) (?:weekends?|nights?|evenings?)\b/,
  },
  // "the workload is crazy", "hours are mental".
  {
    level: "high",
    pattern:
      /\b(?:workloads?|work load|the load|hours|ticket (?:volumes?|numbers)) (?:is|are|has been|have been) (?:just |absolutely |totally |frankly |honestly )?(?:crazy|insane|mental|nuts|silly|ridiculous|brutal|horrendous|unreal|through the roof)\b/,
  },
  // "hours are long", "the days can get long".
  {
    level: "medium",
    pattern: /\b(?:hours|days) (?:are|can be|can get|get) (?:quite |pretty |very |really )?long\b/,
  },
  // "it's ok, we manage": getting by, not comfortable.
  {
    level: "medium",
    negatedLevel: "high",
    pattern:
      /\b(?:we|they|he|she|i) (?:just |just about |somehow |sort of |kind of )?(?:manage|cope|get by|muddle through|survive)(?= *(?:$|[,.;!?]))/,
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
