import { pattern, type SignalRule } from "./rule.ts";
import { presentWords } from "./speech-cues.ts";

/** What IT money is called. */
const COSTS = String.raw`(?:costs?|spend|spending|bills?|invoices?|fees|charges|outgoings|licensing|licences|subscriptions)`;
/** Bills that are not IT's: "the energy bills jumped again". */
const OTHER_BILLS =
  /\b(?:energy|electricity|electric|gas|fuel|utility|water|food|freight|shipping|raw material)\s*$/;
/** Swings with no clear pattern: "vary loads", "differ hugely". */
const SWING = String.raw`(?:var(?:y|ies|ied)|differ(?:s|ed)?|change[sd]?|fluctuate[sd]?|jump(?:s|ed)? about|go(?:es)? up and down)`;

/** IT costs are hard to predict or control, said the way visitors tell it. */
export const UNPREDICTABLE_COSTS_SPOKEN: readonly SignalRule[] = [
  {
    // "the bills vary loads month to month", "invoices differ hugely from one quarter to the next"
    value: true,
    pattern: pattern`\b${COSTS}${presentWords(2)} (?:can |seem to |tend to |always )?${SWING} (?:so |quite |really )?(?:loads|a ton|tons|like mad|like crazy|enormously|hugely|massively|wildly|a fair bit|quite a bit|quite a lot|a lot|so much)\b`,
    notAfter: OTHER_BILLS,
  },
  {
    // "IT costs jumped again this year", "the licensing bill shot up again"
    value: true,
    pattern: pattern`\b${COSTS}${presentWords(2)} (?:have |has |had |just )?(?:jumped|shot up|spiked|leapt|leaped|rocketed|ballooned|soared|crept up|jumped up|gone through the roof|went through the roof) (?:again|once again|yet again)\b`,
    notAfter: OTHER_BILLS,
    unless: /\b(?:inflation|pay rise|as expected|as planned|budgeted for)\b/,
  },
  {
    // "our SaaS bills creep up every month without anyone noticing"
    value: true,
    pattern: pattern`\b${COSTS}${presentWords(2)} (?:keep |keeps |just |always |seem to )?(?:creep(?:s|ing)?|crept|drift(?:s|ing)?|edge(?:s)?|tick(?:s|ing)?) up(?: [a-z]+){0,3}? (?:without (?:anyone|anybody|us|me|us even|me even|any of us) (?:noticing|knowing|realising|realizing|checking)|every (?:month|quarter)|month (?:on|after) month|all the time|constantly|and up)\b`,
    notAfter: OTHER_BILLS,
  },
  {
    // "not worried about costs, they're fairly steady year on year"; "costs are fine"
    value: false,
    pattern:
      /\b(?:they|these|those)(?: are| have been| stay| remain)? (?:fairly |pretty |quite |very |really |reasonably |relatively |nicely |mostly )?(?:steady|stable|predictable|consistent|flat|static|the same)(?: (?:year on year|month to month|each month|every month|every year|from year to year))?\b/,
    with: [/\b(?:costs?|bills?|spend|spending|invoices?|budget|fees)\b/],
    unless:
      /\b(?:want|wants|wanted|would like|looking for|need|needs|prefer|hoping|hope|wish|keen|if|rather)\b/,
  },
  {
    value: false,
    pattern:
      /\b(?:it )?(?:costs|the costs|our costs|spend|the bills|our bills)(?: are| is| have been| has been)? (?:actually |honestly |really |all |pretty |perfectly )?(?:fine|ok|okay|not (?:a|an|the) (?:problem|issue|worry|concern)|manageable)\b/,
  },
];
