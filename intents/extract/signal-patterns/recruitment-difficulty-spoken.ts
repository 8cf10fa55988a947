import { pattern, type SignalRule } from "./rule.ts";

const STRUGGLE = String.raw`(?:cannot|can never|could not|struggl(?:e|es|ed|ing) to|hard to|difficult to|impossible to|tough to|never manage to|a struggle to|a nightmare to|have not been able to|unable to)`;
/** Words beside "keep hold of them" that show "them" are staff, not customers. */
const STAFF_NEARBY =
  /\b(?:it (?:team|staff|people|guys|lads|folk)|team|staff|engineers?|techs?|techies|sysadmins?|lads|guys|hire|hiring|recruit\w*|salar(?:y|ies))\b/;
/** Words beside "we can't replace them" that show someone has gone, not that they are irreplaceable. */
const GONE_NEARBY =
  /\b(?:lost|left|leav\w*|quit|quitting|resign\w*|gone|retir\w*|vacan\w*|hire|hiring|recruit\w*|advert\w*)\b/;
/** "We used to struggle to keep them" says nothing about now. */
const USED_TO = /\bused to\b/;
/** A long wait: "9 months and counting", "ages", "over a year"; weeks are not long enough. */
const LONG = String.raw`(?:ages|forever|months|a year|over a year|more than a year|nearly a year|almost a year|a long time|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) months)`;
/** Hiring talk in the same sentence, so "not one could do the job" is about candidates. */
const HIRING_NEARBY =
  /\b(?:hir\w*|recruit\w*|advert\w*|applicants?|applications?|candidates?|interview\w*|cvs?|vacanc\w*|replac\w*|it (?:person|guy|staff|people)|engineers?|technicians?|sysadmins?|private sector|going rate|market rate)\b/;
const HIRING = String.raw`(?:hiring|recruiting|recruitment|finding (?:it )?(?:people|staff|engineers)|getting (?:it )?(?:people|staff|engineers))`;

