import type { SignalRule } from "./rule.ts";

/**
 * IT too small for the business, told indirectly: "we've outgrown our 2 IT staff", "told to do more with less", "never anyone free", "can't start
 * until we've got someone who understands networking", "falling behind competitors" after a
 * word on too few people or too little budget.
 */
export const RESOURCES_CONSTRAINED_OUTGROWN: readonly SignalRule[] = [
  {
    // "we've outgrown our 2 IT staff", "the business has outgrown the little IT team".
    value: true,
    pattern:
      /\b(?:outgrown|outgrowing|outgrew) (?:our|the|my) (?:\d+ |one |two |three |little |small |tiny )?(?:it )?(?:team|staff|department|people|guys|it (?:person|guy|setup)|setup)\b|\b(?:told|asked|expected|having|have) to do more with less\b/,
  },
  {
    // "there's never anyone free, it just keeps sliding".
    value: true,
    fixed: true,
    pattern: /\b(?:never|not) (?:anyone|anybody|someone|somebody) free\b/,
    with: [
      /\b(?:keeps?|kept) (?:sliding|slipping|getting pushed)|\bon hold\b|\bfor (?:\d+ |many |several )?(?:months|ages|years)\b/,
    ],
  },
  {
    // "can't start the new warehouse system until we've got someone who understands networking".
    value: true,
    fixed: true,
    pattern:
      /\b(?:cannot|can not|could not) (?:start|do|begin|progress|go ahead with|move (?:on|forward) with)(?: [a-z]+){0,4}? until (?:we have|we get|we find|we hire) (?:got |found )?(?:someone|somebody|an? [a-z]+) (?:who|that|with)\b/,
  },
  {
    // "not enough of them and not enough budget. we're falling behind competitors".
    value: true,
    pattern:
      /\b(?:falling|fallen|fall|dropping) (?:further )?behind (?:our )?(?:competitors|the competition|rivals)\b/,
    near: {
      words: 25,
      pattern:
        /\b(?:not enough|too few|lack of|short of|no (?:budget|people|staff|one|resource)|budget|it|tech|team|staff|skills|know how)\b/,
    },
  },
];
