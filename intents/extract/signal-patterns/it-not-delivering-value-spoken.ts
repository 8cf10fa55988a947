import { type SignalRule } from "./rule.ts";

/** Money in the sentence: what the in-house team costs. */
const MONEY =
  /\b(?:costs?|costing|pay|paying|paid|money|salar(?:y|ies)|spend|spending|£|budget|expensive|price|wage bill)\b/;
/** The in-house team or function as a subject. */
const IN_HOUSE = String.raw`(?:in house it|internal it|(?:the|our) (?:in house |internal |own )?(?:it )?(?:team|department|dept|function|staff|people|guys)|our it|the it|in house|they|he|she)`;
/** An outside provider the visitor compares against. */
const OUTSIDE = String.raw`(?:an? |the )?(?:outside|external|managed|third party|outsourced|proper|good) ?(?:provider|msp|partner|company|firm|supplier|service|it company|outfit)|outsourc(?:ing|ed|e)|an msp|a provider|managed it|externally`;

/** Running IT in-house no longer gives value, said the way visitors tell it. */
export const IT_NOT_DELIVERING_VALUE_SPOKEN: readonly SignalRule[] = [
  {
    // "they're not delivering, honestly", "the IT team just isn't delivering for what it costs"
    value: true,
    fixed: true,
    pattern: new RegExp(
      String.raw`\b${IN_HOUSE}(?: (?:are|is|really|just|simply|honestly|frankly))* (?:not|no longer|never) (?:really |actually )?delivering(?= *(?:$|[,.;!?]|(?:and|but|so|honestly|tbh|frankly|for (?:the|what)|at all|anything|much)\b))`,
    ),
    unless:
      /\b(?:our|the|current|existing) (?:msp|provider|supplier|vendor|contractor|it company|it firm|managed service provider|support company|third party)\b/,
  },
  {
    // "we'd get more from an outside provider for the same money"
    value: true,
    pattern: new RegExp(
      String.raw`\b(?:get|getting|have|buy) (?:more|much more|far more|a lot more|twice as much|double|better(?: service| support| cover)?|more (?:cover|support|skills|expertise)) (?:from|out of|with|by using|by going to|via) (?:${OUTSIDE})\b|\b(?:${OUTSIDE})(?: [a-z]+){0,3}? (?:would|could|will|might) (?:give|get|offer|provide) (?:us )?(?:more|much more|far more|better|twice as much)\b`,
    ),
    with: [
      /\b(?:(?:the )?same (?:money|price|cost|spend|budget|amount)|for less|less money|cheaper|half the (?:price|cost)|what we pay|what it costs|for the money)\b/,
    ],
  },
  {
    // "for what it costs us in-house it's not giving us much", "we don't get any more out of it"
    value: true,
    fixed: true,
    pattern:
      /\b(?:not|no longer|never|hardly|barely) (?:really |exactly )?(?:giving|give|gives|delivering|deliver|delivers|providing|provide|provides|offering|offer|offers|doing) (?:us |for us )?(?:much|a lot|anything|enough|very much|all that much|a great deal)\b|\b(?:do not|does not|did not|never|not) (?:really |actually )?(?:get|getting|see|seeing) (?:any ?more|much|anything|a lot|much more|anything more|very much)(?: [a-z]+)? (?:out of|from|back from|for) (?:it|them|him|her|the team|our it|the department|that|the money|all that)\b/,
    with: [MONEY],
  },
  {
    // Said of the in-house team: "in-house IT is earning its keep"; "doesn't think ..." turns it.
    value: false,
    pattern: new RegExp(
      String.raw`\b${IN_HOUSE}(?: (?:is|are|has been|have been|really|genuinely|definitely|actually))+ (?:earning (?:its|their|his|her) keep|(?:good |great |real )?value for money|worth (?:it|the money|the cost|every penny|what we pay(?: (?:them|him|her|for (?:it|them)))?))\b|\bwe (?:really |definitely |do |still )?(?:get|are getting|see) (?:good |real |great |decent |proper )?value (?:from|out of) (?:it|them|him|her|the team|our it|in house it|the it team|our team|our it team)\b`,
    ),
  },
  {
    // "we get nothing back from the it budget anymore", "see very little for what we spend".
    value: true,
    fixed: true,
    pattern:
      /\b(?:get|getting|see|seeing) (?:nothing|very little|little|bugger all|sod all|nowt|not much|zero|hardly anything) (?:back )?(?:for|from) (?:the |our |what we |all )?(?:it |tech )?(?:budget|spend|spending|money|pay|invest|put in|salaries|costs?|outlay)\b/,
    with: [/\b(?:it|tech|technology|in house|team|department)\b/],
  },
  {
    // "it is not giving us value any more", "no longer delivering value for money".
    value: true,
    fixed: true,
    pattern:
      /\b(?:not|no longer|never|stopped) (?:really )?(?:giving|delivering|providing|offering|adding) (?:us |the business )?(?:any |much |real )?(?:value|good value|value for money)\b/,
    with: [/\b(?:it|tech|technology|in house|team|department|model)\b/],
  },
];
