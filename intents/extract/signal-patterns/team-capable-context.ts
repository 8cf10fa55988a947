import { pattern, type SignalRule } from "./rule.ts";
import { DEGREE, NOT_ONE_SKILL, PRAISE } from "./team-capable-words.ts";

/**
 * Words, up to a sentence back, that show a bare "they" or "she" is the people who do IT:
 * "IT team of 6 ... they're competent", "our one tech, Lorraine ... she's great".
 */
const IT_PEOPLE_NEARBY =
  /\b(?:it (?:team|staff|people|guys|guy|lads|person|manager|lead|department|dept|crew|bloke|lady|officer|technician)|head (?:of|up) it|(?:the|our|my|one|only) (?:team|guys|lads|engineers|techs?|techies|technician|sysadmins?)|team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:people |guys |lads |staff )?in (?:it|the it team)|(?:lads|guys|people|staff|folks|bods) in it|of us in it|in house (?:team|it|staff)|internal (?:team|it|staff)|it is (?:me|just me|one|two|three|four|\d+))\b/;
/** Someone outside the business, whom "they" might mean instead. */
const OUTSIDERS =
  /\b(?:msp|provider|supplier|contractors?|agency|consultants?|consultancy|partner|vendor|your|you|previous company|last company|the company we use)\b/;
/** What a "we" says of itself when the speaker is in IT: capable, "sound on the day to day". */
const SELF_PRAISE = String.raw`(?:capable|competent|skilled|experienced|knowledgeable|a (?:${DEGREE})(?:capable|competent|good|solid|strong|great|decent|tight|skilled) (?:bunch|team|crew|lot|unit)|(?:good|sound|solid|decent|strong|great|fine) (?:at|on|with) (?:the day to day|day to day|what we do|the day job|the basics|the bread and butter|bau))`;
/** Kind words that soften a verdict without grading it: "nice but not very capable". */
const SOFTENERS = String.raw`(?:(?:nice|lovely|friendly|keen|busy|stretched|hard working|hardworking|loyal|willing|great people|nice people|lovely people|nice lads|nice guys)(?:,| and| but) )*`;

/** Praise or faulting of the IT people said as "they", "she", "we", with the team named nearby. */
export const TEAM_CAPABLE_CONTEXT: readonly SignalRule[] = [
  {
    value: true,
    pattern: pattern`\b(?:they|he|she) (?:are|is|have (?:all )?been|has been)(?: (?:all|both|honestly|really|genuinely|actually|still|always|generally|tbh)){0,3} ${SOFTENERS}(?<neg>not )?(?:${DEGREE}${PRAISE}|(?:no|nae|not) (?:bad|too bad|half bad))\b${NOT_ONE_SKILL}(?! (?:for|to|now|thanks|about|enough to)\b)`,
    near: { words: 30, pattern: IT_PEOPLE_NEARBY },
    unless: OUTSIDERS,
  },
  {
    value: true,
    pattern: pattern`\bwe are (?:all |both |honestly |really |genuinely |actually |pretty |quite |very )*(?<neg>not )?${SELF_PRAISE}\b`,
    near: { words: 30, pattern: IT_PEOPLE_NEARBY },
  },
  {
    // "Karen's team are good", "IT is two lads who are good but stretched".
    value: true,
    pattern: pattern`\b(?:[a-z]+'s (?:it )?team (?:are|is)|(?:lads|boys|guys|blokes|people|folk|girls|techs|engineers|it staff) (?:who|that) (?:are|is)) ${SOFTENERS}(?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
    near: { words: 30, pattern: IT_PEOPLE_NEARBY },
    unless: OUTSIDERS,
  },
  {
    // "tidy workers they are", "good lads they are": the praise put first.
    value: true,
    pattern: pattern`\b${DEGREE}(?:tidy|good|great|solid|grand|sound|decent|top|brilliant|cracking) (?:workers|lads|guys|blokes|operators|engineers|techs|people|bunch|team)(?:,)? (?:they|he|she) (?:are|is)\b`,
    near: { words: 20, pattern: IT_PEOPLE_NEARBY },
  },
  {
    value: true,
    pattern: pattern`\bwe have (?:got )?(?:a |an )${DEGREE}(?:great|good|solid|strong|capable|competent|brilliant|excellent|skilled|talented|experienced) (?:it )?(?:team|bunch|crew)\b`,
    notAfter: /\b(?:if|wish|need|used to|once|until)\b/,
  },
  {
    // "the team I inherited runs Azure and Intune really well", "the team handled it brilliantly".
    value: true,
    pattern:
      /\b(?:the|our) (?:it )?(?:team|lads|guys|engineers|techs)(?: (?:i|we) (?:inherited|have|hired|built))? (?:has |have )?(?:runs?|ran|handles?|handled|manages?|managed|looks? after|looked after|delivered|delivers)(?: [a-z0-9]+,?){0,8}? (?:(?:really|very|extremely|pretty|absolutely|so) well|brilliantly|superbly|flawlessly|perfectly|without a hitch|like a dream)\b/,
  },
  {
    value: true,
    pattern:
      /\b(?:the|our) (?:it )?team (?:covers?|handles?) (?:everything|all (?:the|our) bases|all we need|it all)\b/,
    with: [/\bno (?:real )?(?:gaps?|weak spots?)\b|\bnot a skills? (?:thing|issue|problem|gap)\b/],
  },
  {
    value: false,
    fixed: true,
    pattern:
      /\b(?:they|he|she|people|lads|guys|staff|team)(?: [a-z]+){0,3}? (?:honestly |completely |totally |a bit |way |well |really |clearly |just )*out of (?:their|his|her) (?:depth|league)\b/,
    notAfter: /\b(?:if|would|might|could|worried|worry|afraid)\b/,
  },
];
