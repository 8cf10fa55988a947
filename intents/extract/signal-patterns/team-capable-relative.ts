import { pattern, type SignalRule } from "./rule.ts";
import { DEGREE, NOT_ONE_SKILL, PRAISE } from "./team-capable-words.ts";

/** Someone who does IT, as counted or named in passing: "2 technicians", "1 IT lass", "IT team of 3". */
const IT_NOUN = String.raw`(?:technicians?|engineers?|techs|techies|sysadmins?|it (?:lass|lad|lads|guy|guys|girl|fella|bloke|person|people|staff|folk|bods|team|manager|lead)|team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:\d+|two|three|four|five|six) (?:of us )?in it)`;
/** Words that show the praise is about the people who do IT. */
const IT_NEARBY =
  /\b(?:in it|(?:our|the) it|it (?:team|staff|people|guys|guy|lass|lad|person|manager|department|dept)|technicians?|engineers?|techs|techies|sysadmins?|team of \w+|of us)\b/;
/** Outside help, not the in-house team: praise of them is not this signal. */
const OUTSIDERS = /\b(?:provider|msp|supplier|contractors?|agency|your|you)\b/;

/** Praise in a relative clause or said of "the ones we have": "2 technicians who are fab". */
export const TEAM_CAPABLE_RELATIVE: readonly SignalRule[] = [
  {
    // "2 technicians who are fab", "one technician, Mr Patel, who's great", "a team of 3 who I rate highly".
    value: true,
    pattern: pattern`\b${IT_NOUN}(?:, [a-z]+(?: [a-z]+)?,)? (?:who|that) (?:(?:is|are) (?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}|(?:i|we) (?:rate|trust) (?:very |really )?(?:highly|completely))`,
    notAfter:
      /\b(?:need|needs|needed|want|wants|looking for|hire|hiring|find|finding|recruit|recruiting|get|like|afford|employ)(?: (?:\d+|an?|some|two|three|more|good|new))?\s*$/,
  },
  {
    // "the ones we have are good tho", "the people we do have are excellent".
    value: true,
    pattern: pattern`\bthe (?:ones|people|staff|guys|lads|techs|engineers) (?:we have|we have got|we do have|we got|we kept|left) (?:are|is) (?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
    with: [IT_NEARBY],
  },
  {
    // "the 9 of us between us know intune, azure, networking, the lot".
    value: true,
    pattern:
      /\bbetween (?:us|them)(?: (?:we|they))? (?:know|can do|can handle) (?:[a-z0-9]+,? (?:and )?){1,8}?(?:the lot|everything|it all|most things|all of it)\b/,
    with: [IT_NEARBY],
  },
  {
    // "both good, both loyal", "all decent, all hard working".
    value: true,
    pattern: pattern`(?:^|[,:;] )(?:both|all) ${DEGREE}${PRAISE}, (?:both|all) [a-z]+\b`,
    unless: OUTSIDERS,
  },
];
