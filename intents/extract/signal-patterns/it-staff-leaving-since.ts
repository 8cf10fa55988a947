import { pattern, type SignalRule } from "./rule.ts";

/** A first name, not a pronoun, filler or thing: "since Ellie left", "but Jen left in the summer". */
const FIRST_NAME = String.raw`(?!(?:it|this|that|these|those|everyone|everybody|nobody|someone|somebody|something|nothing|everything|anyone|one|what|who|which|there|here|we|you|i|they|he|she|the|a|an|our|my|their|his|her|its|then|so|and|but|if|when|money|time|work|client|customer|company|business|firm|provider|msp|supplier|contract|lease|office|team|staff|people|support|all|some|most|none|only|just|now|still|also|us|them|him|me|everything|finally|eventually|later|never|already|recently|customers|clients|users|members|volunteers|tenants|students|pupils|parents|patients|contractors|partners|visitors|guests)\b)[a-z]+`;
/** Someone beside the IT person: "her colleague", "the other guy", "my oppo". */
const COLLEAGUE = String.raw`(?:(?:his|her|my|our|their) (?:colleagues?|co workers?|coworkers?|oppo|deputy|assistant|number two|sidekick|other half|second)|the (?:other|last|old|previous) (?:guy|lad|bloke|chap|girl|lass|fella|woman|man|one|engineer|tech|techie|admin|sysadmin|person))`;
/** A plain past-tense departure, ended by a pause or followed by when, not "left the door open". */
const DEPARTED = String.raw`(?:has |had |just |recently |finally )*(?:left|quit|resigned|retired|moved on|walked out)(?= *(?:$|[,.;!?])| (?:us|the (?:company|business|firm|team|school|trust|council)|in|at|last|this|after|before|for|to|and|but|so|we|he|she|they|i|has|had|was|is|took|a (?:few|couple)|\d+|two|three|four|five|six|recently|suddenly|without)\b)`;
/** IT or the team named nearby, so a named leaver is one of the IT people. */
const TEAM_NEARBY =
  /\b(?:in it|it (?:team|staff|people|person|guy|manager|lead|dept|department)|of us|team|staff|replac\w*|backup|covering|on (?:his|her|my) own|on call|sysadmin|techs?|techie|technician|engineer|helpdesk|servers?|sharepoint|azure|network|patching|sccm|intune|firewalls?|wi ?fi|laptops|passwords|down (?:from|to)|used to be|the (?:role|post|position|job) (?:has been|is|was|has) (?:open|empty|vacant|unfilled|advertised|sat)|vacan(?:t|cy)|it is just [a-z]+ now)\b/;
/** A time when someone went: "last week", "in May", "a few weeks ago". */
const WHEN = String.raw`(?:last (?:week|month|year|friday|monday|tuesday|wednesday|thursday|summer|spring|autumn|winter|christmas)|this (?:week|month|year)|yesterday|recently|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the summer|the spring|the autumn)|(?:a few|a couple of|\d+|two|three|four|five|six) (?:weeks|months) ago|at (?:easter|christmas|xmas))`;

/** "Since Ellie left", "an engineer who left", "one of them is leaving at Christmas". */
export const IT_STAFF_LEAVING_SINCE: readonly SignalRule[] = [
  {
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern: pattern`\b(?:since|ever since|after|now that|but|and|then|until|till|til) (?:(?:he|she|${COLLEAGUE}) ${DEPARTED}|(?:${FIRST_NAME}) ${DEPARTED})`,
    near: { words: 25, pattern: TEAM_NEARBY },
  },
  {
    // "he went part time and then left".
    value: true,
    factual: true,
    pattern: pattern`\b(?:he|she)(?: [a-z]+){1,4}? (?:and|but) (?:then |eventually |finally |later )?${DEPARTED}`,
    near: { words: 25, pattern: TEAM_NEARBY },
  },
  {
    value: true,
    factual: true,
    pattern: pattern`\b(?:engineer|technician|sysadmin|it (?:manager|person|guy|lead|officer|director)|admin|techie|analyst|head of it|support (?:engineer|analyst|tech)) (?:who|that) ${DEPARTED}`,
  },
  {
    value: true,
    factual: true,
    fixed: true,
    pattern:
      /\b(?:put|putting|handed|handing|gave|giving|given|hand) (?:in )?(?:his|her|their) (?:(?:two|one|three|four|six|\d+|a) (?:weeks?|months?)'?s?'? )notice\b/,
  },
  {
    value: true,
    pattern:
      /\b(?:last|previous|past) (?:two|three|four|five|\d+|couple of|few) (?:it )?(?:managers|people|staff|engineers|techs|techies|sysadmins|admins|hires|technicians|heads of it)(?: have| all| both)? (?:left|quit|resigned|walked out)\b|\bthe (?:last|previous) (?:two|three|four|\d+|couple|few)(?: have| all| both)? (?:left|quit|resigned|walked out) (?:inside|within|after|in under) (?:a |the first |six |\d+ )?(?:year|months?)\b/,
  },
  {
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:one|1|two|2|both|one or two) of (?:them|us|those|the (?:two|three|four|2|3|4|lads|guys|team)) (?:is |are |has |have |just |recently )*(?:leaving|left|quit|resigned|retiring|handed in (?:his|her|their) notice|leave (?:in|at|next|this|soon))\b(?! (?:the (?:meeting|office|room|building)|early|home|for (?:lunch|the day))\b)/,
    near: { words: 20, pattern: TEAM_NEARBY },
  },
  {
    value: true,
    factual: true,
    pattern: pattern`\b(?:one|1|someone|somebody|a colleague|the other one) (?:has |just |recently )*(?:left|quit|resigned)(?: us)? ${WHEN}\b`,
    notAfter: /\b(?:only|just|have|has|got|is|are)\s*$/,
  },
  {
    // "we're one down since Jess left", "we are 2 people down since the restructure".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\bwe are (?:one|two|three|1|2|3|a (?:person|man)) (?:people |person |man |staff |engineers? |techs? )?(?:down|short) (?:since|after|from)\b/,
  },
];
