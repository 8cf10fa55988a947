import { BE, IT_TEAM } from "./fragments.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { TEAM_CAPABLE_CONTEXT } from "./team-capable-context.ts";
import { TEAM_CAPABLE_NAMED, TEAM_CAPABLE_NAMED_ANSWERS } from "./team-capable-named.ts";
import { TEAM_CAPABLE_RELATIVE } from "./team-capable-relative.ts";
import { TEAM_CAPABLE_SPOKEN } from "./team-capable-spoken.ts";
import { TEAM_CAPABLE_BOASTS } from "./team-capable-boasts.ts";
import { DEGREE, NOT_MID_DEGREE, NOT_ONE_SKILL, PRAISE } from "./team-capable-words.ts";

const PRAISED_TEAM = String.raw`(?:good|great|solid|excellent|capable|competent|strong|skilled|talented|experienced|brilliant|decent|fantastic|reliable|knowledgeable|switched on|small but (?:mighty|capable|good|strong|solid|effective))`;
const TEAM_NOUN = String.raw`(?:(?:little |small |in house |internal |it |(?:one|two|three|four|five|\d+) (?:person|man|strong) )*(?:team|guys|bunch|people|staff|crew|lads|function|department)|it (?:person|guy|manager|lead)|engineers?|sysadmin|techs?)`;

