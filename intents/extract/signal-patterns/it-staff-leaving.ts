import { IT_PERSON } from "./fragments.ts";
import { IT_STAFF_LEAVING_GONE } from "./it-staff-leaving-gone.ts";
import { IT_STAFF_LEAVING_SINCE } from "./it-staff-leaving-since.ts";
import { IT_STAFF_LEAVING_SPOKEN } from "./it-staff-leaving-spoken.ts";
import { IT_STAFF_LEAVING_WENT } from "./it-staff-leaving-went.ts";
import { pattern, type SignalPatterns } from "./rule.ts";

const LEAVER = String.raw`(?:he|she|${IT_PERSON}|our (?:(?:only|main|sole|senior|lead|last|junior|one|other|second|best|most experienced) )?(?:sysadmin|system administrator|techie|tech guy|cto|cio|head of it|it director|it manager|network manager|engineer|admin|it apprentice|it lead|developer|dba|support engineer|infrastructure engineer|network engineer)|(?:one|two|half|both|all|some|a couple|several) of (?:our|the|my) (?:it )?(?:guys|team|techs|engineers|it staff|it people|it team)|head of (?:it|infra|infrastructure|tech|technology|it ops)|it director|it manager|it lead|(?:the|our|my) (?:other|last|old|previous|second|only|one|first|former) (?:lad|guy|bloke|chap|girl|lass|fella|woman|man|engineer|tech|techie|admin|sysadmin|apprentice)|our (?:(?:first|second|third|1st|2nd|3rd) line |senior |junior |lead |desktop |network |infrastructure |systems |cloud |security |field |service desk |helpdesk |support )+(?:engineer|technician|analyst|admin|administrator|tech|manager)|the (?:person|guy|lad|bloke|chap|woman|lady|man|girl|fella|one) (?:who|that) (?:did|does|used to do|ran|runs|looked after|looks after|handled|handles|managed|manages|sorted|sorts|set up|knew|built|installed|designed) (?:our|the|all our|all the) (?:[a-z]+ )?(?:it|computers|tech|systems?|network|servers?|cluster|setup|firewalls?)|(?:one|an|a|1) (?:it|tech|network|systems) (?:guy|person|bloke|chap|lad|lady|woman|manager|engineer|technician|admin)(?=,? (?:who|that)))`;
const NAME = String.raw`(?<![a-z] )\b(?!(?:it|this|that|everyone|everybody|nobody|someone|something|nothing|everything|one|two|three|four|five|six|both|several|many|most|what|who|which|there|here|we|you|i|they|he|she|the|a|an|our|my|their|his|her|its|client|customer|company|business|firm|provider|msp|supplier|contract|lease|office|team|staff|people|support|time|money|work|no|not|so|and|but|if|when)\b)[a-z]+`;
const AUX = String.raw`(?: (?:is|has|have|are|was|just|recently|finally|will be|is due to be|already|now|actually|also|sadly|unfortunately|officially))*`;
const GOING = String.raw`(?:leavin(?:g|')?(?! (?:the (?:meeting|office|room|building|call|house|chat|country|area|door|site)|work|early|now|for (?:lunch|the day|home|a meeting|the weekend)|at \d|home|on holiday)\b)|quit(?:ting)?|resign(?:ed|ing)|retiring|retired|moving on|moved on|handed in (?:his|her|their) notice|handing in (?:his|her|their) notice|given (?:his|her|their )?notice|gave (?:his|her|their )?notice|giving (?:his|her|their )?notice|on (?:his|her|their) notice|serving (?:his|her|their) notice|working (?:his|her|their) notice|emigrating|(?:moving|going|off) (?:on )?to pastures new|gone (?:on )?to (?:another|a new|a different) (?:job|company|role|employer|firm)|mov(?:ed|ing) to (?:another|a new|a different) (?:job|company|role|employer|firm)|(?:got|found|taken|taking|accepted|starting|started|landed) (?:a |another |a new |a better )(?:new )?(?:job|role|position)|off at the end of (?:the|this|next) (?:month|week|year|quarter)|going (?:at the end of (?:the|this|next) (?:month|year|week|quarter)|in (?:a few|two|three|four|six) (?:weeks|months))|leaves (?:us |the company )?(?:next|this|in|at|on|soon|shortly|(?:at |by )?(?:the )?end of)|leaving us|got (?:a|another) job|found (?:a|another) job|taken (?:a|another) job|taking (?:a|another) job|been poached|poached|headhunted|walked out|been made redundant|stepping down|stepped down|retires|left(?= (?:last|in|at|a few|two|three|recently|earlier|this|suddenly|without|us|the (?:company|business|firm)|for|and|on (?:mon|tues|wednes|thurs|fri)day|over the)\b| *(?:$|[,.;!?])))`;

