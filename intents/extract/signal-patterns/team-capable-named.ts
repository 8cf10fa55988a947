import { pattern, type SignalRule } from "./rule.ts";
import { DEGREE } from "./team-capable-words.ts";

/** Praise for a person, including regional words ("braw", "ripper", "sound", "class"). */
const PERSON_PRAISE = String.raw`(?:brilliant|excellent|great|solid|superb|fantastic|amazing|outstanding|first class|top notch|a star|a legend|a gem|an asset|very good|really good|spot on|braw|ripper|class|mint|sound|quality|top drawer|on the ball|switched on|sharp|capable|competent|decent enough|decent)`;
/** Not a first name: words that start a sentence or name a thing rather than a person. */
const NOT_NAME = String.raw`(?!(?:it|this|that|these|those|there|here|what|which|who|he|she|they|we|you|i|everything|everyone|everybody|nothing|something|anything|support|service|the|a|an|our|my|their|his|her|price|cost|pay|money|budget|response|system|network|server|wifi|internet|broadband|email|weather|setup|stuff|work|life|business|trade|sales|one|all|so|and|but|or|then|now|well|yes|no|yeah|ok|okay|honestly|overall|otherwise|everything|security|cloud|azure|backup|quality|performance|uptime)\b)`;
/**
 * The people who do IT, named or counted nearby: "IT is Helen and Rob", "one guy, Steve",
 * "one in-house guy, Josh", "a network guy and a helpdesk girl", "4 techs".
 */
const IT_PEOPLE_NEARBY =
  /\b(?:it (?:team|staff|people|guys?|lads?|person|manager|lead|department|dept|crew|bloke|lady|officer|technician|fella|folk)|(?:our|the) it is [a-z]+|it is [a-z]+ and [a-z]+|it wise|(?:one|wan|1|a|an|our|the|only) (?:in house |full time |part time )?(?:guy|fella|lad|bloke|lady|person|tech|techie|technician|sysadmin)|(?:network|helpdesk|help desk|support|systems|infrastructure|desktop) (?:guy|girl|lad|lass|person|engineer|tech|lady|bloke|fella)|(?:two|three|four|five|six|\d+) (?:techs|engineers|lads|guys|techies|sysadmins|technicians)|team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:the|our|my) team|on call|in house|does (?:all )?(?:our|the) it)\b/;
/** Someone outside the business the praise may be about: "our MSP, Acme, is solid". */
const OUTSIDERS =
  /\b(?:msp|provider|supplier|contractors?|agency|consultants?|consultancy|vendor|company)(?:,? [a-z]+,?)? (?:is|are)\b|\b(?:previous|last) company\b/;

/** A split verdict: "Craig's great but Vince is off half the time". */
const OTHER_FAULTED =
  /\b(?:but|whereas|while|whilst) (?:the other (?:one|guy|lad|bloke)|[a-z]{2,12}) is (?:always |often |usually |never |a bit )?(?:off|useless|rubbish|hopeless|clueless|weak|lazy|unreliable|a liability|not (?:great|good|much cop|up to it)|out of (?:his|her) depth)\b/;

