import { IT_PERSON } from "./fragments.ts";
import { pattern, type SignalRule } from "./rule.ts";
import { USED_TO } from "./speech-cues.ts";

/** Time away from work: "off sick", "on holiday", "takes a day off". */
const AWAY = String.raw`(?:off|away|on holiday|on leave|on annual leave|off sick|sick|ill|out|not in|not around|on a course|on vacation|on paternity leave|on maternity leave)`;
/** Someone named or pointed at, but not "it", "they" or "everyone". */
const SOMEONE = String.raw`(?:he|she|${IT_PERSON}|(?!(?:it|they|we|you|everyone|everybody|anyone|someone|nobody|one|things|work|the|that|this|there)\b)[a-z]+)`;
/** Nobody else can step in: "his stand-in doesn't know our setup", "the cover guy is clueless". */
const NO_ONE_ELSE =
  /\b(?:his|her|the|their|our) (?:stand in|cover|cover person|cover guy|replacement|deputy|backup|back up|locum|temp|sub|substitute|holiday cover) (?:does not|do not|never|cannot|can not|has no|is) (?:really )?(?:know|understand|have (?:a|any) (?:clue|idea)|get|clueless|lost|useless)\b|\b(?:nobody|no one|noone)(?: else)? (?:knows|understands|can (?:fix|log in|get in|access|work out))\b|\bwe are (?:completely |totally |just |basically )?(?:stuck|stuffed|snookered|lost|helpless|in the dark)\b/;
/** Everything stops: "nothing gets done", "everything grinds to a halt", "we're stuck". */
const ALL_STOPS =
  /\bnothing (?:really |ever )?(?:gets?|is|can be) (?:done|fixed|sorted|resolved)\b|\bnothing (?:really )?(?:happens|moves|works)\b|\b(?:everything|it all|things|the place|the school|the business|work) (?:just )?(?:stops|grinds? to a (?:halt|standstill)|falls apart|goes to pot)\b|\bwe are (?:completely |totally |just |basically )?(?:stuck|stuffed|snookered|lost|helpless)\b|\bnobody (?:can|knows)\b|\bno one (?:can|knows)\b/;

/** IT rests on one person, said the way visitors tell it: who covers alone, who knows what. */
export const SINGLE_PERSON_DEPENDENCY_SPOKEN: readonly SignalRule[] = [
  {
    // "every time our IT contractor goes on holiday we're stuck, and his stand-in doesn't know our setup"
    value: true,
    allowIf: true,
    fixed: true,
    pattern: pattern`\b(?:every time|each time|any time|anytime|whenever) ${SOMEONE} (?:is|goes|gets|takes|has|is ever) (?:${AWAY}|time off|a day off|a holiday|leave)\b`,
    with: [NO_ONE_ELSE],
  },
  {
    // The speaker is the one: "if I'm off nothing gets done", "when I'm on holiday everything stops".
    value: true,
    allowIf: true,
    fixed: true,
    pattern: pattern`\b(?:if|when|whenever|every time|any time) i am (?:ever )?${AWAY}\b`,
    with: [ALL_STOPS],
  },
  {
    // "only one of them knows the CAD licence server", "only one of us can get into the firewall".
    value: true,
    pattern:
      /\bonly (?:ever )?one of (?:them|us|the (?:two|three|four|team|guys|lads|techs|engineers)|our (?:it )?(?:team|guys|lads|techs|engineers|staff)) (?:really |actually |properly |fully |still )?(?:knows?|understands?|has (?:the |all the )?(?:passwords?|keys|access|admin|knowledge|logins?)|can (?:fix|sort|do|access|log in|log into|get in|get into|deal with|handle|support|manage|run)|holds? (?:the|all the) (?:keys|passwords|knowledge))\b/,
  },
  {
    // "she's been covering on her own since her colleague left", "he covers two sites by himself".
    value: true,
    pattern:
      /\b(?:covering|covers|holding the fort|holds the fort|doing it all|does it all|doing everything|does everything|running it all|runs it all|(?:covering|covers|supporting|supports|looking after|looks after|running|runs|managing|manages) (?:it|everything|the lot|everyone|everybody|both (?:sites|schools|offices|practices)|(?:two|three|four|\d+) (?:[a-z]+ )?(?:sites|schools|primaries|offices|practices|surgeries|branches|staff|users|people)|all (?:the )?(?:sites|schools|offices|it|users|staff)|the whole (?:place|company|business|trust|group)))(?: [a-z]+)? (?:on (?:his|her|my) own|by (?:himself|herself|myself)|all alone|solo)\b/,
    unless: /\b(?:until|till|before we (?:hired|got|took on)|not any more|no longer)\b/,
    notAfter: USED_TO,
  },
  {
    // "the person is my husband, it's a one-person IT dept", "our only technician".
    value: true,
    pattern:
      /\bone (?:man|woman|person) it (?:dept|department|function|shop|operation|show|band)\b|\b(?:the|our|my) (?:only|sole|one and only|lone) (?:technician|sysadmin|techie|system administrator|systems administrator)\b(?! (?:has |had |just |recently )?(?:quit|left|resigned|retired|walked out|handed in|passed away|went|moved on|has gone)\b)/,
    notAfter:
      /\b(?:lost|lose|losing|replace|replaced|replacing|hire|hiring|recruit|recruiting|find|finding)\s*$/,
  },
  {
    // "the whole it setup lives in gareth's head", "what priti has in her head", "it is all in his head".
    value: true,
    pattern:
      /\b(?:lives?|living|is|are|sits?|held|kept|stored|locked|stuck) (?:only |entirely |all |purely |mostly |basically |just )?in (?:[a-z]+'s|his|her) (?:head|brain)\b|\bwhat (?:he|she|[a-z]+) (?:has|knows|carries|keeps) in (?:his|her) (?:head|brain)\b/,
  },
  {
    // "i am the only one, 85 staff", "i cover desktop, network and phones on my own".
    value: true,
    pattern:
      /\bi am the only (?:one|person|it person|tech|techie|it guy|it lady|engineer)(?! (?:who|that) (?:thinks|cares|wants|minds))\b|\bi (?:cover|do|run|handle|look after|manage|support) (?:[a-z0-9,]+ ){1,10}?(?:on my own|by myself|single handed(?:ly)?|all alone)\b/,
    with: [
      /\b(?:it|tickets|password|desktop|network|servers?|laptops|users|staff|helpdesk|phones|support)\b/,
    ],
  },
  {
    // "when the one lad who understands it is actually in", "the one guy that knows the servers".
    value: true,
    pattern:
      /\bthe one (?:lad|guy|person|bloke|chap|lass|girl|woman|man|fella) (?:who|that) (?:understands|knows|can fix) (?:it|any of it|the (?:it|systems|network|servers))\b/,
  },
  {
    // "way too much rides on Kev", "the only one with the fortigate admin creds".
    value: true,
    pattern:
      /\btoo much (?:rides|rests|hinges|hangs|depends) on (?:him|her|(?!(?:this|that|these|the|a|an|our|it|luck|timing|getting|one)\b)[a-z]+)\b|\bonly one (?:with|who has|that has) (?:the )?(?:[a-z0-9]+ ){0,2}?(?:creds|credentials|passwords|admin (?:rights|access|logins?)|logins|keys)\b/,
    with: [
      /\b(?:in it|network|servers?|firewalls?|fortigate|admin|systems?|passwords|creds|documented|backups)\b/,
    ],
  },
];
