import type { SignalRule } from "./rule.ts";
import { PEAK_COPED } from "./speech-cues.ts";

/** Words for being overrun for a spell. */
const SWAMPED = String.raw`(?:slammed|swamped|mental|manic|crazy|mad|insane|hectic|rammed|nuts|bonkers|chaos|chaotic|carnage|flat out|run off our feet|rushed off our feet|snowed under|heaving)`;
/** The busy spell itself, named. */
const PEAK = String.raw`(?:matchdays?|match days?|event days?|race days?|show days?|busy seasons?|peak seasons?|peak times?|peaks?|year end|month end|christmas|xmas|the run up to christmas|black friday|exam seasons?|exam time|open days?|launch weeks?|launches|go lives?|results day|enrolment|freshers|harvest|summer season|the season|festival season|tax season|self assessment season|sale periods?|sales)`;

/**
 * Extra hands for a spell: peaks ("slammed before each exhibition", "matchdays are mental"),
 * asks to borrow people for a move or rollout, and projects slipping for want of capacity.
 */
export const EXTRA_CAPACITY_NEEDED_PEAKS: readonly SignalRule[] = [
  {
    // "we get slammed before each big exhibition", "swamped around every product launch".
    value: true,
    pattern: new RegExp(
      String.raw`\b(?:get|gets|getting|got|are|is|go|goes|it is|it gets|things get|things are) ${SWAMPED} (?:before|during|around|in the run up to|in the lead up to|ahead of|at|over|on|in|every|each) (?:each |every |the |our |a |any )?(?:big |major |busy |annual |new )?(?:[a-z]+ ){0,2}?(?:exhibitions?|events?|shows?|launch(?:es)?|openings?|season|matchdays?|match days?|term|christmas|year end|month end|peaks?|go lives?|deadlines?|conferences?|fairs?|festivals?|sales?|intake|enrolment|results|audits?|tender(?:s|ing)?|busy periods?|quarter ends?)\b`,
    ),
    unless: PEAK_COPED,
  },
  {
    // "matchdays are mental", "busy season is absolute carnage", "christmas gets manic".
    value: true,
    pattern: new RegExp(
      String.raw`\b${PEAK} (?:are|is|get|gets|can be|can get|tend to be|are always|is always|are just|is just|is an|are an) (?:absolutely |completely |totally |utterly |just |pretty |a bit |always |bloody |proper |properly |really |so |absolute )?${SWAMPED}\b`,
    ),
    unless: PEAK_COPED,
  },
  {
    // "could you lend us extra bodies for the move", "give us extra hands for a 3 month office move".
    value: true,
    fixed: true,
    allowIf: true,
    pattern:
      /\b(?:lend|loan|give|send|provide|supply|spare|second|get) (?:us |me )?(?:a few |some |a couple of |a pair of |an )?(?:extra|more|additional|temporary|temp|spare) (?:bodies|hands|people|engineers|techs|technicians|help|resource|resources|capacity|staff|pairs of hands|manpower)\b/,
  },
  {
    // "we need people for the rollout, not forever", "need bodies for the office move".
    value: true,
    pattern:
      /\bneed (?:some |a few |more |extra )?(?:people|bodies|hands|engineers|techs|help|resource|manpower|capacity|a hand) (?:for|on|to (?:do|deliver|get through|help with)) (?:the|our|this|a|an) (?:[a-z]+ ){0,2}?(?:rollout|roll out|migration|move|relocation|project|upgrade|refresh|go live|deployment|implementation|cutover|fit out)\b/,
  },
  {
    // "the migration keeps slipping because there's no spare capacity".
    value: true,
    pattern:
      /\b(?:migration|rollout|roll out|upgrade|refresh|office move|deployment|implementation|cutover)s? (?:keeps?|kept|is|are|has been|have been) (?:slipping|being pushed back|getting pushed back|getting pushed|being delayed|getting delayed|stalling|being parked|sliding)\b/,
    with: [
      /\b(?:spare capacity|no capacity|bandwidth|no time|the time|hands|bodies|no one to|nobody to)\b/,
    ],
  },
  {
    // "extra capacity isn't really needed", "we don't need extra hands".
    value: false,
    fixed: true,
    pattern:
      /\b(?:extra|additional|more|spare) (?:capacity|hands|bodies|help|resource|people)(?: [a-z]+)? (?:is not|are not|is never|are never|not) (?:really |actually |currently |ever )?(?:needed|necessary|required|an issue|a need)\b/,
  },
];
