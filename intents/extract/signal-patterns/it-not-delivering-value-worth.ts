import type { SignalRule } from "./rule.ts";

/** In-house IT named somewhere in the sentence: "run it ourselves", "the IT department". */
const IN_HOUSE =
  /\b(?:in house|internal|ourselves|our own|team|department|function|staff|them|him|her|salar(?:y|ies)|it (?:guy|guys|lads|person|people|bloke|manager))\b/;

/**
 * In-house IT told as poor value: "it stopped being worth the money a while back", "costs too
 * much and isn't delivering", "hasn't been worth it for years".
 */
export const IT_NOT_DELIVERING_VALUE_WORTH: readonly SignalRule[] = [
  {
    // "it stopped being worth the money a while back", "it's no longer worth what we pay".
    value: true,
    fixed: true,
    pattern:
      /\b(?:stopped|ceased|has stopped|have stopped|has not been|have not been|is no longer|are no longer|is not|are not) (?:being |really |actually |honestly )?worth (?:the money|the cost|it|what we pay(?: for (?:it|them|him|her))?|the (?:salary|salaries|outlay|expense|spend))\b/,
    with: [IN_HOUSE],
    unless: /\b(?:provider|msp|supplier|contract|contractor|licen[cs]es?|subscription)\b/,
  },
  {
    // "the IT department costs too much and isn't delivering".
    value: true,
    fixed: true,
    pattern:
      /\b(?:costs?|costing us) (?:too much|a fortune|a lot|loads|far too much|way too much|an arm and a leg)(?: [a-z]+){0,3}? and (?:is not|are not|is no longer|are no longer|is never|are never|does not|do not|never|not) (?:really |actually )?(?:delivering|deliver|pulling (?:its|their) weight|worth it|adding value|add value)\b/,
    with: [IN_HOUSE],
    unless: /\b(?:provider|msp|supplier|contractor|outsourced)\b/,
  },
  {
    // "not sure we get our money's worth out of it anymore": a polite doubt still says it.
    value: true,
    fixed: true,
    pattern:
      /\b(?:not sure|doubt|do not think|do not feel|question whether|wonder if) (?:we (?:really |actually |still )?(?:get|are getting|got)|it (?:gives|is giving) us) (?:our |the |value for )?money'?s? ?(?:worth|value)\b|\b(?:do not|are not|never) (?:really |actually |honestly )?(?:get|getting) (?:our |the )?money'?s? ?worth\b/,
    with: [IN_HOUSE],
    unless: /\b(?:provider|msp|supplier|contractor|licen[cs]es?|subscription)\b/,
  },
  {
    // "we get our money's worth from the team": good value said plainly.
    value: false,
    fixed: true,
    pattern:
      /\bwe (?:definitely |really |certainly |still |more than )?get (?:our |good )?money'?s worth\b/,
    with: [IN_HOUSE],
    unless: /\b(?:provider|msp|supplier|contractor|licen[cs]es?|subscription)\b/,
  },
  {
    // "in-house just doesn't stack up anymore", "keeping it in house no longer adds up".
    value: true,
    fixed: true,
    pattern:
      /\bin house (?:it )?(?:just |simply |really )?(?:does not|no longer|is not|do not) (?:stack up|add up|make (?:financial |economic )?sense|pay (?:its way|off)|work out)\b/,
  },
];
