import { pattern, type SignalRule } from "./rule.ts";

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|christmas|xmas|easter|the summer|spring|summer|autumn|winter)`;
const SPELL = String.raw`(?:months|ages|weeks|a year|over a year|a long time|what feels like|(?:nearly|almost|more than|over|about) [a-z0-9]+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|last (?:year|month|summer|spring|autumn|winter|christmas)|the (?:start|beginning|end) of|${MONTH})`;
/** A named IT job: a seat in the team that someone has left, not a new or unnamed vacancy. */
const JOB_TITLE = String.raw`(?:sysadmin|system administrator|systems administrator|(?:it|network|infrastructure|support|desktop|cloud|security|systems|helpdesk|service desk|(?:first|second|third|1st|2nd|3rd) line) (?:engineer|technician|manager|admin|administrator|analyst|lead|officer|tech)|it manager|head of it|it director|it support|dba|techie)`;
/** Words nearby that show the people meant are staff (not customers or contracts). */
const STAFF_NEARBY =
  /\b(?:it (?:team|staff|people|guys|lads|folk)|team|staff|engineers?|techs?|techies|sysadmins?|lads|guys|hire|hiring|recruit\w*|salar(?:y|ies)|roles?|posts?|vacanc\w*|replac\w*)\b/;
/** Words nearby that put the people in the IT team. */
const IN_IT =
  /\b(?:in it|it (?:team|staff|people|dept|department)|the team|our team|engineers|sysadmins|techies|tech team|helpdesk)\b/;

/** A role left open, people "haemorrhaging", "left and was never replaced", "now he's gone". */
export const IT_STAFF_LEAVING_SPOKEN: readonly SignalRule[] = [
  {
    // "our entire IT team of 3 is leaving in June": everyone leaving is someone leaving.
    value: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:the|our|my) (?:whole|entire) (?:it )?(?:team|department|dept|function)(?: of [a-z0-9]+)? (?:is|are|have|has) (?:all )?(?:leaving|quitting|resigning|handed (?:in )?(?:their|its) notice|resigned|walking out|left)\b/,
  },
  {
    value: true,
    dropWhenNegated: true,
    pattern: pattern`\b${JOB_TITLE} (?:role|post|position|job|vacancy|seat)(?: [a-z]+){0,2}? (?:has been |have been |is |are |was |were |sat |sitting |still |been )?(?:open|vacant|unfilled|empty|going begging) (?:for|since) ${SPELL}\b`,
    unless: /\b(?:new (?:role|post|position|job)|creating|create|budget for)\b/,
  },
  {
    // The contract counts a vacant role as a seat someone left: "vacancy open for months".
    value: true,
    dropWhenNegated: true,
    pattern: pattern`\b(?:it |an it |our it |the it |an |a |the |our )?(?:vacancy|role|post|position)(?: [a-z]+){0,2}? (?:has been |have been |is |was |sat |sitting |still |been )?(?:open|vacant|unfilled|empty|going begging) (?:for|since) ${SPELL}\b`,
    unless:
      /\b(?:new (?:role|post|position|job)|extra (?:role|post|person|head)|additional|creating|create|budget for|growth)\b|\b(?:sales|marketing|finance|accounts|hr|office|warehouse|reception|admin|customer service|operations|teaching) (?:role|post|position|vacancy|job)\b/,
    near: { words: 12, pattern: STAFF_NEARBY },
  },
  {
    value: true,
    factual: true,
    pattern:
      /\blost (?:two|three|four|five|six|\d+|a couple|several|a few|both)(?: of them| people| staff| engineers)? (?:this year|last year|in (?:the )?(?:last|past) (?:year|twelve months|12 months|six months|few months)|recently|already|since)\b/,
    near: { words: 10, pattern: STAFF_NEARBY },
  },
  {
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:haemorrhag\w*|hemorrhag\w*|bleeding|(?:keep|kept|constantly|always|still) losing|losing|lost) (?:our |good |skilled |experienced )?(?:(?:it|tech) (?:people|staff|engineers|talent|folk|bods)|sysadmins|techies)\b/,
  },
  {
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:haemorrhag\w*|hemorrhag\w*|bleeding|(?:keep|kept|constantly|always) losing) (?:good |our |skilled )?(?:people|staff|talent|engineers)\b|\b(?:people|ppl|staff|engineers|they) (?:just )?keep (?:leaving|quitting|walking out|handing in their notice)\b|\brevolving door\b/,
    near: { words: 12, pattern: IN_IT },
  },
  {
    value: true,
    pattern:
      /\b(?:high|constant|massive|huge|crazy|terrible|bad|a lot of|lots of) (?:staff )?turnover\b|\b(?:staff )?turnover(?: in (?:it|the (?:it )?team))? (?:is|has been) (?:really |very |pretty |so )?(?:high|terrible|bad|crazy|a (?:big |real )?problem|an issue)\b/,
    with: [IN_IT],
  },
  {
    value: true,
    factual: true,
    pattern:
      /\b(?:now|since|now that|ever since) (?:he|she) (?:has|is) (?:gone|left)\b(?! (?:for the day|home|on holiday|out|to lunch|early)\b)/,
  },
  {
    value: true,
    factual: true,
    fixed: true,
    pattern:
      /\b(?:left|retired|quit|resigned|went|moved on)(?: [a-z]+){0,4}?(?:,| and) (?:(?:was|were|has|have|had|is|are) )?(?:not|never)(?: been| got| ever been)? (?:replaced|backfilled)\b|\b(?:left|retired|quit|resigned|moved on)(?: [a-z]+){0,4}?(?:,| and) (?:we )?(?:have not|did not|never|still have not|could not|cannot) (?:yet )?(?:replaced|replace|backfilled|backfill) (?:him|her|them)\b/,
  },
  {
    // "it person leaving in 6 weeks", "one it person, gone next friday", "our it manager finishes at the end of the month".
    value: true,
    factual: true,
    pattern:
      /\b(?:it|tech|network|systems) (?:person|guy|manager|lead|lady|bloke|engineer|technician|tech|officer|director|admin|administrator)(?:,| is| are)? (?:leaving|gone|going|finishing|finishes|leaves|off|retiring|retires|out of the door|out the door)(?: for good)? (?:in (?:a |two |three |four |six |\d+ )?(?:days?|weeks?|months?|fortnight)|next (?:week|month|friday|monday|year|term)|at the end of|end of|on (?:friday|monday|the \d+)|this (?:week|month|friday|summer|year)|by (?:christmas|easter|the summer|the end))\b/,
  },
  {
    // "we have lost two it managers in 18 months", "lost our last three techs to better pay".
    value: true,
    pattern:
      /\b(?:we have |we have had |we )?(?:lost|are losing|gone through|burned through|churned through) (?:our |both (?:of )?(?:our )?|an? )?(?:last |only |senior |best |second |other )?(?:two |three |four |\d+ |a couple of |several )?(?:(?:it|tech|network|systems) (?:managers?|people|staff|guys|persons?|engineers?|techs?|technicians?|leads?|admins?)|techs|techies|technicians|sysadmins)\b/,
    factual: true,
  },
  {
    // "kev moved over to sales last week", "she has gone across to finance".
    value: true,
    pattern:
      /\b(?!(?:we|i|you|they|it|everything|everyone|data|email|files)\b)[a-z]+ (?:has |have )?(?:moved|moving|transferred|switched|gone|went) (?:over |across )?(?:to|into) (?:sales|finance|accounts|marketing|ops|operations|hr|the warehouse|another (?:role|job|team|department)|a different (?:role|job|team|department)|a new role|the business side)\b/,
    factual: true,
  },
];
