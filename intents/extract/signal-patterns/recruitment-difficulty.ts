import { RECRUITMENT_ADVERTS } from "./recruitment-difficulty-adverts.ts";
import { RECRUITMENT_SPOKEN } from "./recruitment-difficulty-spoken.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { SARCASTIC } from "./speech-cues.ts";

const HARD = String.raw`(?:cannot|can never|never (?:seem to |manage to )?|unable to|struggl(?:e|es|ed|ing) to|hard to|difficult to|impossible to|tough to|tricky to|a nightmare to|a struggle to|not easy to|never manage to|failed to|failing to|have not been able to|could not|takes (?:forever|ages) to|taking (?:forever|ages) to|nightmare trying to)`;
const PEOPLE = String.raw`(?:people|staff|someone|anyone|anybody|somebody|engineers?|technicians?|techs?|talent|candidates?|applicants?|roles?|posts?|positions?|vacanc(?:y|ies)|person|hires?|replacements?|good ones|decent ones|specialists?|experts?|sysadmins?|developers?|admins?|guys?|managers?|him|her|anyone decent)`;
const DURATION = String.raw`(?:months|ages|a year|over a year|weeks|nearly|almost|more than|over|\d+|six|three|two|four|five|eight|nine|a long time|what feels like|since|last (?:year|summer|spring|autumn|winter|christmas|month)|the (?:start|beginning) of|(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|the summer|spring|summer|autumn|winter))`;