/** An IT person is leaving, has left, or the role is vacant. */
export const IT_STAFF_LEAVING: SignalPatterns = {
  rules: [
    {
      value: true,
      factual: true,
      dropWhenNegated: true,
      pattern: pattern`\b${LEAVER}(?:,? (?:who|that)|, (?:who|that)(?: [a-z0-9']+){1,8}?,)?,?${AUX} ${GOING}\b`,
    },
    {
      value: true,
      factual: true,
      dropWhenNegated: true,
      pattern: pattern`${NAME}${AUX} ${GOING}\b`,
    },
    {
      value: true,
      factual: true,
      fixed: true,
      pattern:
        /\b(?:handed|handing|hand|gave|given|giving|put|putting|served|serving|working) (?:in )?(?:his|her) (?:notice|resignation|letter of resignation)\b|\bon (?:his|her) notice(?: period)?\b|\b(?:his|her) (?:notice period|last day)\b|\b[a-z]+'s last day (?:is|was|will be|at work)\b|\b(?:due to|going to|about to|set to|planning to|plans to|will) retire\b|\bretiring (?:next|this|in|at|soon|later|shortly)\b|\bretirement (?:next|this|in|is coming|coming up|is due|at the end)\b/,
    },
    {
      value: true,
      factual: true,
      dropWhenNegated: true,
      pattern:
        /\b(?:had|have had|lost|seen) (?:two|three|four|several|a few|a couple of|\d+|both|both of our|all of our|most of our) (?:of our )?(?:it )?(?:people|staff|engineers|techs|guys|members of staff|it people|it staff|sysadmins|admins) (?:leave|quit|resign|go|walk out)\b/,
    },
    {
      value: true,
      factual: true,
      dropWhenNegated: true,
      pattern:
        /\b(?:lost|losing|seen off) (?:two|three|four|several|a few|a couple of|\d+|both|both of our|all of our|most of our|half (?:of )?our|one of our|some of our) (?:of our )?(?:it (?:people|staff|guys|engineers|techs|team members|bods)|techies|sysadmins|it techs)\b/,
    },
    {
      value: true,
      factual: true,
      dropWhenNegated: true,
      pattern: pattern`\b(?:had|have had|just had|then had) ${LEAVER} (?:leave|quit|resign|retire|walk out|hand in (?:his|her|their) notice)\b`,
    },
    {
      value: true,
      dropWhenNegated: true,
      pattern:
        /\b(?:role|post|position|job|seat|vacancy)(?: \(?[a-z]+\)?){0,3}? (?:is|has been|are|have been|now|currently|sits|sitting|remains|still)? ?(?:vacant|empty|unfilled)\b|\bvacant (?:it |(?:1st|2nd|3rd|first|second|third) line |network |infra |support |engineer )?(?:role|post|position|seat)\b/,
      unless: /\b(?:new role|new post|new position|creating|create|budget for)\b/,
    },
    {
      value: true,
      factual: true,
      dropWhenNegated: true,
      pattern: pattern`\b(?:lost|losing) ${LEAVER}\b(?!(?: [a-z]+){0,2} (?:would|could|might|will|is not an option)\b)`,
    },
    {
      value: true,
      pattern:
        /\b(?:without|no longer have) (?:an|our|a|any) (?:it )?(?:manager|person|guy|lead|admin|engineer|techie|support person) (?:since|for (?:a few|two|three|several|some) (?:weeks|months))\b|\b(?:had|have had|been) no (?:it )?(?:manager|person|guy|lead|admin|engineer|techie|support person|director) (?:since|for)\b|\b(?:currently|now|presently|at the moment|still) without (?:an|a|any) (?:it )?(?:manager|person|guy|lead|admin|engineer|techie|support person|director|head of it)\b|\bbeen without (?:an|our|a|any) (?:it )?(?:manager|person|guy|lead|admin|engineer|techie)\b/,
    },
    {
      value: true,
      factual: true,
      dropWhenNegated: true,
      pattern: pattern`\b(?:replacement for|replace|replacing) (?:him|her|${IT_PERSON})\b`,
      with: [/\b(?:leav\w*|left|retir\w*|notice|quit\w*|resign\w*|going)\b/],
    },
    {
      value: false,
      fixed: true,
      pattern: pattern`\b(?:he|she|${IT_PERSON}) (?:is|has) not (?:going anywhere|leaving|retiring|planning (?:to leave|on leaving)|about to leave)\b|\b(?:no|not any) (?:plans?|intention) (?:of|to) (?:leave|leaving|retire|retiring)\b|\b(?:nobody|no one)(?: in it| in the (?:it )?team| on the team| here)? is (?:leaving|going anywhere|planning to leave)\b|\b(?:low|no) (?:staff )?turnover\b|\bnone of (?:our|the) (?:it )?(?:team|staff|guys|people|engineers) (?:are|is) (?:leaving|going anywhere|planning to leave)\b|\b(?:staff )?turnover(?: in (?:it|the team|the it team))? (?:is|has been) (?:very |really |pretty )?(?:low|minimal|tiny|non existent)\b`,
    },
    ...IT_STAFF_LEAVING_SPOKEN,
    ...IT_STAFF_LEAVING_SINCE,
    ...IT_STAFF_LEAVING_GONE,
    ...IT_STAFF_LEAVING_WENT,
  ],
  answers: [
    {
      value: true,
      dropWhenNegated: true,
      pattern:
        /\b(?:leaving|left|retiring|retires|resigned|handed in|notice|vacant|empty|moving on)\b/,
    },
    {
      // "no, they've all been here years", "nobody's going anywhere".
      value: false,
      fixed: true,
      pattern:
        /\b(?:all|both) (?:been )?(?:here|with us) (?:for )?(?:years|ages|a long time|donkey's years)\b|\b(?:nobody|no one|noone) is (?:leaving|going anywhere)\b/,
    },
  ],
};
