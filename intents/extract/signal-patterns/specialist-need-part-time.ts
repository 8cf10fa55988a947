import { pattern, type SignalPatterns } from "./rule.ts";
import { PART_TIME_SPOKEN, SPECIALIST_SPOKEN } from "./specialist-need-part-time-spoken.ts";
import { NEED, SPECIALIST } from "./specialist-need-words.ts";
import { SPECIALIST_NEED_BUSY } from "./specialist-need-part-time-busy.ts";

const PART_TIME = String.raw`(?:not (?:a |as a )?full time(?: person| hire| role| member of staff| employee| position)?|dip into|call on|call upon|tap into|draw on|on call for|when we need (?:it|them|one|help|them)|as needed|if and when|(?:not|do not have|does not have|never have|is not|there is not) enough (?:[a-z]+ )?(?:work|need|demand) (?:to (?:justify|hire|employ|keep)|for (?:a|someone|one))|sometimes|at times|every now and again|periodically|here and there|(?:too small|not big enough) (?:to (?:have|justify|need|employ|hire|warrant)) (?:a |an )?(?:dedicated|full time|in house|permanent)|without (?:employing|hiring|having|paying for) (?:them|one|someone|a specialist|anyone|an expert) (?:full time|permanently|on staff|in house|on the payroll)|not (?:a |as a )?permanent(?: hire| role| person| position| member of staff)?|rather than (?:a )?(?:full time|permanent)(?: hire| person| role)?|instead of (?:a )?(?:full time|permanent) (?:hire|person|role|member of staff)|not (?:needed |required )?(?:full time|all the time|every day|day to day|permanently|five days a week|on a permanent basis)|not enough (?:to justify|for a full time|work for|to keep)|no need for (?:a )?full time|part time|now and (?:then|again)|occasional(?:ly)?|from time to time|on an ad hoc basis|ad hoc|once in a while|the odd (?:day|project|occasion|job|bit)|a (?:few|couple of) (?:days|hours|times) a (?:month|week|year|quarter)|(?:a|one|two|half a) days? a (?:week|month|quarter)|as and when|on demand|when (?:we need (?:it|them|one)|needed|required|it comes up|something comes up|projects come up)|every so often|for (?:specific|the odd|occasional|one off|certain|big|the occasional) (?:projects?|jobs|tasks|pieces of work)|fractional|on tap|cannot justify (?:a |hiring |employing |paying for )?(?:a |one |them |him |her |someone )?full time|would not (?:keep (?:them|him|her|someone) busy|have enough (?:work|to do))|(?:do not|never) need (?:a |them |him |her |someone |one )?full time|does not need to be full time|${PART_TIME_SPOKEN})`;
/** Extra hands asked for, which is capacity rather than a specialist. */
const MORE_HANDS =
  /\b(?:more|extra|additional) (?:people|hands|bodies|staff|headcount|manpower|capacity|resource)\b/;

/** Specialist skills are needed, but not full time. */
export const SPECIALIST_NEED_PART_TIME: SignalPatterns = {
  rules: [
    {
      value: true,
      fixed: true,
      pattern: pattern`\b${PART_TIME}\b`,
      with: [NEED, SPECIALIST],
      // "we'll need more people for a few months" for a migration wants hands, not a specialist;
      // "we'd want a full time security person, not someone who pops in" wants the opposite.
      unless: new RegExp(`${MORE_HANDS.source}|\\bwould want (?:a |an |someone )?full time\\b`),
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\bfull time\b(?: [a-z]+){0,3}? (?:would be|is|seems|feels) (?:a bit of |a bit |complete |total |massive )?overkill\b/,
      with: [SPECIALIST],
    },
    {
      value: true,
      pattern:
        /\b(?:fractional|virtual|part time|outsourced|on demand|interim) (?:cto|cio|ciso|it director|head of it|dba|security (?:officer|lead|person|expert|specialist)|architect|specialist|expert)\b|\bv ?cio\b|\bv ?ciso\b/,
      with: [
        /\b(?:need|needs|want|wants|require|could use|would like|looking for|after|interested in|would (?:suit|work|help|be (?:ideal|great|useful|perfect|good))|makes? sense)\b/,
      ],
    },
    ...SPECIALIST_SPOKEN,
    ...SPECIALIST_NEED_BUSY,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:now and then|now and again|occasionally|sometimes|for projects|ad hoc|part time|not full time|every so often|the odd day|here and there|a day or two)\b/,
    },
  ],
};
