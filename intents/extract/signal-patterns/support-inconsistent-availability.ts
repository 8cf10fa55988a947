import type { SignalRule } from "./rule.ts";

/**
 * Support that hangs on who is around: "depends on which of our lads is in that day", "depends
 * entirely on which technician picks up", "great when we can get him, but some months he's not".
 */
export const SUPPORT_INCONSISTENT_AVAILABILITY: readonly SignalRule[] = [
  {
    // "whether anything gets fixed depends on which of our two IT lads is in that day".
    value: true,
    fixed: true,
    allowIf: true,
    pattern:
      /\bdepend(?:s|ing)? (?:entirely |totally |completely |wholly |really |very much |a lot |massively |purely )?(?:on )?(?:which|who|whoever|whichever|whether) (?:of (?:our|the|them|us)(?: [a-z0-9]+){0,3}? )?(?:[a-z]+ )?(?:is in|is on|is about|is around|is available|is working|is free|picks (?:it )?up|answers|turns up|shows up|gets (?:it|the (?:ticket|call|job))|you get|we get|is on shift|is on duty|comes out|is in the office|(?:they are|he is|she is) (?:at|in|on))\b/,
    with: [
      /\b(?:it|tech|techs|technicians?|engineers?|lads|guys|support|help|helpdesk|fixed|service|ticket|call|phone|contractor|provider|sorted)\b/,
    ],
  },
  {
    // "if Kev's in you get sorted in 5 mins, if he's off you're stuffed for a week".
    value: true,
    fixed: true,
    allowIf: true,
    pattern:
      /\bif (?:he|she|(?!(?:it|this|that|there|we|you|i|they|what|which)\b)[a-z]+) is (?:in|here|around|about|on|on shift|at work|available)\b(?: [a-z0-9]+){1,8}?,? (?:but |and )?if (?:he|she|they|[a-z]+) is (?:off|away|out|not in|not here|not around|on holiday|on leave|sick|off sick)\b/,
  },
  {
    // "the IT is wonderful here. when the one lad who understands it is actually in" (said drily).
    value: true,
    allowIf: true,
    pattern:
      /\bwhen (?:he|she|they|the one|our one|the only)(?: [a-z]+){0,6}? (?:is|are) actually (?:in|around|here|about|available|at work|on site)\b/,
  },
  {
    // "never the same engineer twice and it's pot luck whether they know what they're doing".
    value: true,
    pattern:
      /\bnever the same (?:engineer|person|tech|techie|guy|bloke|lad|one) twice\b|\b(?:it is |its )?(?:pot luck|a lucky dip|luck of the draw) (?:whether|who|if|what)\b/,
  },
  {
    // "the contractor is great when we can get him", "brilliant when she's around but...".
    value: true,
    pattern:
      /\b(?:good|great|brilliant|fine|excellent|fantastic|decent|helpful|spot on|solid)(?:\.\.\.|…)? when (?:we|you|i) (?:can )?(?:get|catch|reach|find|pin down|get hold of) (?:him|her|them|anyone|anybody|someone|somebody|hold of (?:him|her|them))\b/,
    with: [
      /\.\.\.|…|\b(?:but|though|however|unavailable|not around|not available|sometimes|some (?:weeks|months|days)|half the time|other times|rest of the time|sit there|wait)\b/,
    ],
  },
  {
    // "support is great when mark is in, dreadful when he is on leave", "great... when the right person is on shift".
    value: true,
    pattern:
      /\b(?:good|great|brilliant|fine|excellent|fantastic|decent|helpful|spot on|solid|ok|okay|quick|fast|amazing) when (?:he|she|they|[a-z]+) (?:is|are) (?:in|on|on shift|on duty|about|around|available|here|working|in the office|on site|in work)\b/,
    with: [/\b(?:support|it|tech|helpdesk|help desk|service|fixes|tickets|response)\b/],
  },
  {
    // "great... when the right person happens to be on shift", "fine if you get the good engineer".
    value: true,
    pattern:
      /\b(?:when|if) (?:we |you )?(?:get )?the (?:right|good|decent|one good|competent) (?:person|guy|engineer|tech|one|bloke|lad)(?: (?:happens|happen) to be| is| are)? ?(?:in|on|on shift|on duty|about|around|available|working|answering|on the phones|picking up)?\b/,
    near: {
      words: 6,
      pattern:
        /\b(?:good|great|brilliant|fine|excellent|fantastic|decent|helpful|spot on|solid|ok|okay|quick|fast|amazing)\b/,
    },
  },
  {
    // "support's brilliant... when you can find anyone": the praise taken back in a trailing clause.
    value: true,
    pattern:
      /^when (?:we|you|i) (?:can |actually )?(?:find|get hold of|reach|catch|get) (?:anyone|anybody|someone|somebody|him|her|them)\b/,
    near: {
      pattern: /\b(?:good|great|brilliant|fine|excellent|fantastic|amazing|spot on)\b/,
      words: 6,
    },
  },
  {
    // "if one of them is off the others pick it up no bother", "never had a bad day of support".
    value: false,
    fixed: true,
    allowIf: true,
    pattern:
      /\b(?:the others?|the rest|someone else) (?:just )?(?:picks?|pick) (?:it|things|them|the slack) up\b|\bnever (?:had|get|got) a bad (?:day|experience) (?:of|with) (?:support|service)\b/,
  },
];