/** The internal team is capable / competent at what it does. */
export const TEAM_CAPABLE: SignalPatterns = {
  rules: [
    {
      value: true,
      pattern: pattern`\b(?:both|all|each|all of them|both of them) (?:are |were )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}|\b(?:rate|rated|rating) (?:them|him|her|${IT_TEAM}|our [a-z ]{0,20}?) (?:very |really )?highly\b`,
      near: {
        words: 8,
        pattern:
          /\b(?:it (?:team|staff|people|guys|guy|person|manager|lead|department|function|crew|lads|bloke|lady)|(?:the|our|my) (?:team|guys|lads|engineers|techs|techies|sysadmins?)|it)\b/,
      },
    },
    {
      value: true,
      pattern: pattern`\b(?:is|are|seem|seems|has been|have been)(?: (?!(?:not|never|no|but|though|although|yet)\b)[a-z]+){0,3}? (?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
      near: {
        words: 8,
        pattern:
          /\b(?:it (?:team|staff|people|guys|guy|person|manager|lead|department|function|crew|lads|bloke|lady)|(?:the|our|my) (?:team|guys|lads|engineers|techs|techies|sysadmins?)|(?:team|guys|people|staff) we have|in house (?:team|it|staff)|internal (?:team|it|staff)|(?:\d+|one|two|three|four|five|six) (?:people |guys |staff )?in it|team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:\d+|two|three|four|five|six) (?:person|man|strong) team|same team|(?:lads|guys|people|staff|folks|bods) in it|(?:a|an|one|1) (?:it (?:guy|person|manager|lead|lad|lass|fella|bloke|lady|girl|technician|engineer)|sysadmin|techie|technician|system administrator|network (?:manager|engineer|admin))|(?:\d+|two|three|four|five|six) (?:it )?(?:engineers|technicians|techs|techies)|of us in it)\b/,
      },
      // "two are excellent, the other two I'm less sure about" is a split verdict.
      notAfter:
        /\b(?:support|service|help|response) from\b|\b(?:need|needs|want|wants|looking for|hire|hiring|find|recruit)\b(?: [a-z0-9]+){0,4}? (?:who|that)\s*$/,
      unless:
        /\bthe (?:other|rest)\b(?: [a-z']+){0,4}? (?:less sure|not so sure|not sure|weak|weaker|struggl\w*|not up to)\b|\b(?:sales|marketing|finance|accounts|dev|development|management|leadership|customer|warehouse|ops|operations|football|admin|office|service desk|support desk) (?:team|guys|people|staff)\b|\b(?:your|you|provider|msp|supplier|find|hire|hiring|recruit\w*|attract|round here|locally|in (?:our|the) area)\b|\bthere (?:just )?(?:are|is) not\b/,
    },
    {
      value: true,
      pattern: pattern`\b${IT_TEAM} (?:who |that )?${BE} (?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
      // "support from our IT team is good" grades the support, not the people.
      notAfter: /\b(?:support|service|help|response) from\s*$/,
    },
    {
      value: true,
      pattern: pattern`\b(?:it )?(?:team|guys|engineers|techs) (?:who|that) (?:are|is) ${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
      notAfter:
        /\b(?:need|needs|want|wants|looking for|hire|hiring|find|recruit|get|afford)(?: (?:some|more|good))?\s*$/,
    },
    {
      value: true,
      pattern: pattern`\b(?:guys|lads|people|staff|folks|team|engineers|techs|person|guy)(?: (?:we have|we have got|we got|we employ))? in (?:it|house)(?: [a-z]+)? (?:are|is) (?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
    },
    {
      value: true,
      pattern: pattern`${NOT_MID_DEGREE}(?<!\b(?:any|half|some) )\b(?:a |an )?${DEGREE}(?:a |an )?${PRAISED_TEAM} ${TEAM_NOUN}\b`,
      unless:
        /\b(?:plenty of|find|finding|hire|hiring|recruit\w*|attract|attracting|come by|get hold of|scarce|rare|shortage|in (?:our|the) area|round here|locally)\b/,
      dropWhenNegated: true,
      notAfter:
        /\b(?:need|needs|needed|want|wants|looking for|hire|hiring|find|finding|recruit|recruiting|build|get|without|lack|wish|afford|attract|keep|retain|lose|losing|lost|replace|like|your|you|if|hard to|cannot|no)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:they|he|she|the team|our team|the guys|our guys|the lads|our lads|our it (?:guy|person|team|manager)|(?:our|the) (?:\d+|two|three|four|five|six) (?:guys|lads|engineers|techs|techies|people)) (?:really |definitely )?(?:know|knows) (?:their|his|her) (?:stuff|onions|job|way around|craft|business)\b|\bknows? what (?:they are|he is|she is) doing\b(?! (?:there|with|on|when)\b)|\b(?:they|he|she|the team|our team|(?:our|the) (?:(?:two|three|four|five|\d+|it) )?(?:engineers|guys|techs|it people|people in it|it staff|it team|it guy|it person|it manager|it department)) (?:do|does|are doing|is doing) (?:a |an )?(?:really |very )?(?:good|great|fantastic|brilliant|solid|excellent|decent|cracking|superb|top) job\b|\bhighly (?:skilled|capable|competent|experienced|qualified)\b|\b(?:we|i) (?:really |completely |fully )?trust (?:them|him|her|our (?:team|guys|it team|it guy|it person))\b|\bcannot fault (?:them|him|her|the team|our team|our guys)\b/,
      // "hand it to someone who knows what they're doing" wants a provider, not praise.
      notAfter:
        /\b(?:someone|somebody|anyone|anybody|people|provider|msp|company|firm|partner) (?:who|that)\s*$/,
    },
    {
      value: true,
      pattern: pattern`\b(?:describe|call|consider|regard) ${IT_TEAM} as ${DEGREE}${PRAISE}\b`,
    },
    {
      value: false,
      pattern: pattern`\b${IT_TEAM} ${BE} ${DEGREE}(?:a bit |a little |somewhat |rather |totally |completely )?(?:useless|hopeless|incompetent|clueless|(?:weak|poor|rubbish|mediocre|sub par|subpar|not up to much|not much cop|average at best|a weak link)(?! (?:on|at(?! best)|in|with|when|around|for|spot|point|area)\b)|out of (?:his|her|their) (?:depth|league)|not up to (?:it|the job|scratch)|not (?:very |that |really )?(?:capable|competent|good enough|skilled enough)|(?:too |very |quite |pretty )?(?:junior|inexperienced)|struggling with the basics|a liability|behind the times|not great at (?:their|his|her) jobs?)\b`,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:he|she|they) (?:is|are) not (?:really |very |that |particularly )?(?:qualified|capable|competent|skilled|up to it|experienced enough|up to the job|good enough)\b/,
      with: [
        /\bit (?:guy|person|manager|team|lead|admin|bloke|lady|staff|people)\b|\b(?:sysadmin|techie|engineer|the team|our team|the lads|the guys|in it)\b/,
      ],
    },
    {
      value: false,
      fixed: true,
      pattern: pattern`\b${IT_TEAM} (?:(?:does not|do not|no longer) (?:really )?(?:have|possess)|lacks?|is lacking|are lacking) (?:the |enough |real |much |any )?(?:skills|expertise|knowledge|experience|capability|capabilities|depth|know how)\b`,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:lacks?|does not have|do not have) the (?:skills|expertise|experience|knowledge|ability|capability) to (?:do (?:it|this|the job|their jobs?|his job|her job)|run (?:it|our it|things)|cope|handle (?:it|everything))\b/,
    },
    ...TEAM_CAPABLE_SPOKEN,
    ...TEAM_CAPABLE_CONTEXT,
    ...TEAM_CAPABLE_NAMED,
    ...TEAM_CAPABLE_RELATIVE,
    ...TEAM_CAPABLE_BOASTS,
  ],
  answers: [
    ...TEAM_CAPABLE_NAMED_ANSWERS,
    {
      value: false,
      pattern:
        /\b(?:he|she|they) (?:is|are) not (?:really |very |that |particularly )?(?:qualified|capable|competent|skilled|up to it|experienced enough|up to the job|good enough)\b/,
    },
    {
      value: true,
      pattern: pattern`^(?:(?:yes|yeah|yep|ya|yea|yup|aye|definitely|absolutely|very much so)\W* )?(?:they|he|she|the team|our team|our guys) ${BE} (?<neg>not )?${DEGREE}(?:good|great|solid|capable|competent|brilliant|excellent|strong|decent|fine)\b`,
    },
    {
      value: true,
      pattern:
        /\b(?:they|he|she) (?:know|knows) (?:our|the) (?:systems|setup|stuff|business|environment)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:quite |very |a bit |too )?(?:junior|inexperienced|out of (?:their|his|her) depth)\b/,
    },
  ],
};
