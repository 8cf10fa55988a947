import type { SignalRule } from "./rule.ts";

/** The business's own technology, named: "our booking platform", "tech", "the app". */
const OWN_TECH = String.raw`(?:tech|technology|it|software|our (?:[a-z]+ ){0,2}(?:platform|system|systems|software|app|apps|website|site|portal|tech|technology|booking|ordering|online shop|web shop|online store)|the (?:[a-z]+ )?(?:platform|app|website|portal|software)|online (?:booking|ordering|shop|store|sales)|e ?commerce|the online (?:shop|store|side))`;

/**
 * IT as what customers choose the business for: "the platform is the reason clients pick us",
 * "tech is the core of what we sell", "our online booking is the business", "I wouldn't call IT a
 * utility for us".
 */
export const IT_IS_STRATEGIC_CORE: readonly SignalRule[] = [
  {
    // "our booking platform is the reason clients pick us over other travel firms".
    value: true,
    pattern: new RegExp(
      String.raw`\b${OWN_TECH} (?:is|are) (?:the|a|one) (?:main |big |key |biggest |whole |real |major )?reasons? (?:why )?(?:clients|customers|people|users|buyers|shoppers|guests|members|patients|parents) (?:pick|choose|come to|use|stay with|stick with|buy from|book with|go with) us\b`,
    ),
  },
  {
    // "tech is the core of what we sell", "software is at the heart of our offering".
    value: true,
    pattern: new RegExp(
      String.raw`\b${OWN_TECH} (?:is|are) (?:the core of|at the core of|at the heart of|the heart of|the backbone of|the whole of|central to|core to) (?:what we (?:sell|do|offer|make|provide)|our (?:business|offering|product|products|service|services|proposition))\b`,
    ),
  },
  {
    // "our online booking is the business", "the app basically is the company".
    value: true,
    pattern: new RegExp(
      String.raw`\b${OWN_TECH} (?:basically |essentially |literally |really |pretty much )?(?:is|are) (?:basically |essentially |literally |really |pretty much )?(?:the|our) (?:whole |entire )?(?:business|company|firm|product)\b`,
    ),
    unless: /\b(?:part of|side of|bit of)\b/,
  },
  {
    // "tech is a big deal for us", "our tech is a huge deal here".
    value: true,
    pattern:
      /\b(?:tech|technology|our it|digital|software|our systems|our tech) (?:is|are) (?:a |such a )?(?:big|huge|massive|major|really big) deal (?:for us|here|to us|in our business|for the business)\b/,
  },
  {
    // "I wouldn't call IT a utility for us", "we don't see tech as just a cost centre".
    value: true,
    fixed: true,
    pattern:
      /\b(?:would not|would never|could not|cannot|can not|do not|never|would hardly) (?:really )?(?:call|describe|see|class|regard|treat|think of|view) (?:it|tech|technology|our it|our tech|our systems) (?:as )?(?:a |just a |merely a |simply a |only a |as a )?(?:utility|commodity|cost centre|cost center|back office function|overhead)\b/,
  },
];
