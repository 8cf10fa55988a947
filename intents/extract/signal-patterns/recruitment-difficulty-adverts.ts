import { type SignalRule } from "./rule.ts";

/** Hiring talk or IT staff in the same sentence, so "we can't find any" is about people. */
const HIRING_NEARBY =
  /\b(?:it (?:staff|people|person|guys?|techs?|engineers?|support)|engineers?|techs?|techies|sysadmins|technicians?|jobs?|posts?|hir\w*|recruit\w*|roles?|vacanc\w*|advert\w*|ads?|applicants?|candidates?|interview\w*)\b/;

/** Adverts that brought nobody worth having: "got nobody worth interviewing", "we just can't find any". */
export const RECRUITMENT_ADVERTS: readonly SignalRule[] = [
  {
    // "Got nobody worth interviewing", "heaps of no-hopers applied, nobody we'd hire".
    value: true,
    fixed: true,
    pattern:
      /\b(?:got|had|found|there was|there were|we saw) (?:nobody|no one|noone|not one|not a single (?:one|person|candidate|applicant)) (?:worth (?:interviewing|hiring|a second look|talking to|considering|shortlisting)|suitable|decent|good enough|any good|we (?:would|could) (?:hire|employ|take on|touch))\b|\b(?:nobody|no one|noone) (?:we would|we could|worth) (?:hire|hiring|employ|employing|take on|taking on|touch|consider|interviewing|shortlisting)\b|\bno hopers (?:applied|apply|turned up|came through)\b/,
    near: { words: 20, pattern: HIRING_NEARBY },
  },
  {
    // "it's not that we can't afford IT staff, we just can't find any".
    value: true,
    fixed: true,
    pattern:
      /\b(?:cannot|can not|could not|never) (?:seem to |manage to )?(?:find|get) (?:any|one|them|anyone|any of them|a single one)(?= *(?:$|[,.;!?]| (?:anywhere|at all|for love nor money|round here|locally|these days|for the money)\b))/,
    with: [HIRING_NEARBY],
    notAfter: /\bif\b/,
  },
  {
    // "cannae get a fourth for love nor money", "can't hire a network engineer for toffee".
    value: true,
    fixed: true,
    pattern:
      /\b(?:cannot|cannae|canny|can not|could not|never) (?:seem to |manage to )?(?:get|find|hire|recruit|replace)(?: [a-z0-9]+){1,4}? for (?:love (?:n?or|or) money|toffee|any money)\b/,
    with: [
      /\b(?:it|folk|people|staff|engineers?|techs?|techies|sysadmins?|fourth|third|another|anyone|someone|hire|recruit\w*|roles?|posts?)\b/,
    ],
  },
  {
    // "we couldn't replace either", "replacing them on our salaries is close to impossible".
    value: true,
    pattern:
      /\b(?:could not|could never|have not been able to|failed to|were unable to) (?:replace|backfill) (?:either(?: of them)?|them|both|any of them|those (?:roles|posts))\b|\breplacing (?:them|him|her|people|leavers|staff)(?: [a-z]+){0,4}? (?:is|has been|was|is proving|has proved) (?:close to |nigh on |near |nearly |almost |virtually |next to )?(?:impossible|a nightmare|really hard|very hard|hard|difficult|tough)\b/,
  },
  {
    // "both took other offers", "the role's been open 5 months", "tried twice, no luck either time".
    value: true,
    fixed: true,
    pattern:
      /\b(?:both|all|they|candidates|each of them)(?: of them)? (?:took|accepted|went for|chose) (?:other|better|different) (?:offers|jobs)\b|\b(?:role|post|position|job|vacancy)(?: has been|'s been| has sat| is still) (?:open|empty|vacant|unfilled|advertised)(?: for)? (?:\d+|two|three|four|five|six|several|many) months\b|\btried (?:twice|three times|a few times|several times|\w+ times) to (?:get|hire|recruit|find)(?: [a-z]+){1,4}?,? (?:no luck|no joy|nothing)\b/,
  },
  {
    // "oh sure, hiring IT people is a breeze" is said the other way round.
    value: true,
    fixed: true,
    pattern:
      /^(?:oh )?(?:sure|yeah right|aye right|oh yeah)\W* (?:[a-z]+ ){0,4}?(?:is|are) (?:a breeze|easy|a doddle|no problem)\b/,
    with: [HIRING_NEARBY],
  },
];
