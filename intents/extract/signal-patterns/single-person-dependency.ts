import { IT_PERSON } from "./fragments.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { SINGLE_PERSON_DEPENDENCY_ALONE } from "./single-person-dependency-alone.ts";
import { SINGLE_PERSON_DEPENDENCY_SPOKEN } from "./single-person-dependency-spoken.ts";
import { BAD_OUTCOME } from "./speech-cues.ts";

const ONE_PERSON = String.raw`(?:one|a single|1|just one|only one|any one|any single) (?:person|guy|man|individual|employee|bloke|chap|woman|lady|member of staff|it person|engineer|techie|head)`;
const SUNK = String.raw`(?:stuffed|screwed|in (?:real |big |serious |deep )?trouble|sunk|lost|up the creek|doomed|in (?:a |an )?(?:real |right |total |proper |big |huge |serious |terrible )?(?:mess|hole|pickle|state|bind)|finished|helpless|dead in the water|at a standstill|in the lurch|knackered|buggered|done for|in bother|stuck)`;
const NOT_A_PERSON = String.raw`(?!(?:it|you|them|we|us|the|this|that|an?|our|their|his|her|my|your|its|knowledge|data|internet|email|power|broadband|wifi|there|i|something|anything|everything|things|that|server|systems?|they|everyone|everybody|people|staff|users|team|anyone|someone|somebody|nobody|one|both|either|all)\b)`;
/** Away for a while: "off", "on holiday", "off sick". */
const AWAY = String.raw`(?:off|away|on holiday|on leave|on annual leave|off sick|sick|out|not in|not around|ill|on a course)`;
/** What that one person's absence shows: nobody else knows how ("nobody has a clue what to do"). */
const STALLS =
  /\b(?:nobody|no one|noone)(?: else)? (?:has (?:a|any|the (?:faintest|slightest)) (?:clue|idea)|knows (?:what|how|where|the)|understands|can (?:fix|log in|log into|get in|get into|access|work out|figure out))\b|\bwe are (?:completely |totally )?(?:clueless|in the dark)\b/;

