import { pattern, type SignalRule } from "./rule.ts";
import { NEED, SPECIALIST } from "./specialist-need-words.ts";

const PERIOD = String.raw`(?:week|fortnight|month|quarter|year)`;
/** Ways of saying how little of a specialist's time is needed, all specific to a part-time need. */
const SOME_OF_THE_TIME = String.raw`(?:(?:\d+|a|one|two|three|four|five|half a|a couple of|a few|several) (?:days?|hours?|times|weeks?)(?: or (?:two|three|so))? (?:a|per|each|every) ${PERIOD}|(?:once|twice|three times|a few times|a couple of times|once or twice|a handful of times) (?:a|per|every|each) ${PERIOD}|(?<!\b(?:open|vacant|empty|unfilled|advertised|advertising|live|up|unfilled|going) )for (?:a few|a couple of|two|three|four|six|\d+) (?:weeks|months|days)(?! (?:now|already|and)\b)|not (?:forever|long term|indefinitely|permanently|on a permanent basis)|(?:a )?full time (?:hire|person|role|post|employee|salary)(?: [a-z]+){0,2}? (?:would not|does not|would never|will not|would hardly) (?:make sense|be worth it|be justified|pay off|stack up|add up)|cannot justify (?:a |an )?(?:hire|hiring|(?:dedicated|permanent|in house|full time) (?:hire|person|role|post|member of staff))|(?:nowhere|not anywhere|not even) near full time|the odd (?:[a-z]+ ){1,2}(?:project|job|piece of work|engagement)s?)`;
/** The stronger part-time phrases, which may lean on a specialism named in the sentence before. */
const CLEARLY_PART_TIME = String.raw`(?:${SOME_OF_THE_TIME}|not (?:a |as a )?full time(?: person| hire| role| member of staff| employee| position| post)?|do not need (?:a |them |him |her |someone |one )?full time|the odd (?:project|job|piece of work)|here and there|as and when|on an ad hoc basis)`;

/** The help itself in the same sentence ("someone", "an expert", "need it"), not a task ("printers fixed"). */
const SOMEONE =
  /\b(?:someone|somebody|anyone|person|expert|specialist|consultant|contractor|resource|expertise|skills?|knowledge|(?:need|use|want) (?:it|that|them|one))\b/;

/** Extra "not full time" wording for the main pattern ("twice a year", "for a few weeks, not forever"). */
export const PART_TIME_SPOKEN = SOME_OF_THE_TIME;

/** "We don't need a full-time person for it": the specialism may be named in the sentence before. */
export const SPECIALIST_SPOKEN: readonly SignalRule[] = [
  {
    value: true,
    fixed: true,
    pattern: pattern`\b${CLEARLY_PART_TIME}\b`,
    with: [NEED, SOMEONE],
    near: { words: 30, pattern: SPECIALIST },
  },
  {
    // "nobody here knows how to tune the SIEM, but it's a couple of days a month at most".
    value: true,
    fixed: true,
    pattern: pattern`\b(?:it is|that is|it would be|would be|only|just) (?:only |just |probably |maybe |realistically )?${SOME_OF_THE_TIME}(?= *(?:$|[,.;!])| (?:at most|tops|max|if that|at the most|of work)\b)`,
    with: [
      /\b(?:nobody|no one|noone|none of us)(?: here| in house| in the team)? (?:knows?|can|understands?|has (?:the skills|done))\b/,
    ],
  },
];
