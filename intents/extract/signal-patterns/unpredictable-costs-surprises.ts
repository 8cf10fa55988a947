import { pattern, type SignalRule } from "./rule.ts";

/** Money spent on IT, as visitors name it ("our IT costs" is matched from the noun on). */
const COST = String.raw`(?:costs?|bills?|spend|spending|invoices?|budget|charges|fees|outlay)`;
/** Coming without warning. */
const UNWARNED = String.raw`(?:with no warning|without (?:any )?warning|out of (?:nowhere|the blue)|from nowhere|overnight)`;
/** Nobody can say why. */
const UNEXPLAINED = String.raw`(?:(?:i|we|nobody|no one|noone|they|finance) (?:still )?(?:do not|does not|did not|could not|cannot|can not|could|can)? ?(?:really |fully |even )?(?:know|explain|understand|tell (?:me|us)?|work out|figure out) (?:why|what for|where it went|where the money goes))`;

/**
 * IT costs that cannot be planned, told as surprises: invoices nobody budgeted for, a budget that
 * overran, costs that doubled with no warning, rises nobody saw coming or can explain.
 */
export const UNPREDICTABLE_COSTS_SURPRISES: readonly SignalRule[] = [
  {
    // "another invoice we didn't budget for", "bills we never planned for".
    value: true,
    fixed: true,
    pattern:
      /\b(?:invoices?|bills?|charges?|costs?|fees?|spend|expenses?|callouts?|call outs?)(?: that)? (?:we|i|finance) (?:did not|never|had not|have not|could not|cannot) (?:budget(?:ed)?|plan(?:ned)?|allow(?:ed)?|account(?:ed)?|see|expect(?:ed)?)(?: for| coming)?\b|\b(?:unbudgeted|unplanned|surprise|unexpected) (?:invoices?|bills?|charges?|costs?|spend|callouts?|fees?)\b/,
  },
  {
    // "costs have gone up every year and I can't see them coming".
    value: true,
    fixed: true,
    pattern:
      /\b(?:can not|cannot|could not|never|do not) (?:ever )?see (?:them|it|the (?:bills?|costs?|invoices?|rises?|increases?)) coming\b/,
    with: [/\b(?:costs?|bills?|invoices?|spend|budget|prices?|charges|fees)\b/],
  },
  {
    // "our IT costs doubled last year with no warning", "the bill jumped out of nowhere".
    value: true,
    pattern: pattern`\b${COST} (?:have |has |had )?(?:doubled|tripled|trebled|jumped|spiked|shot up|gone up|went up|rocketed|ballooned|soared|leapt|leaped|crept up|gone through the roof|went through the roof)(?: [a-z0-9]+){0,4}? (?:${UNWARNED}|and ${UNEXPLAINED})\b`,
  },
  {
    // "the IT budget went over by 40% and nobody could explain why", "we overspent on IT again".
    value: true,
    pattern: pattern`\b${COST} (?:went|goes|has gone|have gone|ran|runs|has run|keeps going|keeps running|always goes|always runs|came in) (?:way |well |massively )?over(?: by [a-z0-9 ]{1,20}?| budget| again| every year| each year)?\b|\b(?:overspent|overspend|overran|overrun|blew|blown) (?:on |the |our )?(?:it |tech )?(?:budget|spend)?\b`,
    with: [
      /\b(?:it|tech|technology|budget|licen[cs]es?|support|callouts?|servers?|hardware|software)\b/,
    ],
  },
  {
    // "nobody could explain why the bill went up", "no idea what we pay for".
    value: true,
    fixed: true,
    pattern: pattern`\b(?:nobody|no one|noone) (?:could|can|was able to|is able to) (?:explain|tell (?:me|us)|say) (?:why|what for|where it went)\b`,
    with: [/\b(?:costs?|bills?|invoices?|spend|budget|charges|fees|went over|overspen[dt])\b/],
  },
  {
    // "we get stung by random hardware failures, never in the budget", "a fortune some months and nothing the next".
    value: true,
    fixed: true,
    pattern:
      /\b(?:get|gets|got|getting|keep getting) stung\b|\bnever in the budget\b|\bsome months,? (?:and|but|then) (?:nothing|next to nothing|hardly anything) (?:the next|others|other months)\b/,
    with: [/\b(?:costs?|bills?|invoices?|budget|pay|paying|spend|fortune|failures?|repairs?)\b/],
  },
];
