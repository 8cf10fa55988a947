import { BE, IT_TEAM } from "./fragments.ts";
import { pattern, type SignalRule } from "./rule.ts";
import { DEGREE, NOT_ONE_SKILL, PRAISE } from "./team-capable-words.ts";

const INTENSIFIER = String.raw`(?:very|really|highly|extremely|pretty|super|incredibly|genuinely|seriously|properly|hugely|v)`;
const PLAIN_PRAISE = String.raw`(?:capable|competent|skilled|solid|experienced|knowledgeable|strong|good|talented|able|reliable|brilliant|great|excellent|sharp|switched on)`;
/** Words that show, a sentence or so away, that the praise is about the people who do IT. */
const TEAM_NEARBY =
  /\b(?:it (?:team|staff|people|guys|guy|person|manager|lead|department|dept|function|crew|lads|bloke|lady)|(?:the|our|my) (?:team|guys|lads|engineers|techs|techies|sysadmins?)|team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:lads|guys|people|staff|folks|bods) in it|(?:\d+|one|two|three|four|five|six|seven|eight) (?:people |guys |staff )?in it|in house (?:team|it|staff)|internal (?:team|it|staff))\b/;
/** IT work named in the same sentence, so "we're good at what we do" is said by IT people. */
const IT_WORK =
  /\b(?:patching|monitoring|servers?|network|networking|tickets|helpdesk|infrastructure|sysadmins?|engineers?|backups?|security|365|azure|entra|intune|firewalls?|laptops|users|tenant|wi ?fi|hyper v|vmware|systems)\b/;

/** The speaker counts the team: "there just is not enough of us", "3 of us", "skills". */
const OUR_FEW =
  /\b(?:enough of us|(?:only |just )?(?:\d+|two|three|four|five|six) of us|plus me|skills)\b/;

/** Looser ways visitors praise or fault their IT team: fragments, "team is solid", "well run by the team". */
export const TEAM_CAPABLE_SPOKEN: readonly SignalRule[] = [
  {
    value: true,
    pattern: pattern`\b${IT_TEAM} ${BE} (?:(?:fine|ok|okay|nice|lovely|friendly|small|busy|keen|young|loyal|hard working|hardworking|stretched|overworked|lean|tiny|great people|nice people|lovely people)(?:,| and| but) ){1,3}(?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
  },
  {
    value: true,
    pattern: pattern`^(?:(?:it|tech|in house|internal) )?(?:team|dept|department)(?: here)?(?: ${BE}|'s) (?<neg>not )?${DEGREE}${PRAISE}\b${NOT_ONE_SKILL}`,
  },
  {
    value: true,
    pattern: pattern`^(?:(?:all|both) )?(?:(?:${INTENSIFIER} )+${PLAIN_PRAISE}|capable|competent|skilled|talented|knowledgeable|solid|strong)(?= *(?:$|[,.!;]| (?:but|and|though|tbh|honestly|bunch|lot|people|lads|guys|team)\b))`,
    near: { words: 8, pattern: TEAM_NEARBY },
  },
  {
    value: true,
    pattern: pattern`\bwe(?: are)? (?<neg>not )?(?:all )?${DEGREE}(?:good|decent|great|competent|capable|solid|strong|not bad) at what we do\b|\bwe (?:really )?know (?:our stuff|what we are doing|our onions|our way around)\b`,
    near: {
      words: 8,
      pattern: /\b(?:team|in it|it (?:team|dept|department)|of us|plus me|skills)\b/,
    },
    with: [new RegExp(`${IT_WORK.source}|${OUR_FEW.source}`)],
  },
  {
    value: true,
    pattern:
      /\b(?:(?:really|very|pretty|all|so) )?(?:well|nicely|properly|expertly|superbly|smoothly|tightly) (?:run|managed|looked after|maintained|handled|administered) by (?:the|our|my) (?:in house |internal )?(?:team|guys|lads|engineers|techs|people)\b|\b(?:the|our) (?:team|guys|lads) (?:run|runs|keep|keeps) (?:a tight ship|everything (?:running )?(?:smoothly|ticking over|humming))\b/,
    with: [IT_WORK],
  },
  {
    value: true,
    pattern:
      /\b(?:(?:really|very|pretty|all|so) )?(?:well|nicely|properly|expertly|superbly|smoothly|tightly) (?:run|managed|looked after|maintained|handled|administered) by (?:the|our|my) (?:it (?:team|guys|lads|people|staff)|it guy|it person|it manager|sysadmin|engineers|techs)\b|\b(?:the|our) it (?:team|guys|lads) (?:run|runs|keep|keeps) (?:a tight ship|everything (?:running )?(?:smoothly|ticking over|humming))\b/,
  },
  {
    value: true,
    pattern: pattern`\b(?:call|describe|consider|rate) (?:them|him|her|${IT_TEAM}) (?:as )?${DEGREE}(?:competent|capable|skilled|good|great|strong|experienced|reliable|brilliant|knowledgeable|excellent)\b${NOT_ONE_SKILL}`,
    near: { words: 16, pattern: TEAM_NEARBY },
  },
  {
    value: false,
    pattern:
      /^(?:(?:pretty|very|quite|a bit|really|fairly|rather|honestly) )?(?:weak|poor|rubbish|mediocre|useless|hopeless|incompetent|clueless|not great|not very good|not up to much)(?= *(?:$|[,.!;]| (?:if|to be honest|tbh|honestly|really)\b))/,
    near: { words: 8, pattern: TEAM_NEARBY },
  },
  {
    // "we have the skills for most things but we are 3 people for 500 staff".
    value: true,
    pattern:
      /\bwe (?:have|have got|got) (?:the )?(?:skills|know how|expertise|knowledge|ability)(?: to (?:do|handle|cover|manage))? (?:for )?(?:most things|most of it|everything|the lot|the day to day|most of what we need)\b/,
    with: [
      /\b(?:\d+|two|three|four|five|six) (?:people|of us|engineers|techs)\b|\b(?:it|users|staff|tickets)\b/,
    ],
  },
  {
    // "our it people are a bit hit and miss, not the most capable".
    value: false,
    fixed: true,
    pattern:
      /\bnot the (?:most|best|sharpest|brightest) (?:capable|competent|skilled|technical|reliable|knowledgeable|experienced|able|tools in the box|bunch)\b/,
    near: { words: 12, pattern: TEAM_NEARBY },
  },
];