/** Hiring IT people is hard / roles stay unfilled. */
export const RECRUITMENT_DIFFICULTY: SignalPatterns = {
  rules: [
    {
      value: true,
      pattern:
        /\b(?:(?:it|tech|good|decent|skilled|qualified|experienced) (?:[a-z]+ )?(?:people|staff|engineers|techs|candidates|talent|techies|sysadmins)|engineers|techs|techies|sysadmins|it talent)(?: [a-z]+){0,2}? (?:are|is) (?:really |very |incredibly |so |pretty |just )?(?:scarce|rare|thin on the ground|few and far between|hard to come by|in short supply|like gold dust)\b|\b(?:applicants|applications|candidates|cvs|interest|responses)(?: [a-z]+){0,4}? (?:have|has) (?:all but |completely |totally |just )?dried up\b|\b(?:applicants|applications|candidates)(?: [a-z]+){0,4}? (?:are|is) (?:few and far between|thin on the ground|non existent|rare)\b/,
    },
    {
      value: true,
      pattern: pattern`\b${HARD} (?:find|hire|recruit|get|attract|fill|replace|keep|retain|get hold of|source) (?:[a-z]+ ){0,4}?${PEOPLE}\b|\b${HARD} (?:hire|recruit)\b`,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:nobody|no one|noone) (?:decent |good |suitable |qualified |half decent |at all )?(?:applies|applied|is applying|has applied|wants (?:the job|to work (?:here|for us|in)|to come)|responds|responded|bit)\b|\bno (?:applicants|candidates|applications|decent applicants|suitable candidates|good candidates|takers|response to (?:the|our) (?:ad|advert))\b|\b(?:zero|not a single|not one) (?:decent |suitable |good |qualified |half decent |serious )?(?:applicants?|applications?|candidates?|cvs?)\b|\b(?:got|had|received|get|getting) (?:no|zero|hardly any|very few|few|barely any) (?:decent |suitable |good |qualified )?(?:applicants|applications|candidates|cvs|responses)\b/,
    },
    {
      value: true,
      pattern: pattern`\b(?:vacanc(?:y|ies)|roles?|jobs?|posts?|positions?|adverts?|ads?)(?: [a-z]+){0,3}? (?:has |have )?(?:been |is |was |are |were )?(?:open|vacant|unfilled|empty|sat there|live|advertised|up|going) (?:for|since) ${DURATION}\b|\b(?:been )?(?:trying|looking|searching|advertising|recruiting|hunting) (?:to (?:hire|recruit|fill|find|replace)|for) (?:[a-z]+ ){0,4}?(?:for|since) ${DURATION}\b`,
    },
    {
      value: true,
      pattern:
        /\b(?:vacanc(?:y|ies)|roles?|jobs?|posts?|positions?|seat)(?: [a-z]+){0,3}? (?:has been |have been |is |are |was |remains |still )?(?:unfilled|impossible to fill|hard to fill|difficult to fill)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:salaries|salary|wages|pay|rates|it salaries|salary expectations|contractor rates|day rates|the going rate)(?: (?:are|is|have gone|has gone|have become|demanded|asked for|now))? (?:just |now |getting |frankly |absolutely |totally )?(?:crazy|insane|ridiculous|mad|through the roof|too high|sky high|silly|eye watering|out of reach|extortionate|astronomical|nuts|bonkers|unaffordable|beyond (?:us|our budget|what we can))\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\bcannot afford (?:to (?:hire|pay|employ|recruit)|(?:the |[a-z]+ ){0,2}?(?:salaries|salary|going rate|wages|day rates)|(?:a |another )?(?:full time |decent |good |senior |proper )?(?:it (?:person|guy|manager|engineer|salaries)|engineer|sysadmin|specialist|hire))\b|\bcannot compete (?:on|with) (?:salaries|pay|the big|bigger|larger|london|corporates|the banks|big (?:firms|companies|corporates))\b/,
    },
    {
      value: true,
      pattern:
        /\bpriced out\b|\b(?:we get|we keep getting|keep getting|getting) outbid\b|\b(?:lose|losing|lost) (?:[a-z]+ ){0,2}?(?:candidates|people|them|staff|engineers|applicants|techs|techies|sysadmins|talent)(?: [a-z]+){0,4}? to (?:bigger|larger|big|the banks|corporates|agencies|london|better paying|the city|competitors|higher|better offers|more money|counter ?offers)\b|\b(?:skills?|talent|it skills?|tech skills?|labour|labor|recruitment|it recruitment) (?:shortage|crisis|drought)\b|\bshortage of (?:it |good |decent |skilled |qualified |experienced |tech )?(?:people|staff|engineers|talent|candidates|techs?)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:(?:hiring|recruiting|recruitment)(?: (?!(?:is|not)\b)[a-z]+){0,6}?|(?:finding|getting|attracting|hiring|recruiting|retaining|keeping)(?: [a-z]+){0,2}? (?:people|staff|engineers|techs|talent|someone|anyone|candidates|sysadmins)(?: (?!(?:is|not)\b)[a-z]+){0,3}?) (?:is|has been|has proved|was|is proving|proved|remains|is always|is getting) (?<neg>not )?(?:really |very |incredibly |so |super |extremely |a bit |pretty |quite |almost |always |too )?(?:hard|difficult|impossible|tough|painful|slow|hell|brutal|tricky|harder|(?:nearly|near|next to|virtually|almost|practically) impossible|(?:a |an )?(?:real |big |major |huge |constant |massive |ongoing |total |complete )?(?:challenge|nightmare|struggle|pain|problem|issue|headache))\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:trouble|problems?|difficult(?:y|ies)|struggl(?:e|es|ing)|issues?|nightmare|challenges?) (?:with )?(?:hiring|recruiting|recruitment|finding (?:good |decent |qualified |the right |skilled )?(?:people|staff|it|engineers|techs|candidates)|attracting (?:good )?(?:people|staff|talent)|retaining (?:good )?(?:people|staff)|keeping (?:good )?(?:staff|people))\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:the )?(?:good|decent) ones (?:are|get) (?:all )?(?:snapped up|taken|hired|gone)\b|\bnobody wants to work (?:here|for us|in it|for a small)\b|\b(?:agencies|recruiters) (?:keep )?(?:sending|sent|send) (?:us )?(?:rubbish|useless|unsuitable|poor)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:people|staff|engineers|techs|candidates|talent|sysadmins|technicians|they)(?: [a-z]+){0,2}? (?:are|is) (?:really |so |incredibly |nearly |almost |just |basically |virtually )?(?:impossible|hard|difficult|tough|a nightmare|like gold dust|rare as hens' teeth) to (?:find|get|hire|recruit|come by|attract|keep|get hold of)\b|\b(?:replacing|finding|hiring|recruiting) (?:them|him|her|someone|a replacement|people|staff)(?: [a-z]+){0,2}? (?:took|takes|taking|has taken) (?:ages|forever|months|a long time|over a year)\b|\btook (?:us )?(?:ages|forever|months|a year|over a year|a long time|[a-z]+ months) to (?:hire|recruit|replace|fill|find (?:someone|anyone|a replacement))\b|\bthere (?:just )?(?:are not|is not|are no|is no|are few|are hardly any|are very few) (?:any )?(?:good |decent |qualified |skilled |experienced )?(?:it |tech )?(?:people|staff|engineers|candidates|techs|talent)\b|\b(?:want|wants|ask for|asking for|expect|expects|demand|demands) (?:more money|more|salaries|wages|rates|a salary)(?: [a-z]+){0,2}? than we (?:can|could) (?:afford|pay|offer|justify)\b|\b(?:(?:it|tech|recruitment|hiring|talent|job|jobs) market|market for (?:it |tech |technical |good |skilled )?(?:people|staff|talent|engineers|techs|techies|skills|sysadmins|developers)) (?:is|has been) (?:really |absolutely |so |just |incredibly )?(?:brutal|crazy|insane|tough|tight|hot|mad|mental|nuts|bonkers|silly|ridiculous|dire|impossible|cut ?throat)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\bcannot (?:offer|pay|match|meet|compete with) (?:the |what |their )?(?:salaries|salary|wages|money|rates|pay)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:candidates|applicants|engineers|it people|techies|sysadmins|contractors|they)(?: [a-z]+){0,2}? (?:are |keep )?(?:asking for|want|wanting|demanding|expect|expecting) (?:silly|crazy|stupid|ridiculous|huge|insane|daft|mad|big|serious|telephone number) (?:money|salaries|numbers|sums|rates|wages)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:hiring|recruiting|recruitment|finding (?:people|staff))(?: [a-z]+){0,3}? (?:has not been|have not been|was not|is not|has never been|was never|is never) (?:a |an |much of an? |really an? )?(?:issue|problem|struggle|challenge|difficult|hard|headache|nightmare)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:pool|supply) of (?:it |tech |technical |local |good |decent |skilled )*(?:talent|people|candidates|engineers|staff)(?: [a-z]+){0,3}? (?:is|are) (?:really |very |so |incredibly )?(?:tiny|small|limited|non existent|shallow|dry|empty|thin)\b|\btalent pool (?:is|has been) (?:really |very |so )?(?:tiny|small|limited|shallow|dry|empty|thin)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:get|got|getting|had|have|receive|received) (?:no one|nobody|nothing|no|zero) (?:decent|suitable|good|qualified|worth interviewing|usable|half decent)\b/,
      with: [
        /\b(?:advertis\w*|applicants?|jobs?|roles?|candidates?|hire|hiring|recruit\w*|vacanc\w*|post(?:ed)?)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:re ?advertised|advertised)(?: [a-z]+){0,4}? (?:twice|three times|four times|several times|multiple times|again and again|over and over|(?:\d|two|three|four|five) times)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:none|nobody|no one|not one)(?: of them)? (?:were|was|are|is|has been|have been) (?:any good|suitable|good enough|up to (?:it|scratch)|right|decent|worth hiring|any use)\b/,
      with: [/\b(?:interview\w*|candidates?|applicants?|hire|hiring|recruit\w*|advert\w*|cvs?)\b/],
    },
    {
      value: true,
      pattern: /\bhens'? teeth\b|\bgold dust\b|\bneedle in a haystack\b|\bunicorns?\b/,
      with: [
        /\b(?:hire|hiring|recruit\w*|find|finding|people|staff|sysadmins?|engineers?|candidates|techies|techs)\b/,
      ],
    },
    {
      value: true,
      pattern: /\btried (?:hiring|recruiting|to hire|to recruit|advertising)\b/,
      with: [
        /\b(?:no luck|no joy|nobody|no one|failed|without success|nothing|disaster|did not work|went nowhere|got nowhere|came to nothing|gave up|never found|could not find|cannot find|did not find|no good)\b/,
      ],
    },
    {
      value: false,
      pattern:
        /\b(?:hiring|recruiting|finding|getting) (?:it |tech |good |decent |new )?(?:people|staff|folk|folks|engineers|techs|techies|guys|someone)(?: [a-z]+){0,2}? (?:is|has been|was|has always been|is always|tends to be) (?:(?:pretty|very|quite|fairly|really|always|generally|usually) )?(?:easy|fine|straightforward|no problem|not a problem|not an issue|never an issue|never a problem|a breeze)\b/,
      notAfter: SARCASTIC,
    },
    {
      value: false,
      pattern:
        /\b(?:easy|easily|no problem|straightforward) to (?:hire|recruit|find (?:good |decent )?(?:people|staff|engineers))\b|\b(?:hiring|recruiting|recruitment)(?: is| has been| was|'s) (?:(?:pretty|very|quite|fairly|really|always|actually) )?(?:easy|fine|straightforward|ok|okay|no problem|not a problem|not an issue|never an issue|never a problem)\b|\b(?:we )?(?:can|could) (?:easily|always|usually) (?:find|hire|recruit|get) (?:good |decent |new )?(?:people|staff|engineers|someone)\b|\bplenty of (?:good )?(?:applicants|candidates|applications|cvs)\b|\b(?:(?:we )?(?:can|could|always|usually) )?(?:find|hire|recruit|get) (?:good |decent |new )?(?:it )?(?:people|staff|engineers|someone) (?:easily|quickly|without (?:much )?(?:trouble|problem|difficulty))\b|\b(?:filled|hired|recruited) (?:the role|someone|a replacement) (?:quickly|easily|within (?:a|two|three) weeks?)\b/,
    },
    ...RECRUITMENT_SPOKEN,
    ...RECRUITMENT_ADVERTS,
  ],
  answers: [
    {
      value: true,
      pattern:
        /^(?:(?:yes|yeah|yep|definitely|absolutely)\W* )?(?:it is |it has been |it was )?(?:(?:really|very|incredibly|so) )?(?:a nightmare|nightmare|impossible|hard|difficult|tough|a struggle|brutal|a pain)\b/,
    },
    {
      value: false,
      pattern:
        /^(?:(?:no|nope|not really)\W* )?(?:it is |it has been |it was )?(?:(?:pretty|fairly|quite) )?(?:easy|fine|ok|okay|straightforward)\b/,
    },
  ],
};
