import { pattern, type SignalRule } from "./rule.ts";

/** A month or season someone went in: "in January", "over the summer", "at Easter". */
const WHEN_WENT = String.raw`(?:(?:in|over|during|at|before|after) (?:the )?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|summer|spring|autumn|winter|new year|christmas|xmas|easter|holidays)|last (?:week|month|year|summer|spring|autumn|winter|christmas|friday|monday)|recently)`;
/** The IT team or IT work named in the sentence, so the people counted are IT people. */
const IT_SAID =
  /\b(?:in it|it (?:team|staff|people|dept|department|was|is|were|used to be)|team (?:was|of)|engineers?|techs?|techies|technicians?|sysadmins?|helpdesk|service desk|infra(?:structure)?)\b/;
/** The people counted were not IT people: "neither was IT". */
const NOT_IT =
  /\b(?:neither|none of them|not (?:in )?it|was not it|were not it|not from it|in (?:sales|accounts|finance|marketing|the warehouse|admin))\b/;

/** Staying put: "he's going nowhere", "she's not going anywhere soon". */
export const IT_STAFF_STAYING: SignalRule = {
  value: false,
  fixed: true,
  pattern: /\b(?:he|she|they) (?:is|are) going nowhere\b/,
};

/** Counted or named IT people who went: "2 have gone since", "he went in January", "I retire in 2026". */
export const IT_STAFF_LEAVING_WENT: readonly SignalRule[] = [
  {
    // "IT team was 6 but 2 left over the summer", "2 have gone since and we couldn't replace either".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /(?:^|[,;] |\b(?:but|and|since|now|then) )(?:\d|two|three|four|both|a couple)(?: of (?:them|us|the team))? (?:have |has |had |just |recently |since )*(?:gone|left|quit|resigned|moved on|walked out)\b(?! (?:the|early|home|for lunch|it|us with)\b)/,
    with: [IT_SAID],
    unless: NOT_IT,
  },
  {
    // "he went in January and now it's a free for all", "Mark went back to Cork in the summer".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern: pattern`(?<!\b(?:it|we|you|i|they|the|our|my|one|so|and|but|if|then|what|who|office|business|company|firm)) (?:went|moved|headed|emigrated)(?: back| home| off)?(?: to [a-z]+)? ${WHEN_WENT}\b`,
    with: [
      /\b(?:in it|it (?:team|staff|guy|person|lad|bloke|manager)|lads in it|bloke in it|our it|the it)\b/,
    ],
  },
  {
    // "we've lost 2 people to the private sector this year", "lost three engineers to agencies".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:lost|losing|lose) (?:\d|two|three|four|five|several|a few|a couple of|both|one of our) (?:good |key |senior |experienced )?(?:people|staff|engineers|techs|techies|members of staff|of them|of us) to (?:the |a |an )?(?:private sector|public sector|competitors?|rivals?|bigger|better|other|agencies|the banks|banks|london|contracting|industry|big tech|corporates)\b/,
  },
  {
    // "I retire in 2026 and nobody's lined up to replace me", "I'm leaving at christmas, no successor".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\bi (?:am )?(?:retire|retiring|leave|leaving|am due to retire|go|hand in my notice) (?:in|at|next|this|on|by|end of|at the end of) /,
    with: [/\breplace me\b|\bsuccessor\b|\bmy (?:job|role|replacement)\b|\bhand(?:ing)? over\b/],
  },
  {
    // "the backfill for the infra role still hasn't happened", "the posts are frozen" after a leaver.
    value: true,
    dropWhenNegated: true,
    fixed: true,
    pattern:
      /\bbackfill(?: for)?(?: [a-z]+){0,3}? (?:still )?(?:has not|have not|is not|was not|never) (?:happened|been (?:approved|found|signed off|done)|come through)\b|\bno (?:backfill|replacement) (?:yet|approved|in sight|for (?:him|her|them|the role))\b/,
  },
  {
    value: true,
    fixed: true,
    pattern:
      /\b(?:the )?(?:posts?|roles?|vacanc(?:y|ies)|positions?) (?:are|is|have been|has been) frozen\b/,
    with: [/\b(?:left|gone|quit|resigned|leavers?|vacant)\b/],
  },
  IT_STAFF_STAYING,
];