/** Praise given to a named IT person or a counted team: "Nadia is brilliant", "the team's solid". */
export const TEAM_CAPABLE_NAMED: readonly SignalRule[] = [
  {
    // "don't get me wrong, Nadia is brilliant", "Josh is solid but he's drowning", "Priya, who is genuinely brilliant".
    value: true,
    pattern: pattern`(?<=^|[,;:(] |\b(?:and|but|honestly|tbh|fair|mind you) )${NOT_NAME}[a-z]{2,12}(?:,? (?:who|that))? is (?:${DEGREE})(?<neg>not )?(?:${DEGREE})${PERSON_PRAISE}\b(?! (?:at|with|on|for|to|in) (?!(?:it|what|his|her|the day to day|everything)\b))`,
    near: { words: 30, pattern: IT_PEOPLE_NEARBY },
    unless: new RegExp(`${OUTSIDERS.source}|${OTHER_FAULTED.source}`),
  },
  {
    // "one guy, Steve, he's great but he's drowning", "wan IT guy, Fraser, but he's braw at it".
    value: true,
    pattern: pattern`\b(?:he|she|they) (?:is|are) (?:${DEGREE})(?<neg>not )?(?:${DEGREE})(?:braw|ripper|class|mint|top drawer|great|brilliant|excellent|solid)\b(?! (?:for|to|now|thanks|about)\b)`,
    near: { words: 20, pattern: IT_PEOPLE_NEARBY },
    unless: OUTSIDERS,
  },
  {
    // "the team's solid", "team's good tbh".
    value: true,
    pattern: pattern`\b(?:the|our|my) (?:it |tech )?team's (?:${DEGREE})(?:good|great|solid|strong|capable|competent|decent|brilliant|excellent|sound|skilled)\b`,
  },
  {
    // "team of five, capable lot", "a solid pair", "all decent, all knackered", "good at the day to day".
    value: true,
    pattern: pattern`\b(?:a |an )?(?:${DEGREE})(?:capable|competent|solid|decent|sound|strong|skilled|talented|sharp|great|good|able) (?:lot|pair|duo|trio)\b|(?:^|, |\bthey are )(?:all|both) (?:${DEGREE})(?:decent|good|capable|competent|solid|sound|great|brilliant|excellent|skilled)(?= *(?:$|[,.;!]| (?:but|and|though|tbh|at what they do|at their jobs?)\b))|(?:^|, )(?:all |both )?(?:${DEGREE})(?:good|solid|sound|great|decent|strong|fine) (?:at|on|with) (?:the day to day|day to day|bau|the basics|the bread and butter)\b`,
    near: { words: 12, pattern: IT_PEOPLE_NEARBY },
    notAfter:
      /\b(?:need|needs|want|wants|looking for|hire|hiring|find|finding|recruit|without|wish|if|lack)\b/,
  },
  {
    // "two lads who know their stuff inside out", "techs that really know their onions".
    value: true,
    pattern:
      /\b(?:lads|guys|blokes|techs|engineers|people|folk|girls|women|men|ladies|pair|two|three|both|all|team) (?:who|that) (?:really |properly |all )?know (?:their|his|her) (?:stuff|onions|job|jobs|way around)\b/,
    notAfter:
      /\b(?:need|needs|want|wants|looking for|hire|hiring|find|finding|recruit|get|without|lack|wish|more)\b/,
  },
  {
    // "knows every system we run inside out", "knows the booking system better than the suppliers do".
    value: true,
    pattern:
      /\b(?:he|she|they|who|that|and) (?:really |genuinely |honestly )?knows? (?:every|all|each|the|our|how)(?: [a-z0-9]+){0,7}? (?:inside out|back to front|like the back of (?:his|her|their) hands?|better than (?:the )?(?:suppliers|vendors|manufacturers|supplier|vendor|makers|the people who (?:made|make|built|wrote) it))\b/,
    near: { words: 20, pattern: IT_PEOPLE_NEARBY },
    unless: OUTSIDERS,
  },
  {
    // "the two of them are decent enough, though neither has touched VMware".
    value: true,
    pattern: pattern`\bthe (?:two|three|four|five|\d+) of (?:them|us) (?:are|is) (?:${DEGREE})(?<neg>not )?(?:${DEGREE})(?:decent|good|capable|competent|solid|sound|great|brilliant|excellent|skilled)(?: enough)?\b`,
    with: [
      /\b(?:it|vmware|servers?|network|azure|365|firewalls?|backups?|security|cloud|patching|techs?|engineers?)\b/,
    ],
  },
  {
    // "the two techs are ripper", "our IT lads are braw", "the team's class".
    value: true,
    pattern: pattern`\b(?:techs|techies|engineers|lads|guys|team|it staff|it people|sysadmins|pair of them|both of them)(?: here)? (?:are|is) (?:${DEGREE})(?:ripper|braw|class|mint|top drawer|quality|belters|stars|legends|grand at (?:it|what they do))\b`,
    near: { words: 12, pattern: IT_PEOPLE_NEARBY },
  },
  {
    // "we're fairly capable in-house".
    value: true,
    pattern: pattern`\bwe are (?:${DEGREE})(?<neg>not )?(?:${DEGREE})(?:capable|competent|solid|strong|skilled|self sufficient|good) in house\b`,
  },
  {
    // "to be fair they're not that great, I was being kind": taking back earlier praise.
    value: false,
    fixed: true,
    pattern:
      /\b(?:they|he|she) (?:are|is) not (?:that|all that|so|very|really|actually|as) (?:good|great|capable|competent|skilled|brilliant|strong)\b/,
    with: [
      /\b(?:being (?:kind|generous|nice|polite|charitable)|overstated|overselling|oversold|exaggerat\w*|scratch that|on reflection|thinking about it)\b/,
    ],
  },
];

/** Short replies when the advisor has just asked whether the team is capable: "hmm not really". */
export const TEAM_CAPABLE_NAMED_ANSWERS: readonly SignalRule[] = [
  {
    value: false,
    fixed: true,
    pattern:
      /^(?:(?:hmm+|um+|erm+|well|honestly|to be honest|tbh|sadly|if i am honest|truthfully)[,.]? )*not (?:really|especially|particularly|massively|hugely|very|that much|so much)\b(?! (?:sure|certain|know|sure about)\b)/,
  },
];