/** Retention trouble, roles left unfilled, and "hiring isn't the problem" said plainly. */
export const RECRUITMENT_SPOKEN: readonly SignalRule[] = [
  {
    // "replacing the engineer who left has taken 9 months", "it takes us 6 months to fill the post".
    value: true,
    factual: true,
    pattern: pattern`\b(?:replacing|finding|hiring|recruiting|filling|backfilling)(?: [a-z0-9']+){0,6}? (?:has taken|have taken|took|takes|is taking|has been taking|always takes|can take) (?:us )?${LONG}\b|\b(?:takes|took|has taken|is taking|always takes) (?:us )?${LONG}(?: every time)? to (?:fill|hire|recruit|replace|backfill|find (?:someone|anyone|a replacement|the next one))\b`,
  },
  {
    value: true,
    pattern:
      /\b(?:salary|salaries|pay|wages|money|rate|package)(?: (?:that )?(?:we|i) (?:can|could|are able to) (?:offer|pay|afford))? (?:is|are) (?:just |frankly |honestly )?(?:a joke|laughable|pitiful|peanuts|nowhere near|not competitive|uncompetitive|way below|well below|miles (?:off|below|behind))\b/,
    with: [HIRING_NEARBY],
  },
  {
    value: true,
    fixed: true,
    allowIf: true,
    pattern:
      /\bgood luck (?:recruiting|hiring|finding|getting|attracting|replacing)(?: (?:anyone|anybody|someone|people|staff|an? (?:it )?(?:person|guy|engineer|technician)|him|her|them))?\b/,
  },
  {
    value: true,
    fixed: true,
    pattern:
      /\b(?:none|nobody|no one|not one|not a single one)(?: of them)? (?:could|can|was able to|were able to) (?:actually |really )?(?:do the job|do it|cut it|handle it|do what we need)\b/,
    with: [HIRING_NEARBY],
  },
  {
    value: true,
    pattern:
      /\b(?:impossible|hard|difficult|a nightmare|tough|a struggle) to (?:find|get|hire|recruit) (?:one|any)\b(?! (?:that|which|of)\b)/,
    with: [HIRING_NEARBY],
  },
  {
    value: true,
    pattern: pattern`\b${STRUGGLE} (?:keep hold of|hang on to|hang onto|hold on to|hold onto|keep|retain) (?:them|our (?:it )?(?:staff|people|team|engineers|techs|guys|techies)|(?:good|decent|skilled) (?:it )?(?:staff|people|engineers|techs))\b(?! (?:busy|motivated|happy|up to date|updated|focused|on track|trained|informed|in the loop|going|running|engaged|safe|secure|under control|in check)\b)`,
    with: [STAFF_NEARBY],
    notAfter: USED_TO,
  },
  {
    value: true,
    fixed: true,
    pattern:
      /\b(?:still )?(?:have not|has not|had not|not yet|yet to|could not|cannot) (?:managed to |been able to )?(?:fill|filled|backfill|backfilled) (?:either|the|that|this|his|her|their|both|our|any|those|the two|two|the last)(?: [a-z0-9]+){0,3}? (?:roles?|posts?|positions?|vacanc(?:y|ies)|jobs?|seats?)\b/,
  },
  {
    value: true,
    factual: true,
    pattern: pattern`\b${STRUGGLE} (?:replace|backfill|fill) (?:them|those roles|the roles?|the posts?|the vacanc(?:y|ies)|either (?:role|post|of them))\b`,
    with: [GONE_NEARBY],
    notAfter: USED_TO,
  },
  {
    value: false,
    fixed: true,
    pattern: pattern`\b${HIRING}(?: (?:it |new |good )?(?:people|staff|engineers))?(?: (?:is|has|was|had)|'?s) (?:not|never)(?: really)?(?: been)? (?:the|an?|much of an?|any kind of|our) (?:real |big |main |major )?(?:problem|issue|concern|worry|struggle|challenge|bother)\b|\b${HIRING}(?: [a-z]+)? (?:is|has been) (?:the )?least of our (?:problems|worries)\b`,
  },
  {
    value: false,
    pattern:
      /\bwe (?:can|could|do|are able to|have always been able to) (?:hire|recruit|find (?:people|staff|engineers)|fill (?:roles|vacancies|posts))(?: [a-z]+){0,2}? (?:fine|ok|okay|easily|easily enough|easy enough|no problem|no probs|no bother|no worries|without (?:any )?(?:problems?|trouble|issues?|difficulty|bother))\b|\bwe (?:can|could) (?:easily|always|usually|quickly) (?:hire|recruit|fill (?:roles|vacancies|posts|the role))\b/,
  },
  {
    // "tried recruiting an it manager twice", "tried to hire a 2nd line engineer three times this year".
    value: true,
    pattern:
      /\b(?:tried|trying|attempted) (?:to )?(?:hire|hiring|recruit|recruiting|find|finding|fill|filling|advertise|advertising)\b(?: [a-z0-9]+){0,5}? (?:twice|three times|four times|several times|a few times|a couple of times|\d+ times|multiple times|again and again|over and over|for months|all year|since)\b/,
  },
  {
    // "zero applicants for the role", "hardly any decent candidates".
    value: true,
    pattern:
      /\b(?:zero|no|not a single|hardly any|barely any|very few|no decent|no suitable|no good) (?:decent |suitable |good |qualified |real )?(?:applicants|applications|candidates|responses|cvs)\b/,
    with: [/\b(?:role|job|post|position|vacancy|advert|ad|hire|hiring|recruit\w*|applicants)\b/],
  },
  {
    // "the candidates were useless", "the market is brutal" once hiring has come up.
    value: true,
    pattern:
      /\b(?:the )?(?:candidates|applicants|applications)(?: we got| we had)? (?:were|are|have been) (?:all )?(?:useless|rubbish|hopeless|poor|terrible|awful|weak|dire|not up to it|not good enough)\b|\b(?:the )?(?:job |jobs |hiring |recruitment |talent )?market(?: is| has been|'s) (?:brutal|a nightmare|impossible|dire|awful|tough|crazy|insane|mad|mental|nuts|bonkers|cutthroat|dead|really tough|so tough)\b/,
    with: [
      /\b(?:hire|hiring|recruit\w*|candidates|applicants|role|vacancy|engineer|tech|it manager|sysadmin|replac\w*|anyone who (?:knows|can))\b/,
    ],
  },
];