/** IT rests on one person / one person holds the knowledge. */
export const SINGLE_PERSON_DEPENDENCY: SignalPatterns = {
  rules: [
    {
      value: true,
      pattern:
        /\b(?:everything|it all|all of it|the whole (?:thing|system|lot)|all (?:our|the) it) (?:depends|relies|hinges|rests) (?:entirely |totally |completely )?on (?:him|her|one (?:person|guy|man|woman|bloke)|a single person|our it (?:guy|person|manager|lead|bloke)|[a-z]+(?=,? (?:he|she) (?:built|set up|wrote|designed|installed|knows|is the only)\b))\b/,
    },
    {
      value: true,
      pattern:
        /\bi am (?:basically |effectively |pretty much |essentially |literally |the )?(?:the )?(?:whole |entire |only )?(?:it (?:dept|department|team|function|person|guy)|one man it (?:dept|department|team|band))\b|\bthe (?:one|only|single|sole) (?:it )?(?:guy|person|bloke|man|woman|techie|engineer|tech) (?:we have|we have got|we got|we employ)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:our |the )?(?:whole |entire )?(?:it |it set up |it setup |)(?:setup|set up|systems?|network|infrastructure|it function|it department|it) (?:relies|depends|hinges|rests|runs) (?:entirely |totally |completely |solely |heavily )?on (?!(?:the|a|an|our|us|you|cloud|microsoft|azure|aws|google|amazon|sage|xero|dell|hp|cisco|apple|windows|citrix|vmware|email|internet|broadband|power|wifi|one system|software|it|them)\b)[a-z]+\b(?! (?:system|software|server|platform|provider|company|servers|network|connection|app|being)\b)/,
    },
    {
      value: true,
      pattern: pattern`\blos(?:ing|e) (?:him|her|one person|${IT_PERSON})(?: [a-z]+){0,2}? (?:would|could|will) (?:cripple|kill|sink|finish|destroy|devastate|floor|stop|hurt|wreck) (?:us|the business|the company)\b`,
      allowIf: true,
    },
    {
      value: true,
      pattern:
        /\bonly (?!(?:we|you|they|two|three|four|a few|a couple|some|the team|our team|us|the two|the three|a handful|half|people|when|if|because|just|really|been|had|have|then|once|now|ever|i)\b)(?:(?!(?:i|we|you|they|thing|things|way|time|when|if|us|them|both|all|everyone|team|teams|guys|people|staff|folk|folks|lads|engineers|developers|devs|techs|admins|department|dept|contractors|provider|msp|supplier|suppliers|vendor|vendors|company|firm)\b)[a-z']+ ){1,3}?(?:really |actually |properly |fully )?(?:knows?|understands?|has (?:the |all the )?(?:passwords?|keys|access|admin|knowledge|logins?)|can (?:fix|sort|do|access|log in|get in|deal with|handle)|holds? (?:the|all the) (?:keys|passwords|knowledge))\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:hit|run over|knocked (?:down|over)|flattened) by a (?:bus|truck|lorry|train|car|tram)\b|\bbus factor\b|\bunder a bus\b|\bwins? the lottery\b/,
      allowIf: true,
    },
    {
      value: true,
      pattern:
        /\bkey (?:person|man|woman|individual|people|staff|member) (?:risk|dependency|dependence|problem|issue)\b|\bsingle (?:person|point of) (?:dependency|dependence|risk)\b|\bone person (?:dependency|risk)\b|\bkeys to the kingdom\b/,
    },
    {
      value: true,
      pattern: /\bsingle point of failure\b/,
      unless:
        /\b(?:server|firewall|router|internet|connection|line|switch|hardware|nas|san|broadband|power|storage|database|link|circuit)\b/,
    },
    {
      value: true,
      pattern: pattern`\b(?:rel(?:y|ies|ying|iant)|depend(?:s|ing|ent|ence)?|hinges?|rests?|sits?|revolves?) (?:almost )?(?:entirely |totally |completely |heavily |solely |wholly |far too much |too much |a lot |too heavily |very heavily )?(?:on|upon|with) (?:${ONE_PERSON}|${IT_PERSON})\b`,
    },
    {
      value: true,
      pattern: pattern`\b(?:rel(?:y|ies|ying|iant)|depend(?:s|ing|ent)?|hinges?|rests?) (?:almost )?(?:entirely|totally|completely|heavily|solely|wholly|far too much|too much|too heavily) on (?:him|her)\b|\b(?:rests|sits|falls) on (?:his|her) shoulders\b`,
    },
    {
      value: true,
      pattern: pattern`\b(?:one|a single|1) (?:it )?(?:guy|person|man|bloke|chap|woman|lady|engineer|techie) (?:who )?(?:does|doing|handles|handling|covers|covering|looks after|looking after|runs|running|manages|managing|knows|holds|is responsible for|deals with) (?:absolutely |literally |pretty much |basically |just about )?(?:everything|it all|all of it|the lot|all (?:of )?(?:our|the) (?:it|systems|tech)|all the it|every(?:thing)? it)\b`,
    },
    {
      value: true,
      pattern:
        /(?:\bone (?:man|woman|person) (?:band|show|army|it department|it dept|team|operation|it team)\b|\b(?:a|an) (?:it )?(?:team|department) of one\b|\b(?:the|our|my) (?:only|sole|one and only|lone) (?:it|tech|technical|computer|systems?) (?:person|guy|man|woman|lady|department|team|resource|support|function|admin|engineer|bod|expert)\b|\b(?:he|she|dave|i) (?:is|am|was) (?:basically |effectively |literally |pretty much |essentially )?(?:the|our|my) (?:whole|entire) (?:it|tech|technical|computer|systems?) (?:department|dept|team|function|support)\b|\b(?:the|our|my) (?:whole|entire) (?:it|tech|technical|computer|systems?) (?:person|guy|man|woman|lady|resource|admin|engineer|bod|expert)\b|\b(?:sole|lone|solo) (?:it|tech) (?:person|guy|man|woman|manager|admin|engineer|resource|bod|techie)\b|\bit is (?:just|only) me (?:doing|in|running|looking after|handling|on) (?:it|the it|everything)\b)(?! (?:has |had |just |recently )?(?:quit|left|resigned|retired|walked out|handed in|passed away|went|moved on|has gone)\b)/,
      // "we lost our only IT person" and "our only IT guy quit" say who left, not who IT rests on now.
      notAfter:
        /\b(?:lost|lose|losing|replace|replaced|replacing|hire|hiring|recruit|recruiting|find|finding)\s*$/,
    },
    {
      value: true,
      pattern:
        /\b(?:all|everything|the knowledge|all the knowledge|the passwords|all the passwords|it all|all our knowledge|the whole lot|all the know how) (?:is |are |sits |lives |lies |held |kept )?(?:only |all )?(?:in|inside) (?:his|her|one person's|one guy's|[a-z]+'?s) (?:head|brain)\b|\bin (?:his|her|one person's|one guy's) head\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:no one|nobody|noone|no body) else (?:really )?(?:knows|understands|can|has|could|is able|knows how)\b|\b(?:he|she) is the only one (?:who|that) (?:knows|understands|can|has)\b|\bthe only (?:one|person|guy|bloke) (?:who|that) (?:really )?(?:knows|understands|can [a-z]+|has (?:the )?(?:passwords|access|keys|admin))\b/,
      // "our internal know-how is critical, nobody else understands it" is about the team; "since
      // our last guy left, no one else knows the servers" is about someone already gone.
      unless:
        /\b(?:internal|in house|tribal|institutional|organisational|collective) (?:knowledge|know how)\b|\b(?:left|has gone|went|quit|resigned|retired|departed|passed away|was made redundant)\b|\b(?:did|used to do|handled|looked after|was doing) (?:all|everything)\b/,
    },
    {
      value: true,
      allowIf: true,
      pattern: pattern`\b${SUNK} (?:if|without|when) (?:he|she|him|her|${IT_PERSON}|${NOT_A_PERSON}[a-z]+)\b(?! (?:internet|email|power|broadband|wifi|it)\b)`,
      // "he left at Christmas and we're lost without him" is about someone already gone.
      unless:
        /\b(?:left|quit|resigned|retired|walked out) (?:at|in|last|on|a few|a couple|recently|yesterday|earlier|this)\b/,
    },
    {
      value: true,
      pattern: pattern`\bif (?:he|she|${IT_PERSON}|${NOT_A_PERSON}[a-z]+) (?:ever )?(?:left|leaves|quit|quits|went|goes|walked out|walks out|got|gets|retired|retires|resigned|resigns|moved on|moves on|disappeared|disappears|fell ill|falls ill|was off|is off|is ill|was ill|won the lottery|wins the lottery)\b`,
      with: [pattern`\b(?:${SUNK}|fall apart|falls apart|grinds? to a halt|collapse)\b`],
    },
    {
      value: true,
      pattern: pattern`\bif (?:anything|something) (?:ever )?(?:happened|happens|were to happen|was to happen) to (?:him|her|${IT_PERSON}|${NOT_A_PERSON}[a-z]+)\b`,
      with: [pattern`\b(?:${SUNK}|fall apart|falls apart|grinds? to a halt|collapse)\b`],
    },
    {
      value: true,
      pattern:
        /\b(?:he|she|[a-z]+) (?:holds|has|keeps|carries) (?:all|all of) (?:the|our) (?:knowledge|passwords|keys|know how|admin rights|logins)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:nobody|no one|noone) (?:but|except|apart from|other than|besides) (?:him|her|[a-z]+) (?:really )?(?:knows|understands|can|has)\b|\b(?:our |the )?(?:whole |entire )?(?:it|it department|it team|it function|it knowledge(?: base)?|it support|it setup)(?: [a-z]+){0,2}? (?:is|are) (?:basically |essentially |just |literally |really |effectively |all |only )?(?:one|a single|1) (?:person|guy|man|bloke|woman|lady|chap|individual|pair of hands)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:understood|known|managed|run|maintained|supported) by (?:nobody|no one|noone) (?:but|except|apart from|other than|besides)\b|\b(?:only|just) (?:understood|known|managed|run|maintained|supported) by (?:him|her|one (?:person|guy|man|woman)|our (?:developer|it guy|it person|it manager|sysadmin|admin|techie|engineer|contractor))\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:everything|all (?:of )?(?:our |the )?it|it all|all the it)(?: it related| to do with it| it)? (?:goes|runs|comes|has to go) through (?!(?:the|a|an|our|us|you|your|ticketing|email|portal|it|them|one system)\b)[a-z]+\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:it is|it has been|everything is|it all is|everything has been) (?:all |basically all |pretty much all |really all |just )?(?:on|down to|on the shoulders of) (?:one|a single|1|just one) (?:person|guy|man|bloke|chap|woman|lady|pair of hands|it person)\b/,
    },
    {
      value: true,
      pattern: /\beggs in one basket\b/,
      near: {
        words: 8,
        pattern:
          /\b(?:him|her|one (?:person|guy|man|woman)|it (?:guy|person|manager|lady|bloke)|sysadmin|techie)\b/,
      },
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\bno (?:backup|back up|cover|second|deputy|understudy|other|second in command)(?: (?:person|people|engineer|it person|for (?:him|her|it)|if (?:he|she) is off))\b|\bno (?:one|body) (?:to cover|who can cover|else to cover) (?:for )?(?:him|her)\b/,
    },
    {
      // "if Jo's off nobody has a clue what to do", "when he's away nobody knows where anything is";
      // "when he's off nothing gets fixed" is patchy support only (see support-inconsistent.ts).
      value: true,
      allowIf: true,
      fixed: true,
      pattern: pattern`\b(?:if|when|whenever|while|whilst) (?:he|she|${NOT_A_PERSON}[a-z]+) (?:is|goes|was|gets|is ever) ${AWAY}\b`,
      with: [STALLS],
    },
    {
      // "honestly it all hinges on Gary": a first name closing the sentence.
      value: true,
      pattern: pattern`\b(?:it all|everything|all of it|the whole lot|all our it|our it|all the it) (?:hinges|rests|falls) (?:entirely |completely |totally |squarely )?on ${NOT_A_PERSON}(?![a-z]*(?:ing|ed|ly|ness|tion|sion|ment|ity)\b)(?!(?:luck|timing|budget|cash|money|price|cost|costs|demand|trust|whether|how|what|who|when|me|him|her)\b)[a-z]{2,12}(?= *(?:$|[.,;!?]|really\b|basically\b|tbh\b|now\b))`,
    },
    {
      // "if Jo's in it's brilliant, if she's off nothing gets done": it all turns on one person.
      value: true,
      allowIf: true,
      fixed: true,
      pattern: pattern`\b(?:if|when|whenever) (?:he|she|${NOT_A_PERSON}[a-z]+) is (?:in|around|here|about|on site|on)\b,? (?:then )?(?:it is |its |things are |support is |everything is )?(?:really |absolutely )?(?:brilliant|great|good|fine|amazing|excellent|spot on)\b`,
      with: [pattern`\b(?:if|when|whenever) (?:he|she) is ${AWAY}\b`, BAD_OUTCOME],
    },
    {
      value: true,
      pattern:
        /\bsingle ?handedly (?:supporting|running|doing|looking after|managing|handling|covering|keeping|supports|runs|does|looks after|manages|handles|covers|keeps)\b|\b(?:does|doing|runs|running|supports|supporting|manages|managing|covers|covering) (?:it|everything|it all|the lot|all (?:of )?(?:our|the) it|[0-9]+ (?:people|staff|users)) single ?handedly\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:we have|there is|we have got|we got|there is always) (?:good |plenty of |decent |enough |proper )?(?:cover|redundancy|overlap|cross training|resilience) (?:for|between|in|when|across)\b|\b(?:knowledge|the knowledge|it|everything|the work) is (?:well |evenly |nicely )?(?:shared|spread|split)(?: (?:well|evenly|nicely|out))? (?:across|between|among|around) (?:the team|us|several|all|everyone|a few|two|three|the|our|both|multiple|\d+)\b|\b(?:several|multiple|a few|two|three|all|both) of (?:us|them) (?:know|can|understand)\b|\b(?:they|we) (?:all )?cover (?:for )?each other\b|\bcross trained\b|\b(?:the )?others? (?:can |will |just |always )?(?:cover|step in|pick (?:it|things) up)\b|\bsomeone else (?:can |will |always )?(?:cover|step in|pick (?:it|things) up)\b/,
      allowIf: true,
      // "split between our practice manager and an outside company" is no team sharing the load.
      unless:
        /\b(?:outside|external|msp|provider|supplier|contractor|agency)\b|\ban? (?:it )?(?:company|firm)\b/,
    },
    ...SINGLE_PERSON_DEPENDENCY_SPOKEN,
    ...SINGLE_PERSON_DEPENDENCY_ALONE,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:all (?:with|in|on) (?:him|her)|just (?:him|her)|only (?:him|her)|(?:all|everything|it all) (?:is )?(?:on|with|down to|in) (?:him|her|(?!(?:the|a|us|you|them|our)\b)[a-z]+)|one person|one guy)\b/,
    },
  ],
};
